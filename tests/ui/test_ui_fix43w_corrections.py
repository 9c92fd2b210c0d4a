"""Fix 43w in the window (real vault, real offscreen widgets): a correction under way leaves nothing stale on screen.

Editing a word with the report open left the old report up, "3 pages, kept only in the vault", while the analysis and
the report were being made again, as if it were current. And "Undo correction" stayed clickable while a correction or
an undo was still being made: pressed twice (or Ctrl+Z twice) with one correction, the second found nothing to take
back and opened a bare "Not found" box. The report now says it is made again once the change is done (and is, when it
is), and Undo waits for the change under way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .uihelp import edit_a_word, settle, shoot, wait_jobs_done

pytestmark = pytest.mark.gui


def _boxes() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_report_shown_is_not_left_up_as_current_while_a_correction_is_made(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    before = page.report._pdf
    edit_a_word(qtbot, window.recording_page.transcript, "Honestly", row=1)
    # the correction is handed to the jobs as the dialog closes: while it is made, the old report is not shown as current
    assert page.report.page_count == 0 and "made again once the change" in page.report.info.text()
    assert not page.report.export_btn.isEnabled() and not page.transcript.undo_btn.isEnabled()
    shoot(window, "fix43w-report-while-correcting")
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    assert page.report._pdf != before  # made again from the corrected words
    assert page.transcript.undo_btn.isEnabled() and page.transcript.corrections_btn.text() == "Corrections (1)…"
    assert _boxes() == []


def test_undo_pressed_twice_with_one_correction_takes_it_back_once_and_says_no_not_found(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    view = page.transcript
    edit_a_word(qtbot, window.recording_page.transcript, "Really", row=2)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: view.undo_btn.isEnabled(), timeout=20000)
    qtbot.mouseClick(view.undo_btn, Qt.MouseButton.LeftButton)
    assert not view.undo_btn.isEnabled() and "Wait" in view.undo_btn.toolTip()  # the undo under way comes first
    qtbot.mouseClick(view.undo_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_jobs_done(qtbot, window)
    qtbot.wait(300)
    settle(qtbot, window)
    assert _boxes() == []
    assert not view.undo_btn.isEnabled() and view.corrections_btn.text() == "Corrections…"
    assert page.state.text() == "Ready"
