"""Quitting while a recording is being processed: the step under way is asked to stop, and the window stays, saying so,
until it has. A step checks for a stop between its parts, which can be seconds apart (the speakers or the analysis of a
long recording); a window closed under it was signalled by a job that outlived it (a RuntimeError on the terminal) and
left the job's stored state to a process that had ended.

A step that does not stop (stuck on a damaged file, a slow disk) kept the window waiting with no way out: after
QUIT_NOW_AFTER_S the box offers "Quit now", which stores the job as interrupted (the next unlock starts it again, as
after a crash), ends the speech model's process and closes without waiting for the step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

STOPPING_TEXT = ("Stopping the processing safely before closing… The window closes by itself as soon as it has "
                 "stopped; what is finished is kept, and the rest starts again at the next unlock.")
STILL_GOING_TEXT = ("The step under way has not stopped yet. You can keep waiting, or quit now: the processing is "
                    "kept as interrupted and starts again by itself at the next unlock. Nothing already finished is "
                    "lost, and nothing is left unencrypted on this computer.")
QUIT_NOW_AFTER_S = 10.0  # a step reaches its next check within seconds; this long, and it may not reach it at all


class StoppingBox(QDialog):
    """Window-modal: nothing more can be started meanwhile, and Escape does not take it away. Its only button, "Quit
    now", comes after QUIT_NOW_AFTER_S."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle("Stopping before closing")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.text = QLabel(STOPPING_TEXT, wordWrap=True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: how long the step takes to reach its next check is not known
        bar.setAccessibleName("Stopping the processing")
        self.quit_now_btn = QPushButton("Quit now")
        self.quit_now_btn.setToolTip("Close without waiting: the processing starts again at the next unlock")
        self.quit_now_btn.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_now_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(bar)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        QTimer.singleShot(int(QUIT_NOW_AFTER_S * 1000), self, self.offer_quit_now)

    def offer_quit_now(self) -> None:
        self.text.setText(STILL_GOING_TEXT)
        self.quit_now_btn.show()
        self.quit_now_btn.setFocus()
        self.adjustSize()

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
    timer = QTimer(box)

    def check() -> None:
        if window.jobs.stopped():
            timer.stop()
            box.done(0)
            window.close()

    def now() -> None:
        timer.stop()
        box.done(0)
        quit_now(window)

    box.quit_now_btn.clicked.connect(now)
    box.open()
    timer.timeout.connect(check)
    timer.start(100)


def quit_now(window) -> None:
    """Close without waiting for the step under way: its stored job is left as interrupted (on the vault thread, before
    the vault closes), the speech model's process ends, and the step's thread ends with the app."""
    from ..storage import jobs as jobs_store

    def leave(vault) -> None:
        vault.execute("PRAGMA busy_timeout = 3000")  # a step stuck inside a write does not hold the quit long
        try:
            jobs_store.leave_own_running(vault)
        except Exception:  # noqa: BLE001 - the vault is busy: the next start marks it, this process being gone
            pass

    window.quitting_now = True
    window.tasks.run(leave, on_error=lambda _exc: None)
    window.close()
