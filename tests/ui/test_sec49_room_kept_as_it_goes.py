"""Sec 49 in the window (real vault, real offscreen window, a real kill -9 of a real window process): a recording in
the room is kept in the vault as it is recorded, so a crash, a kill or a power cut loses only its last seconds, and the
next unlock offers what was kept back, to save as one of the couple's recordings or to throw away.

It was held in memory only until Stop and save: a crash, a power cut or a kill mid-session lost the whole session (the
room page said so). Nothing of it is ever written outside the vault, in plaintext, at any moment.

The one stand-in is the microphone (a stream fed from a generated sound, as on a machine with no sound input)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from talktogether_desktop.audio.capture import Recorder
from talktogether_desktop.pipeline import ops_room
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.room_takes_offer import TITLE
from tt_testing import PASSPHRASE, REPO

from .conftest import _voice_like
from .uihelp import click_message_button, open_couple, settle, unlock

pytestmark = pytest.mark.gui

RATE = 16000


def _kept_s(data_dir) -> float:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        row = vault.one("SELECT sum(length(pcm)) FROM room_take_chunks")
    return (row[0] or 0) / 2 / RATE


def _files_beside(data_dir) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if not p.name.startswith("vault"))


def _cut_off_box():
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == TITLE]
    return boxes[0] if boxes else None


def _sure_box():
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Throw away the recording cut off?"]
    return boxes[0] if boxes else None


def test_a_window_killed_mid_recording_keeps_what_was_recorded_and_offers_it_back(qtbot, open_window, fresh_vault_dir,
                                                                                  tmp_path):
    data_dir = fresh_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Quillfeather-Okonkwo", ["Ysolde", "Bram"])
    home = tmp_path / "child-home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "TMPDIR": str(tmp_path / "tmp"),
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}
    (tmp_path / "tmp").mkdir()
    child = subprocess.Popen([sys.executable, str(REPO / "tests" / "ui" / "room_child.py"), str(data_dir),
                              str(couple_id), "4"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "recording", child.stderr.read()[-2000:]
        deadline = time.monotonic() + 240
        while _kept_s(data_dir) < 2 * ops_room.KEEP_EVERY_S and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _kept_s(data_dir) >= 2 * ops_room.KEEP_EVERY_S
    finally:
        child.send_signal(signal.SIGKILL)  # a crash or a power cut: nothing of the window's own ending runs
        child.wait(30)
    kept = _kept_s(data_dir)
    assert _files_beside(data_dir) == []  # nothing beside the vault, nothing in the child's temporary folder
    assert [p.name for p in (tmp_path / "tmp").rglob("*")] == []

    window = open_window(data_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _cut_off_box() is not None, timeout=20000)
    box = _cut_off_box()
    assert "Quillfeather-Okonkwo" in box.text() and "was cut off" in box.text() and "Save it" in box.text()
    click_message_button(box, "Save it")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.couple_page.couple_id == couple_id, timeout=20000)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rows = vault.all("SELECT couple_id, source, duration_s FROM recordings")
        takes_left = vault.one("SELECT count(*) FROM room_takes")[0]
        chunks_left = vault.one("SELECT count(*) FROM room_take_chunks")[0]
        actions = [r[0] for r in vault.all("SELECT action FROM audit_log WHERE entity = 'recording'")]
    assert len(rows) == 1 and rows[0][0] == couple_id and rows[0][1] == "room", rows
    assert abs(rows[0][2] - kept) < 0.1, (rows, kept)
    assert takes_left == 0 and chunks_left == 0 and actions == ["import"]
    assert _files_beside(data_dir) == []


def test_stop_and_save_makes_the_take_one_recording_and_leaves_no_take(qtbot, couple_window):
    window, couple_id, data_dir = couple_window
    page = window.room_page
    page.feed_factory = lambda: Recorder.from_samples(_voice_like(600.0), RATE, pace=8.0)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _kept_s(data_dir) >= ops_room.KEEP_EVERY_S, timeout=60000)  # kept while it records
    with qtbot.waitSignal(page.saved, timeout=30000):
        qtbot.mouseClick(page.stop_btn, Qt.MouseButton.LeftButton)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rows = vault.all("SELECT couple_id, source, duration_s FROM recordings")
        assert vault.one("SELECT count(*) FROM room_takes")[0] == 0
        assert vault.one("SELECT count(*) FROM room_take_chunks")[0] == 0
    assert len(rows) == 1 and rows[0][0] == couple_id and rows[0][2] >= ops_room.KEEP_EVERY_S, rows


def test_discard_throws_away_what_was_kept_too(qtbot, couple_window, monkeypatch):
    window, _couple_id, data_dir = couple_window
    page = window.room_page
    page.feed_factory = lambda: Recorder.from_samples(_voice_like(600.0), RATE, pace=8.0)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _kept_s(data_dir) > 0, timeout=60000)
    page.discard()  # what "Discard the recording" in its question does
    settle(qtbot, window)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM room_takes")[0] == 0
        assert vault.one("SELECT count(*) FROM recordings")[0] == 0


def test_a_take_this_window_is_recording_is_not_offered_as_cut_off(vault):
    couple_id = couples_store.add_couple(vault, "Live", ["A", "B"])
    take_id = ops_room.begin_take(vault, couple_id, RATE)
    ops_room.keep_sound(vault, take_id, np.full(RATE * 2, 0.1, np.float32))
    assert ops_room.cut_off(vault) == []  # this process records it
    vault.execute("UPDATE room_takes SET pid = 999999999")  # a process that is gone
    [left] = ops_room.cut_off(vault)
    assert left["take_id"] == take_id and left["couple_name"] == "Live" and left["seconds"] == 2.0


def test_a_take_whose_process_id_now_belongs_to_a_later_process_is_offered(vault):
    """After a power cut and a restart, the id of the process that recorded may be given to another one."""
    couple_id = couples_store.add_couple(vault, "Reused", ["A", "B"])
    take_id = ops_room.begin_take(vault, couple_id, RATE)
    later = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        vault.execute("UPDATE room_takes SET pid = ?, started_at = '2026-01-01T10:00:00+00:00'", (later.pid,))
        assert [t["take_id"] for t in ops_room.cut_off(vault)] == [take_id]
        vault.execute("UPDATE room_takes SET started_at = '2999-01-01T10:00:00+00:00'")  # alive, begun before it
        assert ops_room.cut_off(vault) == []
    finally:
        later.kill()
        later.wait()


def test_locking_mid_recording_saves_it_and_leaves_nothing_to_offer(qtbot, couple_window):
    window, couple_id, data_dir = couple_window
    page = window.room_page
    page.feed_factory = lambda: Recorder.from_samples(_voice_like(600.0), RATE, pace=8.0)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _kept_s(data_dir) > 0, timeout=60000)
    window.vault_flow.lock()
    qtbot.waitUntil(window.tasks.is_idle, timeout=30000)
    unlock(qtbot, window)
    qtbot.wait(200)
    assert _cut_off_box() is None
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert [tuple(r) for r in vault.all("SELECT couple_id, source FROM recordings")] == [(couple_id, "room")]
        assert vault.one("SELECT count(*) FROM room_takes")[0] == 0


def test_a_take_cut_off_can_be_thrown_away_and_is_then_gone_for_good(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Quillfeather-Okonkwo", ["Ysolde", "Bram"])
        take_id = ops_room.begin_take(vault, couple_id, RATE)
        ops_room.keep_sound(vault, take_id, _voice_like(12.0))
        vault.execute("UPDATE room_takes SET pid = 999999999")  # its process is gone
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _cut_off_box() is not None, timeout=20000)
    assert "after 12.0 s" in _cut_off_box().text()  # as the couple's list says its length
    click_message_button(_cut_off_box(), "Throw it away…")
    qtbot.waitUntil(lambda: _sure_box() is not None, timeout=10000)  # asked once more: it cannot be undone
    click_message_button(_sure_box(), "Throw it away")
    settle(qtbot, window)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM room_takes")[0] == 0
        assert vault.one("SELECT count(*) FROM room_take_chunks")[0] == 0
        assert vault.one("SELECT count(*) FROM recordings")[0] == 0
        audited = vault.all("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'room_take'")
    assert [tuple(r) for r in audited] == [("delete", "room_take", take_id)]
