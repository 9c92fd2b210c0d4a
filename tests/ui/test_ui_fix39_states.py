"""The couple page's State column (and the recording's header) after processing is stopped part-way, fails part-way
and is run again: each says what the vault holds, never "Transcribed" for a recording whose speakers and analysis
were left unmade."""

from __future__ import annotations

import threading

import pytest

from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, shoot, step_held_until_stopped, unlock, wait_jobs_done

pytestmark = pytest.mark.gui


def _state_of(window, recording_id: int) -> str:
    from PySide6.QtCore import Qt

    table = window.couple_page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == recording_id)
    return table.item(row, 3).text()


def _process_selected(qtbot, window, recording_id: int) -> None:
    from PySide6.QtCore import Qt

    page = window.couple_page
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
               == recording_id)
    page.table.selectRow(row)
    assert page.process_btn.isEnabled() and page.process_btn.text() == "Process selected"
    qtbot.mouseClick(page.process_btn, Qt.MouseButton.LeftButton)


def test_the_state_follows_what_is_stored_after_a_stop_a_failure_and_a_run_again(qtbot, open_window, demo_vault_dir,
                                                                                   monkeypatch):
    """Stopped while finding the speakers (or stopped there on a problem), the list said "Transcribed", as for a
    recording whose processing had finished; run again to the end it says "Ready"."""
    from PySide6.QtCore import Qt

    from talktogether_desktop.pipeline import process
    from talktogether_desktop.storage import analyses
    from talktogether_desktop.storage import recordings as recordings_store
    from talktogether_desktop.storage.vault import open_vault

    data_dir, ids = demo_vault_dir
    rid = ids.recording_id
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:  # transcribed, nothing after
        analyses.drop_analyses(vault, rid)
        recordings_store.set_status(vault, rid, "transcribed")
    real_diarize = process.STEP_FUNCTIONS["diarize"]
    finding = threading.Event()

    monkeypatch.setitem(process.STEP_FUNCTIONS, "diarize", step_held_until_stopped(finding))
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    assert _state_of(window, rid) == "Transcribed"

    _process_selected(qtbot, window, rid)
    qtbot.waitUntil(finding.is_set, timeout=60000)
    uid = next(j.uid for j in window.jobs.active() if j.recording_id == rid)
    qtbot.mouseClick(window.jobs_panel.rows[uid].cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: _state_of(window, rid) != "Processing…", timeout=20000)
    stopped = "Stopped after the transcript: start again"
    assert _state_of(window, rid) == stopped
    shoot(window, "fix39-state-stopped")
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    assert page.state.text() == stopped  # the header says the same

    def fails(*_a, **_k):
        raise RuntimeError("the speaker model stopped")

    monkeypatch.setitem(process.STEP_FUNCTIONS, "diarize", fails)
    open_couple(qtbot, window, ids.couple_id)
    _process_selected(qtbot, window, rid)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    settle(qtbot, window)
    assert _state_of(window, rid) == stopped

    monkeypatch.setitem(process.STEP_FUNCTIONS, "diarize", real_diarize)
    _process_selected(qtbot, window, rid)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: _state_of(window, rid) == "Ready", timeout=20000)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert recordings_store.get_recording(vault, rid)["status"] == "analysed"
