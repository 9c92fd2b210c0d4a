"""A backup's work files beside the backup file: held by the backup writing them, removed when a kill left them.

Their names are fixed per folder, so what a kill left is removed by the next backup into that folder. Two backups
into one folder at once (the window's and a command's, or two commands) shared them: the second removed the first's
copy of the vault while SQLite was writing it, and the first then checked and copied whatever stood at that name, the
second's half-made copy. Now a backup holds a lock on its export work file for as long as it runs; another backup
into that folder meanwhile is refused (nothing written, the running one goes on), and a work file no running backup
holds is a leftover and is removed.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import VaultInUse
from ..paths import new_private_file, remove_leftover

# Plain ASCII names: SQLite takes only UTF-8 paths, and a user's file name may be any bytes.
EXPORT_NAME = ".talktogether-backup.export.partial"
PARTIAL_NAME = ".talktogether-backup.partial"


def busy(folder: Path) -> VaultInUse:
    return VaultInUse(f"Another backup into {folder} is being written right now, so no backup was written there. "
                      "Let it finish (or choose another folder), then back up again. The vault is unchanged.")


@contextmanager
def claimed_work_files(dest: Path) -> Iterator[tuple[Path, Path]]:
    """(the export work file, made new and held; the backup's own work file, not made yet) beside `dest`. Both are
    removed when the block ends, however it ends. VaultInUse while another backup into that folder holds them."""
    export, partial = dest.with_name(EXPORT_NAME), dest.with_name(PARTIAL_NAME)
    if _held_by_another(export):
        raise busy(dest.parent)
    for stale in (partial, export.with_name(EXPORT_NAME + "-journal")):
        remove_leftover(stale)
    try:
        fd = new_private_file(export)  # made here, never through a link left at its name; SQLite fills it
    except FileExistsError as exc:  # another backup made it between the check and here
        raise busy(dest.parent) from exc
    try:
        if not _lock(fd):
            raise busy(dest.parent)
        yield export, partial
    finally:
        for stale in (export, partial, export.with_name(EXPORT_NAME + "-journal")):
            remove_leftover(stale)
        os.close(fd)  # (kept open until now: the lock is held for as long as the files are the backup's)


def _lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # no flock (Windows): nothing to tell a running backup from a leftover by
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _held_by_another(export: Path) -> bool:
    """Whether a running backup holds the work file at this name (a leftover of a kill is held by none)."""
    try:
        fd = os.open(export, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:  # none there, or a link (removed as a leftover by new_private_file)
        return False
    try:
        return not _lock(fd)
    finally:
        os.close(fd)
