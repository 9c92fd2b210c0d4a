"""Schema step 8: an id, once given, is never given again.

SQLite hands a new row the largest id + 1, so after the newest couple was deleted the next couple got its id, and a
note or a script that says "couple 3" pointed at another family. `AUTOINCREMENT` keeps the largest id ever used (in
`sqlite_sequence`); this step rebuilds the tables whose ids a therapist sees with it, keeping every row, id and index.
Ids deleted before this step are known from the audit log (ids only), so they are not given again either.
Schema step 9 does the same for the other ids a therapist is shown or the audit log names (round 35): voice samples
(`speakers name`), processing jobs (`jobs`), reports, analyses, consents and practice log entries.
"""

from __future__ import annotations

import re

from ..errors import VaultError

# table -> the entity name its ids carry in the audit log
LASTING = {
    "couples": "couple",
    "partners": "partner",
    "sessions": "session",
    "notes": "note",
    "recordings": "recording",
    "practice_assignments": "practice_assignment",
    "transcript_corrections": "transcript_correction",
}
# step 9: table -> its entity in the audit log, or None where its ids are shown but not audited
LASTING_9 = {
    "voice_samples": None,
    "jobs": "job",
    "analyses": None,
    "reports": "report",
    "consents": "consent",
    "practice_logs": None,
}
_ID = re.compile(r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b(?!\s+AUTOINCREMENT)", re.IGNORECASE)


def make_ids_lasting(conn, tables: dict | None = None, step: int = 8) -> None:
    """Run inside the step's transaction, with foreign keys off (a dropped table must not cascade to its children)."""
    for table, entity in (LASTING if tables is None else tables).items():
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
        if not _ID.search(sql):
            continue  # already lasting
        indexes = [row[0] for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,))]
        rebuilt = _ID.sub("id INTEGER PRIMARY KEY AUTOINCREMENT", sql, count=1)
        rebuilt = re.sub(rf"^CREATE TABLE\s+\"?{table}\"?", f"CREATE TABLE {table}__lasting", rebuilt, count=1)
        conn.execute(rebuilt)
        conn.execute(f"INSERT INTO {table}__lasting SELECT * FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}__lasting RENAME TO {table}")
        for index in indexes:
            conn.execute(index)
        last = conn.execute(
            f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "
            "coalesce((SELECT max(entity_id) FROM audit_log WHERE entity = ?), 0))", (entity,)).fetchone()[0]
        conn.execute("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        if last:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, last))
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:  # never expected: the rows were copied as they were; refuse rather than store it
        raise VaultError(f"Schema step {step} would leave a broken reference in {broken[0]}; nothing was changed.")


def make_more_ids_lasting(conn) -> None:
    """Schema step 9: ids of voice samples, jobs, analyses, reports, consents and practice logs, never given again."""
    make_ids_lasting(conn, LASTING_9, step=9)
