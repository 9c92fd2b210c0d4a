"""Benchmark: "practised in the recording: yes / partly / not found" on the labelled set in benchmarks/fidelity/.

Each `set/NAME.json` (written by benchmarks/fidelity/cases.py) is a short practice conversation as a word timeline,
linked to one template, with the verdict a listener gives and the line that shows it. The analysis runs on the words
(no audio), `practice.fidelity.assess` gives its verdict, and this prints, per template, how often the verdict
agrees, and for the yes/partly cases whether the product's evidence quotes the expected line. A case is "right"
when its verdict agrees and, for a yes or partly, the evidence quotes the line. A template the product does not check
(weekly_check_in, stress_reducing_conversation) is listed apart: its honest answer is "not checked", and the listener's
verdicts wait for a check.

    PYTHONPATH=src python benchmarks/practice_fidelity.py [--verbose] [--json FILE] [--set DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from talktogether_desktop.analysis import analyze  # noqa: E402
from talktogether_desktop.practice.fidelity import TEMPLATES, assess  # noqa: E402


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]+", " ", text.lower().replace("\u2019", "'")).split())


def run_case(doc: dict) -> dict:
    analysis = analyze(doc["words"], names=doc["names"])
    got = assess({"template": doc["template"]}, analysis, doc["names"])
    quoted = _plain(" ".join([str(e.get("quote", "")) for e in got.get("evidence") or []]))
    expected = doc["expected"]
    verdict_ok = got["verdict"] == expected["verdict"]
    evidence_ok = None
    if expected["verdict"] in ("yes", "partly"):
        evidence_ok = _plain(expected["evidence"]) in quoted
    return {"name": doc["name"], "template": doc["template"], "variety": doc["variety"],
            "expected": expected["verdict"], "got": got["verdict"], "verdict_ok": verdict_ok,
            "evidence_ok": evidence_ok, "right": verdict_ok and evidence_ok is not False,
            "summary": got.get("summary", ""), "note": expected["note"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="print every case's summary")
    ap.add_argument("--json", help="write the per-case results here")
    ap.add_argument("--set", default=str(HERE / "fidelity" / "set"), help="the folder of NAME.json conversations")
    args = ap.parse_args(argv)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(args.set).glob("*.json"))]
    results = [run_case(d) for d in docs]
    by, unchecked = defaultdict(list), defaultdict(list)
    for r in results:
        (by if r["template"] in TEMPLATES else unchecked)[r["template"]].append(r)
    print(f"{'template':32} {'cases':>5} {'verdict':>9} {'evidence':>9} {'right':>7}")
    totals = [0, 0, 0, 0, 0]
    for template in sorted(by):
        rs = by[template]
        ev = [r for r in rs if r["evidence_ok"] is not None]
        row = (len(rs), sum(r["verdict_ok"] for r in rs), sum(bool(r["evidence_ok"]) for r in ev), len(ev),
               sum(r["right"] for r in rs))
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{template:32} {row[0]:5} {row[1]:>5}/{row[0]:<3} {row[2]:>5}/{row[3]:<3} {row[4]:>3}/{row[0]:<3}")
    n = totals[0]
    print(f"{'all checked templates':32} {n:5} {totals[1]:>5}/{n:<3} {totals[2]:>5}/{totals[3]:<3} {totals[4]:>3}/{n:<3}")
    for template in sorted(unchecked):
        rs = unchecked[template]
        honest = sum(r["got"] == "not checked" for r in rs)
        print(f"not checked automatically: {template} ({len(rs)} cases, said 'not checked' on {honest})")
    print()
    for r in results:
        if r["template"] not in TEMPLATES and r["got"] == "not checked" and not args.verbose:
            continue
        if not r["right"] or args.verbose:
            mark = "ok " if r["right"] else "MISS"
            ev = "" if r["evidence_ok"] is None else ("  evidence ok" if r["evidence_ok"] else "  evidence missing")
            print(f"{mark} {r['name']:22} expected {r['expected']:9} got {r['got']:11}{ev}")
            print(f"     {r['summary']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
