"""Who held the floor: stretches of talk, floor turns, transitions between them and silences.

A *spurt* is one speaker's words without a long pause. Overlap classification (overlaps.py)
decides which spurts take the floor; consecutive floor spurts of one speaker are one *turn*.
Backchannels and failed attempts to take the floor are not turns: they are listed as overlaps.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Sequence

from .settings import AnalysisSettings
from .words import QUOTE_MIN_PROBABILITY, is_question, join_words


@dataclass
class Spurt:
    speaker: str
    start: float
    end: float
    word_ids: list[int] = field(default_factory=list)
    kind: str = "floor"  # floor | backchannel | attempt


@dataclass
class Turn:
    speaker: str
    start: float
    end: float
    word_ids: list[int] = field(default_factory=list)
    spurts: list[int] = field(default_factory=list)


def build_spurts(words: Sequence[dict], settings: AnalysisSettings) -> list[Spurt]:
    """Group each speaker's words; a long pause, or another speaker's word fitting wholly
    inside the pause, starts a new spurt."""
    by_speaker: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        by_speaker.setdefault(w["speaker"], []).append(i)
    starts = [w["start"] for w in words]
    spurts: list[Spurt] = []
    for speaker, ids in by_speaker.items():
        current = Spurt(speaker, words[ids[0]]["start"], words[ids[0]]["end"], [ids[0]])
        for prev, nxt in zip(ids, ids[1:]):
            gap_start, gap_end = words[prev]["end"], words[nxt]["start"]
            split = gap_end - gap_start > settings.spurt_gap_s or _other_word_inside(
                words, starts, speaker, gap_start, gap_end
            )
            if split:
                spurts.append(current)
                current = Spurt(speaker, words[nxt]["start"], words[nxt]["end"], [nxt])
            else:
                current.word_ids.append(nxt)
                current.end = max(current.end, words[nxt]["end"])
        spurts.append(current)
    spurts.sort(key=lambda s: (s.start, s.end))
    return spurts


def _other_word_inside(words, starts, speaker, gap_start, gap_end) -> bool:
    if gap_end - gap_start <= 0.05:
        return False
    import bisect

    i = bisect.bisect_left(starts, gap_start)
    while i < len(words) and words[i]["start"] < gap_end:
        w = words[i]
        if w["speaker"] != speaker and w["end"] <= gap_end + 0.02:
            return True
        i += 1
    return False


def build_turns(spurts: Sequence[Spurt]) -> list[Turn]:
    """Consecutive floor spurts of one speaker (in start order) make one turn."""
    turns: list[Turn] = []
    for index, spurt in enumerate(spurts):
        if spurt.kind != "floor":
            continue
        if turns and turns[-1].speaker == spurt.speaker:
            turn = turns[-1]
            turn.end = max(turn.end, spurt.end)
            turn.word_ids.extend(spurt.word_ids)
            turn.spurts.append(index)
        else:
            turns.append(Turn(spurt.speaker, spurt.start, spurt.end, list(spurt.word_ids), [index]))
    for turn in turns:
        turn.word_ids.sort()
    return turns


def transitions(turns: Sequence[Turn]) -> list[dict]:
    """The signed floor-transfer offset at each change of speaker (positive gap, negative overlap)."""
    out = []
    for prev, nxt in zip(turns, turns[1:]):
        if prev.speaker == nxt.speaker:
            continue
        out.append(
            {
                "t": round(nxt.start, 3),
                "from": prev.speaker,
                "to": nxt.speaker,
                "offset_s": round(nxt.start - prev.end, 3),
            }
        )
    return out


def silences(words: Sequence[dict], turns: Sequence[Turn], settings: AnalysisSettings) -> list[dict]:
    """Stretches with nobody speaking, at least `long_silence_s` long, and who broke them."""
    out = []
    speech_end = None
    last_speaker = None
    last_word = None
    for w in words:
        if speech_end is not None and w["start"] - speech_end >= settings.long_silence_s:
            kind = "pause" if w["speaker"] == last_speaker else "gap"
            out.append(
                {
                    "start": round(speech_end, 3),
                    "end": round(w["start"], 3),
                    "duration_s": round(w["start"] - speech_end, 3),
                    "after": last_speaker,
                    "broken_by": w["speaker"],
                    "kind": kind,
                    "after_question": bool(last_word and is_question(last_word["word"])),
                }
            )
        if speech_end is None or w["end"] >= speech_end:
            speech_end = w["end"]
            last_speaker = w["speaker"]
            last_word = w
    return out


def turn_dict(turn: Turn, words: Sequence[dict]) -> dict:
    ws = [words[i] for i in turn.word_ids]
    length = turn.end - turn.start
    return {
        "speaker": turn.speaker,
        "start": round(turn.start, 3),
        "end": round(turn.end, 3),
        "text": join_words(ws),
        # the same words for quoting: those the recogniser was unsure of are "…" (never quoted)
        "quote_text": join_words(ws, QUOTE_MIN_PROBABILITY),
        # each word with how sure the recogniser was of it and how sure the speaker is
        "words": [{"start": w["start"], "end": w["end"], "word": w["word"], "probability": w.get("probability"),
                   "speaker_confidence": w.get("speaker_confidence")} for w in ws],
        "word_count": len(ws),
        "words_per_minute": round(len(ws) / length * 60.0, 0) if length >= 1.0 and len(ws) >= 3 else None,
        "questions": sum(1 for w in ws if is_question(w["word"])),
    }


def talk_time(spurts: Sequence[Spurt], speaker: str) -> float:
    """Seconds a speaker was talking: the union of their spurts (backchannels included)."""
    total = 0.0
    last_end = None
    for s in sorted((s for s in spurts if s.speaker == speaker), key=lambda s: s.start):
        start = s.start if last_end is None else max(s.start, last_end)
        if s.end > start:
            total += s.end - start
        last_end = s.end if last_end is None else max(last_end, s.end)
    return total


def spread(values: Sequence[float]) -> dict:
    if not values:
        return {"median": None, "p25": None, "p75": None, "iqr": None, "n": 0}
    ordered = sorted(values)
    q = statistics.quantiles(ordered, n=4, method="inclusive") if len(ordered) > 1 else [ordered[0]] * 3
    return {
        "median": round(statistics.median(ordered), 3),
        "p25": round(q[0], 3),
        "p75": round(q[2], 3),
        "iqr": round(q[2] - q[0], 3),
        "n": len(ordered),
    }
