"""Counts from recordings of different lengths, compared as rates: per 10 minutes of conversation.

Seven interruptions in a 76 s quarrel and three in a 34 s practice conversation are about the same rate (55 and 53
per 10 minutes), not "down from 7 to 3". The practice review compares every count (interruptions, repair attempts,
moments of reaching for the other, escalation peaks) this way when the length of each recording is known, and says
plainly when the recordings differ in length or when a length is unknown (then the counts are compared as they are).
Pure: numbers in, numbers and sentences out.
"""

from __future__ import annotations

import math
from typing import Optional, Sequence

from ..timefmt import length

PER_S = 600.0
PER = "10 minutes"
COUNTS = ("interruptions_made", "interruptions_received", "repair_attempts", "reaching_for", "escalation_points")
SIMILAR = 1.1  # lengths within 10% of each other: the counts themselves can be set side by side
SHORT_S = 120.0  # in a recording under two minutes one moment more or less moves its rate a lot


def recording_length(rec: dict) -> Optional[float]:
    """The recording's length in seconds (the stored recording's, else its analysis's), None when unknown."""
    for value in (rec.get("duration_s"), (rec.get("metrics") or {}).get("duration_s")):
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            continue
        if math.isfinite(seconds) and seconds > 0:
            return seconds
    return None


def pooled_rate(counts: Sequence[Optional[float]], lengths: Sequence[float]) -> Optional[float]:
    """All the counts over all the time they were counted in, per 10 minutes (a short recording does not weigh as
    much as a long one); None when no recording has the count."""
    pairs = [(float(c), s) for c, s in zip(counts, lengths) if c is not None]
    if not pairs:
        return None
    return round(sum(c for c, _ in pairs) * PER_S / sum(s for _, s in pairs), 3)


def direction(before: Optional[float], now: Optional[float], now_s: float) -> Optional[str]:
    """Up or down only when the rates differ by at least one moment over this time's length: at the practice
    recording's length the earlier rate would have given about as many."""
    if before is None or now is None:
        return None
    if abs(now - before) * now_s / PER_S < 1 - 1e-9:
        return "same"
    return "up" if now > before else "down"


def similar(before_s: float, now_s: float) -> bool:
    return max(before_s, now_s) <= SIMILAR * min(before_s, now_s)


def lengths_said(before_s: float, now_s: float, n_before: int) -> str:
    earlier = f"{length(before_s)} in {n_before} earlier recordings" if n_before > 1 else f"{length(before_s)} earlier"
    return f"{earlier}, {length(now_s)} this time"


def lengths_warning(before_s: float, now_s: float, n_before: int) -> Optional[str]:
    """Said once above the figures when the recordings differ in length (None when they are alike)."""
    if similar(before_s, now_s):
        return None
    text = (f"The recordings differ in length ({lengths_said(before_s, now_s, n_before)}), so the counts are "
            f"compared per {PER} of conversation.")
    if min(before_s, now_s) < SHORT_S:
        text += " In a recording this short one moment more or less changes its rate a lot: listen before reading much into it."
    return text


def unknown_warning(days: Sequence[str]) -> str:
    """`days`: the recordings of unknown length, by the day they were made (as the therapist knows them)."""
    which = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
    return (f"The length of the recording{'s' if len(days) > 1 else ''} of {which} is not known, so the counts are "
            "compared as they are: check that the recordings are of about the same length before reading them.")
