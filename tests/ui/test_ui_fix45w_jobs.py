"""Fix 45w in the window (real vault, real offscreen widgets): a recording being processed when the vault locks.

Its row in the Processing panel names no one behind the lock ("Processing a recording"), but after unlocking it went on
saying "Processing a recording" until the job ended: with the couple page saying "Processing…" the therapist could not
tell whose recording the row was, nor which row to stop. And behind the lock its progress bar and Cancel button still
carried the couple's and the file's names for a screen reader. The names come back when the vault is unlocked, and
only then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .test_ui_fix41w_window import _processing_held
from .test_ui_fix43w_lock import _lock_now
from .uihelp import settle, shoot, unlock, wait_jobs_done

pytestmark = pytest.mark.gui

NAME = "Demo couple · demo_conversation.opus"


def _said(row) -> list[str]:
    return [row.label.text(), row.label.toolTip(), row.bar.accessibleName(), row.cancel_btn.accessibleName()]


def test_a_job_that_went_on_behind_the_lock_names_its_recording_again_after_unlocking(qtbot, open_window,
                                                                                      demo_vault_dir, monkeypatch):
    window, ids = _processing_held(qtbot, open_window, demo_vault_dir, monkeypatch)
    [(uid, row)] = window.jobs_panel.rows.items()
    assert row.label.text() == NAME and not row.finished_state

    _lock_now(window)
    settle(qtbot, window)
    assert not window.unlocked and window.jobs.is_busy_with(ids.recording_id)  # it goes on behind the lock
    assert row.label.text() == "Processing a recording"
    assert not [said for said in _said(row) if "Demo" in said or "demo_conversation" in said]

    unlock(qtbot, window)
    assert window.jobs.is_busy_with(ids.recording_id) and window.jobs_panel.rows.get(uid) is row
    assert row.label.text() == NAME
    assert row.bar.accessibleName() == f"Progress of {NAME}" and row.cancel_btn.accessibleName() == f"Cancel {NAME}"
    shoot(window, "fix45w-job-named-after-unlock")
    qtbot.mouseClick(row.cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
