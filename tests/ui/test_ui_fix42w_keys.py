"""Fix 42w in the window (real vault, real offscreen widgets): the keyboard in dialogs.

In the list of corrections "Take back this correction" was the button Enter presses: a correction chosen (moving
through the list with the arrow keys chooses each in turn), Enter pressed to close the list took it back (the
therapist's words thrown away, the analysis made again) without a word. Enter now closes the list; taking back is
clicked, or reached with Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_transcript
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.corrections_dialog import CorrectionsDialog

from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, unlock, when_modal

pytestmark = pytest.mark.gui


def test_enter_closes_the_list_of_corrections_and_takes_nothing_back(qtbot, open_window, demo_vault_dir):
    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        line = ops_transcript.corrected_words(vault, ids.recording_id)[0]
        ops_transcript.correct_transcript(vault, load_settings(vault), ids.recording_id, "word", line["start"],
                                          line["end"], "Okay", rerun_analysis=False)
        kept = len(ops_transcript.list_corrections(vault, load_settings(vault), ids.recording_id))
    assert kept == 1
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)
    seen, jobs_started = {}, []
    window.jobs.added.connect(lambda _uid, label: jobs_started.append(label))

    def press_enter(dialog):
        dialog.activateWindow()
        dialog.list.setFocus()
        for _ in range(dialog.list.count()):  # the therapist moves down the list to read the last change
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        seen["take back ready"] = dialog.take_back.isEnabled()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # and presses Enter to close it
        seen["closed"] = not dialog.isVisible()
        seen["chosen"] = dialog.chosen_id
        if dialog.isVisible():
            dialog.reject()

    when_modal(CorrectionsDialog, press_enter)
    qtbot.mouseClick(page.transcript.corrections_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed" in seen, timeout=10000)
    settle(qtbot, window)
    assert seen["take back ready"]  # a word correction is chosen: Take back could act on it
    assert seen["closed"] and seen["chosen"] is None
    assert jobs_started == []  # no "Taking back a correction"


def test_tab_goes_from_the_couples_list_straight_to_the_first_setting(qtbot, demo_window):
    """On Settings, Tab after "New couple…" stopped on the page's scroll area (nothing shown as chosen, nothing to say)
    before the first setting; Shift+Tab stopped there on the way back."""
    from PySide6.QtWidgets import QApplication

    window, _ids = demo_window
    window.show_settings()
    settle(qtbot, window)
    new_couple = window.couples.add_btn
    new_couple.setFocus()
    qtbot.keyClick(new_couple, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.settings_page.model
    qtbot.keyClick(window.settings_page.model, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is new_couple
