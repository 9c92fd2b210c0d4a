"""A time-out in a practice recording: a break asked for, and the talk coming back after it.

Read over the whole transcript, sentence by sentence, not only from the repair markers: "I need a twenty minute break"
or "give me ten minutes" asks for a break without being a repair the analysis lists, and "I'm back. Can we start
again?" is the return. The analysis's own reading comes first where it has one (the break a flooding pattern carries,
and the repair markers it reads as a break with analysis.patterns.BREAK_WORDS), so the report's patterns and the
practice verdict name the same moment. Pure: an analysis in, a dict out.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional

from ..analysis.patterns import AGREEING_S, BREAK_PAUSE_S, BREAK_WORDS
from ..analysis.words import QUOTE_MIN_PROBABILITY, ends_sentence, join_words

_NUMBER = r"(?:a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|a few|a couple of|some|\d+)"
# The ordinary ways of asking for a break: "I need a (twenty minute / quick / short) break", "can we take a break",
# "can we pause", "I need a minute", "give me ten minutes", "I need to step away", "time out", and "I need twenty
# minutes, I'll come back at eight" (minutes asked for with a return said, or minutes to oneself).
ASK = re.compile(
    r"\b(?:take|have|need|want|get|give (?:me|us))\s+(?:a|an|the|some|my)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:break|breather|time[- ]?out|pause)\b"
    r"|\bcan (?:we|i) (?:please )?(?:pause|stop for a (?:bit|minute|moment|second)|have a minute)\b"
    r"|\blet'?s (?:pause|stop for a (?:bit|minute|moment))\b"
    # ... and minutes named, with a reason or a return or nothing after ("Can we stop for twenty minutes? I'll go and sit in
    # the garden…", walk43a); not a stop on a journey ("Can we stop for five minutes and get petrol?")
    rf"|\b(?:(?:can|could|shall) (?:we|i) (?:please )?|let'?s )stop for (?:{_NUMBER} (?:minutes?|mins?)|half an hour)"
    r"(?=\s*(?:[,.?!]|$|i'?ll |so (?:i|we) |while |before |to (?:calm|cool|breathe|think)|and (?:calm|cool|breathe|come back|then come)))"
    r"|\b(?:i|we) need (?:a|one|some|a few) (?:minute|moment|second|space|air)s?\b"
    rf"|\bgive (?:me|us) {_NUMBER} (?:minutes?|moments?|mins?)\b"
    rf"|\b(?:i|we) need {_NUMBER} (?:minutes?|mins?)\b(?=.*\b(?:i'll|i will|we'll|we will) (?:come|be) back\b)"
    rf"|\b(?:i|we) need {_NUMBER} (?:minutes?|mins?) (?:to (?:myself|ourselves|calm|cool|breathe)|on my own|alone|away)\b"
    r"|\b(?:i|we) need to (?:step (?:away|out|outside)|take five|cool (?:off|down)|calm down first)\b"
    # "Can we take the twenty minutes, like we practised?", "let's take ten minutes", "I'm taking twenty minutes"
    rf"|\b(?:(?:can|could|shall) (?:we|i) (?:please )?|let'?s |i'?m (?:going to )?)(?:tak(?:e|ing)|have) (?:the |our |my )?"
    rf"(?:{_NUMBER} (?:minutes?|mins?)|half an hour|an hour)(?=\s*(?:[,.?!]|$|like we|as we|and (?:then )?(?:come|calm|cool)|to (?:calm|cool|breathe|think)))"
    r"|\bstep away\b|\btime[- ]?out\b|\bcome back to (?:this|it) (?:later|in)\b",
    re.I)
# ... and of coming back: "I'm back", "okay, I'm ready to talk again", "can we try again", "let's start over".
RETURN = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are) back\b(?!\s+(?:to|at|on|in|with|from|where)\b)"
    r"|\b(?:i'?m|i am|we'?re|we are) ready to (?:talk|try|listen|go on|carry on|continue|start)\b"
    r"|\bready to talk again\b"
    r"|\b(?:can|could|shall) we (?:try|start) (?:again|over)\b|\b(?:can|could|shall) we (?:talk|try) (?:it )?again\b"
    r"|\blet'?s (?:try|start|talk) (?:again|over)\b|\b(?:can|could|shall) we (?:go back to|pick up) (?:it|this|that)\b"
    r"|\b(?:pick|take) (?:it|this|that) (?:back )?up again\b|\bwhere were we\b",
    re.I)
# "My chest's tight, I need twenty minutes." with no return said in the same turn: a break asked for only where the
# one who asked later says they are back ("I'm back. Can we start again?"); not minutes for a task ("I need two more
# minutes on this level.", "I need two minutes, the pasta's boiling over.")
MINUTES_ASKED = re.compile(rf"\b(?:i|we) need {_NUMBER} (?:minutes?|mins?)\W*$", re.I)
# "I don't need a break, I need you to listen": no break asked for
NOT_ASKED = re.compile(r"\b(?:don'?t|do not|didn'?t|did not|never|no)\s+(?:\w+\s+)?$", re.I)


def asks_for_a_break(text: str) -> bool:
    return any(not NOT_ASKED.search(text[:m.start()]) for m in ASK.finditer(text))


def sentences(turns) -> list[dict]:
    """Every sentence of the transcript: {"t", "end", "speaker", "text" (all its words, to read), "quote" (the words
    heard clearly, the rest "…", to print)}."""
    out = []
    for turn in turns:
        words = [w for w in turn.get("words") or [] if isinstance(w, Mapping) and str(w.get("word") or "").strip()]
        if not words:  # a turn without its words: its sentences share the turn's times
            for text in re.split(r"(?<=[.?!])\s+", str(turn.get("text") or "").strip()):
                if text:
                    out.append({"t": turn["start"], "end": turn["end"], "speaker": turn["speaker"], "text": text,
                                "quote": text})
            continue
        begin = 0
        for i, w in enumerate(words):
            if ends_sentence(str(w["word"])) or i == len(words) - 1:
                part = [dict(x, word=str(x["word"]).strip()) for x in words[begin:i + 1]]
                out.append({"t": part[0]["start"], "end": part[-1]["end"], "speaker": turn["speaker"],
                            "text": join_words(part), "quote": join_words(part, QUOTE_MIN_PROBABILITY)})
                begin = i + 1
    return out


def _said(text: Any) -> str:
    return str(text or "").replace("\u2019", "'")


def _at(said: list[dict], t: Optional[float], speaker: Any = None) -> Optional[dict]:
    """The sentence said at `t` (by `speaker` when given)."""
    if t is None:
        return None
    hits = [s for s in said if s["t"] - 0.05 <= t <= s["end"] + 0.05 and speaker in (None, s["speaker"])]
    return max(hits, key=lambda s: s["t"]) if hits else None  # the sentence starting there, not the one ending there


def _asked(analysis: Mapping, said: list[dict]) -> tuple[Optional[dict], Optional[float]]:
    """(the sentence that asked for the break, where the analysis has the talk back, if it says)."""
    for p in analysis.get("patterns") or []:
        taken = p.get("break") if isinstance(p, Mapping) else None
        if isinstance(taken, Mapping) and taken.get("asked_t") is not None:
            hit = _at(said, taken["asked_t"], taken.get("asked_by"))
            if hit is not None:  # at the time the flooding pattern and the repair list name (walk43a a: 00:41 here, 00:43 there)
                return dict(hit, t=max(hit["t"], float(taken["asked_t"]))), taken.get("back_t")
    repairs = sorted((m for m in analysis.get("markers") or []
                      if m.get("category") == "repair" and BREAK_WORDS.search(_said(m.get("quote")))), key=lambda m: m["t"])
    by_rule = next((hit for m in repairs if (hit := _at(said, m["t"], m.get("speaker"))) is not None), None)
    by_words = next((s for s in said if asks_for_a_break(_said(s["text"]))), None)
    by_return = next((s for s in said if MINUTES_ASKED.search(_said(s["text"])) and not NOT_ASKED.search(
        _said(s["text"])[:MINUTES_ASKED.search(_said(s["text"])).start()])
        and any(RETURN.search(_said(x["text"])) for x in said if x["t"] > s["end"] and x["speaker"] == s["speaker"])), None)
    found = [s for s in (by_rule, by_words, by_return) if s is not None]
    return (min(found, key=lambda s: s["t"]) if found else None), None


def find_break(analysis: Mapping) -> Optional[dict]:
    """{"ask": sentence, "back": sentence or None, "both_after": bool} for the first break asked for; None when none was.

    The return: a sentence that says so ("I'm back", "can we start again?"); else the talk taken up after the pause the
    break made (BREAK_PAUSE_S, begun within AGREEING_S of the asking turn, as the analysis reads it); else none."""
    said = sentences(analysis.get("turns") or [])
    ask, back_t = _asked(analysis, said)
    if ask is None:
        return None
    turn_end = max([t["end"] for t in analysis.get("turns") or [] if t["start"] - 0.05 <= ask["t"] <= t["end"] + 0.05]
                   + [ask["end"]])
    later = [s for s in said if s["t"] > turn_end]  # past the asking turn: "I'll come back, I promise." is no return
    both_after = len({s["speaker"] for s in later}) >= 2
    back = next((s for s in later if RETURN.search(_said(s["text"]))), None)
    if back is None and back_t is not None:
        back = _at(said, back_t) or next((s for s in later if s["t"] >= back_t - 0.05), None)
    if back is None:
        previous_end = turn_end
        for s in later:
            if s["t"] - previous_end >= BREAK_PAUSE_S and previous_end - turn_end <= AGREEING_S:
                back = s
                break
            previous_end = max(previous_end, s["end"])
    pressed = next((x for x in later if x["speaker"] != ask["speaker"] and (back is None or x["t"] < back["t"]) and (
        PRESSED.search(_said(x["text"])) or any(
            m.get("category") in ("criticism", "contempt", "defensiveness") and m.get("speaker") == x["speaker"]
            and x["t"] - 0.05 <= m.get("t", -1.0) <= x["end"] for m in analysis.get("markers") or []))), None)
    return {"ask": ask, "back": back, "both_after": both_after, "pressed": pressed}


# The partner going on with the argument once the break is asked for, before the return ("Okay, twenty minutes, but
# before you go, if you had called me twice…", walk50b): the break pressed on, which the review says with its time.
PRESSED = re.compile(r"\bbefore you go\b|\bone more thing\b|\band another thing\b|\bjust let me (?:say|finish)\b", re.I)
