"""Fix 45w in the window (real vault, real offscreen widgets): a correction whose analysis is stopped half way.

A word corrected on the transcript is kept at once; the job then makes the analysis again. Stopped with its Cancel
button in the Processing panel, that job left the corrected words under the analysis made before them, and the page
said "Ready" with nothing else, as did the couple's list. The row and the status line said "start it again from the
couple page", where "Process again" transcribes the whole recording anew. The page and the list now say "Analysis
behind", the banner says why with its link "Make the analysis again", and the row and the status line point there."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import process

from .uihelp import edit_a_word, open_couple, open_recording, settle, shoot, step_held_until_stopped, wait_jobs_done

pytestmark = pytest.mark.gui


def test_a_correction_whose_analysis_was_stopped_says_the_analysis_is_behind(qtbot, demo_window, monkeypatch):
    window, ids = demo_window
    page = window.recording_page
    made_before = page.data["analysis"]
    analysing = threading.Event()
    real_analyse = process.STEP_FUNCTIONS["analyse"]
    monkeypatch.setitem(process.STEP_FUNCTIONS, "analyse", step_held_until_stopped(analysing))
    view = page.transcript
    edit_a_word(qtbot, view)
    qtbot.waitUntil(analysing.is_set, timeout=60000)
    [(uid, row)] = [(u, r) for u, r in window.jobs_panel.rows.items() if not r.finished_state]
    qtbot.mouseClick(row.cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.state.text() != "Updating the transcript…", timeout=20000)
    settle(qtbot, window)

    assert "Honestly" in view.list.item(1).text()  # the correction is kept...
    assert page.data["analysis"] == made_before  # ...under the analysis made before it
    assert page.state.text() == "Analysis behind"  # it said "Ready"
    assert page.banner.isVisible() and "not made again after your last change (it was stopped)" in page.banner.text()
    for said in (row.detail.text(), window.statusBar().currentMessage()):
        assert "couple page" not in said and "Make the analysis again" in said, said
    shoot(window, "fix45w-correction-stopped")

    window.go_back()
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=20000)
    settle(qtbot, window)
    assert window.couple_page.table.item(0, 3).text() == "Analysis behind"  # the list says what the page says

    monkeypatch.setitem(process.STEP_FUNCTIONS, "analyse", real_analyse)
    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)
    assert page.banner.isVisible()
    page.banner.linkActivated.emit("again")  # the banner's link, as a click on it sends it
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.state.text() == "Ready", timeout=30000)
    assert not page.banner.isVisible() and page.data["analysis"] != made_before
    open_couple(qtbot, window, ids.couple_id)
    assert window.couple_page.table.item(0, 3).text() == "Ready"
