"""Automatic log-off: lock after a number of idle minutes; any key or mouse input restarts the clock.

The minutes are counted on a clock that goes on while the computer sleeps. Qt's timers do not (on Linux they run on
CLOCK_MONOTONIC, which stops during a suspend; macOS's clock too): a laptop closed two minutes after the last click
and opened the next morning showed the couple's case file for eight more minutes of a ten-minute setting. A check
every second against that clock locks within a second of waking once the minutes have passed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
CHECK_MS = 1000  # how late after waking the lock may come


def _clock() -> float:
    """Seconds on a clock that counts the time asleep: Linux's boot time clock, else the wall clock."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.time()


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, minutes: float = 10, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._check = QTimer(self)  # the same deadline on the clock that counts sleep
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self._check_clock)
        self._last_activity = _clock()
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(float(minutes) * 60_000)))
        if self._timer.isActive():
            self.arm()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def arm(self) -> None:
        self._last_activity = _clock()
        self._timer.start()
        self._check.start()

    def disarm(self) -> None:
        self._timer.stop()
        self._check.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def _check_clock(self) -> None:
        if self._timer.isActive() and (_clock() - self._last_activity) * 1000 >= self._timer.interval():
            self._fire()

    def _fire(self) -> None:
        self.disarm()
        self.idle.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._last_activity = _clock()
            self._timer.start()
        return False
