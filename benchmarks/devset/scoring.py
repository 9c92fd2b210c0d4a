"""Scores for one conversation: the analysis JSON and speaker segments against the generated ground truth.

The utterance, interruption, backchannel, repair and need counts follow the outside checker
(/work/shared/scoring/check_suite.py) rule for rule, so the figures here are the ones it prints;
added here: words on the right speaker (word level), WER, and DER (the project's frame scorer:
10 ms, 0.25 s collar, overlap scored).
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence

import jiwer

from talktogether_desktop.diarization.der import der as frame_der

TOL = 0.8  # seconds, interruptions
WIN = 1.5  # seconds, repairs and needs


def norm(text: str) -> List[str]:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).split()


def speaker_map(truth_turns: Sequence[dict], hyp_turns: Sequence[dict]) -> Dict[str, str]:
    """Hypothesis label -> truth label by the most overlapping time (as the outside checker)."""
    ov: Dict[tuple, float] = {}
    for h in hyp_turns:
        for t in truth_turns:
            o = min(h["end"], t["end"]) - max(h["start"], t["start"])
            if o > 0:
                key = (h["speaker"], t["who"])
                ov[key] = ov.get(key, 0.0) + o
    mapping: Dict[str, str] = {}
    for (h, w), _ in sorted(ov.items(), key=lambda kv: -kv[1]):
        if h not in mapping and w not in mapping.values():
            mapping[h] = w
    return mapping


def result_words(result: dict) -> List[tuple]:
    """(start, end, tokens, speaker) of every word in the analysis turns (the turn text spread over
    the turn when a turn carries no word list, as the outside checker does)."""
    out = []
    for t in result["turns"]:
        ws = t.get("words") if isinstance(t.get("words"), list) else []
        for w in ws:
            out.append((w["start"], w["end"], norm(w.get("word", w.get("text", ""))), t["speaker"]))
        if not ws:
            toks = norm(t["text"])
            for i, tok in enumerate(toks):
                a = t["start"] + (t["end"] - t["start"]) * i / max(1, len(toks))
                out.append((a, a, [tok], t["speaker"]))
    return out


def score(truth: dict, result: dict, words: Optional[Sequence[dict]] = None,
          hyp_segments: Optional[Sequence[dict]] = None, ref_segments: Optional[Sequence[dict]] = None) -> dict:
    """`words`: the speaker-attributed transcript words (for WER and words on the right speaker;
    defaults to the words in the result); `hyp_segments`/`ref_segments`: {start, end, speaker} for DER."""
    m = speaker_map(truth["turns"], result["turns"])
    r: dict = {"name": truth["name"]}
    flat = result_words(result)
    lines = [t for t in truth["turns"] if not t.get("backchannel") and len(norm(t["text"])) >= 3]
    r["utterances"], r["utterances_right_speaker"], r["lost"] = _utterances(lines, flat, m)

    hyp_words = list(words) if words is not None else [
        {"start": a, "end": b, "word": " ".join(ws), "speaker": spk} for a, b, ws, spk in flat]
    r["words_right_speaker"] = _words_on_right_speaker(truth, hyp_words, m)
    ref_text = " ".join(" ".join(norm(t["text"])) for t in sorted(truth["turns"], key=lambda t: t["start"]))
    hyp_text = " ".join(" ".join(norm(w["word"])) for w in sorted(hyp_words, key=lambda w: w["start"]))
    # the same rule on the words the chain recognised (what transcription heard, whatever the JSON shows)
    chain_flat = [(float(w["start"]), float(w["end"]), norm(w["word"]), w.get("speaker")) for w in hyp_words]
    r["utterances_words"] = _utterances(lines, chain_flat, m)[0]
    if ref_text:
        out = jiwer.process_words(ref_text, hyp_text or "<empty>")
        r["wer"] = [out.substitutions + out.deletions + out.insertions, len(ref_text.split())]
    else:  # speaker turns only, no reference words
        r["wer"] = [0, 0]

    if hyp_segments is not None and ref_segments is not None:
        d = frame_der(ref_segments, hyp_segments, collar=0.25)
        r["der"] = [d["der"] * d["total"], d["total"]]

    found, used = 0, set()
    for ti in truth.get("interruptions", []):
        for k, i in enumerate(result["interruptions"]):
            if k not in used and abs(i["t"] - ti["t"]) <= TOL and m.get(i["by"]) == ti["by"] and m.get(i["of"]) == ti["of"]:
                found += 1
                used.add(k)
                break
    r["interruptions"] = [found, len(truth.get("interruptions", [])), len(result["interruptions"])]
    r["backchannel_as_interruption"] = sum(1 for i in result["interruptions"] for b in truth.get("backchannels", [])
                                           if abs(i["t"] - b["t"]) <= TOL and m.get(i["by"]) == b["by"])
    # planted backchannels found as backchannels (by the right speaker, within TOL): with words or heard with none
    said = [o for o in result.get("overlaps", []) if o.get("kind") == "backchannel"]
    r["backchannels_found"] = [sum(1 for b in truth.get("backchannels", []) if any(
        abs(o["start"] - b["t"]) <= TOL and m.get(o.get("by")) == b["by"] for o in said)), len(truth.get("backchannels", []))]
    reps = [x for x in result.get("markers", []) if x.get("category") == "repair"]
    r["repairs"] = [sum(1 for tr in truth.get("repairs", []) if any(
        abs(x["t"] - tr["t"]) <= WIN and m.get(x["speaker"]) == tr["by"] for x in reps)), len(truth.get("repairs", []))]
    bids = [(spk, b) for spk, lst in result.get("reaching_for", {}).items() for b in lst]
    r["needs"] = [sum(1 for tn in truth.get("needs", []) if any(
        abs(b["t"] - tn["t"]) <= WIN and m.get(spk) == tn["by"] for spk, b in bids)), len(truth.get("needs", []))]
    pts = result.get("escalation_points", [])
    # "no repair attempt" stated while one was said: not where the report says none was found after a threat, nor
    # where it says whether one was attempted is unknown (speech not made out, an apology set aside after a threat)
    r["false_no_repair"] = sum(1 for p in pts if truth.get("repairs") and not p.get("what_next", {}).get("repair_attempts")
                               and not p["what_next"].get("after_threat") and not p["what_next"].get("repair_unknown")
                               and any(p["end"] <= tr["t"] <= p["end"] + 20 for tr in truth["repairs"]))
    esc = truth.get("escalation")
    if "escalation" in truth:
        r["escalation_hit"] = (any(p["start"] < esc["end"] and p["end"] > esc["start"] for p in pts) if esc else None)
    return r


def _utterances(lines, flat, m):
    heard = right = 0
    lost = []
    for t in lines:
        ref = norm(t["text"])
        near = [(w, spk) for a, b, ws, spk in flat if b >= t["start"] - 1.0 and a <= t["end"] + 1.0 for w in ws]
        pool = [w for w, _ in near]
        if sum(1 for w in ref if w in pool) / len(ref) >= 0.5:
            heard += 1
            mine = [spk for w, spk in near if w in ref]
            if mine and sum(1 for s in mine if m.get(s) == t["who"]) / len(mine) >= 0.5:
                right += 1
        else:
            lost.append(f"{t['start']:.1f} {t['text'][:40]}")
    return [heard, len(lines)], [right, len(lines)], lost


def _words_on_right_speaker(truth: dict, hyp_words: Sequence[dict], mapping: Dict[str, str]) -> List[int]:
    """[right, matched]: recognised words that match a word of a reference line said at that time
    (token equal, inside the line's span +-0.5 s), and how many of those carry that line's speaker."""
    lines = [(t["start"] - 0.5, t["end"] + 0.5, set(norm(t["text"])), t["who"]) for t in truth["turns"]]
    right = matched = 0
    for w in hyp_words:
        toks = norm(w["word"])
        if not toks:
            continue
        mid = (w["start"] + w["end"]) / 2
        owners = {who for a, b, vocab, who in lines if a <= mid <= b and toks[0] in vocab}
        if not owners:
            continue
        matched += 1
        if mapping.get(w.get("speaker")) in owners:
            right += 1
    return [right, matched]


def total(rows: Sequence[dict], key: str) -> List[float]:
    have = [r[key] for r in rows if key in r]
    return [sum(x[0] for x in have), sum(x[1] for x in have)] if have else [0, 0]
