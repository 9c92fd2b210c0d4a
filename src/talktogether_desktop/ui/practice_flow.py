"""The couple's practice section: the handout (PDF), the calendar file and the days done or not.

The same operations as `talktogether practice handout` / `practice log` (pipeline.ops_practice);
files are written only where the therapist chooses, and each export is recorded in the audit log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from ..pipeline import formats, ops_practice
from ..storage.settings import load_settings
from .page_data import shown_time


# --- the window side ---------------------------------------------------------------------------------
class LogDayDialog(QDialog):
    """One day of practice: done, or not done and what got in the way."""

    def __init__(self, title: str, parent=None, period: Optional[tuple[str, str]] = None,
                 kept: Optional[dict] = None):
        super().__init__(parent)
        self.setWindowTitle("Log a practice day")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        if period:  # only the practice's own days can be entered (a day outside it would count as done)
            first, last = (QDate.fromString(d, "yyyy-MM-dd") for d in period)
            self.day.setDateRange(first, last)
            self.day.setDate(min(max(QDate.currentDate(), first), last))
            self.day.setToolTip(f"The practice runs from {period[0]} to {period[1]}")
        self.done_btn = QRadioButton("Done")
        self.not_done_btn = QRadioButton("Not done")
        self.done_btn.setChecked(True)
        self.group = QButtonGroup(self)  # kept: a group only Qt holds can be freed under the dialog
        self.group.addButton(self.done_btn)
        self.group.addButton(self.not_done_btn)
        choice = QHBoxLayout()
        choice.addWidget(self.done_btn)
        choice.addWidget(self.not_done_btn)
        choice.addStretch(1)
        self.reason = QComboBox()
        self.reason.addItem("—", "")  # not None: this PySide mis-counts references to a bare None in item data
        for key, words in ops_practice.missed_reasons().items():
            self.reason.addItem(words.capitalize(), key)
        self.reason.setEnabled(False)
        self.note = QLineEdit(placeholderText="Optional: anything worth remembering")
        form = QFormLayout()
        # the whole title, wrapped: a read-only field showed its end and cut off its start ("eekly check-in…")
        self.practice_title = QLabel(title, wordWrap=True)
        self.practice_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Practice", self.practice_title)
        form.addRow("Day", self.day)
        form.addRow("", choice)
        form.addRow("What got in the way", self.reason)
        form.addRow("Note", self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Log the day")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.not_done_btn.toggled.connect(self.reason.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, 240)
        if kept:  # as it was when the vault locked (kept in memory only)
            self.day.setDate(QDate.fromString(kept["day"], "yyyy-MM-dd"))
            (self.done_btn if kept["done"] else self.not_done_btn).setChecked(True)
            self.reason.setCurrentIndex(kept["reason"])
            self.note.setText(kept["note"])

    def kept(self) -> dict:
        """What is filled in, to open it again as it was after a lock."""
        return {"day": self.day.date().toString("yyyy-MM-dd"), "done": self.done_btn.isChecked(),
                "reason": self.reason.currentIndex(), "note": self.note.text()}

    def values(self) -> tuple[str, bool, Optional[str], Optional[str]]:
        done = self.done_btn.isChecked()
        return (self.day.date().toString("yyyy-MM-dd"), done, None if done else (self.reason.currentData() or None),
                self.note.text().strip() or None)


class LinkRecordingDialog(QDialog):
    """The couple's recordings, newest first, to link to one practice; one made before it began is not offered (the
    link refuses it: it cannot be a recording of the practice)."""

    def __init__(self, title: str, recordings: list[dict], assignment_id: int, begins: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Link a recording to the practice")
        intro = QLabel(f"Which recording is of “{title}”? Its review and the report then look for the practised "
                       "behaviour in it.", wordWrap=True)
        self.choice = QComboBox()
        self.choice.setAccessibleName("Recording of this practice")
        for rec in recordings:
            made = shown_time(rec.get("recorded_at") or rec.get("imported_at"))
            words = f"{made} · {rec.get('name') or 'Recording'}"
            if rec.get("assignment_id") == assignment_id:
                words += " · linked to it already"
            elif rec.get("assignment_id"):  # chosen, it moves from that practice to this one: said before, not after
                words += " · linked to another practice now"
            self.choice.addItem(words, (int(rec["id"]), f"The recording of {made[:10]}"))
            if begins and made[:10] < begins:
                self.choice.setItemText(self.choice.count() - 1, f"{words}: made before this practice began")
                self.choice.model().item(self.choice.count() - 1).setEnabled(False)
        first = next((i for i in range(self.choice.count()) if self.choice.model().item(i).isEnabled()), -1)
        self.choice.setCurrentIndex(first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first >= 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.choice, buttons):
            layout.addWidget(widget)
        self.resize(520, 160)

    def chosen(self) -> Optional[tuple[int, str]]:
        """(recording id, how to name it) of the recording chosen."""
        value = self.choice.currentData() if self.choice.currentIndex() >= 0 else None
        return (int(value[0]), str(value[1])) if value else None


class PracticeFlow:
    """Wires the practice buttons of the couple page to the core through the task manager."""

    def __init__(self, window, reload_couple):
        self.w = window
        self.reload_couple = reload_couple
        page = window.couple_page
        page.handout_btn.clicked.connect(lambda _checked=False: self.export_handout())
        page.calendar_btn.clicked.connect(lambda _checked=False: self.export_calendar())
        page.log_btn.clicked.connect(lambda _checked=False: self.log_day())
        page.review_btn.clicked.connect(lambda _checked=False: self.review())
        page.link_btn.clicked.connect(lambda _checked=False: self.link_recording())
        page.practice.customContextMenuRequested.connect(self._status_menu)

    def _selected(self):
        return self.w.couple_page.selected_assignment()

    def export_handout(self) -> None:
        self._export("Save the practice handout", "PDF (*.pdf)", ".pdf",
                     lambda v, sid, path: ops_practice.export_handout(v, load_settings(v), sid, path))

    def export_calendar(self) -> None:
        self._export("Save the calendar file", "Calendar (*.ics)", ".ics",
                     lambda v, sid, path: ops_practice.export_calendar(v, load_settings(v), sid, path))

    def _export(self, caption: str, pattern: str, suffix: str, operation) -> None:
        """The file goes only where the therapist chooses; the operation writes it and audits the export."""
        selected = self._selected()
        if selected is None:
            return
        assignment_id, title = selected
        stem = "practice-" + "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
        target, _ = QFileDialog.getSaveFileName(self.w, caption, stem + suffix, pattern)
        if not target:
            return
        if not target.lower().endswith(suffix):
            target += suffix
        self.w.tasks.run(lambda v: operation(v, assignment_id, target),
                         lambda _r: self.w.statusBar().showMessage(f"Saved {Path(target).name}.", 8000))

    def log_day(self, again: Optional[tuple] = None) -> None:
        """`again`: (couple, practice, its title, its days, what was filled in), a day's log the lock closed."""
        if again is None:
            selected, couple_id, period = self._selected(), self.w.couple_page.couple_id, self.w.couple_page.selected_period()
            if selected is None:
                return
            kept = None
        else:
            couple_id, assignment_id, title, period, kept = again
            selected = (assignment_id, title)
        assignment_id, title = selected
        dialog = LogDayDialog(title, self.w, period, kept)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.property("closed_by_lock"):  # the vault locked meanwhile: opened again as it was, after unlocking
                again = (couple_id, assignment_id, title, period, dialog.kept())
                self.w.drafts.later(lambda: self.log_day(again) if self.w.couple_page.couple_id == couple_id else None)
            return
        day, done, reason, note = dialog.values()
        self.w.tasks.run(lambda v: ops_practice.log_practice(v, load_settings(v), assignment_id, day, done, reason, note),
                         lambda _id: (self.reload_couple(), self.w.statusBar().showMessage(f"Logged {day}.", 5000)))

    def review(self) -> None:
        """The practice review for the next session (`talktogether practice review`), read-only."""
        selected, couple_id = self._selected(), self.w.couple_page.couple_id
        if selected is None or couple_id is None:
            return
        assignment_id, title = selected

        def show(review: dict) -> None:
            dialog = QDialog(self.w)
            dialog.setWindowTitle(f"Practice review: {title}")
            text = QPlainTextEdit(formats.format_review(review), readOnly=True)
            text.setAccessibleName("Practice review")
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(dialog.reject)
            layout = QVBoxLayout(dialog)
            layout.addWidget(text)
            layout.addWidget(buttons)
            dialog.resize(640, 420)
            self.review_dialog = dialog  # kept for tests and so Qt does not free it under the event loop
            dialog.open()

        self.w.tasks.run(lambda v: ops_practice.practice_review(v, load_settings(v), couple_id, assignment_id), show)

    def link_recording(self) -> None:
        """Link one of the couple's recordings to the selected practice, as the recording page's "Link to practice…"
        does (`talktogether practice link`); the practice's line and review then count it."""
        selected, page = self._selected(), self.w.couple_page
        if selected is None or not page.recordings_data:
            return
        assignment_id, title = selected
        period = page.selected_period()
        dialog = LinkRecordingDialog(title, page.recordings_data, assignment_id, period[0] if period else "", self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        rid, name = dialog.chosen()
        self.w.tasks.run(lambda v: ops_practice.link_recording(v, load_settings(v), rid, assignment_id), lambda r: (
            self.reload_couple(), self.w.statusBar().showMessage(
                " ".join(filter(None, [f"{name} is linked to {title}.", r.get("outside")])), 10000)))

    def _status_menu(self, pos) -> None:
        """Right-click a practice: mark it done or stopped (or active again), so old ones stop reading as current."""
        item = self.w.couple_page.practice.itemAt(pos)
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.w.couple_page.practice.setCurrentItem(item)
        menu = QMenu(self.w)
        now = item.data(Qt.ItemDataRole.UserRole + 2)
        for status, words in (("done", "Mark as done"), ("stopped", "Stop this practice"), ("active", "Make it current again")):
            # the state it is in already is greyed out: chosen, it said "…: current again." and changed nothing
            menu.addAction(words, lambda s=status: self.set_status(s)).setEnabled(status != now)
        menu.popup(self.w.couple_page.practice.viewport().mapToGlobal(pos))
        self.status_menu = menu  # kept for tests

    def set_status(self, status: str) -> None:
        selected = self._selected()
        if selected is None:
            return
        assignment_id, title = selected
        words = {"done": "marked as done", "stopped": "stopped", "active": "current again"}[status]
        self.w.tasks.run(lambda v: ops_practice.set_practice_status(v, load_settings(v), assignment_id, status),
                         lambda _r: (self.reload_couple(), self.w.statusBar().showMessage(f"{title}: {words}.", 6000)))
