"""Round 39 (the window/CLI fixer's notes): the quit question promised processing "starts again from where it was",
though a half-done step starts over; at 900x600 a long file name in the Recordings list was elided with no tooltip."""

from __future__ import annotations

import threading

import pytest

from tt_testing import PASSPHRASE

from .uihelp import (click_message_button, open_couple, settle, shoot, step_held_until_stopped, unlock, wait_jobs_done,
                     when_modal)

pytestmark = pytest.mark.gui

LONG = "kitchen-talk-after-the-school-run-tuesday-evening-recorded-on-the-old-phone-in-the-hall.m4a"


def _row_of(table, recording_id: int) -> int:
    from PySide6.QtCore import Qt

    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == recording_id)


def test_a_long_recording_name_elided_at_900x600_has_the_whole_name_as_its_tooltip(qtbot, open_window, demo_vault_dir):
    from talktogether_desktop.storage.vault import open_vault

    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        vault.execute("UPDATE recordings SET original_name = ? WHERE id = ?", (LONG, ids.recording_id))
    window = open_window(data_dir)
    window.resize(900, 600)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    table = window.couple_page.table
    cell = table.item(_row_of(table, ids.recording_id), 1)
    assert cell.text() == LONG
    assert table.fontMetrics().horizontalAdvance(LONG) > table.columnWidth(1)  # elided on the screen
    assert cell.toolTip() == LONG
    shoot(window, "rep39b-long-name", sizes=((900, 600),))


def _transcribed_only(data_dir, rid: int) -> int:
    from talktogether_desktop.storage import analyses, recordings
    from talktogether_desktop.storage.vault import open_vault

    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        analyses.drop_analyses(vault, rid)
        recordings.set_status(vault, rid, "transcribed")
    return rid


def test_the_quit_question_says_what_happens_to_a_step_under_way(qtbot, open_window, demo_vault_dir, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from talktogether_desktop.pipeline import process

    data_dir, ids = demo_vault_dir
    rid = _transcribed_only(data_dir, ids.recording_id)  # the speakers' step is then what runs
    running = threading.Event()

    monkeypatch.setitem(process.STEP_FUNCTIONS, "diarize", step_held_until_stopped(running))
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = window.couple_page
    page.table.selectRow(_row_of(page.table, rid))
    qtbot.mouseClick(page.process_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(running.is_set, timeout=60000)
    asked = []

    def answer(box):
        asked.append(" ".join(box.text().split()))
        shoot(window, "rep39b-quit-question", sizes=((900, 600),), extra=box)
        click_message_button(box, "No")

    when_modal(QMessageBox, answer)
    window.close()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert window.isVisible()
    assert "from where it was" not in asked[0], asked
    assert ("the steps already finished are kept, and the step that was under way (such as the transcript) is done "
            "again from the beginning") in asked[0], asked
    uid = next(j.uid for j in window.jobs.active() if j.recording_id == rid)
    qtbot.mouseClick(window.jobs_panel.rows[uid].cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    settle(qtbot, window)
