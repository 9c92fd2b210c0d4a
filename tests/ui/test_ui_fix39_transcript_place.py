"""The therapist's place in the transcript after a correction: the line they worked on stays selected and in view
after a word is edited, the line is corrected, or words are moved to the other partner (the list was filled anew and
showed its top, with nothing selected)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.transcript_view import LineRole
from talktogether_desktop.ui.word_dialogs import CorrectLineDialog, EditWordDialog, MoveWordsDialog

from .test_ui_words import _click_word, _open_menu_on
from .uihelp import choose_from_menu, shoot, type_text, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui


def _late_line(page, min_words: int = 4) -> int:
    """The row of the last line with `min_words` words of its speaker (far down: the list scrolls to show it)."""
    view = page.transcript.list
    rows = [r for r in range(view.count()) if len(view.item(r).data(LineRole).get("words") or []) >= min_words]
    assert rows
    return rows[-1]


def _in_place(page, start: float) -> bool:
    """One line selected and current, the one that holds `start`, and shown inside the list's viewport."""
    view = page.transcript.list
    chosen = view.selectedItems()
    if len(chosen) != 1 or view.currentItem() is not chosen[0]:
        return False
    line = chosen[0].data(LineRole)
    shown = view.viewport().rect().intersects(view.visualItemRect(chosen[0]))
    return line["start"] - 1e-3 <= start < line["end"] + 1e-3 and shown


def _after(qtbot, window, page, row: int, menu_text: str, dialog_type, act, shot: str) -> None:
    start = page.transcript.list.item(row).data(LineRole)["start"]
    menu = _open_menu_on(qtbot, page, row)
    assert _in_place(page, start) and page.transcript.list.verticalScrollBar().value() > 0
    before = page.data
    when_modal(dialog_type, act)
    choose_from_menu(menu, menu_text)
    menu.close()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.data is not before, timeout=20000)  # the page was filled anew
    qtbot.wait(50)
    assert _in_place(page, start), [i.text() for i in page.transcript.list.selectedItems()]
    shoot(window, shot)


@pytest.mark.parametrize("how", ["word", "line", "move"])
def test_the_line_worked_on_stays_selected_and_in_view(qtbot, demo_window, how):
    window, _ids = demo_window
    window.resize(900, 600)
    qtbot.wait(100)
    page = window.recording_page
    row = _late_line(page)
    line = page.transcript.list.item(row).data(LineRole)

    def edit_word(dialog):
        _click_word(qtbot, dialog.picker, 1)
        dialog.edit.selectAll()
        type_text(qtbot, dialog.edit, "sometimes")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    def correct_line(dialog):
        dialog.edit.selectAll()
        type_text(qtbot, dialog.edit, line["text"] + " really")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    def move_words(dialog):
        _click_word(qtbot, dialog.picker, 1)
        _click_word(qtbot, dialog.picker, 2)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    menu_text, dialog_type, act = {"word": ("Edit a word", EditWordDialog, edit_word),
                                   "line": ("Correct the whole line", CorrectLineDialog, correct_line),
                                   "move": ("Move words to the other speaker", MoveWordsDialog, move_words)}[how]
    _after(qtbot, window, page, row, menu_text, dialog_type, act, f"fix39-transcript-after-{how}")
