"""The words printed under "first sign from X": X's own (a walk-through's rise said "first sign from Mark" over
Claire's "Oh, look at you, Mr Honesty.", the analysis's quote for the rise, said by the other partner)."""

from __future__ import annotations

import re
from typing import Optional

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
        said = [s for s in _SENTENCE.split(" ".join(str(turn.get("quote_text") or turn.get("text") or "").split()))
                if _LETTER.search(s) and "\u2026" not in s]
        if said:
            mine.append((abs(num(turn.get("start")) - num(t, start)), num(turn.get("start")), said[0]))
    if not mine:
        return "", None
    _, at, words = min(mine)
    return words, at
