"""What is left to mark by hand: a planned session whose day has passed, a practice whose review session was held.

Stored states never change by themselves (a session stays "planned", a practice "active", until the therapist marks
them); both faces say plainly where the stored state has fallen behind the calendar, and offer the one action that
marks it (`session edit ID --status attended`, `practice status ID --done`, or one click in the window).
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Mapping, Optional

from ..practice.assignment import Assignment, parse_day
from ..storage import couples
from ..storage.settings import Settings
from . import ops_case, ops_practice


def day_said(day: date, today: date) -> str:
    """"3 Nov" this year, "3 Nov 2025" another year."""
    return f"{day.day} {day:%b}" + ("" if day.year == today.year else f" {day.year}")


def session_behind(session: Mapping, today: Optional[date] = None) -> str:
    """"planned for 3 Nov, not marked held" for a planned session whose day has passed, else ""."""
    today = today or date.today()
    day = parse_day(session.get("scheduled_at"))
    if session.get("status", "planned") != "planned" or day is None or day >= today:
        return ""
    return f"planned for {day_said(day, today)}, not marked held"


def review_day(assignment: Assignment) -> date:
    """The day a practice is reviewed: its review day, else the day after its last day."""
    review = parse_day(assignment.review_on)
    return review if review is not None else date.fromordinal(assignment.period()[1].toordinal() + 1)


def review_held(assignment: Assignment, sessions: Iterable[Mapping], today: Optional[date] = None) -> str:
    """"due for review: the session on 10 Nov was held" for an active practice with a session marked held on or after
    its review day, else ""."""
    if assignment.status != "active":
        return ""
    today = today or date.today()
    due = review_day(assignment)
    held = sorted(d for d in (parse_day(s.get("scheduled_at")) for s in sessions if s.get("status") == "attended")
                  if d is not None and due <= d <= today)
    return f"due for review: the session on {day_said(held[0], today)} was held" if held else ""


def sessions_with_notes(vault, couple_id: int, today: Optional[date] = None) -> list[dict]:
    """The couple's sessions, oldest first, each with "behind" ("" or "planned for 3 Nov, not marked held")."""
    return [dict(s, behind=session_behind(s, today)) for s in couples.list_sessions(vault, couple_id)]


def assignments_with_notes(vault, settings: Settings, couple_id: int, today: Optional[date] = None
                           ) -> list[tuple[Assignment, str]]:
    """The couple's practices, oldest first, each with "" or "due for review: the session on 10 Nov was held"."""
    sessions = couples.list_sessions(vault, couple_id)
    return [(a, review_held(a, sessions, today)) for a in ops_practice.couple_assignments(vault, settings, couple_id)]


def mark_session_held(vault, settings: Settings, session_id: int) -> dict:
    """The one action for a session left "planned": marked held (attended), audited."""
    return ops_case.update_session(vault, settings, session_id, status="attended")


def mark_practice_done(vault, settings: Settings, assignment_id: int) -> dict:
    """The one action for a practice whose review session was held: marked done, audited."""
    return ops_practice.set_practice_status(vault, settings, assignment_id, "done")
