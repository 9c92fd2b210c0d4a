"""One long vault task (checking the vault, a backup, a restore) shown while it runs: what it is doing, how far along,
and Cancel, which asks the work to stop at its next safe point and says so until it has."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..jobs import UNKNOWN_HOW_FAR, CancelFlag

STOPPING = "Stopping safely…"


class LongWork(QDialog):
    """Window-modal and not blocking (`open`, never `exec`): the vault thread's answers keep arriving. The work gets
    `report` (callable from any thread) as its progress callback and `flag` as its cancel token. Progress 1.0 means
    the last step has begun, which is not stopped (a restore swapping its files): Cancel goes grey then."""

    _progress = Signal(object)  # (fraction, message): a tuple, never None bare (see taskman)
    behind_lock_progress = Signal(str, float)  # (behind_lock's words, fraction) while it goes on behind the lock

    def __init__(self, parent: QWidget, title: str, first_step: str, cancel_note: str, show_after_ms: int = 0,
                 behind_lock: str = ""):
        super().__init__(parent)
        # A backup or an import is not lost to a lock: the box hides and the work finishes before the vault closes
        # (run with `across_lock`); its answer finishes the box after the next unlock. `behind_lock`: what the unlock
        # screen says meanwhile, as the unlock waits for it ("Finishing the backup…"; no client detail there).
        self.behind_lock = behind_lock
        self.goes_on_behind_lock = bool(behind_lock)
        self.fraction: Optional[float] = None  # how far it is, once it has said
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.flag = CancelFlag()
        self.cancel_note = cancel_note  # (also said when quitting waits for it: ui/quitting_vault_work.py)
        self.step = QLabel(first_step, wordWrap=True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(title)
        self.cancel_btn = QPushButton("Cancel")
        self.cancel_btn.setToolTip(cancel_note)
        note = QLabel(cancel_note, wordWrap=True)
        note.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_btn)
        layout = QVBoxLayout(self)
        for widget in (self.step, self.bar, note):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self.cancel_btn.clicked.connect(self.cancel)
        self._progress.connect(self._show_progress)
        self._finished = False
        self._hidden = False  # by a lock, while the work goes on
        locked = getattr(parent, "locked_changed", None)
        if locked is not None:  # a lock cancels the work and the box goes with it, or hides it while it goes on
            locked.connect(self._on_lock)
        if show_after_ms:  # work that is usually quick (a short file's import) flashes no box
            QTimer.singleShot(show_after_ms, self, lambda: None if self._finished or self._hidden else self.open())
        else:
            self.open()

    def report(self, fraction: float, message: str = "") -> None:
        try:
            self._progress.emit((float(fraction), message))
        except RuntimeError:  # the box is gone (the window locked): the work is being cancelled
            pass

    def _show_progress(self, update: tuple) -> None:
        fraction, message = update
        if self.flag.is_cancelled():
            return
        if fraction == UNKNOWN_HOW_FAR:  # a step whose length is not known: busy, its sentence says what it does
            self.bar.setRange(0, 0)
        else:
            self.fraction = min(1.0, max(0.0, fraction))
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(self.fraction * 1000))
        if self._hidden and self.fraction is not None:
            self.behind_lock_progress.emit(self.behind_lock, self.fraction)
        if message:
            self.step.setText(message)
        if fraction >= 1.0:
            self.cancel_btn.setEnabled(False)

    def cancel(self) -> None:
        if not self.flag.is_cancelled():
            self.flag.cancel()
            self.cancel_btn.setEnabled(False)
            self.step.setText(STOPPING)

    def reject(self) -> None:  # Esc or the close button: Cancel, and the box stays until the work has stopped
        self.cancel()

    def _on_lock(self, locked: bool) -> None:
        if locked and self.goes_on_behind_lock:
            self._hidden = True
            self.hide()
        elif locked:
            self.finish()

    def finish(self) -> None:
        self.flag.cancel()  # nothing is running any more; a late report is ignored
        self._finished = True
        self.hide()
        self.deleteLater()


def going_on_behind_lock() -> list[LongWork]:
    """The work a lock let go on (its box hidden, not finished): what unlocking waits for."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, LongWork) and w._hidden and not w._finished]


def finish(work: Optional[LongWork]) -> None:
    if work is not None:
        work.finish()
