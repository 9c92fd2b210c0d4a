"""Reading the audit log back: what was opened, made, exported, changed or erased, and when (ids only, never client
text). `Vault.audit` writes it; nothing here changes it."""

from __future__ import annotations

from .vault import Vault


def latest_entries(vault: Vault, limit: int = 50) -> list[dict]:
    """The newest `limit` entries (all of them for 0), oldest first, as a log is read."""
    query = "SELECT id, at, action, entity, entity_id FROM audit_log ORDER BY id DESC"
    rows = vault.all(query + " LIMIT ?", (limit,)) if limit > 0 else vault.all(query)
    return [{"id": r[0], "at": r[1], "action": r[2], "entity": r[3], "entity_id": r[4]} for r in reversed(rows)]
