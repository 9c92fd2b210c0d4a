"""Analysis results in the vault (table `analyses`): each run saved whole with the settings it used.

Re-running the analysis (after a speaker fix, or with other settings) adds a row; the latest row
is the one shown. Audit rows carry ids only.
"""

from __future__ import annotations

import json
from typing import Optional

from ..errors import NotFound
from .vault import Vault, now_iso

KEEP_PER_RECORDING = 5  # older runs beyond this are dropped when a new one is saved


def save_analysis(vault: Vault, recording_id: int, result: dict) -> int:
    """Store a result (its `schema_version` and `params` go in their own columns too)."""
    if vault.one("SELECT 1 FROM recordings WHERE id = ?", (recording_id,)) is None:
        raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO analyses (recording_id, schema_version, params, result, created_at) VALUES (?, ?, ?, ?, ?)",
            (
                recording_id,
                str(result.get("schema_version", "")),
                json.dumps(result.get("params") or {}, ensure_ascii=False),
                json.dumps(result, ensure_ascii=False),
                now_iso(),
            ),
        )
        analysis_id = int(cur.lastrowid)
        vault.execute(
            "DELETE FROM analyses WHERE recording_id = ? AND id NOT IN "
            "(SELECT id FROM analyses WHERE recording_id = ? ORDER BY id DESC LIMIT ?)",
            (recording_id, recording_id, KEEP_PER_RECORDING),
        )
        vault.audit("analyse", "recording", recording_id)
    return analysis_id


def drop_analyses(vault: Vault, recording_id: int) -> int:
    """Set aside every analysis of a recording whose words were replaced (transcribed again): they quote and
    time words that are no longer there. Audited; returns how many were dropped."""
    with vault.transaction():
        cur = vault.execute("DELETE FROM analyses WHERE recording_id = ?", (recording_id,))
        if cur.rowcount:
            vault.audit("drop_analysis", "recording", recording_id)
    return cur.rowcount


def latest_analysis(vault: Vault, recording_id: int) -> Optional[dict]:
    """The newest result dict for a recording, or None if it was never analysed."""
    row = vault.one("SELECT result FROM analyses WHERE recording_id = ? ORDER BY id DESC LIMIT 1", (recording_id,))
    return json.loads(row["result"]) if row is not None else None


def latest_record(vault: Vault, recording_id: int) -> Optional[dict]:
    """The newest row: {id, recording_id, schema_version, params, result, created_at}."""
    row = vault.one("SELECT * FROM analyses WHERE recording_id = ? ORDER BY id DESC LIMIT 1", (recording_id,))
    return _row(row) if row is not None else None


def list_analyses(vault: Vault, recording_id: int) -> list[dict]:
    """Runs for a recording, newest first, without their results."""
    rows = vault.all(
        "SELECT id, recording_id, schema_version, params, created_at FROM analyses WHERE recording_id = ? "
        "ORDER BY id DESC",
        (recording_id,),
    )
    return [{**dict(r), "params": json.loads(r["params"] or "{}")} for r in rows]


def _row(row) -> dict:
    out = dict(row)
    out["params"] = json.loads(out.get("params") or "{}")
    out["result"] = json.loads(out["result"])
    return out
