"""A calendar file (RFC 5545) for the practice's anchor time, made locally.

One weekly-repeating event on the practice days, at the anchor's time, for the practice's length,
until the day before the review. Floating local time (no time zone), so the reminder lands at the
same clock time wherever the phone is.

Calendars sync to other people's servers and show on lock screens, so the file says nothing about the
couple or their therapy: a generic summary and description only, never the title, anchor, behaviour or
names (the handout on paper holds those).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from typing import List, Optional

from . import phrases
from .assignment import Assignment, practice_days

PRODID = "-//TalkTogether//TalkTogether Desktop Practice//EN"
DEFAULT_TIME = "19:00"
SUMMARY = "Practice time"
DESCRIPTION = "Time for the practice on your handout."


def escape_text(value: str) -> str:
    """TEXT escaping of RFC 5545 section 3.3.11."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and one space (3.1)."""
    out: List[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b" "
            limit = 75
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def _first_occurrence(start: date, days: List[str]) -> date:
    for offset in range(7):
        day = start + timedelta(days=offset)
        if phrases.WEEKDAY_ORDER[day.weekday()] in days:
            return day
    return start


def make_ics(assignment: Assignment, now: Optional[datetime] = None, alarm_minutes: int = 0) -> str:
    """The .ics text (CRLF line ends). `alarm_minutes` before the start a reminder pops up."""
    start, end = assignment.period()
    days = practice_days(assignment) or [phrases.WEEKDAY_ORDER[start.weekday()]]
    first = _first_occurrence(start, days)
    hh, mm = (assignment.time or DEFAULT_TIME).split(":")[:2]
    dtstart = datetime(first.year, first.month, first.day, int(hh), int(mm))
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    seed = f"{assignment.id}|{assignment.couple_id}|{assignment.template}|{start}|{assignment.created_at}"
    uid = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24] + "@talktogether.local"
    minutes = int(assignment.minutes or 10)
    summary, description = SUMMARY, DESCRIPTION
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{dtstart.strftime('%Y%m%dT%H%M%S')}",
        f"DURATION:PT{minutes}M",
        f"RRULE:FREQ=WEEKLY;BYDAY={','.join(days)};UNTIL={end.strftime('%Y%m%d')}T235959",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "CLASS:PRIVATE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(summary)}",
        f"TRIGGER:-PT{int(alarm_minutes)}M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
