"""Fix 49w in the window (real vault, real offscreen widgets): a couple's practice is worked on from the couple page.

A therapist's walk-through: reviewing a couple's homework, the practice list on the couple page had its handout, calendar,
log and review buttons, but "Assign practice…" was only under More…, and a recording of the practice could be linked
only from the recording's own page ("Link to practice…"), so "Review…" said no recording was linked until one went
looking there. The practice row now has "Assign practice…" and "Link a recording…" beside "Review…"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_practice, ops_recordings
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE, tone_wav

from .uihelp import open_couple, settle, unlock, when_modal

pytestmark = pytest.mark.gui


def test_practice_is_assigned_and_a_recording_linked_from_the_couple_page(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.practice_dialog import PracticeDialog
    from talktogether_desktop.ui.practice_flow import LinkRecordingDialog

    today = date.today().isoformat()
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Homework", ["Ana", "Bo"])
        rid = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "after-dinner.wav",
                                          recorded_at=today + "T20:00").id
        old = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(3.0), "last-month.wav",
                                          recorded_at="2020-01-05T20:00").id
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    assert page.assign_btn.isVisibleTo(page) and page.assign_btn.isEnabled()
    assert not page.link_btn.isEnabled()  # nothing to link to before a practice is given

    when_modal(PracticeDialog, lambda dialog: dialog.accept())
    qtbot.mouseClick(page.assign_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_assignment() is not None, timeout=20000)
    settle(qtbot, window)
    assert page.link_btn.isVisibleTo(page) and page.link_btn.isEnabled()
    offered = {}

    def link(dialog: LinkRecordingDialog):
        for i in range(dialog.choice.count()):
            offered[dialog.choice.itemText(i)] = dialog.choice.model().item(i).isEnabled()
        assert dialog.chosen()[0] == rid
        dialog.accept()

    when_modal(LinkRecordingDialog, link)
    qtbot.mouseClick(page.link_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is linked to" in window.statusBar().currentMessage(), timeout=20000)
    settle(qtbot, window)
    assert [enabled for text, enabled in offered.items() if "last-month.wav" in text] == [False]
    assert [enabled for text, enabled in offered.items() if "after-dinner.wav" in text] == [True]
    assert f"Recording {rid}" not in window.statusBar().currentMessage()
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert recordings_store.get_recording(vault, rid)["assignment_id"] == page.selected_assignment()[0]
        assert recordings_store.get_recording(vault, old)["assignment_id"] is None
        review = ops_practice.practice_review(vault, load_settings(vault), couple_id)
    assert review["adherence"]["recordings_linked"] == 1


def test_tab_goes_along_the_practice_buttons_as_they_read(qtbot, open_window, fresh_vault_dir):
    """Tab from the practice list reached "Handout (PDF)…" and "Calendar file…" before "Log a day…", and "Mark 1 Dec
    held", shown above them, last of all."""
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Keys", ["Ana", "Bo"])
        couples_store.add_session(vault, couple_id, "2026-12-01T10:00", 50)  # passed, not marked held
        ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav",
                                    recorded_at=date.today().isoformat() + "T20:00")
        ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                     ops_practice.draft_assignment("appreciation_exchange"))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    window.activateWindow()
    page.practice.setFocus()
    qtbot.waitUntil(page.practice.hasFocus, timeout=5000)
    seen = []
    for _ in range(7):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget().text().replace("&", "") if hasattr(window.focusWidget(), "text") else "")
    assert seen == ["Mark 1 Dec held", "Assign practice…", "Log a day…", "Review…", "Link a recording…",
                    "Handout (PDF)…", "Calendar file…"], seen
