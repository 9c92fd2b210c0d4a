"""Fix 46w in the window (real vault, real offscreen widgets): a session planned on the command line, marked held.

`talktogether session add --date 2026-12-10` keeps a day alone, and `--minutes` takes 1 to 600 or nothing. Double-clicked
on the couple page, such a session opened as "2000-01-01 00:00" (the day was not read), its length moved into the
dialog's 10 to 240 minutes (300 became 240, 5 became 10) and a session with no length showed 50: marking it held with
Save moved it to 1 January 2000 and changed its length, without a word. It opens on its own day now, and what the
therapist did not change is saved as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.couple_dialogs import SessionDialog
from tt_testing import PASSPHRASE

from .uihelp import choose_in_combo, double_click, open_couple, settle, shoot, unlock, when_modal

pytestmark = pytest.mark.gui


def test_a_session_planned_on_the_command_line_is_marked_held_keeping_its_day_and_length(qtbot, open_window,
                                                                                         fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Day only", ["Ana", "Bo"])
        sessions = [couples_store.add_session(vault, couple_id, "2026-12-10", 300),  # a day alone, a long session
                    couples_store.add_session(vault, couple_id, "2026-12-11T09:30", 5),
                    couples_store.add_session(vault, couple_id, "2026-12-12T16:00")]  # no length given
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    shown = []

    def mark_held(dialog: SessionDialog):
        shown.append((dialog.when.dateTime().toString("yyyy-MM-dd HH:mm"), dialog.minutes.text()))
        choose_in_combo(qtbot, dialog.status, "Attended")
        qtbot.keyClick(dialog.status, Qt.Key.Key_Return)  # Save, as from the keyboard

    for row in range(3):
        when_modal(SessionDialog, mark_held)
        double_click(qtbot, page.sessions.viewport(), page.sessions.visualItemRect(page.sessions.item(row)).center())
        qtbot.waitUntil(lambda r=row: "attended" in page.sessions.item(r).text(), timeout=10000)
        settle(qtbot, window)
    shoot(window, "fix46w-sessions-held")

    assert shown == [("2026-12-10 00:00", "300 minutes"), ("2026-12-11 09:30", "5 minutes"),
                     ("2026-12-12 16:00", "50 minutes")]
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        stored = [couples_store.get_session(vault, sid) for sid in sessions]
    assert [(s["scheduled_at"], s["duration_min"], s["status"]) for s in stored] == [
        ("2026-12-10", 300, "attended"), ("2026-12-11T09:30", 5, "attended"), ("2026-12-12T16:00", None, "attended")]
    assert [page.sessions.item(i).text() for i in range(3)] == [
        "2026-12-10 · 300 min · attended", "2026-12-11 09:30 · 5 min · attended", "2026-12-12 16:00 · attended"]


def test_a_session_moved_in_the_window_keeps_the_time_and_length_given(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Moved", ["Ana", "Bo"])
        sid = couples_store.add_session(vault, couple_id, "2026-12-10", 300)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page

    def move(dialog: SessionDialog):
        dialog.when.setDateTime(dialog.when.dateTime().addDays(1).addSecs(10 * 3600))
        dialog.minutes.setValue(60)
        dialog.accept()

    when_modal(SessionDialog, move)
    double_click(qtbot, page.sessions.viewport(), page.sessions.visualItemRect(page.sessions.item(0)).center())
    qtbot.waitUntil(lambda: "60 min" in page.sessions.item(0).text(), timeout=10000)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        stored = couples_store.get_session(vault, sid)
    assert (stored["scheduled_at"], stored["duration_min"]) == ("2026-12-11T10:00", 60)
