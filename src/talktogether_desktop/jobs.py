"""The one way long work reports progress and is cancelled.

Engines take an optional `progress` callback and an optional `cancel` token. They call
`progress(fraction, message)` now and then and `cancel.raise_if_cancelled()` between steps.
Neither knows about threads, processes or Qt: the pipeline and the faces decide where work runs.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional, Protocol

from .errors import Cancelled

ProgressFn = Callable[[float, str], None]

# `progress(UNKNOWN_HOW_FAR, message)`: a step is under way whose length cannot be told (SQLite checking a whole file
# says nothing until it ends); a face shows it as busy with the sentence, not as a bar standing still.
UNKNOWN_HOW_FAR = -1.0


class CancelToken(Protocol):
    def is_cancelled(self) -> bool: ...

    def raise_if_cancelled(self) -> None: ...


class CancelFlag:
    """A thread-safe cancel flag. A multiprocessing.Event can be passed as `event` to share it."""

    def __init__(self, event=None):
        self._event = event if event is not None else threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("Stopped at your request; nothing was saved from this run.")


def no_progress(fraction: float, message: str = "") -> None:  # noqa: ARG001 - callback shape
    return None


def check(cancel: Optional[CancelToken]) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()


def scaled(progress: Optional[ProgressFn], start: float, end: float) -> ProgressFn:
    """A callback mapping 0..1 of a sub-step onto start..end of the caller's progress."""

    def report(fraction: float, message: str = "") -> None:
        if progress is not None and fraction == UNKNOWN_HOW_FAR:
            progress(fraction, message)
        elif progress is not None:
            fraction = min(1.0, max(0.0, fraction))
            progress(start + (end - start) * fraction, message)

    return report


ETA_AFTER = 0.1  # the share of work done before a time left is estimated


@dataclass
class EtaClock:
    """Estimates the time left from the share of work done so far."""

    started: float = field(default_factory=time.monotonic)

    def eta_s(self, fraction: float) -> Optional[float]:
        """None until a tenth of the work is done: the first percent is mostly loading the model, and a guess from it
        said "about 5 min left" for a 37 s file that took 14 s."""
        elapsed = time.monotonic() - self.started
        if fraction < ETA_AFTER or elapsed < 1.0:
            return None
        return max(0.0, elapsed * (1.0 - fraction) / fraction)
