"""A request to end the window from outside (SIGTERM: a logout, a shutdown, `kill`; SIGHUP: its terminal closed) ends
it as Quit does, without questions: a recording under way in the room is stopped and saved into the vault, the
processing stops where `jobs resume` picks it up, and the vault is closed.

Without this the signal's default action ended the process at once: a session recorded in the room, held in memory
only until "Stop and save", was lost whole when the laptop was shut down or the therapist logged out with the window
open. Python runs a signal handler only between its own instructions, never inside Qt's event loop, so the signal
writes its number into a pipe (`signal.set_wakeup_fd`) that Qt watches.
"""

from __future__ import annotations

import logging
import os
import signal
from typing import Callable

from PySide6.QtCore import QSocketNotifier

log = logging.getLogger(__name__)

ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def end_on_request(window) -> Callable[[], None]:
    """From now on SIGTERM and SIGHUP call `window.end_now()` on the GUI thread. Returns what undoes it (tests)."""
    read_fd, write_fd = os.pipe()
    for fd in (read_fd, write_fd):
        os.set_blocking(fd, False)
    earlier_fd = signal.set_wakeup_fd(write_fd)
    earlier = {sig: signal.signal(sig, _noted) for sig in ENDING_SIGNALS}
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, window)
    asked = [False]

    def woken() -> None:
        try:
            numbers = os.read(read_fd, 64)
        except OSError:
            return
        if not asked[0] and any(n in numbers for n in ENDING_SIGNALS):
            asked[0] = True  # a second signal while ending changes nothing
            log.warning("Asked to end (signal): a recording in the room is saved, then the window closes.")
            window.end_now()

    notifier.activated.connect(woken)

    def undo() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(earlier_fd)
        for sig, handler in earlier.items():
            signal.signal(sig, handler)
        for fd in (read_fd, write_fd):
            os.close(fd)

    return undo


def _noted(_signum, _frame) -> None:
    """The Python-level handler does nothing: the wakeup pipe carries the signal to Qt's loop (see woken)."""
