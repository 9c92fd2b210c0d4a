"""Generated reports in the vault (table `reports`): the session-prep PDF, stored encrypted.

A report lives only inside the vault; exporting writes it where the therapist asks and nowhere
else (`pipeline.ops_reports` renders and exports). Audit rows carry ids only.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from ..errors import NotFound
from .speakers import speaker_names
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
        raise NotFound(f"There is no report with id {report_id}.", missing="report")
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


# --- what a session-prep report compares with -------------------------------------------------------


def previous_analysis(vault: Vault, recording_id: int) -> tuple[Optional[dict], Optional[str]]:
    """(analysis, recorded at) of the couple's latest analysed recording before this one, with its
    speakers named as that recording's partners (so they match this report's partners by name)."""
    rec = vault.one("SELECT id, couple_id, recorded_at, imported_at FROM recordings WHERE id = ?", (recording_id,))
    if rec is None:
        raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
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
    names = speaker_names(vault, int(row["id"]))
    for s in previous.get("speakers") or []:
        if isinstance(s, dict) and names.get(str(s.get("id"))):
            s["name"] = names[str(s.get("id"))]
    return previous, row["at"]
