"""Word-level speaker attribution: every transcript word gets the speaker who said it.

A word takes the speaker whose turns cover most of it (so a turn change falling inside a word
moves to the nearest gap between words); a word outside every turn (VAD missed it) takes the
nearest turn. Its speaker confidence is its own (the diarization's `word_confidence`, the frames
under the word) where the diarization was given the words, else its turn's. The engine, when given
the words, has already judged short interjections on their own audio, so they carry their own
speaker here.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Dict, List

from .frames import flatten_words

MIN_WORD_S = 0.1


def attribute_words(words, diarization: Dict) -> List[Dict]:
    """The words (flat list, or a transcript dict) as new dicts with "speaker" and "speaker_confidence"."""
    turns = sorted(diarization.get("turns", []), key=lambda t: float(t["start"]))
    starts = [float(t["start"]) for t in turns]
    own = sorted(diarization.get("word_confidence") or [])
    own_starts = [float(c[0]) for c in own]
    out = []
    for w in flatten_words(words):
        a = float(w["start"])
        # a word the recogniser timed at zero length (often a segment's first word: "I" of "I am
        # sorry") is said from its start on, so it is judged over its first moment, not by the
        # nearest turn, which is as often the previous speaker's as its own
        b = max(float(w["end"]), a + MIN_WORD_S)
        word = dict(w)
        if not turns:
            word["speaker"], word["speaker_confidence"] = None, 0.0
            out.append(word)
            continue
        # turns that can touch [a, b]: those starting before b, scanning back over long turns
        hi = bisect_left(starts, b)
        cover: Dict[str, float] = {}
        conf: Dict[str, float] = {}
        for t in turns[max(0, hi - 8) : hi + 1]:
            inter = min(b, float(t["end"])) - max(a, float(t["start"]))
            if inter > 0:
                cover[t["speaker"]] = cover.get(t["speaker"], 0.0) + inter
                conf[t["speaker"]] = max(conf.get(t["speaker"], 0.0), float(t.get("confidence", 1.0)))
        if cover:
            speaker = max(cover, key=cover.get)
            share = cover[speaker] / max(1e-9, sum(cover.values()))
            confidence = _own_confidence(own, own_starts, a, b, conf[speaker]) * share
        else:
            nearest = min(turns[max(0, hi - 2) : hi + 2],
                          key=lambda t: max(float(t["start"]) - b, a - float(t["end"]), 0.0))
            speaker = nearest["speaker"]
            confidence = 0.5 * float(nearest.get("confidence", 1.0))
        word["speaker"] = speaker
        word["speaker_confidence"] = round(confidence, 3)
        out.append(word)
    return out


def _own_confidence(own, own_starts, a: float, b: float, turn_confidence: float) -> float:
    """The confidence of the frames under [a, b] (time-weighted over the word entries it overlaps), or the turn's."""
    weight = total = 0.0
    for s, e, c in own[max(0, bisect_left(own_starts, a) - 2) : bisect_left(own_starts, b)]:
        inter = min(b, float(e)) - max(a, float(s))
        if inter > 0:
            weight += inter
            total += inter * float(c)
    return total / weight if weight > 0 else turn_confidence


def speakers_of_spans(spans, diarization: Dict) -> List[Dict]:
    """Time spans ({"start", "end"}, e.g. speech with no words recognised) as new dicts with the
    "speaker" whose turns cover most of each, when any turn covers it."""
    turns = diarization.get("turns", [])
    out = []
    for span in spans:
        a, b = float(span["start"]), float(span["end"])
        cover: Dict[str, float] = {}
        for t in turns:
            inter = min(b, float(t["end"])) - max(a, float(t["start"]))
            if inter > 0:
                cover[t["speaker"]] = cover.get(t["speaker"], 0.0) + inter
        item = {"start": round(a, 3), "end": round(b, 3)}
        if cover:
            item["speaker"] = max(cover, key=cover.get)
        out.append(item)
    return out
