"""Fix 51w in the window (real offscreen window on the processed demo): a change's status line ends with it.

"Fixing speakers… The report is made again once the change under way on this recording is done…" stayed in the status
bar after the change was done (it lasts 8 s; swapping the demo's two voices takes about two), beside the Processing
panel's "Done" and the report already made again. It now says the change is done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .uihelp import wait_jobs_done

pytestmark = pytest.mark.gui


def test_the_status_line_says_a_change_is_done_once_it_is(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    first = page.transcript.list.item(0).text()
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)
    assert "is made again once the change under way" in window.statusBar().currentMessage()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.transcript.list.item(0).text() != first, timeout=20000)
    said = window.statusBar().currentMessage()
    assert "once the change under way" not in said, said
    assert said == "Fixing speakers: done."
