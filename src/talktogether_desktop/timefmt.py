"""Times in a recording as the therapist reads them: "mm:ss", or "h:mm:ss" past an hour.

One place for every caller (CLI, reports, analysis sentences, progress messages, the player) so
that a moment quoted in a report can be found at the same time in the app."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Optional


def clock(seconds: Optional[float], none: str = "--:--", *, pad_minutes: bool = True, floor: bool = False) -> str:
    """`seconds` as "mm:ss" ("h:mm:ss" from an hour on); `none` where there is no time.

    pad_minutes=False gives "m:ss" (the player and progress messages); floor=True drops the
    fraction instead of rounding it, like a media player's counter, so 0.9 s still reads 0:00.
    Negative times read as 0; a time that is no number (NaN, infinite: a bad stored row) reads as `none`."""
    if seconds is None or not math.isfinite(float(seconds)):
        return none
    seconds = max(0.0, float(seconds))
    total = int(seconds) if floor else int(round(seconds))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    if h:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m:02d}:{s:02d}" if pad_minutes else f"{m}:{s:02d}"


def whole_length(seconds: Optional[float], none: str = "--:--", *, pad_minutes: bool = True) -> str:
    """How long a whole recording is, in the clock's form, rounded to the nearest second (75.6 s is "01:16"). The one
    rule for every place that says a recording's length (the player's total, the couple's list, `duration` from a
    minute on, the command line), so two of them never disagree by a second; a moment *in* a recording is rounded the
    same way (`clock`), in the window as in the report."""
    return clock(seconds, none, pad_minutes=pad_minutes)


def duration(seconds: Optional[float], none: str = "-") -> str:
    """How long a recording lasts, as the command line prints it: under a minute in seconds with one decimal
    ("0.5 s", "34.0 s"), so a short recording is never "00:00"; from a minute on as `clock` ("01:05", "1:02:05").
    `none` where it is unknown (no number, NaN)."""
    if seconds is None or not math.isfinite(float(seconds)):
        return none
    seconds = max(0.0, float(seconds))
    return whole_length(seconds) if seconds >= 59.95 else f"{seconds:.1f} s"


def length(seconds: float) -> str:
    """How long a recording is, in words: "34 s", "1 min 16 s", "1 h 05 min"."""
    total = int(round(seconds))
    if total < 60:
        return f"{total} s"
    m, s = divmod(total, 60)
    if m < 60:
        return f"{m} min {s:02d} s"
    h, m = divmod(m, 60)
    return f"{h} h {m:02d} min"


def local_time(stamp, *, zone: bool = False, seconds: bool = False) -> str:
    """A stored time as this computer's clock shows it, "2026-12-05 21:30" (`zone`: with the zone's name, "21:30 EST",
    so a reader of the command line or a report knows whose clock it is). One kept with its offset (an import's time,
    a file's own recording time, the audit log's: all UTC) is shown in this computer's time: a New York evening's
    recording was listed under the next day. One kept without (a time typed here) is this computer's as typed; a day
    alone ("2026-12-10") is shown as it is. "" for none."""
    text = str(stamp or "")
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text[:19 if seconds else 16].replace("T", " ")
    if len(text) <= 10:
        return text
    if when.tzinfo is None and text[10:] == "T00:00:00":  # a day given alone (`--recorded-at 2026-12-01`, a file's
        return text[:10]  # date tag without a time) is kept at midnight: its day, never "00:00", a time nobody gave
    here = when.astimezone()  # (a time without an offset is taken as this computer's)
    shown = (here if when.tzinfo else when).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{shown} {here.tzname()}" if zone else shown


def local_day(stamp) -> str:
    """The day a stored time fell on by this computer's clock, "2026-12-05" ("" for none): a recording made at 21:30 in
    New York is kept as the next day's 02:30 UTC, and counted a practice day done, or dated a review point, on the day
    the couple made it, not the day after."""
    return local_time(stamp)[:10]
