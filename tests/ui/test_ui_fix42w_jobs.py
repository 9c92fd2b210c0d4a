"""Fix 42w in the window (real vault, real offscreen widgets): two recordings processed one after the other, the
processing panel says of each what its row says.

A file with no speech in it ended its job with "Done" in the processing panel while its row on the couple page said
"No speech found": the panel now says "Done: no speech found"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from .uihelp import noise_wav, open_couple, shoot, unlock, wait_jobs_done

pytestmark = pytest.mark.gui


def _state_of_row(window, name: str) -> str:
    table = window.couple_page.table
    return next(table.item(r, 3).text() for r in range(table.rowCount()) if table.item(r, 1).text() == name)


def test_a_file_with_no_speech_is_not_just_done_in_the_processing_panel(qtbot, open_window, demo_vault_dir, tmp_path,
                                                                        monkeypatch):
    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    data_dir, ids = demo_vault_dir
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    said = {}  # what each row said as its job ended (a finished row makes room after a moment)
    window.jobs.finished.connect(lambda uid, _state, _outcome: said.__setitem__(
        window.jobs_panel.rows[uid].label.text(), window.jobs_panel.rows[uid].detail.text()))
    qtbot.mouseClick(window.couple_page.process_btn, Qt.MouseButton.LeftButton)  # the demo conversation again
    qtbot.waitUntil(lambda: len(window.jobs.active()) == 1, timeout=30000)
    window.couple_flow.import_files([str(noise_wav(tmp_path / "hum.wav", seed=4))], process=True)  # waits its turn
    qtbot.waitUntil(lambda: len(said) == 2, timeout=300000)
    wait_jobs_done(qtbot, window)
    shoot(window, "fix42w-two-jobs", sizes=((1024, 700),))
    assert _state_of_row(window, "hum.wav") == "No speech found"
    assert said["Demo couple · hum.wav"] == "Done: no speech found"
    assert said["Demo couple · demo_conversation.opus"] == "Done"
    assert _state_of_row(window, "demo_conversation.opus") == "Ready"
