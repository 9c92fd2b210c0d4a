"""A practice verdict as the couple read it. "Practised in the recording: not found" on the page a couple takes home
reads as a test failed (DOMAIN.md §1: practice, never homework, never a test), and it is the automatic check's
finding, which can miss what they did. The clinician's version keeps the exact verdict; the couple's says the
recording did not pick it up this time, with no reason that could be read as a mark against one of them."""

from __future__ import annotations

import re

from .verdicts import NOT_FOUND

NOT_PICKED_UP = "not picked up this time"
CAN_MISS = ("the check listens for a few kinds of words and can miss what you did; your therapist will talk over with "
            "you how it went")
_WHOLE = re.compile(r"^(Practised in the recording(?: \([^)]*\))?): not found \u2014 .*$", re.DOTALL)
_PART = re.compile(r": not found, [^;]*?(?=;|\.$)")


def summary_for_couple(summary: str) -> str:
    """"Practised in the recording (reflect back): not found — no reply restated one of you before answering." as
    "… (reflect back): not picked up this time (the check … can miss …).", and a part of several ("soft start-up: not
    found, no I-statement …") as "soft start-up: not picked up this time"."""
    whole = _WHOLE.match(summary)
    if whole:
        return f"{whole.group(1)}: {NOT_PICKED_UP} ({CAN_MISS})."
    return _PART.sub(f": {NOT_PICKED_UP}", summary)


def verdict_line(verdict: str, for_couple: bool) -> str:
    """Page one's practice row after the assignment's title."""
    if for_couple and verdict == NOT_FOUND:
        return " \u2014 the recording did not pick it up this time"
    return f" \u2014 practised in this recording: {verdict}"
