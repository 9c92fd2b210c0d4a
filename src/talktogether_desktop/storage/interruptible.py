"""Stopping one long SQL statement (a whole-file check, an export) when the therapist cancels it: SQLite's progress
handler asks the cancel token every few thousand steps, and an interrupted statement becomes the typed `Cancelled`."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

import sqlcipher3

from ..errors import Cancelled
from ..jobs import CancelToken

STEPS = 20000  # virtual-machine steps between two looks at the token: well under a tenth of a second


@contextmanager
def interruptible(conn, cancel: Optional[CancelToken]) -> Iterator[None]:
    """Statements run inside stop soon after `cancel` is set; SQLite rolls back what the statement had done."""
    if cancel is None:
        yield
        return
    conn.set_progress_handler(lambda: 1 if cancel.is_cancelled() else 0, STEPS)
    try:
        yield
    except sqlcipher3.OperationalError as exc:
        if cancel.is_cancelled():  # the handler stopped it (SQLite says "interrupted")
            raise Cancelled("Stopped at your request; nothing was changed.") from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
    cancel.raise_if_cancelled()
