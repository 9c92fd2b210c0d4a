"""The window's first hour (issue 15): each defect a therapist met, driven by clicks and key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.vault_pages import RecoveryCodeDialog
from tt_testing import PASSPHRASE

from .uihelp import click_message_button, settle, tick, when_modal

pytestmark = pytest.mark.gui


def test_recovery_code_stays_until_written_down(qtbot, open_window, tmp_path):
    seen = {}

    def try_to_escape(dialog: RecoveryCodeDialog):
        seen["code"] = dialog.code_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()  # the close box
        seen["after_escape_and_close"] = dialog.isVisible()
        assert not dialog.ok.isEnabled()
        seen["tooltip"] = dialog.ok.toolTip()
        tick(qtbot, dialog.confirm)
        qtbot.waitUntil(dialog.ok.isEnabled, timeout=2000)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(RecoveryCodeDialog, try_to_escape)
    when_modal(QMessageBox, lambda box: click_message_button(box, "No"))
    window = open_window(tmp_path / "vault")
    page = window.create_page
    qtbot.keyClicks(page.passphrase, "lantern river cello oats")
    qtbot.keyClicks(page.repeat, "lantern river cello oats")
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlocked, timeout=30000)
    settle(qtbot, window)
    assert seen["after_escape_and_close"] is True
    assert "written" in seen["tooltip"]
    assert len(seen["code"]) >= 16


def test_unlocking_with_the_recovery_code_offers_a_new_passphrase(qtbot, open_window, vault_factory):
    from talktogether_desktop.ui.settings_page import PassphraseDialog

    vault = vault_factory()
    code = vault.recovery_code
    data_dir = vault.data_dir
    vault.close()

    def set_new(dialog: PassphraseDialog):
        qtbot.keyClicks(dialog.passphrase, "quiet harbour violin maple")
        qtbot.keyClicks(dialog.repeat, "quiet harbour violin maple")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(PassphraseDialog, set_new)
    window = open_window(data_dir)
    page = window.unlock_page
    tick(qtbot, page.use_recovery)
    assert page.use_recovery.isChecked()
    qtbot.keyClicks(page.secret, code)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlocked, timeout=30000)
    qtbot.waitUntil(lambda: "new passphrase" in window.statusBar().currentMessage().lower(), timeout=30000)
    settle(qtbot, window)
    window.close()
    open_vault(data_dir, passphrase="quiet harbour violin maple", use_keychain=False).close()
