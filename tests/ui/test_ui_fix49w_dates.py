"""Fix 49w in the window (real vault, real offscreen widgets): a date given without a time of day is shown as a day.

A therapist's walk-through: a recording imported with its day alone (`talktogether import --recorded-at 2026-12-01`, or
a phone file whose date tag holds no time) was listed as recorded "2026-12-01 00:00" on the couple page and in its
page's title, a time nobody gave; a session planned for a day alone (`session add --date 2026-12-10`) opened with
"2026-12-10 00:00" in its field, and moving it to another day stored that midnight ("2026-12-11 00:00" in the list)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.couple_dialogs import SessionDialog
from tt_testing import PASSPHRASE, tone_wav

from .uihelp import double_click, open_couple, open_recording, settle, unlock, when_modal

pytestmark = pytest.mark.gui


def test_a_recording_dated_by_its_day_alone_shows_no_midnight(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Day only", ["Ana", "Bo"])
        rid = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav",
                                          recorded_at="2026-12-01").id
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    table = window.couple_page.table
    assert table.item(0, 0).text() == "2026-12-01"
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    assert "00:00" not in page.title.text() and "2026-12-01" in page.title.text(), page.title.text()


def test_a_session_planned_for_a_day_opens_and_moves_as_a_day(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Day only", ["Ana", "Bo"])
        sid = couples_store.add_session(vault, couple_id, "2026-12-10", 50)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    seen = []

    def move(dialog: SessionDialog):
        seen.append(dialog.when.text())
        dialog.when.setFocus()
        dialog.when.setCurrentSectionIndex(2)  # the day, moved a day on with the arrow key
        qtbot.keyClick(dialog.when, Qt.Key.Key_Up)
        seen.append(dialog.when.text())
        dialog.accept()

    when_modal(SessionDialog, move)
    double_click(qtbot, page.sessions.viewport(), page.sessions.visualItemRect(page.sessions.item(0)).center())
    qtbot.waitUntil(lambda: len(seen) == 2 and "2026-12-10" not in page.sessions.item(0).text(), timeout=20000)
    settle(qtbot, window)
    assert seen == ["2026-12-10", "2026-12-11"]
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert couples_store.get_session(vault, sid)["scheduled_at"] == "2026-12-11"
    assert page.sessions.item(0).text().startswith("2026-12-11 · 50 min"), page.sessions.item(0).text()
