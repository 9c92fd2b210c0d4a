"""Correct line… and Edit a word…: the therapist writes what was really said in the one selected line of the
transcript, or in one of its words.

What is typed survives a lock: the dialog the lock closed opens again, with the words as typed (and the word chosen),
once the same line (same start, same words heard) is shown again after unlocking."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from .word_dialogs import CorrectLineDialog, EditWordDialog

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


def edit_selected_word(view, kept: Optional[tuple[int, str]] = None) -> None:
    """`kept`: (the word chosen, what was typed) when the lock closed the dialog."""
    line = view._one_line()
    if line is None:
        return
    dialog = EditWordDialog(line["words"], view)
    if kept is not None:
        dialog.picker.setCurrentRow(kept[0])
        dialog.edit.setText(kept[1])
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.word() is not None:
        w = dialog.word()
        if dialog.text() != w["word"]:
            view.word_edit_requested.emit(float(w["start"]), float(w["end"]), dialog.text())
    elif dialog.property("closed_by_lock") and view.keep_draft is not None and dialog.word() is not None:
        chosen = (dialog.picker.chosen()[0][0], dialog.edit.text())
        view.keep_draft(lambda: _select_again(view, line) and edit_selected_word(view, chosen))


def _again(view, line: dict, typed: str) -> None:
    """After unlocking: the same line chosen again and its dialog opened with the words as typed."""
    if _select_again(view, line):
        correct_selected_line(view, typed)


def _select_again(view, line: dict) -> bool:
    for row in range(view.list.count()):
        shown = view.list.item(row).data(LineRole) or {}
        if shown.get("start") == line["start"] and shown.get("text") == line["text"]:
            view.list.clearSelection()
            view.list.setCurrentRow(row)
            view.list.scrollToItem(view.list.item(row))
            return True
    return False
