"""Correct line…: the therapist writes what was really said in the one selected line of the transcript.

What is typed survives a lock: the dialog the lock closed opens again, with the words as typed, once the same line
(same start, same words heard) is shown again after unlocking."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from .word_dialogs import CorrectLineDialog

LineRole = Qt.ItemDataRole.UserRole + 1


def correct_selected_line(view, typed: Optional[str] = None) -> None:
    items = view.list.selectedItems()
    if len(items) != 1:
        view._ask_to_select("Select the one line to correct first.")
        return
    line = items[0].data(LineRole)
    dialog = CorrectLineDialog(line["text"], view, typed=typed)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text() and dialog.text() != line["text"]:
        view.correct_requested.emit(float(line["start"]), float(line["end"]), dialog.text())
    elif dialog.property("closed_by_lock") and view.keep_draft is not None:
        words = dialog.edit.text()
        view.keep_draft(lambda: _again(view, line, words))


def _again(view, line: dict, typed: str) -> None:
    """After unlocking: the same line chosen again and its dialog opened with the words as typed."""
    for row in range(view.list.count()):
        shown = view.list.item(row).data(LineRole) or {}
        if shown.get("start") == line["start"] and shown.get("text") == line["text"]:
            view.list.clearSelection()
            view.list.setCurrentRow(row)
            view.list.scrollToItem(view.list.item(row))
            correct_selected_line(view, typed)
            return
