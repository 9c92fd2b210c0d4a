"""Fix 48w (real vault, real offscreen window): practice days are this computer's days, not UTC's.

A recording's time is kept in UTC (the file's own time, the import's). The practice's days done, the review's dated
points and the trend's days read the first ten characters of it: for a therapist in New York a practice recorded at
21:30 on Saturday 5 December counted as done on Sunday 6 December, the day after the planned Saturday ("Done on 1 day;
the plan was 1 day; not on the planned day"), and the review said "2026-12-06: …" while the couple page listed the
recording on 5 December."""

from __future__ import annotations

import time

import pytest

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, open_couple, settle, shoot, unlock

pytestmark = pytest.mark.gui

EVENING_IN_NEW_YORK = "2026-12-06T02:30:00+00:00"  # Saturday 5 December, 21:30 in New York


@pytest.fixture
def in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_saturday_evening_practice_in_new_york_counts_on_the_planned_saturday(qtbot, open_window, fresh_vault_dir,
                                                                                tmp_path, in_new_york):
    from talktogether_desktop.pipeline.ops_recordings import import_file

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        settings = load_settings(vault)
        couple_id = couples_store.add_couple(vault, "Evening", ["Ana", "Bo"])
        couples_store.record_consent(vault, couple_id)
        rid = import_file(vault, settings, couple_id, noise_wav(tmp_path / "evening.wav"), queue_processing=False).id
        vault.execute("UPDATE recordings SET recorded_at = ? WHERE id = ?", (EVENING_IN_NEW_YORK, rid))
        draft = ops_practice.draft_assignment("appreciation_exchange", start_date="2026-11-30", end_date="2026-12-06",
                                              times_per_week=1, days=["SA"])
        assignment_id = ops_practice.assign_practice(vault, settings, couple_id, draft)["id"]
        ops_practice.link_recording(vault, settings, rid, assignment_id)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    line = window.couple_page.practice.item(0).text()
    assert "Done 1 of 1 planned times (1 recording)" in line, line
    assert "not on the planned day" not in line
    shoot(window, "fix48w-local-days")

    window.couple_page.review_btn.click()
    qtbot.waitUntil(lambda: getattr(window.couple_flow.practice, "review_dialog", None) is not None, timeout=20000)
    settle(qtbot, window)
    from PySide6.QtWidgets import QPlainTextEdit

    review = window.couple_flow.practice.review_dialog.findChild(QPlainTextEdit).toPlainText()
    window.couple_flow.practice.review_dialog.close()
    assert "Done 1 of 1 planned times (1 recording)" in review and "not on the planned day" not in review, review


def _review_text(qtbot, window) -> str:
    from PySide6.QtWidgets import QPlainTextEdit

    flow = window.couple_flow.practice
    flow.review_dialog = None
    window.couple_page.review_btn.click()
    qtbot.waitUntil(lambda: getattr(flow, "review_dialog", None) is not None, timeout=20000)
    settle(qtbot, window)
    text = flow.review_dialog.findChild(QPlainTextEdit).toPlainText()
    flow.review_dialog.close()
    return text


def test_the_review_dates_a_practice_recording_by_the_day_it_was_made_here(qtbot, open_window, demo_vault_dir,
                                                                            in_new_york):
    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        vault.execute("UPDATE recordings SET recorded_at = ? WHERE id = ?", (EVENING_IN_NEW_YORK, ids.recording_id))
        vault.execute("UPDATE practice_assignments SET start_date = '2026-11-30', end_date = '2026-12-06'")
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    review = _review_text(qtbot, window)
    assert "2026-12-05: " in review and "2026-12-06: " not in review, review
