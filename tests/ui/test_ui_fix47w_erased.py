"""Fix 47w in the window (real vault, real offscreen widgets): a recording erased while its page is open.

`talktogether recording delete` (or another window) erased the recording the window had open. After a lock and unlock
the window went back to its page, which said "Opening…" for good over empty controls; on the page as it was, "Make a new
report" said "Not found. 'Make a new report' tries again." under a header still reading "Ready". Now the window goes to
the couple's page and says the recording was erased."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, shoot, unlock

pytestmark = pytest.mark.gui
GONE = "That recording is no longer in the vault: it was erased"


def _window_on_a_recording(qtbot, open_window, data_dir, analysed: bool = False):
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.storage import analyses, transcripts
    from tt_overlap import ana_and_ben

    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = ana_and_ben(vault)
        couple_id = couples.list_couples(vault)[0]["id"]
        if analysed:  # consent, and an analysis of its words: the Report tab makes reports
            couples.record_consent(vault, couple_id)
            words = transcripts.load_words(vault, rid)
            analyses.save_analysis(vault, rid, analyze(words, names={"S1": "Ana", "S2": "Ben"}))
            vault.execute("UPDATE recordings SET status = 'analysed' WHERE id = ?", (rid,))
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    open_recording(qtbot, window, rid)
    settle(qtbot, window)
    return window, couple_id, rid


def _erase_elsewhere(data_dir, rid) -> None:
    """What `talktogether recording delete RID --yes` does, on its own connection to the vault."""
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        ops_recordings.delete_recording(vault, load_settings(vault), rid)


def _left_for_the_couple(qtbot, window, couple_id) -> None:
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=20000)
    settle(qtbot, window)
    assert window.couple_page.couple_id == couple_id and window.couple_page.table.rowCount() == 0
    assert window.statusBar().currentMessage().startswith(GONE)
    assert window.recording_page.recording_id is None


def test_after_unlocking_an_erased_recordings_page_is_left(qtbot, open_window, fresh_vault_dir):
    window, couple_id, rid = _window_on_a_recording(qtbot, open_window, fresh_vault_dir)
    _erase_elsewhere(fresh_vault_dir, rid)
    window.act_lock.trigger()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    unlock(qtbot, window)
    _left_for_the_couple(qtbot, window, couple_id)
    assert window.recording_page.state.text() != "Opening…"
    shoot(window, "fix47w-erased-after-unlock", sizes=((1024, 700),))


def test_a_new_report_of_an_erased_recording_leaves_its_page(qtbot, open_window, fresh_vault_dir):
    window, couple_id, rid = _window_on_a_recording(qtbot, open_window, fresh_vault_dir, analysed=True)
    page = window.recording_page
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    settle(qtbot, window)
    _erase_elsewhere(fresh_vault_dir, rid)
    assert page.report.generate_btn.isEnabled()
    qtbot.mouseClick(page.report.generate_btn, Qt.MouseButton.LeftButton)
    _left_for_the_couple(qtbot, window, couple_id)
