"""Benchmark: the clinical reading, on the labelled word timelines in benchmarks/clinical/.

For each `NAME.truth.json` (lines {spk, start, end, text, tags}; see benchmarks/clinical/cases.py)
the lines become words (spread over each line's time by letter count), `analysis.analyze` runs on
them (no audio), the result is written to RESULTS/SPLIT/NAME.json (so
/work/shared/scoring/check_clinical.py can score the same results), and this prints precision
and recall per marker and pattern, the safety checks, the traps, and the same summary as
check_clinical.py.

    PYTHONPATH=src python benchmarks/clinical.py [--split dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23|heldout24|heldout25|heldout26|heldout27|heldout28|heldout29|heldout30|heldout31|heldout32|heldout33|heldout34|heldout35|heldout36|heldout37|heldout38|walk41a|walk41b|walk42a|walk42b|walk43a|walk43b|walk44a|walk44b|walk45a|walk45b|walk46a|walk46b|walk47a|walk47b|walk48a|walk48b|walk49a|walk49b|walk40p|walk50a|walk50b|train11|train12|train13|all] [--results DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from talktogether_desktop.analysis import analyze  # noqa: E402

MARKERS = ("criticism", "contempt", "defensiveness", "stonewalling", "repair", "flooding")
HORSEMEN = ("CRITICISM", "CONTEMPT", "DEFENSIVENESS", "STONEWALLING")
SAFETY_KINDS = ("THREAT", "VIOLENCE", "FEAR OF PARTNER", "SELF-HARM", "COERCION")
PAD = 0.3
VERBOSE = "-v" in sys.argv


def line_words(lines: list[dict]) -> list[dict]:
    """Each line's words spread over its time by letter count, like a recogniser's word timings."""
    words = []
    for line in lines:
        tokens = line["text"].split()
        weights = [len(t.strip(".,?!")) + 1 for t in tokens]
        span, t = line["end"] - line["start"], line["start"]
        for tok, w in zip(tokens, weights):
            d = span * w / sum(weights)
            words.append({"start": round(t, 3), "end": round(t + d * 0.9, 3), "word": tok,
                          "probability": line.get("probability", 0.95), "speaker": line["spk"]})
            t += d
    return sorted(words, key=lambda w: w["start"])


def has(tags, word) -> bool:
    return any(word in t.upper() for t in tags)


def on_line(lines, t, speaker=None, pad=PAD):
    """The line (index) an item at time `t` by `speaker` belongs to: the line around it, else the
    speaker's next line within 8 s (a silence marker is filed under the silent partner's reply)."""
    same = [i for i, ln in enumerate(lines) if speaker is None or ln["spk"] == speaker]
    for i in same:
        if lines[i]["start"] <= t <= lines[i]["end"]:
            return i
    for i in same:
        if lines[i]["start"] - pad <= t <= lines[i]["end"] + pad:
            return i
    later = [i for i in same if 0 <= lines[i]["start"] - t <= 8.0]
    return later[0] if later else None


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, truth: bool, predicted: bool):
        self.tp += truth and predicted
        self.fp += predicted and not truth
        self.fn += truth and not predicted

    def row(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        return p, r


def score_case(lines: list[dict], res: dict, t: dict) -> None:
    markers, flags = res.get("markers", []), res.get("safety_flags", [])
    # markers per line
    predicted = {c: set() for c in MARKERS}
    placed = []
    for m in markers:
        if m.get("category") in predicted:
            i = on_line(lines, m["t"], m.get("speaker"))
            predicted[m["category"]].add(i)  # None: a marker on no line at all (a false one)
            placed.append((m["category"], i, m.get("confidence") or "unknown"))
            how = m.get("source") or ("phrase" if m.get("phrase") else "other")
            row = t["by_source"].setdefault(m["category"], {}).setdefault(how, [0, 0])
            right = i is not None and any(tag.upper().startswith(m["category"].upper()) for tag in lines[i]["tags"])
            row[0 if right else 1] += 1
            if not right:  # what the line was, where a marker was wrong: another horseman, safety, a bait, nothing
                tags = [tag.upper() for tag in lines[i]["tags"]] if i is not None else []
                what = ("no line" if i is None else "another horseman" if any(tag.startswith(HORSEMEN) for tag in tags)
                        else "safety" if any(tag.startswith("SAFETY") for tag in tags)
                        else "bait" if any("BAIT" in tag for tag in tags) else "other tag" if tags else "nothing")
                wrong = t["wrong_on"].setdefault(m["category"], {})
                wrong[what] = wrong.get(what, 0) + 1
    truths = {}
    for c in MARKERS:
        truth = truths[c] = {i for i, ln in enumerate(lines) if any(tag.upper().startswith(c.upper()) for tag in ln["tags"])}
        for i in range(len(lines)):
            t["markers"][c].add(i in truth, i in predicted[c])
            if (i in truth) != (i in predicted[c]):
                t["misses"].append(f"{c} {'missed' if i in truth else 'false'}: {lines[i]['text']}")
        t["markers"][c].fp += None in predicted[c]
    # how sure each finding said it was, against whether it was right (one per line and kind, the surest kept)
    surest = {}
    for c, i, level in placed:
        rank = ("low", "medium", "high").index(level) if level in ("low", "medium", "high") else -1
        if rank > surest.get((c, i), (-2, None))[0]:
            surest[(c, i)] = (rank, level)
    for (c, i), (_rank, level) in surest.items():
        row = t["by_confidence"].setdefault(c, {}).setdefault(level, [0, 0])
        row[0 if i is not None and i in truths[c] else 1] += 1
    flag_lines = {}
    for f in flags:
        i = on_line(lines, f["t"], f.get("speaker"))
        flag_lines.setdefault(i, []).append(f.get("category", ""))
    for i, ln in enumerate(lines):
        tags = ln["tags"]
        is_safety = has(tags, "SAFETY:")
        cats = flag_lines.get(i, [])
        real = [c for c in cats if c != "appeasement"]
        if is_safety:
            kind = next(k for k in SAFETY_KINDS if has(tags, k))
            t["safety"][kind][1] += 1
            t["safety"][kind][0] += bool(real)
        elif real and not has(tags, "APPEASEMENT"):
            t["safety_false"].append(f"{ln['text']} -> {real}")
        if has(tags, "APPEASEMENT"):
            t["appeasement"][1] += 1
            t["appeasement"][0] += any(c == "appeasement" for c in cats) or any(
                m.get("category") == "appeasement" and on_line(lines, m["t"], m.get("speaker")) == i for m in markers)
        if (has(tags, "APPEASEMENT") or has(tags, "THREAT") or has(tags, "NOT REPAIR")) and i in predicted["repair"]:
            t["threat_as_repair"].append(ln["text"])
        if has(tags, "NOT VIOLENCE") and "violence" in cats:
            t["trap_errors"].append(f"violence: {ln['text']}")
        if any("BAIT" in tag.upper() for tag in tags):
            bad = [c for c in ("criticism", "contempt", "defensiveness", "stonewalling") if i in predicted[c]] + real
            if bad:
                t["trap_errors"].append(f"bait {bad}: {ln['text']}")
    # a heated stretch said to have eased after a threat or an appeasement
    for p in res.get("escalation_points", []):
        for a in (p.get("what_next") or {}).get("repair_attempts", []):
            i = on_line(lines, a.get("t", -99), a.get("by"))
            if i is not None and (has(lines[i]["tags"], "APPEASEMENT") or has(lines[i]["tags"], "THREAT")
                                  or has(lines[i]["tags"], "NOT REPAIR")):
                t["threat_as_repair"].append("eased after: " + lines[i]["text"])
    # bids: found, and how the other partner met them
    items = [x for xs in (res.get("reaching_for") or {}).values() for x in xs]
    bid_lines = {}
    for x in items:
        i = on_line(lines, x["t"], None, pad=0.1)
        bid_lines.setdefault(i, x)
    for i, ln in enumerate(lines):
        want = next((tag.split(":", 1)[1].strip().lower() for tag in ln["tags"] if tag.upper().startswith("BID:")), None)
        if want:
            t["bids"][1] += 1
            got = bid_lines.get(i)
            if got is not None:
                t["bids"][0] += 1
                t["bid_agree"][1] += 1
                t["bid_agree"][0] += got.get("response") == want
                if got.get("response") != want:
                    t["bid_wrong"].append(f"{ln['text']} -> {got.get('response')} (want {want})")
            else:
                t["bid_wrong"].append(f"{ln['text']} -> not found")
        if has(ln["tags"], "NOT BID") and i in bid_lines:
            t["trap_errors"].append(f"safety statement filed as a bid: {ln['text']}")
    # patterns, per exchange
    want_hs = any(has(ln["tags"], "HARSH STARTUP") for ln in lines)
    got_hs = bool((res.get("harsh_startup") or {}).get("flag"))
    t["harsh_startup"].add(want_hs, got_hs)
    if want_hs != got_hs:
        t["misses"].append(f"harsh start-up {'missed' if want_hs else 'false'}: {lines[0]['text']}")
    found_pw = any(p.get("kind") == "pursue_withdraw" for p in res.get("patterns") or []) or any(
        o.get("kind") == "pursue_withdraw" for o in res.get("observations") or [])
    t["pursue_withdraw"].add(any(has(ln["tags"], "PURSUE-WITHDRAW") for ln in lines), found_pw)


def check_clinical_summary(lines, res, acc):
    """The same counts as /work/shared/scoring/check_clinical.py (speakers are the truth's own)."""
    flags, markers = res.get("safety_flags", []), res.get("markers", [])

    def near(xs, line, pad=1.5):
        return [x for x in xs if line["start"] - pad <= x["t"] <= line["end"] + pad]

    for line in lines:
        tags = line["tags"]
        if has(tags, "SAFETY:"):
            acc["safety"][1] += 1
            acc["safety"][0] += bool(near(flags, line))
        if has(tags, "COERCION") or has(tags, "CONTROL"):
            acc["coercion"][1] += 1
            acc["coercion"][0] += bool(near(flags, line) or [x for x in near(markers, line, 1.0)
                                                             if "coerc" in x.get("category", "") or "control" in x.get("category", "")])
        if has(tags, "APPEASEMENT") or has(tags, "SAFETY: THREAT"):
            acc["appeasement_as_repair"] += sum(1 for x in near(markers, line, 0.5) if x.get("category") == "repair")
        if any("BAIT" in x.upper() for x in tags):
            acc["bait_flagged"] += len([x for x in near(markers, line, 0.3) if x.get("category") in ("criticism", "contempt", "defensiveness")])
            acc["idiom_as_safety"] += len(near(flags, line, 0.3))
        for h in HORSEMEN:
            if any(x.upper().startswith(h) for x in tags):
                acc["horsemen"][1] += 1
                acc["horsemen"][0] += any(x.get("category") == h.lower() and x.get("speaker") == line["spk"]
                                          for x in near(markers, line, 1.0))
    for p in res.get("escalation_points", []):
        for a in (p.get("what_next") or {}).get("repair_attempts", []):
            for line in lines:
                if (has(line["tags"], "APPEASEMENT") or has(line["tags"], "THREAT")) and line["start"] - 1 <= a.get("t", -99) <= line["end"] + 1:
                    acc["appeasement_as_repair"] += 1


def run(split_dirs: list[Path], results: Path) -> dict:
    t = {"markers": {c: Tally() for c in MARKERS}, "safety": {k: [0, 0] for k in SAFETY_KINDS}, "safety_false": [],
         "appeasement": [0, 0], "threat_as_repair": [], "trap_errors": [], "bids": [0, 0], "bid_agree": [0, 0],
         "bid_wrong": [], "misses": [], "by_confidence": {}, "by_source": {}, "wrong_on": {}, "harsh_startup": Tally(), "pursue_withdraw": Tally(), "lines": 0, "cases": 0}
    cc = dict(safety=[0, 0], coercion=[0, 0], appeasement_as_repair=0, bait_flagged=0, horsemen=[0, 0], idiom_as_safety=0)
    for folder in split_dirs:
        out = results / folder.name
        out.mkdir(parents=True, exist_ok=True)
        for path in sorted(glob.glob(str(folder / "*.truth.json"))):
            name = os.path.basename(path)[: -len(".truth.json")]
            lines = json.loads(Path(path).read_text(encoding="utf-8"))
            res = analyze(line_words(lines))
            (out / f"{name}.json").write_text(json.dumps(res), encoding="utf-8")
            score_case(lines, res, t)
            check_clinical_summary(lines, res, cc)
            t["lines"] += len(lines)
            t["cases"] += 1
    t["check_clinical"] = cc
    return t


def fmt(x):
    return "  -  " if x is None else f"{x:5.2f}"


def report(t: dict) -> dict:
    print(f"{t['cases']} exchanges, {t['lines']} labelled lines\n")
    print(f"{'marker / pattern':24} {'prec':>5} {'recall':>6}   tp  fp  fn")
    table = {}
    for name, tally in [*t["markers"].items(), ("harsh start-up", t["harsh_startup"]),
                        ("pursue-withdraw", t["pursue_withdraw"])]:
        p, r = tally.row()
        table[name] = {"precision": p, "recall": r, "tp": tally.tp, "fp": tally.fp, "fn": tally.fn}
        print(f"{name:24} {fmt(p)} {fmt(r):>6}  {tally.tp:3d} {tally.fp:3d} {tally.fn:3d}")
    if VERBOSE:
        for s in t["misses"]:
            print(f"    - {s}")
    print("\nhow sure each marker said it was: right / found at each level (precision)")
    for name, levels in sorted(t["by_confidence"].items()):
        shown = ", ".join(f"{level} {r}/{r + w} ({r / (r + w):.2f})" for level, (r, w) in sorted(levels.items()))
        print(f"  {name:22} {shown}")
    table["by_confidence"] = t["by_confidence"]
    table["by_source"] = t["by_source"]
    table["wrong_on"] = t["wrong_on"]
    print("\nsafety statements flagged, per kind:")
    for k, (a, n) in t["safety"].items():
        print(f"  {k:18} {a}/{n}")
        table[f"safety {k.lower()}"] = {"found": a, "of": n}
    print(f"  flags on lines with no safety language: {len(t['safety_false'])}")
    for s in t["safety_false"]:
        print(f"    - {s}")
    a, n = t["appeasement"]
    print(f"appeasement after a threat shown as a possible fear response: {a}/{n}")
    print(f"threat, appeasement or negated apology counted as repair or easing: {len(t['threat_as_repair'])}")
    for s in t["threat_as_repair"]:
        print(f"    - {s}")
    print(f"traps fallen into (bait flagged, blame-shift as violence, fear filed as a bid): {len(t['trap_errors'])}")
    for s in t["trap_errors"]:
        print(f"    - {s}")
    bf, bn = t["bids"]
    ag, an = t["bid_agree"]
    agree = ag / an if an else None
    print(f"bids found {bf}/{bn}; toward/away/against agreement on those found {ag}/{an} = {fmt(agree)}; "
          f"over all labelled bids {ag}/{bn}")
    for s in t["bid_wrong"]:
        print(f"    - {s}")
    cc = t["check_clinical"]
    print(f"\ncheck_clinical.py: safety {cc['safety'][0]}/{cc['safety'][1]}, coercion {cc['coercion'][0]}/{cc['coercion'][1]}, "
          f"threat/appeasement as repair {cc['appeasement_as_repair']}, affectionate bait flagged {cc['bait_flagged']}, "
          f"idiom as safety {cc['idiom_as_safety']}, horsemen {cc['horsemen'][0]}/{cc['horsemen'][1]}")
    table.update({"appeasement": {"found": a, "of": n}, "threat_as_repair": len(t["threat_as_repair"]),
                  "trap_errors": len(t["trap_errors"]), "safety_false": len(t["safety_false"]),
                  "bids_found": [bf, bn], "bid_agreement": agree, "check_clinical": cc})
    return table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                        "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "walk41a", "walk41b", "walk42a", "walk42b", "walk43a", "walk43b", "walk44a", "walk44b", "walk45a", "walk45b", "walk46a", "walk46b", "walk47a", "walk47b", "walk48a", "walk48b", "walk49a", "walk49b", "walk40p", "walk50a", "walk50b", "train11", "train12", "train13", "all"], default="all")
    ap.add_argument("--results", help="folder for the analysis results (default: a temporary folder)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("-v", action="store_true", help="list each missed and false marker")
    args = ap.parse_args()
    splits = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"] if args.split == "all" else [args.split]
    dirs = [HERE / "clinical" / s for s in splits]
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(args.results) if args.results else Path(tmp)
        t = run(dirs, results)
        table = report(t)
        if args.results:
            print(f"\nresults in {results}; score them with: check_clinical.py {dirs[0]} {results / splits[0]}")
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
