"""Operations on practice between sessions: templates, the specificity check, assigning a
practice, entering the days done, the review for the next session, and the couple's handout."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, List, Optional

from .. import paths
from ..errors import ExportFailed, UsageError
from ..practice.adherence import normalise_reason, outside_line
from ..practice.assignment import Assignment, build_assignment, from_record, shown_title
from ..practice.check import Finding, check_assignment, check_text
from ..practice.handout import default_review_label, render_handout
from ..practice.ics import make_ics
from ..practice.review import build_review
from ..practice.safety_gate import is_recorded_practice, recent_flags, require_confirmation
from ..practice.templates import Template, list_templates
from ..storage import couples, practice, recordings
from ..storage.settings import Settings
from ..timefmt import local_time
from .times import check_clock, check_day


def templates() -> List[Template]:
    """The practice template library."""
    return list_templates()


def check_practice_text(text: str) -> List[Finding]:
    """Vagueness, size, anchor, review and capture problems of a practice as written."""
    return check_text(text)


def draft_assignment(template: Optional[str] = None, **fields: Any) -> Assignment:
    """A practice from a template (by name) or blank, with the therapist's changes; not stored yet. A length or a
    frequency under 1 given by the therapist is refused: it would be printed on the handout and the calendar."""
    at_least_one = {"minutes": "A practice lasts at least 1 minute", "times_per_week": "A practice is at least once a week"}
    for key, what in at_least_one.items():
        if fields.get(key) is not None and int(fields[key]) < 1:
            raise UsageError(f"{what} (not {fields[key]}).")
    return build_assignment(template, **fields)


def title_shown(assignment: Assignment) -> str:
    """The practice's name as the report, the review and the handout give it (the stored title stops at nine words)."""
    return shown_title(assignment.title, assignment.behaviour) or assignment.title


def recorded_at_home(assignment: Assignment) -> bool:
    """Whether the couple records this practice together at home (after recent safety language, the therapist is asked)."""
    return is_recorded_practice(assignment)


def check_draft(assignment: Assignment) -> List[Finding]:
    return check_assignment(assignment)


def assign_practice(vault, settings: Settings, couple_id: int, assignment: Assignment,  # noqa: ARG001
                    session_id: Optional[int] = None, confirm_safety: Optional[str] = None,
                    today: Optional[date] = None) -> dict:
    """Store the practice for the couple (starting today unless it says otherwise); returns
    {"id", "findings", "safety_confirmed", "recent_safety_recordings"}.

    Recorded practice at home for a couple whose recent recordings carried safety language needs the
    therapist's explicit decision with a reason (DOMAIN.md §6): without one this raises
    `SafetyConfirmationNeeded`; with one, the reason is kept with the assignment (encrypted in the
    vault, never on the handout) and `confirm_safety` is audited in the same transaction.
    """
    # Days are refused before anything is asked: what a session's date takes, nothing after it.
    assignment.review_on = check_day(assignment.review_on, "review date")
    assignment.start_date = check_day(assignment.start_date, "start date")
    assignment.end_date = check_day(assignment.end_date, "end date")
    assignment.time = check_clock(assignment.time)
    first = assignment.start_date or (today or date.today()).isoformat()
    if assignment.end_date and assignment.end_date < first:
        raise UsageError(f"The end date ({assignment.end_date}) is before the start date ({first}"
                         f"{'' if assignment.start_date else ', today'}); the last day cannot come before the first.")
    flags = recent_flags(practice.analyzed_recordings(vault, couple_id), today=today)
    confirmation = require_confirmation(assignment, flags, confirm_safety)
    if confirmation:
        assignment.safety_confirmation = confirmation
    if not assignment.start_date:
        assignment.start_date = first
    assignment_id = practice.add_assignment(vault, couple_id, assignment.to_dict(), session_id=session_id,
                                            extra_audit=("confirm_safety",) if confirmation else ())
    assignment.id, assignment.couple_id, assignment.session_id = assignment_id, couple_id, session_id
    return {"id": assignment_id, "findings": check_assignment(assignment), "safety_confirmed": confirmation is not None,
            "recent_safety_recordings": [f["recording_id"] for f in flags]}


