"""Fix 49w in the window (real vault, real offscreen window): quitting while a recording is being processed.

A therapist's walk-through: File › Quit during a step that does not stop at once (the speakers or the analysis of a long
recording check for a stop only between their parts) answered "Stop processing and quit?" with Yes, waited 20 seconds,
then closed the window under the job, which went on and signalled a window that was gone: a RuntimeError traceback on
the terminal, and the job's stored state left as "running" by a process that had ended. Quitting now waits, saying so,
until the step has stopped; the job is kept to start again at the next unlock, and nothing is printed."""

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
from tt_testing import PASSPHRASE, tone_wav

from .uihelp import open_couple

pytestmark = pytest.mark.gui

SLOW_S = 22.0  # the step goes on this long after it is asked to stop (the window waited 20 s, then closed)


def _slow_to_stop(started: threading.Event):
    """A stand-in for the transcription (process.transcribe_recording) that checks for a stop only between parts."""
    from talktogether_desktop.errors import Cancelled

    def step(vault, settings, recording_id, progress=None, cancel=None, **_kw):
        started.set()
        while not cancel.is_cancelled():
            time.sleep(0.02)
            progress(0.5, "Transcribing")
        until = time.monotonic() + SLOW_S  # one part that runs to its end before the next check
        while time.monotonic() < until:
            time.sleep(0.05)
            progress(0.6, "Transcribing")
        raise Cancelled("Stopped at your request.")

    return step


def test_quitting_during_a_step_slow_to_stop_waits_for_it_and_prints_nothing(qtbot, couple_window, monkeypatch, capfd):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window, couple_id, data_dir = couple_window
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav",
                                    recorded_at="2026-12-01T19:30")
        couples_store.record_consent(vault, couple_id)
    started = threading.Event()
    monkeypatch.setattr(process, "transcribe_recording", _slow_to_stop(started))
    monkeypatch.setattr(process.chain, "warm_up", lambda *_a, **_k: None)  # (no speech model is needed here)
    open_couple(qtbot, window, couple_id)
    window.couple_page.table.selectRow(0)
    qtbot.mouseClick(window.couple_page.process_btn, Qt.MouseButton.LeftButton)  # "Process selected"
    qtbot.waitUntil(started.is_set, timeout=60000)
    capfd.readouterr()
    asked = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            asked.append(box.windowTitle())
            box.button(QMessageBox.StandardButton.Yes).click()

    asker = QTimer()
    asker.timeout.connect(answer)
    asker.start(20)
    window.act_quit.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=120000)
    asker.stop()
    assert asked == ["Stop processing and quit?"]
    assert not [j for j in window.jobs.active()], "the window closed while the job still ran"
    QApplication.processEvents()
    out, err = capfd.readouterr()
    assert "Traceback" not in err and "RuntimeError" not in err and "Unexpected failure" not in err, err
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        left = jobs_store.list_jobs(vault)
    assert left and left[0]["state"] in ("interrupted", "queued"), left  # it starts again at the next unlock
