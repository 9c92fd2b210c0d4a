"""Creating, unlocking, locking and auto-locking the vault through the window."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault, vault_exists
from talktogether_desktop.ui import vault_flow
from talktogether_desktop.ui.vault_pages import strength_hint
from tt_testing import PASSPHRASE, memory_keychain
from .uihelp import open_couple, settle, unlock

pytestmark = pytest.mark.gui


def test_strength_hint_prefers_long_phrases():
    assert strength_hint("short")[0] == 0
    assert strength_hint("password")[0] <= 1 and strength_hint("password")[1].startswith("Too easy to guess")
    assert strength_hint("lantern river cello oats")[0] >= 3
    assert "at least 8" in strength_hint("")[1]


def test_first_run_creates_vault_and_shows_recovery_code_once(qtbot, open_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(vault_flow.RecoveryCodeDialog, "exec", lambda self: shown.append(self.code_label.text()) or 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    data_dir = tmp_path / "new-vault"
    window = open_window(data_dir)
    page = window.create_page
    assert window.root.currentWidget() is page
    page.passphrase.setText("lantern river cello oats")
    page.repeat.setText("lantern river")
    assert not page.create_btn.isEnabled()
    assert "differ" in page.hint.text()
    page.repeat.setText("lantern river cello oats")
    assert page.create_btn.isEnabled()
    qtbot.mouseClick(page.create_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.unlocked, timeout=20000)
    settle(qtbot, window)
    assert vault_exists(data_dir)
    assert len(shown) == 1 and len(shown[0]) >= 16  # the recovery code was shown, once
    assert page.passphrase.text() == ""  # the passphrase does not linger in a widget
    assert window.couples.empty.isVisibleTo(window.couples)
    # The code really unlocks the vault.
    window.vault_flow.lock()
    settle(qtbot, window)
    open_vault(data_dir, recovery_code=shown[0], use_keychain=False).close()


def test_wrong_passphrase_is_explained_and_right_one_unlocks(qtbot, open_window, fresh_vault_dir):
    window = open_window(fresh_vault_dir)
    assert window.root.currentWidget() is window.unlock_page
    assert not window.toolbar.isVisible()
    unlock_page = window.unlock_page
    unlock_page.secret.setText("not the passphrase")
    qtbot.mouseClick(unlock_page.unlock_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock_page.unlock_btn.isEnabled(), timeout=20000)
    assert "Passphrase not accepted" in unlock_page.status.text()
    assert "Traceback" not in unlock_page.status.text()
    assert not window.unlocked
    unlock(qtbot, window)
    assert window.root.currentWidget() is window.workspace
    assert window.toolbar.isVisible()


def test_remember_is_unavailable_without_a_secure_keychain(qtbot, open_window, fresh_vault_dir):
    window = open_window(fresh_vault_dir)  # the tests run with keyring's "fail" backend
    assert not window.unlock_page.remember.isEnabled()
    assert "unavailable" in window.unlock_page.remember_note.text()


def test_lock_clears_every_client_detail(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Lockwood", ["Ann", "Ben"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    assert window.couples.model.rowCount() == 1
    open_couple(qtbot, window, couple_id)
    assert window.couple_page.title.text() == "Lockwood"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock now
    settle(qtbot, window)
    assert window.root.currentWidget() is window.unlock_page
    assert window.couples.model.rowCount() == 0
    assert window.couple_page.title.text() == ""
    assert window.couple_page.table.rowCount() == 0
    texts = " ".join(w.text() for w in window.findChildren(type(window.couple_page.title)))
    assert "Lockwood" not in texts and "Ann" not in texts
    # A question asked just before the lock must not refill the cleared window.
    unlock(qtbot, window)
    window.couple_flow.open_couple(couple_id)
    window.vault_flow.lock()
    settle(qtbot, window)
    qtbot.wait(100)
    assert window.couple_page.title.text() == ""


def test_auto_lock_after_idle_time(qtbot, open_window, fresh_vault_dir):
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    assert window.idle.interval_ms == 10 * 60_000  # the default: ten minutes
    window.idle.set_minutes(0.01)  # 0.6 s
    window.idle.arm()
    start = time.monotonic()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)
    assert time.monotonic() - start >= 0.5
    assert window.root.currentWidget() is window.unlock_page
    assert "no activity" in window.unlock_page.status.text()


def test_activity_postpones_auto_lock(qtbot, open_window, fresh_vault_dir):
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.idle.set_minutes(0.02)  # 1.2 s
    window.idle.arm()
    for _ in range(8):
        qtbot.wait(250)
        qtbot.keyClick(window.couples.search, Qt.Key.Key_A)
    assert window.unlocked  # two seconds of typing kept it open
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)


def test_remember_on_this_computer_with_a_secure_keychain(qtbot, open_window, fresh_vault_dir):
    import keyring

    backend = memory_keychain()
    keyring.set_keyring(backend)
    try:
        window = open_window(fresh_vault_dir)
        assert window.unlock_page.remember.isEnabled()
        window.unlock_page.remember.setChecked(True)
        unlock(qtbot, window)
        assert len(backend.items) == 1  # the data key, in the keychain (never on disk)
        window.close()
        # Next start: the window opens without asking.
        again = open_window(fresh_vault_dir)
        qtbot.waitUntil(lambda: again.unlocked, timeout=20000)
        assert again.root.currentWidget() is again.workspace
    finally:
        keyring.set_keyring(keyring.backends.fail.Keyring())
