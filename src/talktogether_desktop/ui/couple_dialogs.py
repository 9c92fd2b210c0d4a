"""Small dialogs of the couple page: plan a session, confirm deleting a couple."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)


SESSION_STATUSES = (("planned", "Planned"), ("attended", "Attended"), ("cancelled", "Cancelled"), ("missed", "Missed"))


class SessionDialog(QDialog):
    """Plan a session, or (given one) move it, change its length, mark how it went, or remove it."""

    def __init__(self, parent=None, session: Optional[dict] = None, couple_name: str = "",
                 kept: Optional[dict] = None):
        super().__init__(parent)
        self._session, self._couple_name = session, couple_name
        self.removed = False
        self.setWindowTitle("Plan a session" if session is None else "Session")
        start = QDateTime.currentDateTime().addDays(7)
        start.setTime(QTime(start.time().hour(), 0))
        if session is not None:  # a day alone (`session add --date 2026-12-10`) opened as 2000-01-01 00:00
            start = session_time(session["scheduled_at"]) or start
        self.when = QDateTimeEdit(start)
        self.when.setAccessibleName("When the session is")  # (in a row with a tick box: the row's label is no name)
        self.when.setCalendarPopup(True)
        # a day planned without a time (`session add --date 2026-12-10`) shows its day alone and stays one when moved:
        # its field read "2026-12-10 00:00", a time nobody gave, and moving its day stored that midnight
        self.day_only = session is not None and len(str(session.get("scheduled_at") or "")) <= 10
        self.when.setDisplayFormat("yyyy-MM-dd" if self.day_only else "yyyy-MM-dd HH:mm")
        self.timed = QCheckBox("At a time of day")  # (offered to a day alone: ticked, its time can be set)
        self.timed.setChecked(not self.day_only)
        self.timed.toggled.connect(lambda on: self.when.setDisplayFormat("yyyy-MM-dd HH:mm" if on else "yyyy-MM-dd"))
        # 10 to 240 minutes offered, and a length the command line stored outside them (1 to 600) kept as it is: it
        # was moved into them unsaid when the session was only marked held
        stored = (session or {}).get("duration_min")
        self.minutes = QSpinBox(minimum=min(10, int(stored or 10)), maximum=max(240, int(stored or 240)),
                                value=int(stored or 50), suffix=" minutes", singleStep=5)  # never 1
        self.status = QComboBox()
        for value, label in SESSION_STATUSES:
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData((session or {}).get("status") or "planned")))
        form = QFormLayout()
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        if self.day_only:
            when_row.addWidget(self.timed)
        form.addRow("When", when_row)
        form.addRow("Length", self.minutes)
        if session is not None:
            form.addRow("How it went", self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add session" if session is None else "Save")
        if session is not None:
            self.remove_btn = buttons.addButton("Remove session", QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_btn.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # what the session was opened with: saved unchanged where the therapist left it (a day without a time stays
        # one, a session without a length gets none), not as the field shows it
        self._opened = (self.when.dateTime(), self.minutes.value())
        if kept:  # as it was when the vault locked (kept in memory only)
            self.when.setDateTime(session_time(kept["when"]) or self.when.dateTime())
            self.minutes.setValue(kept["minutes"])
            self.status.setCurrentIndex(kept["status"])

    def kept(self) -> dict:
        """What is filled in, to open it again as it was after a lock."""
        return {"when": self.values()[0], "minutes": self.minutes.value(), "status": self.status.currentIndex()}

    def _remove(self) -> None:
        """Asked first, as erasing a couple or a recording is: the session is client data (a date of service)."""
        if remove_session_confirmed(self, self._session or {}, self._couple_name):
            self.removed = True
            self.accept()

    def values(self) -> tuple[str, Optional[int]]:
        stored = self._session or {}
        timed = not self.day_only or self.timed.isChecked() or self.when.time() != QTime(0, 0)
        when = self.when.dateTime().toString("yyyy-MM-ddTHH:mm" if timed else "yyyy-MM-dd")
        if self._session is not None and self.when.dateTime() == self._opened[0]:
            when = str(stored["scheduled_at"])
        minutes: Optional[int] = self.minutes.value()
        if self._session is not None and minutes == self._opened[1] and not stored.get("duration_min"):
            minutes = None  # (no length was stored: none is given)
        return when, minutes


def session_time(stamp) -> Optional[QDateTime]:
    """A session's stored time, "2026-12-10T09:30" or a day alone, "2026-12-10" (its field then shows the day alone)."""
    text = str(stamp or "")
    for fmt, part in (("yyyy-MM-ddTHH:mm", text[:16]), ("yyyy-MM-dd", text[:10])):
        parsed = QDateTime.fromString(part, fmt)
        if parsed.isValid():
            return parsed
    return None


