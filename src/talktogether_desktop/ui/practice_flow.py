"""The couple's practice section: the handout (PDF), the calendar file and the days done or not.

The same core calls as `talktogether practice handout` / `practice log`; files are written only
where the therapist chooses, and each export is recorded in the audit log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ..practice.adherence import REASONS


# --- core calls, on the vault thread (Qt-free) ---------------------------------------------------------
def handout_files(vault, assignment_id: int, paper: str) -> tuple[bytes, bytes, str]:
    """(handout PDF, calendar file, a file-name stem) for one assignment; the export is audited."""
    from ..practice.handout import default_review_label, render_handout
    from ..practice.ics import make_ics
    from ..storage.couples import get_couple
    from ..storage.practice import get_assignment

    assignment = get_assignment(vault, assignment_id)
    couple = get_couple(vault, assignment.couple_id)
    pdf = render_handout(assignment, [p["display_name"] for p in couple["partners"]], paper=paper,
                         review_label=default_review_label(assignment))
    with vault.transaction():
        vault.audit("export", "practice_handout", assignment.id)
    stem = "practice-" + "".join(c if c.isalnum() else "-" for c in (assignment.title or "practice").lower()).strip("-")
    return pdf, make_ics(assignment).encode("utf-8"), stem


def log_day(vault, assignment_id: int, day: str, done: bool, reason: Optional[str], note: Optional[str]) -> int:
    from ..storage.practice import log_practice

    return log_practice(vault, assignment_id, day, done, reason, note)


# --- the window side ---------------------------------------------------------------------------------
class LogDayDialog(QDialog):
    """One day of practice: done, or not done and what got in the way."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Log a practice day")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
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
        for key, words in REASONS.items():
            self.reason.addItem(words.capitalize(), key)
        self.reason.setEnabled(False)
        self.note = QLineEdit(placeholderText="Optional: anything worth remembering")
        form = QFormLayout()
        self.practice_title = QLineEdit(title, readOnly=True)
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

    def values(self) -> tuple[str, bool, Optional[str], Optional[str]]:
        done = self.done_btn.isChecked()
        return (self.day.date().toString("yyyy-MM-dd"), done, None if done else (self.reason.currentData() or None),
                self.note.text().strip() or None)


class PracticeFlow:
    """Wires the practice buttons of the couple page to the core through the task manager."""

    def __init__(self, window, reload_couple):
        self.w = window
        self.reload_couple = reload_couple
        page = window.couple_page
        page.handout_btn.clicked.connect(lambda _checked=False: self.export_handout())
        page.calendar_btn.clicked.connect(lambda _checked=False: self.export_calendar())
        page.log_btn.clicked.connect(lambda _checked=False: self.log_day())

    def _selected(self):
        return self.w.couple_page.selected_assignment()

    def _paper(self, vault) -> str:
        from .page_data import settings

        return settings(vault).get("paper") or "a4"

    def export_handout(self, path: Optional[str] = None) -> None:
        self._export(0, "Save the practice handout", "PDF (*.pdf)", ".pdf", path)

    def export_calendar(self, path: Optional[str] = None) -> None:
        self._export(1, "Save the calendar file", "Calendar (*.ics)", ".ics", path)

    def _export(self, which: int, caption: str, pattern: str, suffix: str, path: Optional[str]) -> None:
        selected = self._selected()
        if selected is None:
            return
        assignment_id, title = selected

        def chosen(result):
            files = result[:2]
            stem = result[2]
            target = path
            if target is None:
                target, _ = QFileDialog.getSaveFileName(self.w, caption, stem + suffix, pattern)
            if not target:
                return
            if not target.lower().endswith(suffix):
                target += suffix
            Path(target).write_bytes(files[which])
            self.w.statusBar().showMessage(f"Saved {Path(target).name}.", 8000)

        self.w.tasks.run(lambda v: handout_files(v, assignment_id, self._paper(v)), chosen)

    def log_day(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        assignment_id, title = selected
        dialog = LogDayDialog(title, self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, done, reason, note = dialog.values()
        self.w.tasks.run(lambda v: log_day(v, assignment_id, day, done, reason, note),
                         lambda _id: (self.reload_couple(), self.w.statusBar().showMessage(f"Logged {day}.", 5000)))
