"""Whisper's known failure: repeating a phrase in a loop over silence or noise.

Decoding options (no conditioning on previous text, compression-ratio and no-speech thresholds)
prevent most loops; these checks remove what still gets through, on plain segment dicts:
- inside a segment, a phrase said again and again ("I'm sorry I'm sorry I'm sorry ...") is kept once;
- the same segment text repeated in consecutive segments is kept once (twice when it is a short,
  confidently heard reply like "Okay." that people do say twice).
"""

from __future__ import annotations

import re
from typing import List, Tuple

MAX_PHRASE_WORDS = 8
MIN_REPEATS = 3
MIN_LOOP_WORDS = 6  # a single word needs 6 repeats, a two-word phrase 3
SHORT_REPLY_WORDS = 3
CONFIDENT_PROBABILITY = 0.5

_PUNCT = re.compile(r"[^\w']+", re.UNICODE)


def normalise(text: str) -> str:
    return _PUNCT.sub(" ", text.lower()).strip()


def _find_loop(tokens: List[str]) -> Tuple[int, int, int] | None:
    """(start, phrase length, repeats) of the first phrase repeated back to back, or None."""
    n = len(tokens)
    for start in range(n):
        for k in range(1, MAX_PHRASE_WORDS + 1):
            if start + 2 * k > n:
                break
            phrase = tokens[start : start + k]
            repeats = 1
            while tokens[start + repeats * k : start + (repeats + 1) * k] == phrase:
                repeats += 1
            if repeats >= MIN_REPEATS and repeats * k >= MIN_LOOP_WORDS:
                return start, k, repeats
    return None


def collapse_loops(segment: dict) -> int:
    """Keep one copy of each looped phrase inside the segment; returns how many words were dropped."""
    words = segment.get("words") or []
    dropped = 0
    while True:
        tokens = [normalise(w["word"]) for w in words]
        loop = _find_loop(tokens)
        if loop is None:
            break
        start, k, repeats = loop
        cut_from, cut_to = start + k, start + k * repeats
        dropped += cut_to - cut_from
        words = words[:cut_from] + words[cut_to:]
    if dropped:
        segment["words"] = words
        segment["text"] = _join(words)
        if words:
            segment["end"] = max(segment["start"], words[-1]["end"])
    return dropped


def _join(words: List[dict]) -> str:
    text = " ".join(w["word"] for w in words)
    return re.sub(r"\s+([,.!?;:])", r"\1", text).strip()


def _mean_probability(segment: dict) -> float:
    words = segment.get("words") or []
    if not words:
        return 0.0
    return sum(w.get("probability", 0.0) for w in words) / len(words)


def loops(segments: List[dict]) -> bool:
    """Whether these segments (in order) hold a loop that drop_hallucinations would cut: a phrase said again and
    again inside one, or one text three times in a row (the segments are not changed)."""
    copies = [dict(segment, words=list(segment.get("words") or [])) for segment in segments]
    return any(collapse_loops(segment) for segment in copies) or drop_hallucinations(copies)[1] > 0


def drop_hallucinations(segments: List[dict]) -> Tuple[List[dict], int]:
    """The segments with loops removed, and how many segments were dropped whole."""
    kept: List[dict] = []
    dropped = 0
    run_text, run_length = None, 0
    for segment in segments:
        collapse_loops(segment)
        text = normalise(segment.get("text", ""))
        if not text:
            dropped += 1
            continue
        if text == run_text:
            run_length += 1
            short_confident = (
                len(text.split()) <= SHORT_REPLY_WORDS and _mean_probability(segment) >= CONFIDENT_PROBABILITY
            )
            if run_length > 2 or not short_confident:
                dropped += 1
                continue
        else:
            run_text, run_length = text, 1
        kept.append(segment)
    return kept, dropped
