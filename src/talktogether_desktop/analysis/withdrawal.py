"""Stonewalling signs found from timing rather than words: minimal replies while the other
talks at length, and questions met with a long silence the asker has to break."""

from __future__ import annotations

from typing import Sequence

from .settings import AnalysisSettings
from .turns import Turn
from .words import QUOTE_MIN_PROBABILITY, is_question, join_words, token


# What a partner says that asks for a response: a minimal reply to it, after a pause, is withdrawal.
ASKING = ("criticism", "contempt", "needs_bids", "defensiveness")


def minimal_replies(turns: Sequence[Turn], words: Sequence[dict], settings: AnalysisSettings,
                    markers: Sequence[dict] = ()) -> list[dict]:
    """A reply of a few words after the other talked at length, or after a slow start to a turn
    that asked for something (a criticism, a bid, a question)."""
    out = []
    for prev, nxt in zip(turns, turns[1:]):
        if prev.speaker == nxt.speaker:
            continue
        reply = [words[i] for i in nxt.word_ids]
        reply_tokens = [t for t in (token(w["word"]) for w in reply) if t]
        if len(reply_tokens) > settings.minimal_reply_words:
            continue
        asked = any(m["speaker"] == prev.speaker and prev.start <= m["t"] <= prev.end and m["category"] in ASKING
                    for m in markers) or is_question(words[prev.word_ids[-1]]["word"])
        slow = nxt.start - prev.end >= settings.withdrawal_latency_s
        if len(prev.word_ids) < settings.long_turn_words and not (asked and slow):
            continue
        if any(m["speaker"] == nxt.speaker and nxt.start <= m["t"] <= nxt.end
               and m["category"] in ("repair", "appreciation", "needs_bids") for m in markers):
            continue
        out.append(
            {
                "t": round(nxt.start, 3),
                "end": round(nxt.end, 3),
                "speaker": nxt.speaker,
                "category": "stonewalling",
                "phrase": "minimal reply",
                "text": join_words(reply),
                "quote": join_words(reply, QUOTE_MIN_PROBABILITY),
                "source": "timing",
                "detail": f"{len(reply_tokens)}-word reply, {nxt.start - prev.end:.1f} s after {len(prev.word_ids)} words",
            }
        )
    return out


def unanswered_questions(silences: Sequence[dict], markers: Sequence[dict] = ()) -> list[dict]:
    """A long silence after a question or a bid (a need, a request, a complaint), broken by the one
    who asked: the partner did not answer."""
    out = []
    for s in silences:
        asked = s["after_question"] or any(
            m["speaker"] == s["after"] and m["category"] in ASKING and s["start"] - 8.0 <= m["t"] <= s["start"]
            for m in markers)
        if asked and s["broken_by"] == s["after"]:
            out.append(
                {
                    "t": s["start"],
                    "end": s["end"],
                    "speaker": None,  # the silent partner; filled in by the caller for two speakers
                    "asked_by": s["after"],
                    "category": "stonewalling",
                    "phrase": "silence after a question" if s["after_question"] else "silence after a bid",
                    "text": "",
                    "quote": "",
                    "source": "timing",
                    "detail": f"{s['duration_s']:.1f} s silence after a "
                              + ("question" if s["after_question"] else "bid or complaint"),
                }
            )
    return out
