"""Fix 44w in the window (real vault, real offscreen widgets): a file being imported when the vault locks.

A file that does not say when it was recorded is imported only once the therapist has given the date ("When was this
recorded?"). When the vault locked with that question open (the automatic lock, or File › Lock now), the file was
silently dropped: after unlocking it was not imported and nothing said so. The question now opens again after
unlocking, with the date as it was set (kept in memory only), and the file is imported once it is answered. The same
for the question about a file cut short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, settle, shoot, unlock, when_modal

pytestmark = pytest.mark.gui

WHEN = QDateTime(QDate(2026, 11, 20), QTime(19, 30))


def _recordings(data_dir, couple_id):
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return [(r["original_name"], r["recorded_at"]) for r in recordings_store.list_recordings(vault, couple_id)]


def test_the_date_asked_for_an_import_is_asked_again_after_the_automatic_lock(qtbot, couple_window, tmp_path):
    window, couple_id, data_dir = couple_window
    wav = noise_wav(tmp_path / "tuesday.wav", seconds=3.0)
    seen = {}

    def set_then_lock(dialog):
        dialog.when.setDateTime(WHEN)
        window.idle.set_minutes(0.0005)
        window.idle.arm()

    when_modal(RecordedDateDialog, set_then_lock)
    window.couple_flow.import_files([str(wav)], process=False)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=30000)
    settle(qtbot, window)
    assert _recordings(data_dir, couple_id) == []  # nothing stored before the date is given

    def answer(dialog):
        seen["when"] = dialog.when.dateTime()
        shoot(window, "fix44w-import-date-after-unlock", extra=dialog)
        dialog.ok.click()

    when_modal(RecordedDateDialog, answer)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "when" in seen, timeout=20000)
    assert seen["when"] == WHEN and window.couple_page.couple_id == couple_id
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=30000)
    settle(qtbot, window)
    assert _recordings(data_dir, couple_id) == [("tuesday.wav", "2026-11-20T19:30:00")]


def test_a_file_cut_short_is_asked_about_again_after_lock_now(qtbot, couple_window, tmp_path):
    """The same for "This recording is cut short": the lock closed it, the file was dropped and the lock screen said
    "voice-note.wav was not imported"."""
    from PySide6.QtWidgets import QMessageBox

    from .test_ui_fix43w_lock import _lock_now
    from .test_ui_round31_window import _cut_wav
    from .uihelp import click_message_button

    window, couple_id, data_dir = couple_window
    cut = _cut_wav(tmp_path)
    asked = []

    def lock_on_the_question(box):
        asked.append(box.text())
        _lock_now(window)

    when_modal(QMessageBox, lock_on_the_question)
    window.couple_flow.import_files([str(cut)], process=False)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=30000)
    settle(qtbot, window)
    assert "cut short" in asked[0] and "voice-note" not in window.statusBar().currentMessage()
    assert _recordings(data_dir, couple_id) == []

    def keep(box):
        asked.append(box.text())
        shoot(window, "fix44w-cut-short-after-unlock", extra=box)
        click_message_button(box, "Import what is there")
        when_modal(RecordedDateDialog, lambda dialog: dialog.ok.click())

    when_modal(QMessageBox, keep)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    assert asked[1] == asked[0]
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=30000)
    settle(qtbot, window)
    assert [name for name, _when in _recordings(data_dir, couple_id)] == ["voice-note.wav"]
    assert "cut short" in window.couple_page.table.item(0, 3).text()
