"""Fix 51w in the window (real offscreen window, real vault): a file already in another couple's file.

The box said "…open it from Rivera–Okafor's page. Open it from the list of recordings.": the second sentence pointed at
the list on screen, the other couple's, where the recording is not, and nothing led to where it is. It now says only
whose page it is on, and its "Open it" opens that recording, that couple chosen in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import recordings
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, open_couple, settle, unlock

pytestmark = pytest.mark.gui


def test_a_file_of_another_couple_is_said_where_it_is_and_opened_there(qtbot, open_window, fresh_vault_dir, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    talk = noise_wav(tmp_path / "kitchen_talk.wav")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        first = couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
        second = couples_store.add_couple(vault, "Test Single", ["Lee", "Kim"])
        rid = ops_recordings.import_file(vault, load_settings(vault), first, str(talk)).id
        recordings.set_status(vault, rid, "no_speech")  # processed: noise, in which no speech was found
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, second)
    window.couple_flow.import_files([str(talk)], process=False)
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    said = window.errors.last.text
    assert "open it from Rivera–Okafor's page" in said
    assert "list of recordings" not in said  # (Test Single's list, where it is not)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    box = boxes[0]
    button = next(b for b in box.buttons() if b.text().replace("&", "") == "Open it")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.recording_page
    qtbot.waitUntil(lambda: page.data is not None and page.recording_id == rid, timeout=20000)
    settle(qtbot, window)
    assert window.content.currentWidget() is page
    assert window.couple_page.couple_id == first  # (Back goes to the couple it belongs to)
    from talktogether_desktop.ui.couples_list import IdRole

    assert window.couples.view.currentIndex().data(IdRole) == first
