"""Round 30's window fixes: a job waiting its turn is said to be waiting, not processing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, open_couple, open_recording, settle, unlock, wait_jobs_done

pytestmark = pytest.mark.gui


def _row_text(window, recording_id: int) -> str:
    table = window.couple_page.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == recording_id:
            return table.item(row, 3).text()
    raise AssertionError(f"recording {recording_id} not listed")


def test_a_recording_waiting_its_turn_says_waiting_not_processing(qtbot, couple_window, tmp_path, monkeypatch):
    """Two imports: the second one's row said "Processing…" while it only waited for the first."""
    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    window, _couple_id, _data_dir = couple_window
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    files = [str(noise_wav(tmp_path / "first.wav", seed=3)), str(noise_wav(tmp_path / "second.wav", seed=4))]
    window.couple_flow.import_files(files, process=True)
    qtbot.waitUntil(lambda: len(window.jobs.active()) == 2, timeout=30000)
    waiting = [j for j in window.jobs.active() if j.state == "queued"][-1]
    window.couple_flow.reload_couple()
    settle(qtbot, window)
    if window.jobs.state_of(waiting.recording_id) == "queued":  # the first job may, rarely, be done already
        assert _row_text(window, waiting.recording_id) == "Waiting to be processed"
    running = [j for j in window.jobs.active() if j.state == "running"]
    if running:
        assert _row_text(window, running[0].recording_id) == "Processing…"
    wait_jobs_done(qtbot, window)


def test_recording_consent_offers_to_analyse_the_recordings_that_waited_for_it(qtbot, open_window, demo_vault_dir,
                                                                              monkeypatch):
    """After consent was recorded, a recording transcribed without it stayed "Transcribed" and nothing was queued: the
    therapist had to notice and press Process."""
    from PySide6.QtWidgets import QMessageBox

    from talktogether_desktop.storage import recordings as recordings_store
    from talktogether_desktop.ui.couple_page import ConsentDialog

    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.withdraw_consent(vault, ids.couple_id)
        recordings_store.set_status(vault, ids.recording_id, "transcribed")  # made while consent was missing
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    asked = []
    monkeypatch.setattr(ConsentDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ConsentDialog, "values", lambda self: {"retention": None, "note": ""})
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    window.couple_flow.record_consent()
    qtbot.waitUntil(lambda: window.jobs.is_busy_with(ids.recording_id), timeout=20000)
    assert asked and "1 recording of this couple was only transcribed while consent was missing" in asked[0]
    window.jobs.cancel_all()
    wait_jobs_done(qtbot, window)


def test_after_consent_is_withdrawn_an_analysed_recording_is_not_processed_again_silently(qtbot, open_window,
                                                                                          demo_vault_dir):
    """"Process again" after consent was withdrawn dropped the speakers and left the old report, with no word."""
    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.withdraw_consent(vault, ids.couple_id)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = window.couple_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    settle(qtbot, window)
    assert not page.process_btn.isEnabled()
    assert "Record consent first" in page.process_btn.toolTip()


def test_a_couple_of_one_partner_is_asked_for_that_partners_consent(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Okafor", ["Ada"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    text = window.couple_page.consent_banner.text()
    assert "until Ada's consent is recorded" in text and "both partners" not in text


def test_after_consent_is_withdrawn_the_report_tab_makes_no_report(qtbot, open_window, demo_vault_dir):
    """As `talktogether report` refuses: the Report tab neither makes nor opens a report from the analysis made before."""
    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.withdraw_consent(vault, ids.couple_id)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = open_recording(qtbot, window, ids.recording_id)
    page.tabs.setCurrentWidget(page.report)
    settle(qtbot, window)
    assert not page.report.generate_btn.isEnabled() and page.report.page_count == 0
    assert page.report.info.text().startswith("Consent was withdrawn, so no report is made")
    assert "no report is made from it" in page.banner.text()
