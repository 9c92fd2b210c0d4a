"""A whole-file check of the vault: every page's authentication code (SQLCipher's `cipher_integrity_check`) and the
database's structure (`integrity_check`), so damage is found before the damaged page is needed, not when it is.

It reads the whole file, so it costs time in proportion to its size (a vault holding one 60-minute phone recording,
30 MB: 0.16-0.21 s; one 60-minute 16 kHz WAV, 118 MB: 0.58-0.79 s, up to 1.6 s on a busy machine; a caseload is
gigabytes): it is run when asked (`vault check`), not at every open. Its result names pages by number only, never SQLite's own text or any client data.

At every open a cheap check reads only the catalogue tables (`catalogue_whole`: couples, sessions, consents, notes,
recordings, jobs…; 1-1.5 ms on a vault holding one 60-minute WAV, 9-15 ms with 60 couples, 1,200 notes of 1 KB and
600 recordings, on a busy 2-core machine), whose size follows the number of records, not the recordings' length.
"""

from __future__ import annotations

import re
import time
from typing import Optional

import sqlcipher3

from ..jobs import CancelToken, ProgressFn, no_progress
from .interruptible import interruptible
from .page_check import page_seals
from .vault import Vault, damage_error

# The two reads of the whole file, each said as it starts: how far along within one is not known to SQLite's pragmas.
STEP_PAGES = "Checking every page's seal (step 1 of 2)…"
STEP_STRUCTURE = "Checking the database's structure (step 2 of 2)…"


def check_integrity(vault: Vault, progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """{"ok", "pages_failed", "failed_pages" (the first 20 numbers), "structure_ok", "unreadable", "size_bytes",
    "seconds"}; a page that cannot even be read counts as damage (`"unreadable": true`), not as a failed check.
    `cancel` stops it within a fraction of a second (Cancelled); it only reads, so nothing is left half done."""
    started = time.perf_counter()
    progress = progress or no_progress
    failed, structure_ok, unreadable = [], True, False
    try:
        with interruptible(vault.conn, cancel):
            progress(0.0, STEP_PAGES)
            for row in page_seals(vault, cancel):
                found = re.search(r"page (\d+)", str(row[0]))
                failed.append(int(found.group(1)) if found else None)
            progress(0.5, STEP_STRUCTURE)
            structure_ok = [row[0] for row in vault.all("PRAGMA integrity_check")] == ["ok"]
            progress(1.0, STEP_STRUCTURE)
    except sqlcipher3.DatabaseError as exc:
        if damage_error(exc) is None:
            raise
        unreadable = True
    size = sum(p.stat().st_size for p in vault.path.parent.glob(vault.path.name + "*") if p.is_file())
    return {"ok": not failed and structure_ok and not unreadable, "pages_failed": len(failed),
            "failed_pages": sorted(p for p in failed if p is not None)[:20],
            "structure_ok": structure_ok and not unreadable, "unreadable": unreadable, "size_bytes": size,
            "seconds": round(time.perf_counter() - started, 3)}


# The case file's catalogue: tables whose size follows the number of couples, sessions, notes and recordings, not the
# length of the recordings. Audio, transcripts, diarizations, voice samples, analyses, report PDFs and the audit log grow
# with every recorded hour (transcript words alone cost ~6-11 ms of checking per hour), so they are left to `vault check`.
CATALOGUE = ("meta", "practice_settings", "couples", "partners", "sessions", "consents", "notes", "recordings", "jobs",
             "transcripts", "recording_speakers", "speaker_fixes", "transcript_corrections", "practice_assignments",
             "practice_logs")


def catalogue_whole(vault: Vault) -> bool:
    """A cheap check run at every open (1-1.5 ms with one 60-minute recording; it grows with the records, not the
    recordings' length): SQLite's `quick_check` of the catalogue tables and their indexes, each page decrypted and its
    authentication code checked on the way. False when one of them is damaged: a page many commands only need later (a
    session, a consent, a note), found at open."""
    # On a connection of its own: once SQLCipher has met a damaged page, every later statement on that connection
    # fails too, and the vault's own connection must still read the rest of the case file.
    probe = vault.second_connection()
    try:
        return all(probe.one(f"PRAGMA quick_check('{table}')")[0] == "ok" for table in CATALOGUE)
    except sqlcipher3.DatabaseError as exc:
        if damage_error(exc) is None:
            raise
        return False
    finally:
        probe.close(checkpoint=False)
