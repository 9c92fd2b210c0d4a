"""Couples, partners, consent, sessions and therapist notes."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from typing import Mapping, Optional, Sequence

from ..errors import NotFound, UsageError
from .vault import Vault, now_iso

CONSENT_SCOPES = ("recording_analysis", "voice_sample", "storage")
# The most partners one couple may have (usually two): no more than the voices the speaker finder tells apart in one
# recording (diarization/limits.py MAX_SPEAKERS, which storage may not import; tests/storage check they agree).
MAX_PARTNERS = 4


def add_couple(vault: Vault, name: str, partners: Sequence[str], pronouns: Sequence[Optional[str]] = ()) -> int:
    name = (name or "").strip()
    names = [p.strip() for p in partners if p and p.strip()]
    if not name:
        raise UsageError("Please give the couple a name (for example the family name or initials).")
    if not 1 <= len(names) <= MAX_PARTNERS:
        raise UsageError(f"A couple needs 1 to {MAX_PARTNERS} partners (usually two), not {len(names)}; give each "
                         "with --partner NAME.")
    with vault.transaction():
        cur = vault.execute("INSERT INTO couples (name, created_at) VALUES (?, ?)", (name, now_iso()))
        couple_id = int(cur.lastrowid)
        for position, partner in enumerate(names, start=1):
            pron = pronouns[position - 1] if position <= len(pronouns) else None
            vault.execute(
                "INSERT INTO partners (couple_id, position, display_name, pronouns, created_at) VALUES (?, ?, ?, ?, ?)",
                (couple_id, position, partner, pron, now_iso()),
            )
        vault.audit("create", "couple", couple_id)
    return couple_id


def get_couple(vault: Vault, couple_id: int) -> dict:
    row = vault.one("SELECT * FROM couples WHERE id = ?", (couple_id,))
    if row is None:
        raise NotFound(f"There is no couple with id {couple_id}.", missing="couple")
    couple = dict(row)
    couple["partners"] = list_partners(vault, couple_id)
    return couple


def list_partners(vault: Vault, couple_id: int) -> list[dict]:
    rows = vault.all("SELECT * FROM partners WHERE couple_id = ? ORDER BY position", (couple_id,))
    return [dict(r) for r in rows]


def list_couples(vault: Vault, search: str = "", include_archived: bool = False) -> list[dict]:
    """Couples with partner names and recording counts, in one query (fast with thousands of rows). `search` finds
    a couple's or a partner's name in any case and with or without accents ("NIÑO", "nino": Niño), which SQLite's
    LIKE does only for ASCII letters."""
    sql = """
        SELECT c.id, c.name, c.created_at, c.archived,
               (SELECT group_concat(p.display_name, ' & ') FROM
                    (SELECT display_name FROM partners WHERE couple_id = c.id ORDER BY position) p) AS partner_names,
               (SELECT count(*) FROM recordings r WHERE r.couple_id = c.id) AS recordings
        FROM couples c
        WHERE (? OR c.archived = 0)
        ORDER BY c.name COLLATE NOCASE, c.id
    """
    rows = [dict(r) for r in vault.all(sql, (1 if include_archived else 0,))]
    needle = _folded(search.strip())
    if not needle:
        return rows
    return [r for r in rows if needle in _folded(r["name"]) or needle in _folded(r["partner_names"] or "")]


def _folded(text: str) -> str:
    """Lower case without accents, for search: "Niño" and "RENÉE" read as "nino" and "renee"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


def update_couple(vault: Vault, couple_id: int, name: Optional[str] = None,
                  partner_names: Optional[Mapping[int, str]] = None,
                  pronouns: Optional[Mapping[int, Optional[str]]] = None) -> dict:
    """Correct the couple's name and partners' names or pronouns in one transaction, audited (ids only).

    None leaves a field as it is; a partner is named by its id; pronouns given as "" are cleared."""
    couple = get_couple(vault, couple_id)
    partner_names, pronouns = dict(partner_names or {}), dict(pronouns or {})
    if name is not None and not name.strip():
        raise UsageError("The couple's name cannot be empty (for example the family name or initials).")
    theirs = {p["id"]: p for p in couple["partners"]}
    for pid in (*partner_names, *pronouns):
        if pid not in theirs:
            listed = ", ".join(f"{p['id']} ({p['display_name']})" for p in couple["partners"]) or "none"
            raise NotFound(f"Partner {pid} is not a partner of couple {couple_id}; theirs are: {listed}.")
    if any(not (text or "").strip() for text in partner_names.values()):
        raise UsageError("A partner's name cannot be empty; give the name the couple uses for them.")
    with vault.transaction():
        if name is not None and name.strip() != couple["name"]:
            vault.execute("UPDATE couples SET name = ? WHERE id = ?", (name.strip(), couple_id))
            vault.audit("update", "couple", couple_id)
        for pid, partner in theirs.items():
            new_name = partner_names[pid].strip() if pid in partner_names else partner["display_name"]
            new_pron = ((pronouns[pid] or "").strip() or None) if pid in pronouns else partner["pronouns"]
            if (new_name, new_pron) != (partner["display_name"], partner["pronouns"]):
                vault.execute("UPDATE partners SET display_name = ?, pronouns = ? WHERE id = ?", (new_name, new_pron, pid))
                vault.audit("update", "partner", pid)
    return get_couple(vault, couple_id)


