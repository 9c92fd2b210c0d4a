"""Fix 45w in the window (real vault, real offscreen widgets): "Transcribe again" on the couple page.

Without consent a recording is only transcribed; its button then reads "Transcribe again", with the tooltip "Process
the selected recording again with the current settings (speech model, threads), e.g. after choosing a more accurate
model". Clicked, it ran a job that kept the transcript it had (the job's transcribe step: "kept") and said "Transcribed;
the analysis waits for consent" as if it had done it. A recording where no speech was found offered "Process selected",
which did the same: nothing new, "Done: no speech found". Both now transcribe the recording anew, as "Process again"
does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .test_ui_walkthrough import FIRST, make_m4a
from .uihelp import noise_wav, settle, shoot, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui


def _transcribed_at(data_dir, name: str) -> str:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return vault.one("SELECT t.created_at FROM transcripts t JOIN recordings r ON r.id = t.recording_id "
                         "WHERE r.original_name = ?", (name,))[0]


def _again(qtbot, window, name: str) -> list:
    """Select the recording's row, click the button, wait for its job; the jobs' results."""
    page = window.couple_page
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == name)
    page.table.selectRow(row)
    assert page.process_btn.text() == "Transcribe again" and page.process_btn.isEnabled()
    results = []
    window.jobs.finished.connect(lambda _uid, _state, outcome: results.append(outcome[0]))
    qtbot.mouseClick(page.process_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=120000)
    wait_jobs_done(qtbot, window)
    return results


def test_transcribe_again_transcribes_anew_also_where_no_speech_was_found(qtbot, couple_window, tmp_path):
    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    window, _couple_id, data_dir = couple_window
    talk, _spans = make_m4a(tmp_path / "talk", FIRST, "2026-11-02T18:30:00Z")
    window.couple_flow.import_files([str(talk)], process=True)
    wait_jobs_done(qtbot, window)
    when_modal(RecordedDateDialog, lambda dialog: dialog.ok.click())
    window.couple_flow.import_files([str(noise_wav(tmp_path / "hum.wav", seconds=3.0))], process=True)
    wait_jobs_done(qtbot, window)
    settle(qtbot, window)
    states = {window.couple_page.table.item(r, 1).text(): window.couple_page.table.item(r, 3).text()
              for r in range(window.couple_page.table.rowCount())}
    assert states == {"talk.m4a": "Not analysed: no consent", "hum.wav": "No speech found"}

    before = _transcribed_at(data_dir, "talk.m4a")
    qtbot.wait(1100)  # (times are kept to the second: a new transcription must fall in a later one)
    [result] = _again(qtbot, window, "talk.m4a")
    assert result["steps"]["transcribe"] == "done"  # not "kept"
    assert _transcribed_at(data_dir, "talk.m4a") > before

    before = _transcribed_at(data_dir, "hum.wav")
    qtbot.wait(1100)
    _again(qtbot, window, "hum.wav")  # (it read "Process selected")
    assert _transcribed_at(data_dir, "hum.wav") > before
    shoot(window, "fix45w-transcribed-anew")
