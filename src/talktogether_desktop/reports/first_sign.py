"""The words printed under "first sign from X": X's own (a walk-through's rise said "first sign from Mark" over
Claire's "Oh, look at you, Mr Honesty.", the analysis's quote for the rise, said by the other partner), and an analysis
stored by an older version read in today's words ("first sign from X", never the culprit's "led by X")."""

from __future__ import annotations

import re
from typing import Optional

from .safety_words import context_today, prompt_today, stood_out_today
from .text import first, num

_SENTENCE = re.compile(r"(?<=[.?!])\s+")
_LETTER = re.compile(r"[^\W\d_]")


def first_sign_words(point: dict, turns: list[dict]) -> tuple[str, Optional[float]]:
    """(quote, time) for a rise: its own quote when the one it names as the first sign said it; else the sentence of
    theirs inside the rise nearest to that quote (heard clearly); else no quote at all ("", None)."""
    quote = str(first(point, "quote", "trigger_quote", default=""))
    t = first(point, "quote_t", "t", "trigger_t", "start")
    who, by = first(point, "first_sign_from", "led_by", "speaker"), point.get("quote_by")
    if who is None or by is None or str(by) == str(who):
        return quote, t
    start = num(point.get("start"))
    end = num(point.get("end"), start)
    mine = []
    for turn in turns:
        if str(turn.get("speaker")) != str(who) or not start - 0.5 <= num(turn.get("start")) <= end:
            continue
        # (not the end of a sentence the turn began inside: b_keys on audio, "At 00:18 S2 said “too.”", the partner's
        # "…your mom noticed, too." cut where the voices changed; a sentence begun in lower case goes on from elsewhere)
        said = [s for s in _SENTENCE.split(" ".join(str(turn.get("quote_text") or turn.get("text") or "").split()))
                if _LETTER.search(s) and "\u2026" not in s and not _LETTER.search(s).group().islower()]
        if said:
            mine.append((abs(num(turn.get("start")) - num(t, start)), num(turn.get("start")), said[0]))
    if not mine:
        return "", None
    _, at, words = min(mine)
    return words, at


_SAID_AT = re.compile("^At \\d{2}:\\d{2}(?::\\d{2})? .+? said \u201c.*?\u201d; ")


def rise_in_first_sign_words(observation: dict, text: str, analysis: dict, turns: list[dict], t=None) -> tuple:
    """A rise's headline opens with the words of the one its Key moment names as the first sign: "At 00:06 Lauren
    said “I'll do it at the weekend.”; over the next 29 seconds the exchange grew tense." read as Lauren's words
    setting it off, a page before "first sign from Owen" over Owen's "You said that last weekend." (walk43a b).
    (text, time): the time the headline is listed at moves with its words."""
    from ..timefmt import clock

    proof = [e for e in observation.get("evidence") or [] if isinstance(e, dict)]
    t0 = num(proof[0].get("t"), None) if proof else None
    point = next((p for p in analysis.get("escalation_points") or [] if isinstance(p, dict) and t0 is not None
                  and abs(num(p.get("quote_t"), -1.0) - t0) < 0.01), None)
    if point is None or str(point.get("quote_by")) == str(first(point, "first_sign_from", "led_by", default=point.get("quote_by"))):
        return text, t
    words, at = first_sign_words(point, turns)
    names = {str(s.get("id")): str(s.get("name") or s.get("id")) for s in analysis.get("speakers") or [] if isinstance(s, dict)}
    who = str(first(point, "first_sign_from", "led_by"))
    if not words or at is None or not _SAID_AT.match(text):
        return text, t
    return _SAID_AT.sub(lambda _: f"At {clock(at)} {names.get(who, who)} said \u201c{words}\u201d; ", text, count=1), at


_LED_BY = re.compile(r"(?<!\w)([Ll])ed by(?!\w)")


def _said_today(item):
    """A sentence (or {"text": sentence}) in today's words: "first sign from X", never the culprit's "led by X"
    (DOMAIN.md §7)."""
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return dict(item, text=_said_today(item["text"]))
    if not isinstance(item, str):
        return item
    return _LED_BY.sub(lambda m: "First sign from" if m.group(1) == "L" else "first sign from", item)


def _point_today(p):
    if not isinstance(p, dict):
        return p
    p = {k: _said_today(v) if k in ("what_next", "next", "after") else v for k, v in p.items()}
    if p.get("first_sign_from") is None and p.get("led_by") is not None:
        p["first_sign_from"] = p["led_by"]
    return p


def in_todays_words(analysis: dict) -> dict:
    """An analysis as the page says it (a safety line only possibly one says "possible": safety_words.py), and one
    stored by an older version as it is read today: each rise names its first sign (`first_sign_from`,
    from the older `led_by`), and its sentences (observations, what happened next, suggested questions, the risk
    prompt) say "first sign from X", never "led by X". The partners' own words (quotes) are left as they were."""
    out = dict(analysis)
    for key in ("observations", "suggested_questions"):
        if isinstance(analysis.get(key), list):
            out[key] = [_said_today(x) for x in analysis[key]]
    if isinstance(analysis.get("observations"), list):  # a flag only possibly one is said "possible" on every line
        out["observations"] = [stood_out_today(x, analysis.get("safety_flags") or []) for x in out["observations"]]
    if isinstance(analysis.get("escalation_points"), list):
        out["escalation_points"] = [_point_today(p) for p in analysis["escalation_points"]]
    flags = analysis.get("safety_flags") if isinstance(analysis.get("safety_flags"), list) else []
    if flags:  # the earlier line a fear response names is "possible" there as in its own Key moment
        out["safety_flags"] = [context_today(f, flags) for f in flags]
    if "safety_prompt" in analysis:
        out["safety_prompt"] = prompt_today(_said_today(analysis["safety_prompt"]), flags)
    return out
