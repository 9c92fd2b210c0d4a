"""A whole-file check of the vault: every page's authentication code (SQLCipher's `cipher_integrity_check`) and the
database's structure (`integrity_check`), so damage is found before the damaged page is needed, not when it is.

It reads the whole file, so it costs time in proportion to its size (a vault holding one 60-minute phone recording,
30 MB: 0.16-0.21 s; one 60-minute 16 kHz WAV, 118 MB: 0.58-0.79 s, up to 1.6 s on a busy machine; a caseload is
gigabytes): it is run when asked (`vault check`), not at every open. Its result names pages by number only, never SQLite's own text or any client data.
"""

from __future__ import annotations

import re
import time

import sqlcipher3

from .vault import Vault, damage_error


def check_integrity(vault: Vault) -> dict:
    """{"ok", "pages_failed", "failed_pages" (the first 20 numbers), "structure_ok", "unreadable", "size_bytes",
    "seconds"}; a page that cannot even be read counts as damage (`"unreadable": true`), not as a failed check."""
    started = time.perf_counter()
    failed, structure_ok, unreadable = [], True, False
    try:
        for row in vault.all("PRAGMA cipher_integrity_check"):
            found = re.search(r"page (\d+)", str(row[0]))
            failed.append(int(found.group(1)) if found else None)
        structure_ok = [row[0] for row in vault.all("PRAGMA integrity_check")] == ["ok"]
    except sqlcipher3.DatabaseError as exc:
        if damage_error(exc) is None:
            raise
        unreadable = True
    size = sum(p.stat().st_size for p in vault.path.parent.glob(vault.path.name + "*") if p.is_file())
    return {"ok": not failed and structure_ok and not unreadable, "pages_failed": len(failed),
            "failed_pages": sorted(p for p in failed if p is not None)[:20],
            "structure_ok": structure_ok and not unreadable, "unreadable": unreadable, "size_bytes": size,
            "seconds": round(time.perf_counter() - started, 3)}
