"""Practice assignments, the days they were done (practice_logs) and what the review needs.

Repository functions taking the vault first. Audit rows name ids only, never the practice text.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Dict, List, Optional, Sequence

from ..errors import NotFound, UsageError
from ..practice.assignment import Assignment, from_row, parse_day, to_row
from .couples import get_couple
from .vault import Vault, now_iso

STATUSES = ("active", "done", "stopped")


def add_assignment(vault: Vault, couple_id: int, assignment: Assignment, session_id: Optional[int] = None,
                   extra_audit: Sequence[str] = ()) -> int:
    """Store a new assignment; `extra_audit` actions (e.g. "confirm_safety") are audited with it, in
    the same transaction."""
    get_couple(vault, couple_id)  # raises NotFound for an unknown couple
    if not assignment.start_date:
        assignment.start_date = date.today().isoformat()
    for field in ("start_date", "end_date"):
        value = getattr(assignment, field)
        if value and parse_day(value) is None:
            raise UsageError(f"The {field.replace('_', ' ')} '{value}' is not a date (use YYYY-MM-DD).")
    row = to_row(assignment)
    columns = [c for c in row if c != "data"]
    with vault.transaction():
        cur = vault.execute(
            f"INSERT INTO practice_assignments (couple_id, session_id, {', '.join(columns)}, data, created_at) "
            f"VALUES (?, ?, {', '.join('?' for _ in columns)}, ?, ?)",
            (couple_id, session_id, *[row[c] for c in columns], json.dumps(row["data"], ensure_ascii=False),
             now_iso()),
        )
        assignment_id = int(cur.lastrowid)
        vault.audit("create", "practice_assignment", assignment_id)
        for action in extra_audit:
            vault.audit(action, "practice_assignment", assignment_id)
    assignment.id, assignment.couple_id = assignment_id, couple_id
    return assignment_id


def _assignment_from(row) -> Assignment:
    values = dict(row)
    try:
        data = json.loads(values.get("data") or "{}")
    except json.JSONDecodeError:
        data = {}
    return from_row(values, data)


def get_assignment(vault: Vault, assignment_id: int) -> Assignment:
    row = vault.one("SELECT * FROM practice_assignments WHERE id = ?", (assignment_id,))
    if row is None:
        raise NotFound(f"There is no practice assignment with id {assignment_id}.")
    return _assignment_from(row)


def list_assignments(vault: Vault, couple_id: int, status: Optional[str] = None) -> List[Assignment]:
    rows = vault.all(
        "SELECT * FROM practice_assignments WHERE couple_id = ? AND (? IS NULL OR status = ?) "
        "ORDER BY coalesce(start_date, created_at), id",
        (couple_id, status, status),
    )
    return [_assignment_from(r) for r in rows]


def current_assignment(vault: Vault, couple_id: int) -> Optional[Assignment]:
    """The couple's latest assignment that is still active, else their latest of any status."""
    assignments = list_assignments(vault, couple_id)
    active = [a for a in assignments if a.status == "active"]
    return (active or assignments or [None])[-1]


def set_status(vault: Vault, assignment_id: int, status: str) -> None:
    if status not in STATUSES:
        raise UsageError(f"Status must be one of {', '.join(STATUSES)}.")
    get_assignment(vault, assignment_id)
    with vault.transaction():
        vault.execute("UPDATE practice_assignments SET status = ? WHERE id = ?", (status, assignment_id))
        vault.audit("update", "practice_assignment", assignment_id)


def log_practice(vault: Vault, assignment_id: int, day: str, done: bool, reason: Optional[str] = None,
                 note: Optional[str] = None) -> int:
    """Store one day as done or not (again for the same day replaces it). Returns the log id.

    `reason` as the pipeline normalised it (a reason code, or the couple's own words)."""
    get_assignment(vault, assignment_id)
    parsed = parse_day(day)
    if parsed is None:
        raise UsageError(f"'{day}' is not a date (use YYYY-MM-DD).")
    stored_reason, stored_note = reason, note
    with vault.transaction():
        vault.execute(
            "INSERT INTO practice_logs (assignment_id, day, done, reason, note, created_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(assignment_id, day) DO UPDATE SET done = excluded.done, reason = excluded.reason, "
            "note = excluded.note, created_at = excluded.created_at",
            (assignment_id, parsed.isoformat(), 1 if done else 0, stored_reason, stored_note, now_iso()),
        )
        log_id = int(vault.one("SELECT id FROM practice_logs WHERE assignment_id = ? AND day = ?",
                               (assignment_id, parsed.isoformat()))[0])
        vault.audit("log", "practice_assignment", assignment_id)
    return log_id


def practice_logs(vault: Vault, assignment_id: int) -> List[Dict[str, Any]]:
    rows = vault.all("SELECT * FROM practice_logs WHERE assignment_id = ? ORDER BY day", (assignment_id,))
    return [dict(r) for r in rows]


def linked_recordings(vault: Vault, assignment_id: int) -> List[Dict[str, Any]]:
    rows = vault.all(
        "SELECT id, couple_id, assignment_id, recorded_at, imported_at, duration_s, source, status "
        "FROM recordings WHERE assignment_id = ? ORDER BY coalesce(recorded_at, imported_at), id",
        (assignment_id,),
    )
    return [dict(r) for r in rows]


def speaker_names(vault: Vault, recording_id: int) -> Dict[str, str]:
    """Speaker label → the partner's display name (or the name given to another voice)."""
    rows = vault.all(
        "SELECT rs.label, coalesce(p.display_name, rs.name) AS name FROM recording_speakers rs "
        "LEFT JOIN partners p ON p.id = rs.partner_id WHERE rs.recording_id = ?",
        (recording_id,),
    )
    return {r["label"]: r["name"] for r in rows if r["name"]}


def analysed_recordings(vault: Vault, couple_id: int) -> List[Dict[str, Any]]:
    """The couple's recordings that have an analysis, oldest first, each with its latest result."""
    rows = vault.all(
        "SELECT r.id, r.assignment_id, r.recorded_at, r.imported_at, r.source, r.duration_s, a.result "
        "FROM recordings r JOIN analyses a ON a.id = "
        "  (SELECT max(id) FROM analyses WHERE recording_id = r.id) "
        "WHERE r.couple_id = ? ORDER BY coalesce(r.recorded_at, r.imported_at), r.id",
        (couple_id,),
    )
    out = []
    for r in rows:
        try:
            result = json.loads(r["result"])
        except (TypeError, json.JSONDecodeError):
            continue
        item = {k: r[k] for k in ("id", "assignment_id", "recorded_at", "imported_at", "source", "duration_s")}
        item["analysis"] = result
        item["names"] = speaker_names(vault, int(r["id"]))
        out.append(item)
    return out


def review_inputs(vault: Vault, couple_id: int, assignment_id: Optional[int] = None) -> Dict[str, Any]:
    """Everything `practice.review.build_review` needs, read from the vault in one place."""
    couple = get_couple(vault, couple_id)
    if assignment_id is not None:
        assignment = get_assignment(vault, assignment_id)
        if assignment.couple_id != couple_id:
            raise UsageError(f"Assignment {assignment_id} belongs to another couple.")
    else:
        assignment = current_assignment(vault, couple_id)
    return {
        "couple": {"id": couple["id"], "name": couple["name"],
                   "partners": [p["display_name"] for p in couple["partners"]]},
        "assignment": assignment,
        "logs": practice_logs(vault, assignment.id) if assignment else [],
        "linked_recordings": linked_recordings(vault, assignment.id) if assignment else [],
        "analysed_recordings": analysed_recordings(vault, couple_id),
    }