def delete_couple(vault: Vault, couple_id: int) -> None:
    """Erases the couple, partners, recordings and their audio, analyses and reports (secure_delete is on)."""
    get_couple(vault, couple_id)
    with vault.transaction():
        vault.execute("DELETE FROM couples WHERE id = ?", (couple_id,))
        vault.audit("delete", "couple", couple_id)


# --- consent -----------------------------------------------------------------------------------


def record_consent(
    vault: Vault,
    couple_id: int,
    scope: str = "recording_analysis",
    partner_id: Optional[int] = None,
    retention: Optional[str] = None,
    note: Optional[str] = None,
    given_at: Optional[str] = None,
) -> int | list[int]:
    """Record consent. Without partner_id, one row per partner (both agreed)."""
    if scope not in CONSENT_SCOPES:
        raise UsageError(f"Unknown consent scope {scope!r}; choose one of {', '.join(CONSENT_SCOPES)}.")
    couple = get_couple(vault, couple_id)
    partner_ids = [partner_id] if partner_id else [p["id"] for p in couple["partners"]]
    ids = []
    with vault.transaction():
        for pid in partner_ids:
            if pid not in {p["id"] for p in couple["partners"]}:
                raise NotFound(f"Partner {pid} does not belong to couple {couple_id}.")
            cur = vault.execute(
                "INSERT INTO consents (couple_id, partner_id, scope, given_at, retention, note) VALUES (?, ?, ?, ?, ?, ?)",
                (couple_id, pid, scope, given_at or now_iso(), retention, note),
            )
            ids.append(int(cur.lastrowid))
            vault.audit("consent", "consent", ids[-1])
    return ids[0] if partner_id else ids


def withdraw_consent(vault: Vault, couple_id: int, scope: str = "recording_analysis") -> int:
    get_couple(vault, couple_id)  # NotFound: an unknown couple is not "0 withdrawn" (nor audited)
    with vault.transaction():
        cur = vault.execute(
            "UPDATE consents SET withdrawn_at = ? WHERE couple_id = ? AND scope = ? AND withdrawn_at IS NULL",
            (now_iso(), couple_id, scope),
        )
        vault.audit("withdraw_consent", "couple", couple_id)
        return cur.rowcount


def has_consent(vault: Vault, couple_id: int, scope: str = "recording_analysis") -> bool:
    """True when every partner of the couple has a current (not withdrawn) consent of this scope."""
    row = vault.one(
        """SELECT count(*) AS missing FROM partners p WHERE p.couple_id = ? AND NOT EXISTS (
               SELECT 1 FROM consents c WHERE c.partner_id = p.id AND c.scope = ? AND c.withdrawn_at IS NULL)""",
        (couple_id, scope),
    )
    partners = vault.one("SELECT count(*) FROM partners WHERE couple_id = ?", (couple_id,))[0]
    return partners > 0 and row[0] == 0


def list_consents(vault: Vault, couple_id: int) -> list[dict]:
    return [dict(r) for r in vault.all("SELECT * FROM consents WHERE couple_id = ? ORDER BY id", (couple_id,))]


# --- sessions and notes ---------------------------------------------------------------------------


def add_session(vault: Vault, couple_id: int, scheduled_at: str, duration_min: Optional[int] = None) -> int:
    _check_when(scheduled_at)
    _check_minutes(duration_min)
    get_couple(vault, couple_id)
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO sessions (couple_id, scheduled_at, duration_min, created_at) VALUES (?, ?, ?, ?)",
            (couple_id, scheduled_at, duration_min, now_iso()),
        )
        vault.audit("create", "session", cur.lastrowid)
    return int(cur.lastrowid)


