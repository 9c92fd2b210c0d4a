"""The vault's lock file: who may replace or re-encrypt the database while others have it open.

Every open connection holds a shared flock on `vault.lock`. `vault restore` and a re-key need it
exclusively, so neither can swap or re-encrypt the database under a running import (whose writes
would otherwise land in the set-aside copy, or fail on the old key). Opening waits while a restore
holds it. Where the platform has no flock (Windows) an open database file cannot be replaced anyway.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Optional

from ..errors import VaultError, VaultInUse

LOCK_FILE = "vault.lock"


def hold_open_lock(data_dir: Path, exclusive: bool = False) -> Optional[int]:
    """Take the vault's lock (shared: waits while a restore runs; exclusive: refuses while the vault is open).

    Returns the descriptor to release with `release_lock`; None where the platform has no flock."""
    try:
        import fcntl
    except ImportError:  # Windows: the database file itself cannot be replaced while open there
        return None
    path = Path(data_dir) / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:  # a folder in its place, no permission
        raise VaultError(f"The vault's lock file {path} cannot be opened ({exc.strerror or exc}). Move it away "
                         "and try again; it holds no data. Nothing was changed.") from exc
    try:
        if exclusive:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError as exc:
        os.close(fd)
        raise VaultInUse(
            "The vault is open in another TalkTogether window or command (an import or processing may be "
            "running). Close it or let it finish, then try again; nothing was changed."
        ) from exc
    return fd


def release_lock(fd: Optional[int]) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)  # closing the descriptor drops its flock


def take_exclusive(fd: Optional[int]) -> None:
    """Turn this connection's shared lock into the only one (VaultInUse while anyone else has it open)."""
    try:
        import fcntl
    except ImportError:
        return
    if fd is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        # Linux drops the shared lock before trying the exclusive one: take it back, we stay open.
        fcntl.flock(fd, fcntl.LOCK_SH)
        raise VaultInUse(
            "The vault is open in another TalkTogether window or command. Close it or let it finish, "
            "then try again; nothing was changed."
        ) from exc
