"""Quitting while a backup (or an import) goes on behind the lock screen: a lock lets such work finish before the vault
closes (ui/long_work.py), and Quit on the lock screen then waited for it with the window frozen and not a word, a large
vault's backup for a minute or more. The window now says what it is finishing, closes by itself once it is done, and
offers to stop it safely and quit at once (the work's own Cancel: a backup leaves no file, an import adds nothing).

A window ended from outside (a logout, a shutdown) asks nothing: the work is stopped safely (`stop_all`) and the close
waits only for that."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from .long_work import LongWork

STOP_AND_QUIT = "Stop and quit"


def vault_work_under_way(window) -> list[LongWork]:
    """The long vault work still running (a backup, an import, a check) whose box belongs to `window`."""
    if window.tasks.is_idle():
        return []
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, LongWork) and w.parentWidget() is window and not w._finished and not w.flag.is_cancelled()]


def stop_all(works: list[LongWork]) -> None:
    for work in works:
        work.flag.cancel()  # each stops at its next safe point (a backup within a fraction of a second)


def finishing_text(work: LongWork) -> str:
    note = work.cancel_note
    if note.startswith("Cancel "):
        note = f"“{STOP_AND_QUIT}” {note[len('Cancel '):]}"
    what = work.behind_lock or f"{work.windowTitle()}…"  # the lock screen's words: no file name (ui/import_flow.py)
    return f"{what} The window closes by itself as soon as it is done (a large vault takes a while). {note}"


class FinishingBox(QDialog):
    """Window-modal; Escape keeps waiting (nothing to go back to: the window is closing)."""

    def __init__(self, parent, work: LongWork):
        super().__init__(parent)
        self.setWindowTitle("Finishing before closing")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.text = QLabel(finishing_text(work), wordWrap=True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName((work.behind_lock or work.windowTitle()).rstrip("…"))
        self._show(work.fraction)
        work.behind_lock_progress.connect(lambda _words, fraction: self._show(fraction))
        self.stop_btn = QPushButton(STOP_AND_QUIT)
        self.stop_btn.setToolTip(work.cancel_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        self.setMinimumWidth(460)

    def _show(self, fraction) -> None:
        if fraction is None:
            self.bar.setRange(0, 0)  # busy until it says how far it is
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))

    def reject(self) -> None:
        pass


def close_when_finished(window, works: list[LongWork]) -> None:
    """Close `window` once the vault thread is idle; meanwhile say what it finishes, with Stop and quit."""
    shown = getattr(window, "finishing_box", None)
    if shown is not None and shown.isVisible():  # Quit again meanwhile: it is already said
        return
    timer = QTimer(window)
    box = FinishingBox(window, works[0])
    window.finishing_box = box  # (kept for tests, and so Qt does not free it)

    def stop() -> None:
        box.stop_btn.setEnabled(False)
        box.text.setText("Stopping safely… The window closes as soon as it has stopped.")
        stop_all(works)

    box.stop_btn.clicked.connect(stop)
    box.open()
    box.stop_btn.setFocus()

    def check() -> None:
        if window.tasks.is_idle():
            timer.stop()
            box.done(0)
            window.close()

    timer.timeout.connect(check)
    timer.start(100)
