"""The window and the vault's keys: a recovery code that was never shown, and a keychain that fails."""

from __future__ import annotations

import json

import keyring
import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage.vault import KEYS_FILE
from talktogether_desktop.ui import vault_flow
from broken_keychains import LockedKeychain
from .uihelp import unlock

pytestmark = pytest.mark.gui


def test_a_recovery_code_never_shown_is_said_at_unlock_and_a_new_one_made(qtbot, open_window, vault_factory,
                                                                            monkeypatch):
    vault = vault_factory()
    vault.replace_recovery_code()  # as if stopped before the code could be shown
    folder = vault.data_dir
    vault.close()
    shown = []
    monkeypatch.setattr(vault_flow.RecoveryCodeDialog, "exec", lambda self: shown.append(self.code_label.text()) or 1)
    window = open_window(folder)
    unlock(qtbot, window)
    box = window.vault_flow.notice_box
    assert box is not None and box.isVisible() and "vault new-recovery-code" in box.text()
    make = next(b for b in box.buttons() if b.text() == "Make a new recovery code")
    qtbot.mouseClick(make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recovery_code_unseen" not in json.loads((folder / KEYS_FILE).read_text()), timeout=20000)
    assert len(shown) == 1


def test_unlock_with_remember_and_a_locked_keychain_unlocks_and_says_why_not_remembered(qtbot, open_window,
                                                                                      fresh_vault_dir):
    keyring.set_keyring(LockedKeychain())
    try:
        window = open_window(fresh_vault_dir)
        assert window.unlock_page.remember.isEnabled()
        window.unlock_page.remember.setChecked(True)
        unlock(qtbot, window)
        assert window.unlocked
        assert "not remembered" in window.statusBar().currentMessage()
    finally:
        keyring.set_keyring(keyring.backends.fail.Keyring())
