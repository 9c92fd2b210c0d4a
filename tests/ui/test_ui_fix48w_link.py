"""Fix 48w in the window (real vault, real offscreen widgets): "Link to practice…" offers only practices the recording
can answer.

A therapist's walk-through: the dialog offered a practice set two days after the recording was made; choosing it and
pressing Link put up "Please check what you entered: Recording 2 was made on 2026-12-04, before this practice began
(2026-12-06)…", naming the recording by its number in the vault, which the window never shows. Such a practice is now
listed greyed out, saying why, and cannot be chosen; the others are chosen as before."""

from __future__ import annotations

import pytest

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage.settings import load_settings

from .uihelp import settle, when_modal

pytestmark = pytest.mark.gui


def test_a_practice_that_begins_after_the_recording_is_not_offered_to_link(qtbot, demo_window):
    from talktogether_desktop.ui.practice_link import LinkDialog

    window, ids = demo_window
    page = window.recording_page
    later = window.tasks.run(lambda v: ops_practice.assign_practice(
        v, load_settings(v), ids.couple_id, ops_practice.draft_assignment("appreciation_exchange",
                                                                          start_date="2099-01-05")))
    settle(qtbot, window)
    later = later.result()["id"]
    page.reload()
    settle(qtbot, window)
    seen = {}

    def look(dialog):
        index = dialog.choice.findData(later)
        item = dialog.choice.model().item(index)
        seen.update(text=dialog.choice.itemText(index), enabled=item.isEnabled(),
                    others=[dialog.choice.model().item(i).isEnabled() for i in range(dialog.choice.count()) if i != index])
        dialog.reject()

    when_modal(LinkDialog, look)
    qtbot.mouseClick(page.practice.button, _left())
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen["enabled"] is False and "begins after this recording was made" in seen["text"]
    assert all(seen["others"])  # "Not practice" and the demo's own practice stay choosable
    settle(qtbot, window)
    assert not window.errors._boxes


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