def remove_session_confirmed(parent, session: dict, couple_name: str = "") -> bool:
    """"Remove the session of 2026-12-01 10:00 (attended) from the file of “Ana and Bo”?", answered with a click."""
    when = str(session.get("scheduled_at") or "")[:16].replace("T", " ")
    how = dict(SESSION_STATUSES).get(session.get("status") or "", "")
    whose = f" from the file of “{couple_name}”" if couple_name else ""
    box = QMessageBox(QMessageBox.Icon.Warning, "Remove this session?",
                      f"Remove the session of {when}{f' ({how.lower()})' if how else ''}{whose}?", parent=parent)
    box.setInformativeText("The appointment is erased from this computer. Its notes and the practice given in it are "
                           "kept. This cannot be undone (a backup made earlier still has it).")
    remove = box.addButton("Remove the session", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton("Keep it", QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is remove


def same_name(typed: str, name: str) -> bool:
    """The couple's name as typed to confirm: dashes, quotes, case and spacing as a keyboard gives them."""
    def plain(text: str) -> str:
        for fancy, simple in (("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-"), ("\u2019", "'"), ("\u2018", "'")):
            text = text.replace(fancy, simple)
        return " ".join(text.replace(" - ", "-").split()).casefold()
    return bool(typed.strip()) and plain(typed) == plain(name)


class DeleteCoupleDialog(QDialog):
    """Deleting erases recordings and reports for good, so the couple's name must be typed."""

    def __init__(self, couple_name: str, parent=None, partners: str = "", recordings: int | None = None):
        super().__init__(parent)
        self.setWindowTitle("Delete this couple?")
        self._name = couple_name
        # which couple, said plainly: two couples may share a name
        who = f" ({partners})" if partners else ""
        count = ("" if recordings is None else
                 f" {recordings} recording{'s' if recordings != 1 else ''} will be erased." if recordings else
                 " They have no recordings.")
        text = QLabel(
            f"This erases “{couple_name}”{who}: partners, consent, sessions, notes, every recording and its "
            f"transcript, analysis and reports.{count} It cannot be undone (a backup made earlier still has them). "
            "Type the couple's name to confirm."
        )
        text.setWordWrap(True)
        self.confirm = QLineEdit(placeholderText=couple_name)
        self.confirm.setAccessibleName("Type the couple's name to confirm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Delete for good")
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        # typed as a keyboard types it: "Rivera-Okafor" for "Rivera–Okafor", any case, any spacing
        self.confirm.textChanged.connect(self._name_typed)
        self._name_typed("")  # greyed, it says why
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, self.layout().totalHeightForWidth(480))  # the wrapped warning whole (it lost its last pixels)

    def _name_typed(self, typed: str) -> None:
        same = same_name(typed, self._name)
        self.ok.setEnabled(same)
        self.ok.setToolTip("" if same else "Type the couple's name in the box first, to confirm")


class RecordedDateDialog(QDialog):
    """When a file does not say when it was recorded, ask (its own date is usually the copy date)."""

    def __init__(self, file_name: str, mtime, parent=None):
        super().__init__(parent)
        self.setWindowTitle("When was this recorded?")
        start = QDateTime.fromSecsSinceEpoch(int(mtime)) if mtime else QDateTime.currentDateTime()
        text = QLabel(
            f"“{file_name}” does not say when it was recorded. Its file date ({start.toString('yyyy-MM-dd HH:mm')}) "
            "is usually the day it was copied to this computer. Please check the date of the conversation."
        )
        text.setWordWrap(True)
        self.when = QDateTimeEdit(start)
        self.when.setMaximumDateTime(QDateTime.currentDateTime())  # a year mistyped ahead (2062) was stored as such
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        form = QFormLayout()
        form.addRow("Recorded", self.when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Import")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(480, 180)

    def value(self) -> str:
        return self.when.dateTime().toString("yyyy-MM-ddTHH:mm")