SESSION_STATUSES = ("planned", "attended", "cancelled", "missed")


def _check_when(scheduled_at) -> None:
    try:
        datetime.fromisoformat(str(scheduled_at))
    except ValueError as exc:
        raise UsageError(f"'{scheduled_at}' is not a date and time (use e.g. 2026-12-03T10:00).") from exc


def _check_minutes(duration_min: Optional[int]) -> None:
    if duration_min is not None and not 1 <= int(duration_min) <= 600:
        raise UsageError(f"A session lasts between 1 and 600 minutes (not {duration_min}).")


def get_session(vault: Vault, session_id: int) -> dict:
    row = vault.one("SELECT * FROM sessions WHERE id = ?", (session_id,))
    if row is None:
        raise NotFound(f"There is no session with id {session_id}.", missing="session")
    return dict(row)


def update_session(vault: Vault, session_id: int, scheduled_at: Optional[str] = None,
                   duration_min: Optional[int] = None, status: Optional[str] = None) -> dict:
    """Move a session, change its length, or mark it attended, cancelled or missed (audited); returns it."""
    current = get_session(vault, session_id)
    if status is not None and status not in SESSION_STATUSES:
        raise UsageError(f"A session is one of: {', '.join(SESSION_STATUSES)}.")
    _check_minutes(duration_min)
    if scheduled_at is not None:
        _check_when(scheduled_at)
    new = {"scheduled_at": scheduled_at or current["scheduled_at"],
           "duration_min": current["duration_min"] if duration_min is None else int(duration_min),
           "status": status or current["status"]}
    with vault.transaction():
        vault.execute("UPDATE sessions SET scheduled_at = ?, duration_min = ?, status = ? WHERE id = ?",
                      (new["scheduled_at"], new["duration_min"], new["status"], session_id))
        vault.audit("update", "session", session_id)
    return {**current, **new}


def delete_session(vault: Vault, session_id: int) -> None:
    """Remove a session (notes and practice given in it stay, no longer tied to it); audited."""
    get_session(vault, session_id)
    with vault.transaction():
        vault.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        vault.audit("delete", "session", session_id)


def list_sessions(vault: Vault, couple_id: int) -> list[dict]:
    return [dict(r) for r in vault.all("SELECT * FROM sessions WHERE couple_id = ? ORDER BY scheduled_at", (couple_id,))]


def add_note(
    vault: Vault,
    couple_id: int,
    text: str,
    session_id: Optional[int] = None,
    recording_id: Optional[int] = None,
    t: Optional[float] = None,
) -> int:
    if not (text or "").strip():
        raise UsageError("The note is empty.")
    get_couple(vault, couple_id)
    _of_this_couple(vault, "sessions", "session", session_id, couple_id)
    _of_this_couple(vault, "recordings", "recording", recording_id, couple_id)
    with vault.transaction():
        stamp = now_iso()
        cur = vault.execute(
            "INSERT INTO notes (couple_id, session_id, recording_id, t, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (couple_id, session_id, recording_id, t, text.strip(), stamp, stamp),
        )
        vault.audit("create", "note", cur.lastrowid)
    return int(cur.lastrowid)


def _of_this_couple(vault: Vault, table: str, what: str, row_id: Optional[int], couple_id: int) -> None:
    """A note's session or recording is one of its couple's (another couple's would put the note in the wrong case
    file; an unknown one was a database error or, for a recording, a note tied to nothing)."""
    if row_id is None:
        return
    row = vault.one(f"SELECT couple_id FROM {table} WHERE id = ?", (row_id,))
    if row is None:
        raise NotFound(f"There is no {what} with id {row_id}.", missing=what)
    if row[0] != couple_id:
        raise UsageError(f"The {what} {row_id} is another couple's, not couple {couple_id}'s: the note was not added.")


def list_notes(vault: Vault, couple_id: int, recording_id: Optional[int] = None) -> list[dict]:
    if recording_id is None:
        rows = vault.all("SELECT * FROM notes WHERE couple_id = ? ORDER BY id", (couple_id,))
    else:
        rows = vault.all("SELECT * FROM notes WHERE couple_id = ? AND recording_id = ? ORDER BY id", (couple_id, recording_id))
    return [dict(r) for r in rows]
