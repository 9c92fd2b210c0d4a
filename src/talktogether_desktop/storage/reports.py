"""Generated reports in the vault (table `reports`): the session-prep PDF, stored encrypted.

A report lives only inside the vault; exporting writes it where the therapist asks and nowhere
else. Also reads, in one place, the context a session-prep report needs from the case file.
Audit rows carry ids only.
"""

from __future__ import annotations

import json
import re
from typing import Any, Optional

from ..errors import NotFound
from .vault import Vault, now_iso

KINDS = ("session_prep", "handout")


def save_report(vault: Vault, couple_id: int, pdf: bytes, kind: str = "session_prep", paper: str = "a4",
                recording_id: Optional[int] = None, assignment_id: Optional[int] = None,
                params: Optional[dict] = None) -> int:
    if kind not in KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO reports (couple_id, recording_id, assignment_id, kind, paper, params, pdf, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (couple_id, recording_id, assignment_id, kind, paper, json.dumps(params or {}), pdf, now_iso()),
        )
        report_id = int(cur.lastrowid)
        vault.audit("create", "report", report_id)
    return report_id


def get_report(vault: Vault, report_id: int) -> dict:
    row = vault.one("SELECT * FROM reports WHERE id = ?", (report_id,))
    if row is None:
        raise NotFound(f"There is no report with id {report_id}.")
    out = dict(row)
    out["params"] = json.loads(out.get("params") or "{}")
    return out


def list_reports(vault: Vault, couple_id: Optional[int] = None, recording_id: Optional[int] = None) -> list[dict]:
    """Reports without their PDF bytes, newest first."""
    sql = ("SELECT id, couple_id, recording_id, assignment_id, kind, paper, params, length(pdf) AS size_bytes, "
           "created_at FROM reports WHERE 1 = 1")
    args: list[Any] = []
    if couple_id is not None:
        sql, args = sql + " AND couple_id = ?", args + [couple_id]
    if recording_id is not None:
        sql, args = sql + " AND recording_id = ?", args + [recording_id]
    rows = vault.all(sql + " ORDER BY id DESC", tuple(args))
    return [dict(r, params=json.loads(r["params"] or "{}")) for r in rows]


def delete_report(vault: Vault, report_id: int) -> None:
    with vault.transaction():
        if vault.execute("DELETE FROM reports WHERE id = ?", (report_id,)).rowcount == 0:
            raise NotFound(f"There is no report with id {report_id}.")
        vault.audit("delete", "report", report_id)


# --- what the session-prep report needs from the case file -------------------------------------------


def latest_analysis(vault: Vault, recording_id: int) -> Optional[dict]:
    row = vault.one("SELECT result FROM analyses WHERE recording_id = ? ORDER BY id DESC LIMIT 1", (recording_id,))
    return json.loads(row["result"]) if row else None


def _recording(vault: Vault, recording_id: int) -> dict:
    row = vault.one("SELECT id, couple_id, assignment_id, recorded_at, imported_at FROM recordings WHERE id = ?",
                    (recording_id,))
    if row is None:
        raise NotFound(f"There is no recording with id {recording_id}.")
    return dict(row)


def _speaker_names(vault: Vault, recording_id: int) -> dict[str, str]:
    rows = vault.all(
        "SELECT rs.label, coalesce(p.display_name, rs.name) AS name FROM recording_speakers rs "
        "LEFT JOIN partners p ON p.id = rs.partner_id WHERE rs.recording_id = ?", (recording_id,))
    return {r["label"]: r["name"] for r in rows if r["name"]}


