"""Fix 49w in the window (real vault, real offscreen window): a record erased elsewhere is not named by its vault number.

A therapist's walk-through: a recording erased from the command line (or another window) while the couple page listed
it; "Process selected" on it put up "Not found: There is no recording with id 7. It may have been deleted…", a number
the window shows nowhere. It now says the recording is no longer in the vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE, tone_wav

from .uihelp import open_couple, settle

pytestmark = pytest.mark.gui


def test_processing_a_recording_erased_elsewhere_says_so_without_its_number(qtbot, couple_window):
    window, couple_id, data_dir = couple_window
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav",
                                          recorded_at="2026-12-01T19:30").id
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    page.table.selectRow(0)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:  # erased by a command meanwhile
        recordings_store.delete_recording(vault, rid)
    qtbot.mouseClick(page.process_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=30000)
    settle(qtbot, window)
    said = window.errors.last.text
    assert "no longer in the vault" in said, said
    assert f"id {rid}" not in said and str(rid) not in said, said
