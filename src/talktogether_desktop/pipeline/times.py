"""Times given by the therapist (command-line flags, the window's selections), checked before anything is
stored: moments in a recording (a number of seconds, 0 or more, inside the recording) and days (a date, or a
date and time, as a session's date is given)."""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Optional

from ..errors import UsageError
from ..storage import recordings
from .. import timefmt

PAST_THE_END_S = 1.0  # the recogniser times a last word a little past the decoded length


def check_moment(vault, recording_id: Optional[int], seconds, what: str = "time") -> float:
    """`seconds` as a float, or UsageError: not a finite number, negative, or after the end of the
    recording (when there is one)."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds < 0:
        raise UsageError(f"The {what} must be a number of seconds, 0 or more (not {seconds!r}).")
    duration = None if recording_id is None else _duration(vault, recording_id)
    if duration is not None and seconds > duration + PAST_THE_END_S:
        raise UsageError(f"The {what} ({seconds:g} s) is after the end of the recording, which is "
                         f"{timefmt.duration(duration)} long.")
    return float(seconds)


def check_range(vault, recording_id: int, start, end, allow_instant: bool = False) -> tuple[float, float]:
    """(start, end) inside the recording with end after start (`allow_instant`: or equal, as a word the
    recogniser timed with no length), or UsageError."""
    start = check_moment(vault, recording_id, start, "start time")
    end = check_moment(vault, recording_id, end, "end time")
    if end < start or (end == start and not allow_instant):
        raise UsageError(f"The end time ({end:g} s) must come after the start time ({start:g} s).")
    return start, end


def _duration(vault, recording_id: int) -> Optional[float]:
    duration = recordings.get_recording(vault, recording_id).get("duration_s")
    return float(duration) if duration and math.isfinite(duration) else None


def check_day(value, what: str = "date") -> Optional[str]:
    """A day (such as a practice's review date) as YYYY-MM-DD; None when none is given. It takes what a session's
    date takes, `2026-12-03` or `2026-12-03T10:00`; anything else ("next Tuesday", "2026-13-01") is UsageError."""
    if value is None or not str(value).strip():
        return None
    try:
        return datetime.fromisoformat(str(value).strip()).date().isoformat()
    except ValueError as exc:
        raise UsageError(f"The {what} '{value}' is not a date (use e.g. 2026-12-03, or 2026-12-03T10:00).") from exc


_WEEKDAYS = (("MO", "monday"), ("TU", "tuesday"), ("WE", "wednesday"), ("TH", "thursday"), ("FR", "friday"),
             ("SA", "saturday"), ("SU", "sunday"))


def check_weekdays(values) -> list[str]:
    """Practice days as iCalendar codes in week order, from codes or English names ("MO", "Mon", "Tues", "Monday");
    anything else ("MOxyz", "M", "someday") is UsageError, not cut down to a day it might have meant."""
    codes = set()
    for given in (str(v).strip() for v in values):
        if not given:
            continue
        low = given.lower()
        found = [code for code, name in _WEEKDAYS if len(low) >= 2 and name.startswith(low)]
        if len(found) != 1:
            raise UsageError(f"The practice day '{given}' is not a day of the week (use e.g. MO,WE or Monday,Wednesday).")
        codes.add(found[0])
    return [code for code, _name in _WEEKDAYS if code in codes]


def check_clock(value) -> Optional[str]:
    """A time of day as HH:MM (7:30 → 07:30); None when none is given; anything else ("19:30x", "25:00", "7:5") is
    UsageError."""
    if value is None or not str(value).strip():
        return None
    found = re.fullmatch(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", str(value).strip(), flags=re.ASCII)
    if found is None:
        raise UsageError(f"The time '{value}' is not a time of day (use HH:MM, e.g. 19:30).")
    return f"{int(found.group(1)):02d}:{found.group(2)}"