def get_assignment(vault, settings: Settings, assignment_id: int) -> Assignment:  # noqa: ARG001
    return from_record(practice.get_assignment(vault, assignment_id))


def couple_assignments(vault, settings: Settings, couple_id: int) -> List[Assignment]:  # noqa: ARG001
    """The couple's practices, oldest first."""
    return [from_record(r) for r in practice.list_assignments(vault, couple_id)]


def missed_reasons() -> dict:
    """{code: words} of the usual reasons a practice day did not happen (forgot, no time, ...)."""
    from ..practice.adherence import REASONS

    return dict(REASONS)


def review_inputs(vault, couple_id: int, assignment_id: Optional[int] = None) -> dict:
    """What `practice.review.build_review` takes, read from the vault (the current practice unless one is named)."""
    inputs = practice.review_inputs(vault, couple_id, assignment_id)
    if inputs["assignment"] is not None:
        inputs["assignment"] = from_record(inputs["assignment"])
    return inputs


def log_practice(vault, settings: Settings, assignment_id: int, day: str, done: bool,  # noqa: ARG001
                 reason: Optional[str] = None, note: Optional[str] = None) -> int:
    """Enter one day as done or not (again for the same day replaces it). Returns the log id."""
    if done and reason:
        raise UsageError("--reason is for days it did not happen; use --note for a done day.")
    start, end = from_record(practice.get_assignment(vault, assignment_id)).period()
    day = check_day(day, "day")
    if day is None:
        raise UsageError("Give the day to enter (e.g. 2026-12-03).")
    when = date.fromisoformat(day)
    if not start <= when <= end:
        raise UsageError(f"{when.isoformat()} is outside this practice, which runs from {start.isoformat()} to "
                         f"{end.isoformat()}; only its days can be entered.")
    code, words = normalise_reason(reason)
    # A known reason is stored as its code; the couple's own words are kept as the note.
    return practice.log_practice(vault, assignment_id, day, done, code or words,
                                 note or (words if code and words else None))


def set_practice_status(vault, settings: Settings, assignment_id: int, status: str) -> dict:  # noqa: ARG001
    """Mark a practice done, stopped, or active again (audited); the review and the report's practice line then go
    to the couple's active one."""
    practice.set_status(vault, assignment_id, status)
    return {"id": assignment_id, "status": status}


def link_recording(vault, settings: Settings, recording_id: int,  # noqa: ARG001
                   assignment_id: Optional[int]) -> dict:
    """Link a recording to the practice it answers (None: unlink): the report's practice line and the review's
    "practised in the recording" then read it. A recording made before the practice began is refused: it would count
    a day done that was never practised."""
    if assignment_id is not None:
        from ..storage.recordings import get_recording

        rec = get_recording(vault, recording_id)
        given = practice.get_assignment(vault, assignment_id)
        if given.get("couple_id") != rec["couple_id"]:  # the store says so, by name
            return practice.link_recording(vault, recording_id, assignment_id)
        start = from_record(given).period()[0]
        made = local_time(rec.get("recorded_at") or rec.get("imported_at"))[:10]  # the day it was made here, not UTC's
        if made and made < start.isoformat():
            raise UsageError(f"{recordings.called(vault, recording_id)} was made before this practice began "
                             f"({start.isoformat()}); only a recording of the practice itself can be linked.")
        late = _made_after(rec, given)  # practised late: its content is reviewed, no day of the week is done
        if late:
            return dict(practice.link_recording(vault, recording_id, assignment_id), outside=late)
    return practice.link_recording(vault, recording_id, assignment_id)


