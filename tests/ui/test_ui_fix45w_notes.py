"""Fix 45w in the window (real vault, real offscreen widgets): a note's time on the recording page.

A note is added "at the current time": it keeps the playhead's time, the Notes tab says "so you can come back to that
moment", and the note is listed with it ("0:38  …"). But a click, a double-click or Enter on the note did nothing: the
therapist had to find the moment again by hand. As on a transcript line, a click now moves the playhead to the note's
time and a double-click (or Enter) plays from there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .uihelp import double_click, settle, shoot

pytestmark = pytest.mark.gui


def _click_line(qtbot, page, row: int) -> None:
    view = page.transcript.list
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(row)).center())


def test_a_click_on_a_note_goes_to_its_moment_and_a_double_click_plays_it(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    lines = [page.transcript.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(page.transcript.list.count())]
    row = next(i for i, line in enumerate(lines) if line["start"] > 30)
    _click_line(qtbot, page, row)  # the playhead goes to that line
    at = page.player.position()
    assert at == pytest.approx(lines[row]["start"], abs=0.05) and at > 30

    page.tabs.setCurrentWidget(page.notes_tab)
    qtbot.keyClicks(page.note_edit, "Ask about the weekend plans here")
    qtbot.mouseClick(page.note_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notes.count() == 1 and page.notes.isVisible(), timeout=20000)
    settle(qtbot, window)
    note = page.notes.item(0)
    assert note.text().endswith("Ask about the weekend plans here")

    page.tabs.setCurrentWidget(page.transcript)
    _click_line(qtbot, page, 0)
    assert page.player.position() < 5
    page.tabs.setCurrentWidget(page.notes_tab)
    qtbot.mouseClick(page.notes.viewport(), Qt.MouseButton.LeftButton, pos=page.notes.visualItemRect(note).center())
    assert page.player.position() == pytest.approx(at, abs=0.05)  # back at the note's moment
    assert not page.player.player.playing  # a click only moves the playhead: client audio never starts aloud by itself
    shoot(window, "fix45w-note-at-its-moment")

    page.player.seek(0.0)  # (elsewhere again)
    double_click(qtbot, page.notes.viewport(), page.notes.visualItemRect(note).center())
    assert page.player.player.playing and page.player.position() >= at - 0.05
    page.stop_playback()
