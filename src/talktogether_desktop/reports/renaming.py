"""Rewrite the partners' earlier names (speaker labels, a name as first spelt, a full name shown as initials)
inside analysis sentences and quotes, touching only a name used as a name.

A partner called Will, Mark or Hope has a name that is also an ordinary word: "I will call her", "Mark the
date" and "Hope you slept" keep their words. The list of such names, with the words that show their ordinary
use, is `resources/reports/en/names_that_are_words.txt` (therapists may edit it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .. import paths

_SENTENCE_START = re.compile(r"(?:^|[.!?\u2026:;]|[\"\u201c\u2018(\u2014])[\s\"\u201c\u2018(]*$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'\u2019]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'\u2019]*)\s+$")
_DAY_NUMBER = re.compile(r"\s+\d")


@lru_cache(maxsize=4)
def _read_list(path: str, stamp: int) -> tuple[dict, frozenset, frozenset]:
    ordinary, months, before_month = {}, set(), set()
    for line in open(path, encoding="utf-8").read().splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        head, _, rest = line.partition(":")
        words = rest.lower().split()
        if head.strip().lower() == "month":
            months.update(rest.split())
        elif head.strip().lower() == "before month":
            before_month.update(words)
        else:
            ordinary[head.strip()] = frozenset(words)
    return ordinary, frozenset(months), frozenset(before_month)


def names_that_are_words() -> tuple[dict, frozenset, frozenset]:
    """({Name: words after it that show its ordinary use}, month names, words before a month)."""
    path = paths.resource("reports", "en", "names_that_are_words.txt")
    try:
        return _read_list(str(path), path.stat().st_mtime_ns)
    except OSError:  # a missing list leaves every name rewritten, as before
        return {}, frozenset(), frozenset()


def used_as_name(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end], a name that is also an ordinary word, is used as a name there."""
    word = text[start:end]
    ordinary, months, before_month = names_that_are_words()
    followers = ordinary.get(word)
    if followers is None and word not in months:
        return True
    before, after = text[:start], text[end:]
    if word in months:
        prev = _WORD_BEFORE.search(before)
        if (prev and prev.group(1).lower() in before_month) or _DAY_NUMBER.match(after):
            return False
    if after[:1] == "," or after[:2] in ("'s", "\u2019s"):
        return True
    if not _SENTENCE_START.search(before):
        return True
    nxt = _NEXT_WORD.match(after)
    return not (nxt and nxt.group(1).lower() in (followers or ()))


def renamer(speakers: list[dict], partners: dict, names: dict) -> Callable[[str], str]:
    """Rewrite names inside analysis text to the printed names (labels like S1, or initials only)."""
    swaps = {}
    for sid, shown in names.items():
        for old in {sid, partners.get(sid), next((s.get("name") for s in speakers if str(s.get("id")) == sid), None)}:
            if old and str(old) != shown:
                swaps[str(old)] = shown
    if not swaps:
        return lambda text: text
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True))
                         + r")(?!\w)(\.?)")

    def swap(m: re.Match) -> str:
        if not used_as_name(m.string, m.start(1), m.end(1)):
            return m.group(0)
        shown = swaps[m.group(1)]
        # "W." at the end of a sentence is "W.", never "W.."
        return shown + ("" if shown.endswith(".") else m.group(2))

    return lambda text: pattern.sub(swap, text)