def practised_in(vault, settings: Settings, recording_id: int, analysis: Optional[dict],  # noqa: ARG001
                 names: Optional[dict] = None) -> Optional[dict]:
    """For a recording linked to a practice: "practised in the recording: yes / partly / not found" with its evidence
    (time, who, quote), as the practice review and the report say it; None for a recording not linked."""
    from ..practice.fidelity import assess
    from ..storage.recordings import get_recording

    linked = get_recording(vault, recording_id).get("assignment_id")
    if not linked:
        return None
    return assess(from_record(practice.get_assignment(vault, linked)).to_dict(), analysis, names)


def linked_outside(vault, settings: Settings, recording_id: int) -> Optional[str]:  # noqa: ARG001
    """The sentence `link_recording` gave, for a recording linked to a practice whose days it was made after (linked at
    import, or earlier): what it is and what it is not counted as; None when it is not so linked."""
    from ..storage.recordings import get_recording

    rec = get_recording(vault, recording_id)
    return _made_after(rec, practice.get_assignment(vault, rec["assignment_id"])) if rec.get("assignment_id") else None


def _made_after(rec: dict, given: dict) -> Optional[str]:
    start, end = from_record(given).period()
    made = local_time(rec.get("recorded_at") or rec.get("imported_at"))[:10]  # the day it was made here, not UTC's
    if not made or made <= end.isoformat():
        return None
    late = {"recording_id": int(rec["id"]), "date": made, "when": "after"}
    return outside_line(late, start.isoformat(), end.isoformat()) + "."


def practice_review(vault, settings: Settings, couple_id: int,  # noqa: ARG001
                    assignment_id: Optional[int] = None) -> dict:
    """The review for the next session: days done, reasons, the trend of practice recordings."""
    review = build_review(review_inputs(vault, couple_id, assignment_id))
    with vault.transaction():
        vault.audit("view", "practice_review", couple_id)
    return review


def export_handout(vault, settings: Settings, assignment_id: int, pdf_path: str | Path,
                   ics_path: Optional[str | Path] = None) -> dict:
    """The one-page couple handout (PDF, on the settings' paper) and optionally a calendar file."""
    assignment = get_assignment(vault, settings, assignment_id)
    couple = couples.get_couple(vault, assignment.couple_id)
    pdf = render_handout(assignment, [p["display_name"] for p in couple["partners"]], paper=settings.paper,
                         review_label=default_review_label(assignment))
    written = {"pdf": _write(pdf_path, pdf)}
    if ics_path:
        written["ics"] = _write(ics_path, make_ics(assignment).encode("utf-8"))
    with vault.transaction():
        vault.audit("export", "practice_handout", assignment.id)
    return {"id": assignment.id, **written}


def export_calendar(vault, settings: Settings, assignment_id: int, ics_path: str | Path) -> dict:
    """Only the calendar file (.ics) for the practice times."""
    assignment = get_assignment(vault, settings, assignment_id)
    written = {"ics": _write(ics_path, make_ics(assignment).encode("utf-8"))}
    with vault.transaction():
        vault.audit("export", "practice_calendar", assignment.id)
    return {"id": assignment.id, **written}


def days_done_line(vault, settings: Settings, assignment: Assignment) -> str:  # noqa: ARG001
    """"Done 2 of 3 planned times; what got in the way: forgot (1)", or "" before any day is known."""
    from ..practice.adherence import describe, summarise_adherence

    logs = practice.practice_logs(vault, assignment.id)
    linked = practice.linked_recordings(vault, assignment.id)
    if not logs and not linked:
        return ""
    return describe(summarise_adherence(assignment, logs, linked))


def _write(path: str | Path, data: bytes) -> str:
    target = Path(path)
    try:
        paths.write_private_whole(target, data)  # whole or nothing, never through a link left at the name
    except OSError as exc:
        raise ExportFailed(f"Could not write {path}: {exc.strerror or exc}.") from exc  # exit 4, as a report
    return str(target)
