"""The window's first hour (issue 15): each defect a therapist met, driven by clicks and key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.vault_pages import RecoveryCodeDialog
from tt_testing import PASSPHRASE

from .uihelp import choose_from_menu, choose_in_combo, click_message_button, open_couple, settle, tick, unlock, when_modal

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


def test_disabled_controls_look_disabled_and_say_why(qtbot, open_window, tmp_path):
    from PySide6.QtGui import QPalette

    window = open_window(tmp_path / "vault")
    page = window.create_page
    button = page.create_btn
    assert not button.isEnabled()
    pal = button.palette()
    assert pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText) != \
        pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    assert "at least 8" in button.toolTip()
    qtbot.keyClicks(page.passphrase, "lantern river cello oats")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)  # on to the second field
    qtbot.keyClicks(page.repeat, "lantern river")
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)  # Enter on a passphrase that cannot be used says why
    assert "differ" in page.hint.text()
    assert page.hint.property("role") == "error"
    assert "differ" in button.toolTip()
    assert not window.unlocked


def test_menus_list_shortcuts_and_about_names_the_bundled_licences(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.about import AboutDialog

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    file_menu = window.menuBar().actions()[0].menu()
    shortcuts = {a.text(): a.shortcut().toString() for a in file_menu.actions() if not a.isSeparator()}
    assert shortcuts["New couple"] == "Ctrl+N" and shortcuts["Lock now"] == "Ctrl+L"
    seen = {}

    def read(dialog: AboutDialog):
        seen["text"] = dialog.text.toPlainText()
        dialog.reject()

    when_modal(AboutDialog, read)
    help_menu = window.menuBar().actions()[3].menu()
    choose_from_menu(help_menu, "About TalkTogether")
    for licence in ("MIT License", "Apache License 2.0", "SIL Open Font License"):
        assert licence in seen["text"]
    assert "Whisper" in seen["text"] and "Liberation Sans" in seen["text"]


def test_settings_in_plain_words_ask_before_unsaved_changes_are_lost(qtbot, open_window, fresh_vault_dir):
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settings = window.settings_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is settings and settings._shown is not None, timeout=10000)
    text = " ".join(settings.model.itemText(i) for i in range(settings.model.count()))
    labels = [label.text() for label in settings.findChildren(type(settings.status))]
    assert "CTranslate2" not in text + settings.model_dir.placeholderText() and "CPU threads" not in labels
    settings.autolock.setFocus()
    settings.autolock.selectAll()
    qtbot.keyClicks(settings.autolock, "1")
    assert settings.autolock.text() == "1 minute without use"  # not "1 minutes"
    when_modal(QMessageBox, lambda box: click_message_button(box, "Cancel"))
    choose_from_menu(window.menuBar().actions()[2].menu(), "Couples")
    assert window.content.currentWidget() is settings  # stayed, the change is still there
    when_modal(QMessageBox, lambda box: click_message_button(box, "Save"))
    choose_from_menu(window.menuBar().actions()[2].menu(), "Couples")
    assert window.content.currentWidget() is not settings
    settle(qtbot, window)
    window.close()
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.get_setting("autolock_minutes") == 1


def test_log_a_practice_day_from_the_couple_page(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.storage import practice as practice_store
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.ui.practice_flow import LogDayDialog

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Practice", ["Ana", "Bo"])
        draft = ops_practice.draft_assignment("reflect_back", anchor="after dinner")
        assignment_id = ops_practice.assign_practice(vault, load_settings(vault), couple_id, draft)["id"]
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    assert page.selected_assignment()[0] == assignment_id
    assert page.log_btn.isEnabled() and page.handout_btn.isEnabled() and page.calendar_btn.isEnabled()

    def log(dialog: LogDayDialog):
        qtbot.mouseClick(dialog.not_done_btn, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.not_done_btn.height() // 2))
        choose_in_combo(qtbot, dialog.reason, "Forgot")
        from PySide6.QtWidgets import QDialogButtonBox

        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(LogDayDialog, log)
    qtbot.mouseClick(page.log_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(forgot)" in page.practice.item(0).text(), timeout=10000)  # ("not done on 5 Dec (forgot)")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        (entry,) = practice_store.practice_logs(vault, assignment_id)
        assert entry["done"] == 0 and entry["reason"] == "forgot"


def test_a_job_row_shows_one_time_estimate(qtbot):
    from talktogether_desktop.ui.jobs_panel import JobRow

    row = JobRow(1, "Dupré · session.m4a", runner=None)
    qtbot.addWidget(row)
    row.update(0.5, "Transcribing: 3 of 10, about 1:05 left", 42.0)
    assert row.detail.text() == "Transcribing: 3 of 10 · about 42 s left"


def test_recording_without_a_microphone_says_why_it_cannot_start(qtbot, open_window, fresh_vault_dir, monkeypatch):
    from talktogether_desktop.ui import room_page

    monkeypatch.delenv(room_page.ENV_FEED, raising=False)
    monkeypatch.setattr(room_page.ops_sound, "microphones", lambda: [])  # this computer has no microphone
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Room", ["Ana", "Bo"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    start = window.room_page.start_btn
    assert window.content.currentWidget() is window.room_page
    assert not start.isEnabled() and "microphone" in start.toolTip()
