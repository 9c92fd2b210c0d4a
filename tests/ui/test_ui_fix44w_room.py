"""Fix 44w in the window (real vault, real offscreen widgets): recording in the room when the microphone goes away.

A microphone unplugged in the middle of a session left the room page saying "Recording…", the time standing still,
and "Stop and save" then failed inside (PortAudio cannot stop a stream whose device is gone): the page stayed on
"Recording…" and what had been recorded was never saved. The page now says plainly that the microphone stopped sending
sound and what is kept, and "Stop and save" saves it. Where there is no microphone at all, the empty list of microphones
is greyed out and says so instead of opening onto nothing.

This machine has no sound input: the one stand-in is the input stream (a sounddevice stream that stops by itself, as
PortAudio's does when its device is removed, and whose stop then fails); the recorder, the page and the vault are real."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.audio.capture import FileFedInputStream, Recorder
from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import shoot

pytestmark = pytest.mark.gui

RATE = 16000


class UnpluggedAfterTwoSeconds(FileFedInputStream):
    """Sends two seconds of sound, then nothing: inactive, and stopping it fails, as a removed device does."""

    @property
    def active(self) -> bool:
        return self._running.is_set() and self._offset < 2 * self.samplerate

    def _loop(self) -> None:
        while self.active:
            block = np.full((self.blocksize, 1), 0.2, dtype=np.float32)
            self._offset += self.blocksize
            self._callback(block, self.blocksize, None, None)
            time.sleep(self.blocksize / self.samplerate / 4)

    def stop(self) -> None:
        super().stop()
        raise OSError("Error stopping stream: Unanticipated host error [PaErrorCode -9999]")


def test_a_microphone_unplugged_while_recording_is_said_and_what_was_recorded_is_saved(qtbot, couple_window):
    window, couple_id, data_dir = couple_window
    page = window.room_page
    page.feed_factory = lambda: Recorder(lambda **kw: UnpluggedAfterTwoSeconds(np.zeros(RATE), **kw), RATE)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stopped sending sound" in page.status.text(), timeout=10000)
    assert "Recording…" not in page.status.text() and "is kept" in page.status.text()
    assert not page.pause_btn.isEnabled() and page.stop_btn.isEnabled()
    shoot(window, "fix44w-room-microphone-lost", sizes=((1024, 700),))
    with qtbot.waitSignal(page.saved, timeout=20000) as saved:
        qtbot.mouseClick(page.stop_btn, Qt.MouseButton.LeftButton)
    assert page.recorder is None and page.status.text().startswith("Saved")
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rec = recordings_store.get_recording(vault, saved.args[0])
    assert rec["couple_id"] == couple_id and rec["source"] == "room" and 1.9 <= rec["duration_s"] <= 2.2
    assert [p.name for p in data_dir.iterdir() if not p.name.startswith("vault")] == []  # no audio file beside it


def test_with_no_microphone_the_empty_list_is_greyed_and_says_so(qtbot, couple_window, monkeypatch):
    monkeypatch.delenv("TALKTOGETHER_TEST_INPUT", raising=False)
    monkeypatch.setattr("talktogether_desktop.pipeline.ops_sound.input_devices", lambda: [])  # as on this machine
    window, _couple_id, _data_dir = couple_window
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page = window.room_page
    assert page.device.count() == 0 and not page.device.isEnabled()
    assert page.device.placeholderText() == "No microphone found"
    assert not page.start_btn.isEnabled() and "No microphone was found" in page.start_btn.toolTip()
    assert page.status.text().startswith("No microphone was found")
    shoot(window, "fix44w-room-no-microphone", sizes=((1024, 700),))


class GoneBeforeStart(FileFedInputStream):
    """A microphone listed when the page opened and unplugged before "Start recording": opening it fails."""

    def start(self) -> None:
        raise OSError("Error opening InputStream: Device unavailable [PaErrorCode -9985]")


def test_a_microphone_gone_before_start_is_named_plainly_and_start_works_again(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    page = window.room_page
    page.feed_factory = lambda: Recorder(lambda **kw: GoneBeforeStart(np.zeros(RATE), **kw), RATE)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    assert page.recorder is None and "could not be opened" in page.status.text()
    assert "Test input from a file" in page.status.text() and "Nothing was recorded" in page.status.text()
    assert page.start_btn.isEnabled() and not page.stop_btn.isEnabled()
    page.feed_factory = lambda: Recorder.from_samples(np.full(RATE * 30, 0.2, np.float32), RATE)  # plugged in again
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recorder is not None and page.recorder.elapsed_s >= 1.2, timeout=10000)
    assert page.status.text() == "Recording…"
    with qtbot.waitSignal(page.saved, timeout=20000):
        qtbot.mouseClick(page.stop_btn, Qt.MouseButton.LeftButton)
