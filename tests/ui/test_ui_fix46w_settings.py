"""Fix 46w in the window (real vault, real offscreen widgets): settings saved on another computer.

A vault restored from a backup made on a bigger computer keeps its settings: 8 processor cores on this smaller one, a
lock after 4 hours (the settings allow up to a day). The Settings page showed them as its fields' ends (this computer's
cores, 120 minutes), so it said what was not in force, and Save, to change only the paper size, wrote those ends over
the settings without a word. They are shown as they are, and kept unless changed."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage.settings import save_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import choose_in_combo, settle, shoot, unlock

pytestmark = pytest.mark.gui


def test_settings_from_a_bigger_computer_are_shown_and_kept_when_another_is_saved(qtbot, open_window, fresh_vault_dir):
    cores = (os.cpu_count() or 1) + 6
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        save_settings(vault, {"cpu_threads": cores, "autolock_minutes": 240})
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.act_settings.trigger()
    settle(qtbot, window)
    page = window.settings_page
    assert (page.threads.value(), page.autolock.value()) == (cores, 240)
    assert page.threads.text() == f"{cores} cores" and not page.has_unsaved_changes()
    shoot(window, "fix46w-settings-from-another-computer")

    choose_in_combo(qtbot, page.paper, "US Letter")
    with qtbot.waitSignal(page.saved, timeout=10000):
        qtbot.mouseClick(page.save_btn, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.get_setting("paper") == "letter"
        assert (vault.get_setting("cpu_threads"), vault.get_setting("autolock_minutes")) == (cores, 240)
