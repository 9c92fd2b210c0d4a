"""Fix 50w in the window (real vault, real offscreen window): a recording in the room cut off by a crash, offered back.

A therapist's walk-through of the offer at the unlock:
- "Save it" put the recording in the couple's list as "Not processed yet", while one saved with Stop and save is
  processed at once (and the Processing panel says imported recordings are processed in the background): now it is
  processed as that one is.
- "Throw it away" erased the session at one click, for good: now it is asked once more, and "Keep it" goes back to the
  question.
- "Later" did nothing visible, and nothing said what it does: the question says that it asks again at the next unlock,
  and so does the status line once chosen; it does.
- The length read "after 0:12" in the question and "12.0 s" in the couple's list: both now say it as the list does."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from talktogether_desktop.pipeline import ops_room, process
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.room_takes_offer import TITLE
from tt_testing import PASSPHRASE

from .conftest import _voice_like
from .uihelp import click_message_button, open_couple, settle, unlock

pytestmark = pytest.mark.gui


def _held_until_stopped(started: threading.Event):
    """A stand-in for the transcription (process.transcribe_recording) that runs until the job is stopped."""
    from talktogether_desktop.errors import Cancelled

    def step(vault, settings, recording_id, progress=None, cancel=None, **_kw):
        started.set()
        while not cancel.is_cancelled():
            threading.Event().wait(0.02)
        raise Cancelled("Stopped at your request.")

    return step


def _box(title: str):
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == title]
    return boxes[0] if boxes else None


def _vault_with_a_take_cut_off(data_dir, consent: bool = True) -> tuple[int, int, int]:
    """(the couple with the take, another couple, the take): the take's process is gone, as after a crash."""
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Quillfeather-Okonkwo", ["Ysolde", "Bram"])
        other_id = couples_store.add_couple(vault, "Rivera", ["Sam", "Ada"])
        if consent:
            couples_store.record_consent(vault, couple_id)
        take_id = ops_room.begin_take(vault, couple_id, 16000)
        ops_room.keep_sound(vault, take_id, _voice_like(12.0))
        vault.execute("UPDATE room_takes SET pid = 999999999")
    return couple_id, other_id, take_id


def test_a_take_cut_off_and_saved_is_listed_and_processed_as_one_saved_in_the_room(qtbot, open_window, fresh_vault_dir,
                                                                                    monkeypatch):
    couple_id, other_id, _take_id = _vault_with_a_take_cut_off(fresh_vault_dir)
    started = threading.Event()
    monkeypatch.setattr(process, "transcribe_recording", _held_until_stopped(started))
    monkeypatch.setattr(process.chain, "warm_up", lambda *_a, **_k: None)  # (no speech model is needed here)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, other_id)  # looking at another couple when it is offered
    qtbot.waitUntil(lambda: _box(TITLE) is not None, timeout=20000)
    text = _box(TITLE).text()
    assert "after 12.0 s" in text and "“Later” keeps it and asks again at the next unlock" in text, text
    click_message_button(_box(TITLE), "Save it")
    qtbot.waitUntil(lambda: window.couple_page.couple_id == couple_id and window.couple_page.table.rowCount() == 1,
                    timeout=20000)
    qtbot.waitUntil(started.is_set, timeout=60000)  # its processing began, as after Stop and save
    settle(qtbot, window)
    table = window.couple_page.table
    assert table.item(0, 2).text() == "12.0 s"
    assert table.item(0, 3).text() != "Not processed yet", table.item(0, 3).text()
    assert window.jobs_dock.isVisible()
    model = window.couples.model
    shown = model.index(model.row_for_id(couple_id), 0).data()
    assert shown.endswith("· 1 recording"), shown  # the couples list, refreshed


def test_throwing_away_a_take_cut_off_is_asked_again_and_later_offers_it_at_the_next_unlock(qtbot, open_window,
                                                                                             fresh_vault_dir):
    _couple_id, _other_id, take_id = _vault_with_a_take_cut_off(fresh_vault_dir)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _box(TITLE) is not None, timeout=20000)
    click_message_button(_box(TITLE), "Throw it away…")
    qtbot.waitUntil(lambda: _box("Throw away the recording cut off?") is not None, timeout=10000)
    sure = _box("Throw away the recording cut off?")
    assert "cannot be undone" in sure.text() and "Quillfeather-Okonkwo" in sure.text()
    assert sure.defaultButton().text() == "Keep it"  # Enter keeps it
    qtbot.keyClick(sure, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _box(TITLE) is not None, timeout=10000)  # back to the question
    click_message_button(_box(TITLE), "Later")
    settle(qtbot, window)
    assert "offered again at the next unlock" in window.statusBar().currentMessage()
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert [r[0] for r in vault.all("SELECT id FROM room_takes")] == [take_id]  # nothing was erased
    window.vault_flow.lock()
    qtbot.waitUntil(window.tasks.is_idle, timeout=30000)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _box(TITLE) is not None, timeout=20000)  # as it said
