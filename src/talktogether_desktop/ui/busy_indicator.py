"""The busy pointer (the arrow with a spinning wheel) while the vault thread does something that takes a moment
(importing a long recording, making a report, unlocking): the window says it is working instead of looking stuck.

Shown only after a short wait, so quick answers (most of them) do not make it flicker. A pointer, not a line in the
status bar: it takes no room from the page in the smallest window (900x600).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

SHOW_AFTER_MS = 300


class BusyIndicator(QObject):
    def __init__(self, tasks, parent=None):
        super().__init__(parent)
        self.showing = False
        self._wait = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._wait.timeout.connect(lambda: tasks.is_idle() or self._show())
        tasks.busy_changed.connect(self._busy)

    def _busy(self, busy: bool) -> None:
        if busy:
            self._wait.start()
        else:
            self._wait.stop()
            self.hide()

    def _show(self) -> None:
        if not self.showing:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.showing = True

    def hide(self) -> None:
        if self.showing:
            QApplication.restoreOverrideCursor()
            self.showing = False
