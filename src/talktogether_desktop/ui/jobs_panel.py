"""The jobs panel: one row per job with progress, time left and a cancel button."""

from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..errors import JobFailed
from .elided_label import ElidedLabel
from .errors import message_for
from .jobrunner import JobRunner


_OWN_ETA = re.compile(r",?\s*about [0-9:]+(?: min)?(?: [0-9]+ s)? left", re.IGNORECASE)
DONE_ROW_STAYS_MS = 2500  # a finished job's row says "Done" briefly, then makes room


def eta_text(seconds: Optional[float]) -> str:
    if seconds is None or seconds < 0:
        return "estimating time left…"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"about {max(seconds, 1)} s left"
    return f"about {seconds // 60} min {seconds % 60:02d} s left"


class JobRow(QWidget):
    def __init__(self, uid: int, label: str, runner: JobRunner, parent=None):
        super().__init__(parent)
        self.uid = uid
        self.label = ElidedLabel()  # a long couple · file name ends with "…", whole in its tooltip
        self.bar = QProgressBar(maximum=1000)
        self.detail = ElidedLabel("Waiting…")
        self.detail.setProperty("role", "hint")
        self.cancel_btn = QPushButton("Cancel")
        self.name(label)
        # one line that fits a 900 px window: the name and the step give way (ending with "…", whole in their
        # tooltips); the bar and Cancel always show
        self.bar.setFixedWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail, 3)
        layout.addWidget(self.cancel_btn)
        self.cancel_btn.clicked.connect(lambda: self._cancel(runner))
        self.finished_state: Optional[str] = None

    def name(self, label: str) -> None:
        """Say which couple and file the row is about (the lock names none: `label` is then "Processing a recording")."""
        self.label.setText(label)
        self.bar.setAccessibleName(f"Progress of {label}")
        self.cancel_btn.setAccessibleName(f"Cancel {label}")

    def _cancel(self, runner: JobRunner) -> None:
        self.cancel_btn.setEnabled(False)
        self.detail.setText("Stopping…")
        runner.cancel(self.uid)

    def update(self, fraction: float, message: str, eta: Optional[float]) -> None:  # noqa: A003
        if self.finished_state:
            return
        self.bar.setValue(int(fraction * 1000))
        message = _OWN_ETA.sub("", message or "")  # one estimate per row: the job's, not a step's too
        self.detail.setText(f"{message} · {eta_text(eta)}" if message else eta_text(eta))

    def done(self, state: str, error: Optional[BaseException] = None, result=None, stopped: str = "") -> None:
        self.finished_state = state
        self.cancel_btn.setEnabled(False)
        self.cancel_btn.setVisible(False)
        if state == "done":
            self.bar.setValue(1000)
            self.detail.setText(done_words(result))
            return
        # A stopped job must not look like one still running: an empty grey bar and plain words.
        self.bar.setValue(0)
        self.bar.setEnabled(False)
        self.bar.setFormat("")
        self.label.setEnabled(False)
        if state == "cancelled":
            self.detail.setText(stopped or "Stopped; start it again from the couple page")
        elif isinstance(error, JobFailed):  # what stopped it, in the message's plain words, after the box is closed
            self.detail.setText(f"Did not finish: {message_for(error).text}")
        else:
            self.detail.setText("Did not finish; start it again from the couple page")


def done_words(result) -> str:
    """A finished job in the words of its recording's row: a file with no speech in it said "Done" here."""
    steps = (result.get("steps") or {}).values() if isinstance(result, dict) else ()
    if isinstance(result, dict) and result.get("no_speech"):
        return "Done: no speech found"
    if "waiting_for_consent" in steps:
        return "Transcribed; the analysis waits for consent"
    return "Done"


class JobsPanel(QWidget):
    def __init__(self, runner: JobRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.rows: dict[int, JobRow] = {}
        self._names: dict[int, str] = {}  # the rows' names while the vault is locked (they show none then)
        self.empty = QLabel("No processing running. Imported recordings are processed here in the background.")
        self.empty.setProperty("role", "hint")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.addWidget(self.empty)
        runner.added.connect(self._added)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)

    def _added(self, uid: int, label: str) -> None:
        # A stopped or failed row of this recording is over once it is started again: it said "Stopped; start it
        # again" beside the new run's "Done", and squeezed the page above by a row.
        recording = self.runner.recording_of(uid)
        for old in [u for u, r in self.rows.items() if r.finished_state and recording is not None
                    and self.runner.recording_of(u) == recording]:
            self.rows.pop(old).deleteLater()
        row = JobRow(uid, label, self.runner, self)
        self.rows[uid] = row
        self._layout.addWidget(row)
        self.empty.setVisible(False)
        # Keep the panel short: drop finished rows beyond the last few.
        finished = [u for u, r in self.rows.items() if r.finished_state]
        for old in finished[:-3]:
            self.rows.pop(old).deleteLater()

    def _progressed(self, uid: int, fraction: float, message: str, eta) -> None:
        if uid in self.rows:
            self.rows[uid].update(fraction, message, eta)

    def _finished(self, uid: int, state: str, outcome) -> None:
        if uid in self.rows:
            self.rows[uid].done(state, outcome[1], outcome[0], self.runner.stopped_words(uid))
            if state == "done":  # finished rows do not pile up as full bars squeezing the page
                QTimer.singleShot(DONE_ROW_STAYS_MS, self, lambda: self._drop(uid))  # dies with the panel

    def _drop(self, uid: int) -> None:
        row = self.rows.get(uid)
        if row is not None and row.finished_state == "done":
            self.rows.pop(uid).deleteLater()
        self.empty.setVisible(not self.rows)

    def couple_renamed(self, recording_ids: set[int], old: str, new: str) -> None:
        """The couple's name corrected (Edit…): their rows ("couple · file") say the new name, not the old one."""
        for uid, row in self.rows.items():
            text = row.label.text()
            if self.runner.recording_of(uid) in recording_ids and text.startswith(f"{old} · "):
                row.name(new + text[len(old):])

    def forget_recordings(self, recording_ids: set[int]) -> None:
        """Erased recordings: their finished rows go (they said "Stopped; start it again from the couple page" of a
        recording no longer there)."""
        for uid in [u for u, r in self.rows.items() if r.finished_state and self.runner.recording_of(u) in recording_ids]:
            self.rows.pop(uid).deleteLater()
        self.empty.setVisible(not self.rows)

    def clear(self) -> None:
        """On lock: rows name recordings, so they go; a job that goes on behind the lock names no one (its progress bar
        and Cancel button neither) until `name_rows_again` after unlocking."""
        for row in self.rows.values():
            if row.finished_state:
                row.deleteLater()
        self.rows = {u: r for u, r in self.rows.items() if not r.finished_state}
        for uid, row in self.rows.items():
            self._names.setdefault(uid, row.label.text())  # in memory only, as the job itself keeps it
            row.name("Processing a recording")
        self.empty.setVisible(not self.rows)

    def name_rows_again(self) -> None:
        """Unlocked: a job still going on says again whose recording it is (it said "Processing a recording" until it
        ended, and the therapist could not tell which row to stop)."""
        for uid, row in self.rows.items():
            if uid in self._names:
                row.name(self._names[uid])
        self._names.clear()
