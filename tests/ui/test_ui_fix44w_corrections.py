"""Fix 44w in the window (real vault, real offscreen widgets): the leftovers of round 43 about corrections, and the
names being given to the voices (Rename speakers…), also lost at a lock.

"Move words to the other speaker…" was closed by a lock (File › Lock now, or the automatic lock) and the words the
therapist had clicked were gone after unlocking, without a word; it now opens again as it was (kept in memory only), as
"Edit a word…" and "Correct the whole line…" do. And "Make a new report" (and the choice of version, which makes one too)
stayed clickable while a correction was being processed: a report made then was built on the reading before it. Both
wait for the change now, say why, and the status line says the report is made again once it is done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.word_dialogs import MoveWordsDialog

from .test_ui_fix43w_lock import _closed_then_opened_again, _reopened
from .uihelp import edit_a_word, menu_action, shoot, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui


def test_words_being_moved_to_the_other_speaker_are_opened_again_after_the_automatic_lock(qtbot, demo_window):
    window, ids = demo_window
    view = window.recording_page.transcript
    view.list.setCurrentRow(2)
    read = lambda d: ([row for row, _w in d.picker.chosen()], d.target(), d.summary.text())  # noqa: E731

    def fill(dialog):
        dialog.picker.item(0).setSelected(True)
        dialog.picker.item(1).setSelected(True)

    filled, _ = _closed_then_opened_again(qtbot, window, MoveWordsDialog, fill, read)
    qtbot.mouseClick(view.reassign_btn, Qt.MouseButton.LeftButton)
    menu_action(view._last_menu, "Move words to the other speaker").trigger()
    again = _reopened(qtbot, window, MoveWordsDialog, read, "fix44w-move-words-after-unlock")
    assert again == filled and filled[0][0] == [0, 1] and filled[0][1]
    assert window.recording_page.recording_id == ids.recording_id


def test_no_new_report_is_made_on_the_old_reading_while_a_correction_is_processed(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    report = page.report
    page.tabs.setCurrentWidget(report)
    qtbot.waitUntil(lambda: report.page_count > 0, timeout=60000)
    assert report.generate_btn.isEnabled()
    view = page.transcript
    edit_a_word(qtbot, view)
    # handed to the jobs as the dialog closed: nothing makes a report on the reading before the correction
    assert not report.generate_btn.isEnabled() and not report.mode_box.isEnabled()
    assert "Wait" in report.generate_btn.toolTip()
    assert "made again once the change" in window.statusBar().currentMessage()
    shoot(window, "fix44w-report-waits-for-the-correction")
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: report.page_count > 0, timeout=60000)
    assert report.generate_btn.isEnabled() and report.mode_box.isEnabled()
    assert "Wait" not in report.generate_btn.toolTip()


def test_names_being_given_to_the_voices_are_opened_again_after_lock_now(qtbot, demo_window):
    """Rename speakers… ("Who is speaking?") was closed by the lock and the names chosen or typed were gone."""
    from talktogether_desktop.ui.rename_dialog import RenameDialog

    from .test_ui_fix43w_lock import _lock_now

    window, ids = demo_window
    view = window.recording_page.transcript
    read = lambda d: {label: box.currentText() for label, box in d.fields.items()}  # noqa: E731

    def fill(dialog):
        first, second = list(dialog.fields.values())[:2]
        first.setCurrentText("Dr. Imani Okoye (therapist)")
        second.setCurrentText(second.itemText(0))

    filled, _ = _closed_then_opened_again(qtbot, window, RenameDialog, fill, read, lock=_lock_now)
    qtbot.mouseClick(view.rename_btn, Qt.MouseButton.LeftButton)
    again = _reopened(qtbot, window, RenameDialog, read, "fix44w-rename-after-unlock")
    assert again == filled and "Dr. Imani Okoye (therapist)" in filled[0].values()
    assert window.recording_page.recording_id == ids.recording_id
