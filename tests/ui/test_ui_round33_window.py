"""Round 33's window fixes: no vault numbers and no labels as jargon shown to the therapist, an empty Notes tab that
says what goes there, and a recording page whose every control is usable at 900x600."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import practice as practice_store
from talktogether_desktop.storage import speakers as speakers_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, unlock, wait_jobs_done, when_modal

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]


def _rect_in(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def test_the_practice_review_names_the_practice_by_its_title_and_days_never_its_number(qtbot, open_window,
                                                                                      demo_vault_dir):
    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        (assignment,) = practice_store.list_assignments(vault, ids.couple_id)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    qtbot.mouseClick(window.couple_page.review_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window.couple_flow.practice, "review_dialog", None) is not None, timeout=20000)
    dialog = window.couple_flow.practice.review_dialog
    from PySide6.QtWidgets import QPlainTextEdit

    text = dialog.findChild(QPlainTextEdit).toPlainText()
    dialog.reject()
    first = text.splitlines()[0]
    assert "assignment" not in first and f" {assignment['id']}," not in first  # "(assignment 1, …)" before
    assert first == (f"Practice: Weekly check-in on how you are doing (set {assignment['created_at'][:10]}; "
                     "runs 2026-12-04 to 2026-12-10)")


def test_a_recording_without_a_file_name_is_called_by_its_day_not_its_number(qtbot, open_window, demo_vault_dir):
    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        with vault.transaction():
            vault.execute("UPDATE recordings SET original_name = NULL WHERE id = ?", (ids.recording_id,))
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    assert window.couple_page.table.item(0, 1).text() == "Recording of 2026-12-04"  # "Recording 1" before
    window.couple_flow.open_recording(ids.recording_id)
    page = window.recording_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    settle(qtbot, window)
    assert page.title.text() == "Demo couple · Recording of 2026-12-04 · 2026-12-04"
