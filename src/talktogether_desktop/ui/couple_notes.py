"""The couple page's "Notes…": the therapist's notes on this couple, read and added in the window.

A couple's own notes and a session's (`talktogether note add --couple … [--session …]`) were shown nowhere in the window:
only a recording's notes had a place (its Notes tab). The couple page said nothing of them, while "Delete this couple…"
and "Remove this session?" spoke of its notes. The button says how many there are; its dialog lists every note of the
couple (the couple's, a session's, a recording's, each saying which) and adds one to the couple's file.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..pipeline import ops_case
from ..storage.settings import load_settings
from .page_data import shown_time
from .player_bar import clock

NO_NOTES = "No notes on this couple yet. Type one below and click “Add note”; it is kept encrypted in the vault."


def notes_button(page) -> QPushButton:
    """`page.notes_btn`, "Notes (2)…" once the couple's page is filled (`show_count`)."""
    button = QPushButton("Notes…")
    button.setAccessibleName("Notes on this couple")
    button.setToolTip("Your notes on this couple, its sessions and recordings; add one")
    page.notes_btn = button
    return button


def show_count(page, notes: list[dict]) -> None:
    page.couple_notes = list(notes)
    page.notes_btn.setText(f"Notes ({len(notes)})…" if notes else "Notes…")
    page.notes_btn.setAccessibleName(f"Notes on this couple, {len(notes)}" if notes else "Notes on this couple, none yet")


def about(note: dict, sessions: list[dict], recordings: list[dict]) -> str:
    """What a note is about, as the page names it: "Session of 2026-12-03 10:00", "joined.m4a at 0:12", "The couple"."""
    if note.get("recording_id") is not None:
        name = next((r["name"] for r in recordings if r["id"] == note["recording_id"]), "A recording")
        return f"{name} at {clock(float(note['t']))}" if note.get("t") is not None else name
    if note.get("session_id") is not None:
        when = next((s["scheduled_at"] for s in sessions if s["id"] == note["session_id"]), None)
        return f"Session of {shown_time(when)}" if when else "A session"
    return "The couple"


class CoupleNotesDialog(QDialog):
    def __init__(self, couple_name: str, notes: list[dict], sessions: list[dict], recordings: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Notes: {couple_name}")
        self.list = QListWidget()
        self.list.setAccessibleName("Notes on this couple")
        self.list.setWordWrap(True)
        for note in notes:
            written = shown_time(note.get("created_at"))[:10]
            item = QListWidgetItem(f"{about(note, sessions, recordings)} · {written}\n{note['text']}")
            self.list.addItem(item)
        self.empty = QLabel(NO_NOTES, wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.empty.setVisible(not notes)
        self.list.setVisible(bool(notes))
        self.edit = QPlainTextEdit(placeholderText="A note for yourself about this couple (kept encrypted in the vault)")
        self.edit.setAccessibleName("New note on this couple")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_btn = buttons.addButton("Add note", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_btn.setEnabled(False)
        self.edit.textChanged.connect(lambda: self.add_btn.setEnabled(bool(self.text())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(560, 420)
        (self.edit if not notes else self.list).setFocus()

    def text(self) -> str:
        return self.edit.toPlainText().strip()


def open_notes(window, typed: Optional[str] = None) -> None:
    """The dialog over the couple page; a note added is kept in the couple's file and the page counts it."""
    page = window.couple_page
    couple_id = page.couple_id
    if couple_id is None:
        return
    sessions = [page.sessions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.sessions.count())]
    dialog = CoupleNotesDialog(page.title.text(), getattr(page, "couple_notes", []),
                               [s for s in sessions if isinstance(s, dict)], page.recordings_data, window)
    if typed:
        dialog.edit.setPlainText(typed)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.property("closed_by_lock") and dialog.text():  # kept in memory only; asked again after unlocking
            kept = dialog.text()
            window.drafts.later(lambda: open_notes(window, kept) if page.couple_id == couple_id else None)
        return
    text = dialog.text()
    if not text:
        return

    def added(_note_id) -> None:
        window.couple_flow.reload_couple()
        window.statusBar().showMessage("Note added to the couple's file.", 6000)

    window.tasks.run(lambda v: ops_case.add_note(v, load_settings(v), couple_id, text), added)


__all__ = ["CoupleNotesDialog", "about", "notes_button", "open_notes", "show_count"]
