"""Practice assignments, the days they were done (practice_logs) and what the review needs.

Repository functions taking the vault first; a practice is stored and loaded as a plain record
(building and checking one is `practice.assignment`'s work, through `pipeline.ops_practice`).
Audit rows name ids only, never the practice text.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Dict, List, Mapping, Optional, Sequence

from ..errors import NotFound, UsageError
from .couples import get_couple
from .vault import Vault, now_iso

STATUSES = ("active", "done", "stopped")
# Columns of practice_assignments; every other field of a practice rides in its JSON `data` column.
COLUMNS = ("template", "title", "behaviour", "anchor", "minutes", "times_per_week", "who_starts",
           "what_to_record", "what_to_notice", "review_on", "start_date", "end_date", "status")
_ROW_KEYS = ("id", "couple_id", "session_id", "created_at", "data")


def _day(value: Any) -> Optional[date]:
    try:
        # The whole value: "2026-12-03xyz" is not a day (a date and time keeps its day).
        return datetime.fromisoformat(str(value).strip()).date() if value else None
    except ValueError:
        return None


def add_assignment(vault: Vault, couple_id: int, record: Mapping[str, Any], session_id: Optional[int] = None,
                   extra_audit: Sequence[str] = ()) -> int:
    """Store a practice (its fields as `Assignment.to_dict()` gives them); returns its id.
    `extra_audit` actions (e.g. "confirm_safety") are audited with it, in the same transaction."""
    get_couple(vault, couple_id)  # raises NotFound for an unknown couple
    for field in ("start_date", "end_date"):
        value = record.get(field)
        if value and _day(value) is None:
            raise UsageError(f"The {field.replace('_', ' ')} '{value}' is not a date (use YYYY-MM-DD).")
    data = {k: v for k, v in record.items() if k not in COLUMNS and k not in _ROW_KEYS}
    with vault.transaction():
        cur = vault.execute(
            f"INSERT INTO practice_assignments (couple_id, session_id, {', '.join(COLUMNS)}, data, created_at) "
            f"VALUES (?, ?, {', '.join('?' for _ in COLUMNS)}, ?, ?)",
            (couple_id, session_id, *[record.get(c) for c in COLUMNS], json.dumps(data, ensure_ascii=False),
             now_iso()),
        )
        assignment_id = int(cur.lastrowid)
        vault.audit("create", "practice_assignment", assignment_id)
        for action in extra_audit:
            vault.audit(action, "practice_assignment", assignment_id)
    return assignment_id


def _record(row) -> Dict[str, Any]:
    """The stored fields: the columns, with the JSON `data` column's fields beside them."""
    values = dict(row)
    try:
        data = json.loads(values.pop("data", None) or "{}")
    except json.JSONDecodeError:
        data = {}
    return {**{k: v for k, v in data.items() if k not in values}, **values}


def get_assignment(vault: Vault, assignment_id: int) -> Dict[str, Any]:
    row = vault.one("SELECT * FROM practice_assignments WHERE id = ?", (assignment_id,))
    if row is None:
        raise NotFound(f"There is no practice assignment with id {assignment_id}.", missing="practice assignment")
    return _record(row)


def list_assignments(vault: Vault, couple_id: int, status: Optional[str] = None) -> List[Dict[str, Any]]:
    rows = vault.all(
        "SELECT * FROM practice_assignments WHERE couple_id = ? AND (? IS NULL OR status = ?) "
        "ORDER BY coalesce(start_date, created_at), id",
        (couple_id, status, status),
    )
    return [_record(r) for r in rows]


def current_assignment(vault: Vault, couple_id: int) -> Optional[Dict[str, Any]]:
    """The couple's latest assignment that is still active, else their latest of any status."""
    assignments = list_assignments(vault, couple_id)
    active = [a for a in assignments if (a.get("status") or "active") == "active"]
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
    parsed = _day(day)
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


def analyzed_recordings(vault: Vault, couple_id: int) -> List[Dict[str, Any]]:
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
    """Everything `practice.review.build_review` needs, read from the vault in one place (the
    assignment as its stored record; `pipeline.ops_practice.review_inputs` makes it an Assignment)."""
    couple = get_couple(vault, couple_id)
    if assignment_id is not None:
        assignment = get_assignment(vault, assignment_id)
        if assignment["couple_id"] != couple_id:
            raise UsageError(f"Assignment {assignment_id} belongs to another couple.")
    else:
        assignment = current_assignment(vault, couple_id)
    return {
        "couple": {"id": couple["id"], "name": couple["name"],
                   "partners": [p["display_name"] for p in couple["partners"]]},
        "assignment": assignment,
        "logs": practice_logs(vault, assignment["id"]) if assignment else [],
        "linked_recordings": linked_recordings(vault, assignment["id"]) if assignment else [],
        "analyzed_recordings": analyzed_recordings(vault, couple_id),
    }


def link_recording(vault: Vault, recording_id: int, assignment_id: Optional[int]) -> Dict[str, Any]:
    """Link a recording to one of its couple's practice assignments (None: unlink it). One transaction, audited by id.
    Returns {"recording_id", "assignment_id", "previous"}."""
    row = vault.one("SELECT couple_id, assignment_id FROM recordings WHERE id = ?", (recording_id,))
    if row is None:
        raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
    couple_id, previous = int(row[0]), row[1]
    if assignment_id is not None and vault.one(
            "SELECT 1 FROM practice_assignments WHERE id = ? AND couple_id = ?", (assignment_id, couple_id)) is None:
        raise NotFound(f"The couple of recording {recording_id} has no practice assignment with id {assignment_id}.")
    with vault.transaction():
        vault.execute("UPDATE recordings SET assignment_id = ? WHERE id = ?", (assignment_id, recording_id))
        vault.audit("link" if assignment_id is not None else "unlink", "recording", recording_id)
    return {"recording_id": recording_id, "assignment_id": assignment_id,
            "previous": int(previous) if previous is not None else None}
