"""The couple page's one-click marks for what the calendar has overtaken (pipeline/follow_up.py): "Mark 3 Nov held"
for a planned session whose day has passed, "Mark practice done" for a practice whose review session was held. Shown
only while there is such a session or practice; the selected one is marked, else the oldest. Nothing is marked unasked."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QWidget

from ..pipeline import follow_up
from ..storage.settings import load_settings


def _rows(widget: QListWidget) -> list:
    return [widget.item(i) for i in range(widget.count())]


class FollowUpFlow:
    def __init__(self, window, reload_couple):
        self.w = window
        self.reload_couple = reload_couple
        page = window.couple_page
        self.held_btn = QPushButton("Mark held")
        self.done_btn = QPushButton("Mark practice done")
        # a row of their own above the practice's buttons: in that row they made the page wider than 900 px
        row, side = QHBoxLayout(), page.practice_tools.parent()
        side.insertLayout(side.indexOf(page.practice_tools), row)
        for b in (self.held_btn, self.done_btn):
            row.addWidget(b)
            b.setVisible(False)
        # Tab as the page reads: the lists, these marks, then the practice's buttons under them (made after those,
        # they came last, after "Calendar file…")
        for first, then in ((page.practice, self.held_btn), (self.held_btn, self.done_btn), (self.done_btn, page.assign_btn)):
            QWidget.setTabOrder(first, then)
        row.addStretch(1)
        self.held_btn.clicked.connect(lambda _checked=False: self.mark_held())
        self.done_btn.clicked.connect(lambda _checked=False: self.mark_done())
        page.sessions.itemSelectionChanged.connect(self.update)
        page.practice.itemSelectionChanged.connect(self.update)
        for widget in (page.sessions, page.practice):
            widget.model().rowsInserted.connect(lambda *_a: self.update())
            widget.model().rowsRemoved.connect(lambda *_a: self.update())

    def _session(self) -> Optional[dict]:
        """The selected session when its day has passed unmarked, else the oldest such."""
        page = self.w.couple_page
        behind = [item for item in _rows(page.sessions)
                  if isinstance(item.data(Qt.ItemDataRole.UserRole), dict) and item.data(Qt.ItemDataRole.UserRole).get("behind")]
        chosen = [item for item in behind if item.isSelected()] or behind
        return dict(chosen[0].data(Qt.ItemDataRole.UserRole)) if chosen else None

    def _practice(self) -> Optional[tuple[int, str, str]]:
        """(id, title, what is due) of the selected practice when due for review, else of the oldest such."""
        page = self.w.couple_page
        due = [item for item in _rows(page.practice) if item.data(Qt.ItemDataRole.UserRole + 1)]
        chosen = [item for item in due if item.isSelected()] or due[::-1]  # (listed newest first)
        if not chosen:
            return None
        data = chosen[0].data(Qt.ItemDataRole.UserRole)
        return int(data[0]), str(data[1]), str(chosen[0].data(Qt.ItemDataRole.UserRole + 1))

    def update(self) -> None:
        session, practice = self._session(), self._practice()
        self.held_btn.setVisible(session is not None)
        if session is not None:
            day = session["behind"].removeprefix("planned for ").split(",")[0]
            self.held_btn.setText(f"Mark {day} held")
            self.held_btn.setToolTip(f"The session {session['behind']}: mark it held (attended). Double-click the "
                                     "session to mark it cancelled or missed instead.")
        self.done_btn.setVisible(practice is not None)
        if practice is not None:
            self.done_btn.setToolTip(f"{practice[1]}: {practice[2]}. Mark the practice done (right-click it for "
                                     "stopped or active).")

    def mark_held(self) -> None:
        session = self._session()
        if session is not None:
            self.w.tasks.run(lambda v: follow_up.mark_session_held(v, load_settings(v), int(session["id"])),
                             lambda s: self._done(f"The session of {s['scheduled_at'][:10]} is marked held."))

    def mark_done(self) -> None:
        practice = self._practice()
        if practice is not None:
            self.w.tasks.run(lambda v: follow_up.mark_practice_done(v, load_settings(v), practice[0]),
                             lambda _r: self._done(f"{practice[1]} is marked done."))

    def _done(self, message: str) -> None:
        self.reload_couple()
        self.w.statusBar().showMessage(message, 8000)
