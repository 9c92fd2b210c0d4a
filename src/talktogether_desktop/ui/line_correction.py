"""Correct line… and Edit a word…: the therapist writes what was really said in the one selected line of the
transcript, or in one of its words.

What is typed survives a lock: the dialog the lock closed opens again, with the words as typed (and the word chosen, or
the words chosen to move to the other speaker), once the same line (same start, same words heard) is shown again after
unlocking."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from .word_dialogs import CorrectLineDialog, EditWordDialog, MoveWordsDialog

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


def move_selected_words(view, kept: Optional[tuple[list[int], Optional[str]]] = None) -> None:
    """Move words to the other speaker…; `kept`: (the words chosen, the speaker they go to) when the lock closed it."""
    line = view._one_line()
    if line is None:
        return
    label = line.get("speaker")
    others = {l: n for l, n in view.speakers.items() if l != label}
    if not others:
        return
    dialog = MoveWordsDialog(line["words"], view.speakers.get(label, label) if label else None, others, view)
    if kept is not None:
        for row in kept[0]:
            if row < dialog.picker.count():
                dialog.picker.item(row).setSelected(True)
        if dialog.speaker.findData(kept[1]) >= 0:
            dialog.speaker.setCurrentIndex(dialog.speaker.findData(kept[1]))
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.runs():
        view.words_move_requested.emit(dialog.target(), dialog.runs())
    elif dialog.property("closed_by_lock") and view.keep_draft is not None and dialog.runs():
        chosen = ([row for row, _w in dialog.picker.chosen()], dialog.target())
        view.keep_draft(lambda: _select_again(view, line) and move_selected_words(view, chosen))


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
