"""Fix 45w in the window (real vault, real offscreen widgets): the practice's count after linking a recording.

On the recording page the therapist takes the demo conversation off its practice ("Link to practice…" › "Not practice"),
then goes to the couple with the toolbar's "Couples" (Ctrl+1). The couple page was shown as it was before: the practice
still said "Done 1 of 1 planned times (1 recording)", a recording no longer linked to it. "← Couple" showed it right;
"Couples" now does too, and the same when a recording is linked again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.practice_link import LinkDialog

from .uihelp import settle, shoot, when_modal

pytestmark = pytest.mark.gui


def _practice_lines(window) -> list[str]:
    practice = window.couple_page.practice
    return [practice.item(i).text() for i in range(practice.count())]


def _link(qtbot, window, index: int) -> None:
    page = window.recording_page

    def choose(dialog):
        dialog.choice.setCurrentIndex(index)
        dialog.accept()

    when_modal(LinkDialog, choose)
    qtbot.mouseClick(page.practice.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: ("Not linked" in page.practice.label.text()) == (index == 0), timeout=20000)
    settle(qtbot, window)


def test_couples_shows_the_practice_count_as_it_is_after_a_recording_is_unlinked(qtbot, demo_window):
    window, ids = demo_window
    [before] = _practice_lines(window)
    assert "(1 recording)" in before

    _link(qtbot, window, 0)  # "Not practice (no link)"
    window.act_couples.trigger()  # the toolbar's "Couples" (Ctrl+1)
    settle(qtbot, window)
    assert window.content.currentWidget() is window.couple_page and window.couple_page.couple_id == ids.couple_id
    [after] = _practice_lines(window)
    assert "recording" not in after and "Done 1 of 1" not in after
    shoot(window, "fix45w-couples-after-unlinking")

    window.couple_flow.open_recording(ids.recording_id)
    qtbot.waitUntil(lambda: window.recording_page.data is not None and window.recording_page.isVisible(), timeout=20000)
    settle(qtbot, window)
    _link(qtbot, window, 1)  # the practice again
    window.act_couples.trigger()
    settle(qtbot, window)
    assert _practice_lines(window) == [before]
