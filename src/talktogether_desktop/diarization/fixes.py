"""The therapist's speaker fixes, applied to a diarization and its words (pure functions).

Kinds (as stored in speaker_fixes): "rename" {"label", "partner_id"|"name"} changes only who a
label is; "swap" {"a", "b"} exchanges two labels everywhere; "reassign" {"speaker", and either
"from_word"/"to_word" (word seq, inclusive) or "start"/"end" (seconds), or both: the times then
decide} gives a stretch to one speaker. Fixes are replayed in the order they were made, so they
survive re-processing.
"""

from __future__ import annotations

import copy
from typing import Dict, List, Sequence, Tuple

KINDS = ("rename", "swap", "reassign")


def apply_fixes(diarization: Dict, words: Sequence[Dict], fixes: Sequence[Dict]) -> Tuple[Dict, List[Dict]]:
    """(diarization, words) with every swap and reassign applied; renames are left to the caller."""
    result = copy.deepcopy(diarization)
    out_words = [dict(w) for w in words]
    for fix in fixes:
        kind, params = fix["kind"], fix["params"]
        if kind == "swap":
            _swap(result, out_words, params["a"], params["b"])
        elif kind == "reassign":
            _reassign(result, out_words, params)
    return result, out_words


def _swap(result: Dict, words: List[Dict], a: str, b: str) -> None:
    flip = {a: b, b: a}
    for t in result.get("turns", []):
        t["speaker"] = flip.get(t["speaker"], t["speaker"])
    for o in result.get("overlaps", []):
        o["speakers"] = sorted(flip.get(s, s) for s in o["speakers"])
        for key in ("by", "of"):  # a heard backchannel's listener and floor voice (under_talk.py)
            if o.get(key) in flip:
                o[key] = flip[o[key]]
    emb = result.get("speaker_embeddings") or {}
    if a in emb or b in emb:
        ea, eb = emb.get(a), emb.get(b)
        emb[a], emb[b] = eb, ea
    for w in words:
        if w.get("speaker") in flip:
            w["speaker"] = flip[w["speaker"]]


def words_to_move(words: Sequence[Dict], params: Dict) -> List[Dict]:
    """The words a reassign gives to its speaker. Its times decide when it has them (every move made
    since words were numbered stores them), so a move stays on the same words after the recording is
    transcribed again and the words are numbered afresh; an old move without times uses the numbers."""
    if "start" in params:
        start, end = float(params["start"]), float(params["end"])
        return [w for w in words if float(w["start"]) < end and float(w["end"]) > start
                and (min(end, float(w["end"])) - max(start, float(w["start"]))) >= 0.5 * (float(w["end"]) - float(w["start"]))]
    lo, hi = int(params["from_word"]), int(params["to_word"])
    return [w for w in words if lo <= int(w.get("seq", -1)) <= hi]


def _reassign(result: Dict, words: List[Dict], params: Dict) -> None:
    speaker = params["speaker"]
    chosen = words_to_move(words, params)
    if "start" in params:
        start, end = float(params["start"]), float(params["end"])
    elif chosen:
        start, end = min(float(w["start"]) for w in chosen), max(float(w["end"]) for w in chosen)
    else:
        return
    for w in chosen:
        w["speaker"] = speaker
        w["speaker_confidence"] = 1.0
    if speaker not in result.setdefault("speakers", []):
        result["speakers"].append(speaker)
    turns = []
    for t in result.get("turns", []):
        a, b = float(t["start"]), float(t["end"])
        if b <= start or a >= end:
            turns.append(t)
            continue
        if a < start:
            turns.append({**t, "end": round(start, 2)})
        if b > end:
            turns.append({**t, "start": round(end, 2)})
    turns.append({"speaker": speaker, "start": round(start, 2), "end": round(end, 2), "confidence": 1.0, "fixed": True})
    result["turns"] = sorted(turns, key=lambda t: (t["start"], t["speaker"]))