def _previous(vault: Vault, rec: dict) -> tuple[Optional[dict], Optional[str]]:
    """The couple's latest analysed recording before this one, with its speakers named as partners."""
    when = rec["recorded_at"] or rec["imported_at"]
    row = vault.one(
        "SELECT r.id, coalesce(r.recorded_at, r.imported_at) AS at, a.result FROM recordings r "
        "JOIN analyses a ON a.id = (SELECT max(id) FROM analyses WHERE recording_id = r.id) "
        "WHERE r.couple_id = ? AND r.id != ? AND (coalesce(r.recorded_at, r.imported_at) < ? "
        "  OR (coalesce(r.recorded_at, r.imported_at) = ? AND r.id < ?)) "
        "ORDER BY coalesce(r.recorded_at, r.imported_at) DESC, r.id DESC LIMIT 1",
        (rec["couple_id"], rec["id"], when, when, rec["id"]))
    if row is None:
        return None, None
    previous = json.loads(row["result"])
    names = _speaker_names(vault, int(row["id"]))
    for s in previous.get("speakers") or []:
        if isinstance(s, dict) and names.get(str(s.get("id"))):
            s["name"] = names[str(s.get("id"))]  # matched to this report's partners by name
    return previous, row["at"]


def _practice(vault: Vault, couple_id: int, assignment_id: Optional[int]) -> tuple[Optional[dict], Optional[dict]]:
    if assignment_id is None:
        return None, None
    from ..practice.review import build_review
    from . import practice as practice_store

    try:
        assignment = practice_store.get_assignment(vault, assignment_id)
    except NotFound:
        return None, None
    given = assignment.to_dict()
    given.pop("therapist_note", None)
    given["done"] = True  # this recording is the practice, linked to the assignment
    review = build_review(practice_store.review_inputs(vault, couple_id, assignment_id))
    return given, review


def report_context(vault: Vault, recording_id: int) -> dict:
    """Everything `reports.render_session_prep` takes besides the analysis, read from the vault."""
    rec = _recording(vault, recording_id)
    couple = vault.one("SELECT name FROM couples WHERE id = ?", (rec["couple_id"],))
    # Speakers not matched to partners yet keep the analysis's own labels rather than a guess.
    names = _speaker_names(vault, recording_id)
    previous, previous_at = _previous(vault, rec)
    assignment, review = _practice(vault, rec["couple_id"], rec["assignment_id"])
    initials = bool(vault.get_setting("initials_only", False)) or vault.get_setting("name_display") == "initials"
    return {
        "couple_name": couple["name"] if couple else "",
        "partners": names,
        "recorded_at": rec["recorded_at"] or rec["imported_at"],
        "assignment": assignment,
        "practice_review": review,
        "previous": previous,
        "previous_recorded_at": previous_at,
        "initials_only": initials,
        "couple_id": rec["couple_id"],
        "assignment_id": rec["assignment_id"],
    }


def session_prep_for_recording(vault: Vault, recording_id: int, paper: Optional[str] = None,
                               transcript: bool = False, mode: str = "clinician") -> dict:
    """Render the session-prep PDF for a recording's latest analysis and store it in the vault.
    `mode`: "clinician" (everything) or "shareable" (for the couple: no safety details).

    Returns {"id", "pdf", "paper", "pages"}; the PDF bytes are only in memory and in the vault.
    """
    from ..reports import render_session_prep

    analysis = latest_analysis(vault, recording_id)
    if analysis is None:
        raise NotFound(f"Recording {recording_id} has no analysis yet, so there is no report. "
                       f"Run `talktogether analyze {recording_id}` first.")
    context = report_context(vault, recording_id)
    paper = (paper or vault.get_setting("paper", "a4") or "a4").lower()
    pdf = render_session_prep(analysis, context, paper=paper, transcript=transcript, mode=mode)
    report_id = save_report(vault, context["couple_id"], pdf, paper=paper, recording_id=recording_id,
                            assignment_id=context["assignment_id"],
                            params={"transcript": bool(transcript), "mode": mode})
    return {"id": report_id, "pdf": pdf, "paper": paper, "mode": mode,
            "pages": len(re.findall(rb"/Type /Page(?!s)", pdf))}
