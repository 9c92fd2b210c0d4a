"""Fix 50w in the window (real vault, real offscreen window): quitting while a step truly hangs.

A therapist's walk-through: File › Quit during a step that never reaches its next check for a stop (stuck on a file, a
slow disk) answered "Stop processing and quit?" with Yes, then "Stopping the processing safely before closing…" for good:
a busy bar, no button, Escape ignored, no way to close the window but killing it. After a wait the box now says the step
has not stopped and offers "Quit now", saying what it does; it closes the window at once, and the job is stored as
interrupted, so the next unlock starts it again."""

from __future__ import annotations

import threading
import time

import pytest

from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_recordings, process
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import jobs as jobs_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui import quitting
from tt_testing import PASSPHRASE, tone_wav

from .uihelp import cut_off, open_couple, shoot

pytestmark = pytest.mark.gui


def _hangs(started: threading.Event, released: threading.Event):
    """A stand-in for the transcription that does not check for a stop until the test lets it go."""
    from talktogether_desktop.errors import Cancelled

    def step(vault, settings, recording_id, progress=None, cancel=None, **_kw):
        started.set()
        while not released.is_set():
            time.sleep(0.05)
        raise Cancelled("Stopped at your request.")

    return step


def test_quit_now_closes_a_window_whose_step_hangs_and_keeps_the_job_to_resume(qtbot, couple_window, monkeypatch,
                                                                                 capfd):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window, couple_id, data_dir = couple_window
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav",
                                    recorded_at="2026-12-01T19:30")
        couples_store.record_consent(vault, couple_id)
    started, released = threading.Event(), threading.Event()
    monkeypatch.setattr(process, "transcribe_recording", _hangs(started, released))
    monkeypatch.setattr(process.chain, "warm_up", lambda *_a, **_k: None)  # (no speech model is needed here)
    monkeypatch.setattr(quitting, "QUIT_NOW_AFTER_S", 1.0)
    open_couple(qtbot, window, couple_id)
    window.couple_page.table.selectRow(0)
    qtbot.mouseClick(window.couple_page.process_btn, Qt.MouseButton.LeftButton)  # "Process selected"
    qtbot.waitUntil(started.is_set, timeout=60000)
    capfd.readouterr()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            box.button(QMessageBox.StandardButton.Yes).click()

    asker = QTimer()
    asker.timeout.connect(answer)
    asker.start(20)
    try:
        window.act_quit.trigger()
        qtbot.waitUntil(lambda: getattr(window, "stopping_box", None) is not None, timeout=10000)
        box = window.stopping_box
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # still no way out by Escape: it is stopping
        qtbot.waitUntil(lambda: box.quit_now_btn.isVisible(), timeout=10000)
        assert window.isVisible()
        text = box.text.text()
        assert "has not stopped yet" in text and "starts again by itself at the next unlock" in text, text
        assert "Nothing already finished is lost" in text and "nothing is left unencrypted" in text, text
        assert box.quit_now_btn.hasFocus(), "the keyboard reaches Quit now at once (Enter or Space)"
        assert not cut_off(box), cut_off(box)
        shoot(window, "fix50w-quit-now", extra=box)
        qtbot.keyClick(box.quit_now_btn, Qt.Key.Key_Space)  # pressed from the keyboard
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    finally:
        asker.stop()
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        left = jobs_store.list_jobs(vault)
    assert left and left[0]["state"] == "interrupted" and left[0]["pid"] is None, left  # resumed at the next unlock
    assert "will start again" in (left[0]["message"] or "")
    released.set()  # the stuck step ends later (the app itself would have ended with it)
    qtbot.waitUntil(window.jobs.stopped, timeout=20000)
    QApplication.processEvents()
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        left = jobs_store.list_jobs(vault)
    assert left[0]["state"] in ("interrupted", "queued"), left
    _out, err = capfd.readouterr()
    assert "Traceback" not in err and "RuntimeError" not in err, err
