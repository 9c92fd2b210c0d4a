"""Sec 48 in the window (real vault, real offscreen window, a real SIGTERM to this process): a recording in the room is
saved into the vault when the window is asked to end from outside (a logout, a shutdown, `kill`), and the room page
says plainly that the recording is in memory until Stop and save.

The recording in the room is held in memory only (no plaintext file) until "Stop and save"; locking and quitting saved
it, but SIGTERM's default action ended the window at once, so a session recorded with the window open when the laptop
was shut down or the therapist logged out was lost whole, without a word. The page also said "The recording goes
straight into the encrypted vault", which it does not: a crash before Stop and save loses it.

The one stand-in is the microphone (a stream fed from samples, as on a machine with no sound input)."""

from __future__ import annotations

import os
import signal

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from talktogether_desktop.audio.capture import Recorder
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

pytestmark = pytest.mark.gui

RATE = 16000


def test_sigterm_while_recording_in_the_room_saves_the_recording_into_the_vault(qtbot, couple_window):
    from talktogether_desktop.ui.termination import end_on_request

    window, couple_id, data_dir = couple_window
    page = window.room_page
    page.feed_factory = lambda: Recorder.from_samples(np.full(RATE * 120, 0.2, np.float32), RATE)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recorder is not None and page.recorder.elapsed_s >= 1.5, timeout=20000)

    undo = end_on_request(window)
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # what a logout or a shutdown sends
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        undo()
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rows = vault.all("SELECT couple_id, source, duration_s FROM recordings")
    assert len(rows) == 1, rows
    assert rows[0][0] == couple_id and rows[0][1] == "room" and rows[0][2] >= 1.4, rows
    assert [p.name for p in data_dir.iterdir() if not p.name.startswith("vault")] == []  # no audio file beside it


def test_the_room_page_says_how_the_recording_is_kept(qtbot, couple_window):
    """(Sec 49: it is now kept in the vault as it records, and a crash loses only its last seconds.)"""
    window, _couple_id, _data_dir = couple_window
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    room = window.room_page
    note = " ".join(label.text() for label in room.findChildren(QLabel) if "Make sure" in label.text())
    assert "straight into the encrypted vault" not in note, note
    assert "goes into the encrypted vault as it records, every 10 seconds" in note, note
    assert "After a crash or a power cut, what was recorded until then is offered back" in note, note
