"""The therapist's corrections to a transcript, applied to speaker-attributed words.

A correction is anchored to *time*, not to a word's position, so it survives re-processing: when
the recording is transcribed or diarized again, each correction finds the new words at its time.

    {"kind": "word", "start", "end", "text"}            the word said then is `text` ("" removes it)
    {"kind": "line", "start", "end", "text", "speaker"}  the words said then are `text`, by `speaker`
                                                         (spread over the span by letter count)
    {"kind": "speaker", "start", "end", "speaker"}      the word said then was said by `speaker`

Corrected words carry `corrected: True` and full certainty (probability and speaker_confidence 1.0:
the therapist listened), so the analysis may quote them and counts them as sure. Pure: words and
corrections in, new words out; nothing is changed in place.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

from ..errors import UsageError

KINDS = ("word", "line", "speaker")


def check_correction(c: Mapping) -> dict:
    """A clean copy, or UsageError with a plain reason."""
    kind = c.get("kind")
    if kind not in KINDS:
        raise UsageError(f"A correction is one of {', '.join(KINDS)}, not {kind!r}.")
    try:
        start, end = float(c["start"]), float(c["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError("A correction needs the start and end time of what it corrects.") from exc
    if not (math.isfinite(start) and math.isfinite(end)) or min(start, end) < 0:
        raise UsageError("A correction's start and end are seconds into the recording, 0 or more.")
    if end < start:
        start, end = end, start
    out = {"kind": kind, "start": round(start, 3), "end": round(max(end, start + 0.01), 3)}
    if kind in ("word", "line"):
        out["text"] = " ".join(str(c.get("text") or "").split())
        if kind == "line" and not out["text"]:
            raise UsageError("A corrected line needs its words.")
    if kind in ("line", "speaker"):
        if not c.get("speaker"):
            raise UsageError("Say who said it (the speaker).")
        out["speaker"] = str(c["speaker"])
    return out


def _times_usable(c: Mapping) -> bool:
    try:
        start, end = float(c["start"]), float(c["end"])
    except (KeyError, TypeError, ValueError):
        return True  # check_correction says what is missing
    return math.isfinite(start) and math.isfinite(end) and min(start, end) >= 0


def _overlap(w: Mapping, start: float, end: float) -> float:
    return min(w["end"], end) - max(w["start"], start)


def _target(words: Sequence[dict], c: Mapping):
    """Index of the word most overlapping the correction's time (its midpoint if none overlaps). Of words that overlap
    it as much (a short word said inside the other speaker's long one: both overlap it by the short word's length),
    the one whose own times are nearest the correction's: the window corrects a word by its own times, and the
    first of them in time was taken ("I" at 1.2-1.4 s under "sooo" at 1.0-2.0 s changed "sooo")."""
    best, score = None, (0.0, 0.0)
    for i, w in enumerate(words):
        o = round(_overlap(w, c["start"], c["end"]), 3)
        key = (o, -abs(w["start"] - c["start"]) - abs(w["end"] - c["end"]))
        if o > 0 and (best is None or key > score):
            best, score = i, key
    if best is None:
        mid = (c["start"] + c["end"]) / 2
        near = [(abs((w["start"] + w["end"]) / 2 - mid), i) for i, w in enumerate(words)]
        if near and min(near)[0] <= 0.5:
            best = min(near)[1]
    return best


def _sure(w: dict) -> dict:
    return {**w, "probability": 1.0, "speaker_confidence": 1.0, "corrected": True}


def spread_words(text: str, start: float, end: float, speaker: str) -> list[dict]:
    tokens = text.split()
    weights = [len(t.strip(".,?!")) + 1 for t in tokens]
    total, t, out = float(sum(weights)), start, []
    for tok, weight in zip(tokens, weights):
        span = (end - start) * weight / total
        out.append(_sure({"start": round(t, 3), "end": round(t + span * 0.92, 3), "word": tok, "speaker": speaker}))
        t += span
    return out


def in_line(w: Mapping, start: float, end: float) -> bool:
    """A word belongs to a line correction's span when its middle does (the words a line replaces)."""
    return start <= (w["start"] + w["end"]) / 2 <= end


def words_replaced(words: Sequence[Mapping], c: Mapping) -> list[dict]:
    """The words a checked correction takes the place of, in time order: every word in a line's span
    (whoever said it), or the one word a word or speaker correction lands on."""
    if c["kind"] == "line":
        return [dict(w) for w in words if in_line(w, c["start"], c["end"])]
    i = _target(words, c)
    return [] if i is None else [dict(words[i])]


def apply_corrections(words: Iterable[Mapping], corrections: Iterable[Mapping]) -> list[dict]:
    """The words with every correction applied in the order given (later ones win)."""
    out = [dict(w) for w in words]
    for raw in corrections:
        if not _times_usable(raw):
            continue  # a row stored before times were checked (NaN, infinite) corrects nothing
        c = check_correction(raw)
        if c["kind"] == "line":
            kept = [w for w in out if not in_line(w, c["start"], c["end"])]
            out = kept + spread_words(c["text"], c["start"], c["end"], c["speaker"])
        else:
            i = _target(out, c)
            if i is None:
                continue  # nothing is said there any more (re-processing dropped it)
            if c["kind"] == "word":
                if c["text"]:
                    out[i] = _sure({**out[i], "word": c["text"]})
                else:
                    del out[i]
            else:
                out[i] = _sure({**out[i], "speaker": c["speaker"]})
        out.sort(key=lambda w: (w["start"], w["end"]))
    return out
