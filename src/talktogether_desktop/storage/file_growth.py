"""How far along a copy is that SQLite writes in one statement (`sqlcipher_export`): told by the size of the file it
writes against the size of the database it copies, looked at by a thread of its own, since the statement itself says
nothing until it ends."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..jobs import ProgressFn

LOOK_S = 0.1  # how often the file's size is looked at


@contextmanager
def growth_told(path: Path, expected_bytes: int, progress: ProgressFn, message: str) -> Iterator[None]:
    """While the block runs, `progress(fraction, message)` as `path` grows towards `expected_bytes` (at most 0.99: a copy
    leaves out free pages, so it may end smaller; the caller says when it is done)."""
    done = threading.Event()

    def look() -> None:
        while not done.wait(LOOK_S):
            try:
                size = path.stat().st_size
            except OSError:  # not made yet
                continue
            progress(min(0.99, size / max(1, expected_bytes)), message)

    watcher = threading.Thread(target=look, daemon=True, name="file-growth")
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
