"""Quitting while a recording is being processed: the step under way is asked to stop, and the window stays, saying so,
until it has. A step checks for a stop between its parts, which can be seconds apart (the speakers or the analysis of a
long recording); a window closed under it was signalled by a job that outlived it (a RuntimeError on the terminal) and
left the job's stored state to a process that had ended."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout

STOPPING_TEXT = ("Stopping the processing safely before closing… The window closes by itself as soon as it has "
                 "stopped; what is finished is kept, and the rest starts again at the next unlock.")


class StoppingBox(QDialog):
    """Window-modal, no buttons: nothing more can be started meanwhile, and Escape does not take it away."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle("Stopping before closing")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.text = QLabel(STOPPING_TEXT, wordWrap=True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: how long the step takes to reach its next check is not known
        bar.setAccessibleName("Stopping the processing")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(bar)
        self.setMinimumWidth(420)

    def reject(self) -> None:  # Escape: the processing is stopping, there is nothing to go back to
        pass


def close_when_stopped(window) -> None:
    """Ask the jobs to stop; close `window` once its job thread has ended (at once when nothing is running)."""
    window.jobs.stop_for_quit()
    if window.jobs.stopped():
        QTimer.singleShot(0, window.close)
        return
    box = StoppingBox(window)
    window.stopping_box = box  # (kept for tests, and so Qt does not free it)
    box.open()
    timer = QTimer(box)

    def check() -> None:
        if window.jobs.stopped():
            timer.stop()
            box.done(0)
            window.close()

    timer.timeout.connect(check)
    timer.start(100)
