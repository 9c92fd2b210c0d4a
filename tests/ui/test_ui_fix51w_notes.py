"""Fix 51w in the window (real offscreen window, real vault): a couple's notes are read and added on the couple page.

A couple's own notes and a session's (`note add --couple … [--session …]`) were shown nowhere in the window, while
"Delete this couple…" and "Remove this session?" spoke of its notes: the couple page now has "Notes (N)…", listing every
note of the couple (saying whether it is the couple's, a session's or a recording's) and adding one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, type_text, unlock, when_modal

pytestmark = pytest.mark.gui


def test_the_couple_page_lists_and_adds_the_couples_notes(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.couple_notes import CoupleNotesDialog

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        ana = couples_store.add_couple(vault, "Ana and Bo", ["Ana", "Bo"])  # (the helper's couple, made here first)
        session = couples_store.add_session(vault, ana, "2026-12-01T10:00", 50)
        couples_store.add_note(vault, ana, "Bo mentioned sleeping badly since the move.", None, None, None)
        couples_store.add_note(vault, ana, "Both calmer than last time.", session, None, None)

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ana)
    page = window.couple_page
    assert page.notes_btn.text() == "Notes (2)…" and page.notes_btn.isVisibleTo(window)
    seen = []

    def read_then_add(dialog: CoupleNotesDialog):
        seen.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        from .test_ui_fix50w_names import _nameless

        assert _nameless(dialog) == []  # every field and button has a name a screen reader says
        type_text(qtbot, dialog.edit, "Ask each about the move, separately.")
        qtbot.mouseClick(dialog.add_btn, Qt.MouseButton.LeftButton)

    when_modal(CoupleNotesDialog, read_then_add)
    qtbot.mouseClick(page.notes_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notes_btn.text() == "Notes (3)…", timeout=10000)
    settle(qtbot, window)
    assert seen[0].startswith("The couple · ") and "sleeping badly" in seen[0]
    assert seen[1].startswith("Session of 2026-12-01 10:00 · ") and "Both calmer" in seen[1]
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        kept = couples_store.list_notes(vault, ana)
    assert kept[-1]["text"] == "Ask each about the move, separately." and kept[-1]["session_id"] is None
    # Tab reaches it as the page reads: after the partners' line, before Edit…
    window.activateWindow()
    page.notes_btn.setFocus()
    qtbot.waitUntil(page.notes_btn.hasFocus, timeout=5000)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is page.edit_btn

    # a note half typed when the vault locks is asked again after unlocking, as typed (memory only), and added then
    again = []

    def type_then_lock(dialog: CoupleNotesDialog):
        type_text(qtbot, dialog.edit, "Half a thought")
        window.act_lock.trigger()

    def seen(dialog: CoupleNotesDialog):
        again.append(dialog.edit.toPlainText())
        qtbot.mouseClick(dialog.add_btn, Qt.MouseButton.LeftButton)

    when_modal(CoupleNotesDialog, type_then_lock)
    qtbot.mouseClick(page.notes_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    when_modal(CoupleNotesDialog, seen)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_btn.text() == "Notes (4)…", timeout=20000)
    assert again == ["Half a thought"]
