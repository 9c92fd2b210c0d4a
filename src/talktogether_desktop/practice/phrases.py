"""Reading sizes out of plain English: how long ("ten minutes", "a quarter of an hour") and how
often ("twice a week", "every evening", "on Sundays").

Therapists write assignments the way they talk, so the specificity check must understand the
usual ways of saying a length or a frequency, not only "10 min".
"""

from __future__ import annotations

import re
from typing import List, Optional

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "couple of": 2, "a couple of": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-five": 25, "twenty five": 25,
    "thirty": 30, "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90,
}

WEEKDAYS = {
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU",
}
WEEKDAY_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

_NUM_WORD_RE = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUM = rf"(?:\d+(?:[.,]\d+)?|{_NUM_WORD_RE})"
_MIN_UNIT = r"(?:minutes?|mins?|m\b)"
_HOUR_UNIT = r"(?:hours?|hrs?|h\b)"

# Lengths that are not the length of the practice itself ("come back within 24 hours",
# "a break of at least 20 minutes") must not make a small practice look too big.
_NOT_PRACTICE_BEFORE = re.compile(
    r"(?:within|after|wait(?:ing)?|(?:break|pause|time-?out|rest|gap)(?: of| for)*|every|in)\s+"
    r"(?:at least\s+|about\s+|roughly\s+|around\s+)?$"
)
_NOT_PRACTICE_AFTER = re.compile(r"^\s*(?:later|apart|of (?:a )?break|break|pause|time-?out)\b")


def to_number(token: str) -> Optional[float]:
    token = token.strip().lower()
    if not token:
        return None
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def durations_minutes(text: str) -> List[float]:
    """Every length of time the text gives for the practice, in minutes (a range counts as its top)."""
    t = " " + text.lower().replace("–", "-").replace("—", "-") + " "
    found: List[float] = []
    taken: List[tuple] = []

    def keep(match: re.Match, minutes: float) -> None:
        before = t[max(0, match.start() - 40): match.start()]
        after = t[match.end(): match.end() + 25]
        if _NOT_PRACTICE_BEFORE.search(before) or _NOT_PRACTICE_AFTER.search(after):
            taken.append(match.span())
            return
        if any(s <= match.start() < e for s, e in taken):
            return
        taken.append(match.span())
        found.append(minutes)

    fixed = [
        (r"\b(?:an|one) hour and a half\b", 90.0),
        (r"\b(?:an|one) and a half hours?\b", 90.0),
        (r"\bthree quarters of an hour\b", 45.0),
        (r"\b(?:a|one) quarter of an hour\b|\bquarter[- ]hour\b", 15.0),
        (r"\bhalf an hour\b|\bhalf-hour\b|\bhalf hour\b", 30.0),
    ]
    for pattern, minutes in fixed:
        for m in re.finditer(pattern, t):
            keep(m, minutes)
    # ranges first ("15-20 minutes", "ten to fifteen minutes"): the top end is what they may spend
    range_re = rf"\b({_NUM})\s*(?:-|to|or)\s*({_NUM})[\s-]*({_MIN_UNIT}|{_HOUR_UNIT})"
    for m in re.finditer(range_re, t):
        if any(s <= m.start() < e for s, e in taken):
            continue
        hi = to_number(m.group(2))
        if hi is not None:
            keep(m, hi * (60.0 if re.match(_HOUR_UNIT, m.group(3)) else 1.0))
    single_re = rf"\b({_NUM})[\s-]*({_MIN_UNIT}|{_HOUR_UNIT})"
    for m in re.finditer(single_re, t):
        if any(s <= m.start() < e for s, e in taken):
            continue
        n = to_number(m.group(1))
        if n is None:
            continue
        keep(m, n * (60.0 if re.match(_HOUR_UNIT, m.group(2)) else 1.0))
    for m in re.finditer(r"\b(?:an|one) hour\b", t):
        if not any(s <= m.start() < e for s, e in taken):
            keep(m, 60.0)
    return found


def practice_minutes(text: str) -> Optional[float]:
    """The practice's length: the longest length the text gives, or None when it gives none."""
    values = durations_minutes(text)
    return max(values) if values else None


_TIMES = r"(?:once|twice|thrice|(?:" + _NUM + r")\s*(?:times|x))"
_PER_WEEK = r"(?:a|per|each|every|this|the)\s+week|/\s*w(?:ee)?k|weekly"
_PER_DAY = r"(?:a|per|each|every)\s+day|/\s*day|daily"


def _times_value(token: str) -> Optional[float]:
    token = token.strip().lower()
    if token == "once":
        return 1.0
    if token == "twice":
        return 2.0
    if token == "thrice":
        return 3.0
    m = re.match(rf"({_NUM})\s*(?:times|x)", token)
    return to_number(m.group(1)) if m else None


def weekdays_named(text: str) -> List[str]:
    """The weekdays the text names, as iCalendar codes in week order ("MO", "WE")."""
    t = text.lower()
    days = {code for name, code in WEEKDAYS.items() if re.search(rf"\b{name}s?\b", t)}
    if re.search(r"\bweekends?\b", t):
        days |= {"SA", "SU"}
    return [d for d in WEEKDAY_ORDER if d in days]


def times_per_week(text: str) -> Optional[float]:
    """How many times a week the text asks for, or None when it does not say."""
    t = text.lower().replace("–", "-")
    m = re.search(rf"\b({_TIMES})\s*(?:a|per|each|every)?\s*(?:day|daily)\b|\b({_TIMES})\s*/\s*day", t)
    if m:
        per_day = _times_value(m.group(1) or m.group(2))
        if per_day:
            return per_day * 7
    m = re.search(rf"\b({_TIMES})\s*(?:{_PER_WEEK})", t)
    if m:
        return _times_value(m.group(1))
    if re.search(r"\bevery (?:other|second) day\b", t):
        return 3.5
    if re.search(r"\b(?:every|each) weekday\b|\bweekdays\b|monday to friday", t):
        return 5.0
    if re.search(
        rf"\b(?:{_PER_DAY})\b|\b(?:every|each) (?:evening|night|morning|afternoon|lunch(?:time)?|dinner|day)\b|"
        r"\bnightly\b|\bevery single day\b|\bon (?:all|each of the) (?:seven|7) days\b",
        t,
    ):
        return 7.0
    m = re.search(rf"\b({_NUM})\s+(?:days|evenings|nights|mornings)\s+(?:a|per|this|each|of the)\s+week\b", t)
    if m:
        return to_number(m.group(1))
    if re.search(r"\b(?:once|one time)\b", t) or re.search(rf"\b(?:{_PER_WEEK})\b|\bweekly\b", t):
        return 1.0
    days = weekdays_named(text)
    if days:
        return float(len(days))
    m = re.search(rf"\b({_NUM})\s+(?:\d+[- ]minute\s+|\w+[- ]minute\s+|short\s+|)(?:conversations?|talks?|sessions?|check-ins?)\b", t)
    if m and to_number(m.group(1)):
        return to_number(m.group(1))
    return None


def format_minutes(minutes: Optional[float]) -> str:
    if minutes is None:
        return ""
    minutes = int(round(minutes))
    return f"{minutes} minute" + ("" if minutes == 1 else "s")


def format_frequency(times: Optional[float]) -> str:
    """Friendly wording of a weekly frequency for the couple ("once this week", "every day")."""
    if times is None:
        return ""
    n = int(round(times))
    if n >= 7:
        return "every day"
    return {1: "once this week", 2: "twice this week"}.get(n, f"{n} times this week")
