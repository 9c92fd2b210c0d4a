"""Round 38: the window at 900x600 and the couple's report of a recording with only lines to listen to."""

from __future__ import annotations

from tt_testing import PASSPHRASE

from .uihelp import cut_off, open_couple, open_recording, settle, shoot, unlock


def _listen_only_recording(data_dir) -> tuple[int, int]:
    """A consented couple with one imported recording (a tone: the window plays what it shows) and an analysis whose
    one safety line is only to listen to."""
    from cli.test_cli_round38 import listen_only_analysis
    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import analyses, couples
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import tone_wav

    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Lee", ["Alex", "Sam"])
        couples.record_consent(vault, couple_id)
        rec_id = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(40.0),
                                             original_name="kitchen.wav").id
        analyses.save_analysis(vault, rec_id, listen_only_analysis())
    return couple_id, rec_id


def test_the_couples_version_with_only_lines_to_listen_to_shows_a_gentle_note(qtbot, open_window, fresh_vault_dir):
    """The Report tab's couple's version of a recording whose only safety line is one to listen to showed no word
    above its pages: the therapist was not told a line was kept back for them. Now a note (not the yellow caution, no
    "safety flags"), by time, naming "For the clinician", all of it shown at 900x600."""
    from PySide6.QtCore import Qt

    couple_id, rec_id = _listen_only_recording(fresh_vault_dir)
    window = open_window(fresh_vault_dir)
    window.resize(900, 600)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = open_recording(qtbot, window, rec_id)
    settle(qtbot, window)
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    report = page.report
    assert not report.caution.isVisible()  # the clinician's version needs none
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        report.mode_box.setFocus()
        qtbot.keyClick(report.mode_box, Qt.Key.Key_Down)  # the couple's version
    qtbot.wait(100)
    text = report.caution.text()
    assert report.caution.isVisible(), "no word of the line left out"
    assert text.startswith("Note: this shareable version leaves out 1 line kept for you to listen to first (at 0:27;"), text
    assert "(“For the clinician”) has it" in text and "Nothing in this recording was heard as safety language" in text
    assert "safety flag" not in text.lower() and "talking to me" not in text and "--mode" not in text
    assert report.caution.property("role") == "banner-note"
    assert report.caution.height() >= report.caution.heightForWidth(report.caution.width())  # nothing cut off
    assert not cut_off(window), cut_off(window)
    shoot(window, "round38-listen-only-note")


def test_at_900x600_the_sessions_list_reads_one_line_a_session_and_every_practice_button_shows(qtbot, open_window,
                                                                                               fresh_vault_dir):
    """At 900x600 the practice box's row of four buttons took 470 px and left the Sessions list a 100 px column:
    "2026-12-01 10:00 · 50 min · planned" wrapped over four lines ("2026-12-…"). Now the buttons sit two by two and
    each session is one whole line; nothing is cut, and the idle Processing panel keeps its whole line of text."""
    from PySide6.QtWidgets import QApplication

    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.storage import couples
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Rivera-Okafor", ["Samantha", "Adaeze"])
        couples.record_consent(vault, couple_id)
        for day in ("2026-12-01T10:00", "2026-12-08T10:00", "2026-12-15T16:30"):
            couples.add_session(vault, couple_id, day, 50)
        settings = load_settings(vault)
        for name in ("bids_noticing", "appreciation_exchange"):
            ops_practice.assign_practice(vault, settings, couple_id, ops_practice.draft_assignment(name))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    for size in ((900, 600), (1280, 800)):
        window.resize(*size)
        QApplication.processEvents()
        settle(qtbot, window)
        sessions = page.sessions
        line = sessions.fontMetrics().lineSpacing()
        for i in range(sessions.count()):
            item = sessions.item(i)
            assert sessions.visualItemRect(item).height() < 2 * line, (size, item.text(), sessions.width())
            assert sessions.fontMetrics().horizontalAdvance(item.text()) <= sessions.viewport().width(), (size, item.text())
        for button in (page.handout_btn, page.calendar_btn, page.log_btn, page.review_btn):
            assert button.isVisibleTo(window) and button.width() >= button.sizeHint().width(), (size, button.text())
        empty = window.jobs_panel.empty
        assert empty.isVisible() and empty.height() >= empty.sizeHint().height(), (size, empty.height())
        assert not cut_off(window), (size, cut_off(window))
    shoot(window, "round38-couple-page")


def test_a_recording_started_again_after_a_stop_leaves_no_stopped_row_behind(qtbot, couple_window, tmp_path,
                                                                             monkeypatch):
    """Walked: import, Cancel halfway, "Process selected" again: the Processing panel kept the first run's "Stopped;
    start it again from the couple page" beside the new run (and after it said "Done"), a row taller at 900x600 and
    a stop the therapist had already answered. Starting the recording again now takes the stopped row away."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    from .uihelp import noise_wav, wait_jobs_done

    window, _couple_id, _data_dir = couple_window
    window.resize(900, 600)
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.couple_flow.import_files([str(noise_wav(tmp_path / "kitchen.wav", seconds=4.0))], process=True)
    panel = window.jobs_panel
    qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=30000)
    (first,) = panel.rows.values()
    qtbot.mouseClick(first.cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    assert first.finished_state == "cancelled" and "Stopped" in first.detail.text()
    page = window.couple_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.process_btn.isEnabled(), timeout=20000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.process_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(not r.finished_state for r in panel.rows.values()) or
                    any(r is not first for r in panel.rows.values()), timeout=30000)
    assert first not in panel.rows.values(), [r.detail.text() for r in panel.rows.values()]
    wait_jobs_done(qtbot, window)
    assert all(r.finished_state != "cancelled" for r in panel.rows.values())
