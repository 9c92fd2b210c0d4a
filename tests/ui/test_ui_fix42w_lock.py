"""Fix 42w in the window (real vault, real offscreen widgets): a lock loses nothing the therapist typed.

Locking (File › Lock now, or the automatic lock after the idle minutes) forgot every client detail on screen, and
with them a note typed on a recording and not yet added, settings changed and not yet saved, and a practice being
filled in: after unlocking they were gone, without a word. They are now kept in the window's memory across the lock
(never written anywhere) and put back where they were once the vault is unlocked again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.practice_dialog import PracticeDialog

from tt_testing import PASSPHRASE

from .uihelp import menu_action, open_couple, settle, shoot, unlock, when_modal

pytestmark = pytest.mark.gui

NOTE = "Ask Zoe about the pause at 0:40, gently"


def _file_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")


def _nowhere_on_disk(data_dir: Path, words: str) -> None:
    for path in Path(data_dir).rglob("*"):
        if path.is_file():
            assert words.encode() not in path.read_bytes(), f"{words!r} written in plain text to {path.name}"


def _lock_soon(window) -> None:
    """The automatic lock, as set in Settings, only after a few milliseconds of no activity."""
    window.idle.set_minutes(0.0005)
    window.idle.arm()


def test_a_note_typed_but_not_added_is_put_back_after_lock_now(qtbot, demo_window, demo_vault_dir):
    window, ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.notes_tab)
    qtbot.keyClicks(page.note_edit, NOTE)
    menu_action(_file_menu(window), "Lock now").trigger()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    assert window.root.currentWidget() is window.unlock_page
    assert page.note_edit.toPlainText() == ""  # nothing of the client stays in the widgets while locked
    assert "kept" in window.unlock_page.status.text()  # and the lock screen says it is kept
    settle(qtbot, window)
    _nowhere_on_disk(demo_vault_dir[0], NOTE)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.data is not None and page.note_edit.toPlainText() == NOTE, timeout=20000)
    assert window.content.currentWidget() is page and page.recording_id == ids.recording_id
    assert page.note_btn.isEnabled()
    shoot(window, "fix42w-note-after-unlock")
    page.note_edit.clear()  # (the fixture closes the window)


def test_settings_changed_but_not_saved_are_put_back_after_the_automatic_lock(qtbot, demo_window, demo_vault_dir):
    window, _ids = demo_window
    window.show_settings()
    settle(qtbot, window)
    settings = window.settings_page
    stored = settings.autolock.value()
    settings.autolock.setValue(stored + 7)
    settings.listen.setChecked(not settings.listen.isChecked())
    changed = settings.values()
    assert settings.has_unsaved_changes()
    _lock_soon(window)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.content.currentWidget() is settings and settings.values() == changed, timeout=20000)
    settle(qtbot, window)
    assert settings.values() == changed and settings.has_unsaved_changes()  # still to be saved, or thrown away
    with open_vault(demo_vault_dir[0], passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert load_settings(vault).autolock_minutes == stored  # never saved behind the therapist's back
    shoot(window, "fix42w-settings-after-unlock")


def test_a_practice_half_filled_in_is_opened_again_after_the_automatic_lock(qtbot, demo_window):
    window, ids = demo_window
    open_couple(qtbot, window, ids.couple_id)
    filled = {}

    def fill(dialog):
        dialog.anchor.setText("after the Sunday walk with the dog")
        dialog.minutes.setValue(12)
        filled.update(dialog.choices())
        _lock_soon(window)  # the therapist is called away with the dialog open

    when_modal(PracticeDialog, fill)
    menu_action(window.couple_page.more_btn.menu(), "Assign practice").trigger()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    assert filled and not any(isinstance(w, PracticeDialog) and w.isVisible() for w in window.findChildren(QDialog))
    again = {}

    def seen(dialog):
        again.update(dialog.choices())
        shoot(window, "fix42w-practice-after-unlock", extra=dialog)
        dialog.reject()

    when_modal(PracticeDialog, seen)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(again), timeout=20000)
    assert again == filled
    assert window.couple_page.couple_id == ids.couple_id


def test_a_line_correction_being_typed_is_opened_again_after_the_automatic_lock(qtbot, demo_window):
    from talktogether_desktop.ui.word_dialogs import CorrectLineDialog

    window, ids = demo_window
    view = window.recording_page.transcript
    view.list.setCurrentRow(1)
    heard = view.list.item(1).data(Qt.ItemDataRole.UserRole + 1)
    typed = "What I really said was that we could visit your parents in May"

    def type_it(dialog):
        dialog.edit.setText(typed)
        _lock_soon(window)

    when_modal(CorrectLineDialog, type_it)
    qtbot.mouseClick(view.correct_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    again = []

    def seen(dialog):
        again.append((dialog.edit.text(), dialog.heard.text()))
        shoot(window, "fix42w-line-after-unlock", extra=dialog)
        dialog.reject()

    when_modal(CorrectLineDialog, seen)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(again), timeout=20000)
    assert again == [(typed, f"Heard: “{heard['text']}”")]
    assert window.recording_page.recording_id == ids.recording_id



def test_a_new_couple_half_typed_is_opened_again_after_the_automatic_lock(qtbot, demo_window, demo_vault_dir):
    from talktogether_desktop.ui.couples_list import NewCoupleDialog

    window, _ids = demo_window
    names = ["Hernández-Abernathy", "Maximiliano", ""]

    def type_it(dialog):
        for field, text in zip((dialog.name, dialog.partner1, dialog.partner2), names):
            field.setText(text)
        _lock_soon(window)

    when_modal(NewCoupleDialog, type_it)
    menu_action(_file_menu(window), "New couple").trigger()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    _nowhere_on_disk(demo_vault_dir[0], "Maximiliano")
    again = []
    when_modal(NewCoupleDialog, lambda dialog: (again.append(dialog.typed()), dialog.reject()))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(again), timeout=20000)
    assert again == [names]


@pytest.mark.parametrize("answer", ["Stay", "Quit and lose it"])
def test_quitting_on_the_lock_screen_with_a_note_kept_asks_first(qtbot, demo_window, answer):
    from PySide6.QtWidgets import QMessageBox

    from .uihelp import click_message_button

    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.notes_tab)
    qtbot.keyClicks(page.note_edit, NOTE)
    _lock_soon(window)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    asked = []

    def reply(box):
        asked.append((box.windowTitle(), box.text(), box.defaultButton().text()))
        shoot(window, "fix42w-quit-while-locked", sizes=((1024, 700),), extra=box)
        click_message_button(box, answer)

    when_modal(QMessageBox, reply)
    closed = window.close()
    assert asked and asked[0][0] == "Quit and lose what you typed?" and asked[0][2] == "Stay"
    assert NOTE not in asked[0][1]  # nothing of the client on the lock screen
    assert closed == (answer == "Quit and lose it")
    if answer == "Stay":
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: page.note_edit.toPlainText() == NOTE, timeout=20000)
        page.note_edit.clear()  # (the fixture closes the window)


def test_names_being_corrected_are_opened_again_after_the_automatic_lock(qtbot, demo_window):
    from talktogether_desktop.ui.couple_edit import EditCoupleDialog

    window, ids = demo_window
    open_couple(qtbot, window, ids.couple_id)
    typed = {}

    def correct(dialog):
        dialog.partner_fields[0][1].setText("Zoë Hartmann")
        dialog.partner_fields[0][2].setText("she/her")
        typed["fields"] = [field.text() for field in dialog.fields()]
        _lock_soon(window)

    when_modal(EditCoupleDialog, correct)
    qtbot.mouseClick(window.couple_page.edit_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    again = []
    when_modal(EditCoupleDialog, lambda dialog: (again.append([field.text() for field in dialog.fields()]),
                                                 dialog.reject()))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(again), timeout=20000)
    assert again == [typed["fields"]] and "Zoë Hartmann" in again[0]
