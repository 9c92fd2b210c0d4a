"""The practice a recording answers, linked and reviewed from the window (round 29's window walk-through: the report
said "Not linked to a practice assignment" and the window had no way to link one, nor to see the review)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, unlock, when_modal

pytestmark = pytest.mark.gui


def _assign(data_dir, couple_id, template, start):
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        draft = ops_practice.draft_assignment(template, start_date=start)
        return ops_practice.assign_practice(vault, load_settings(vault), couple_id, draft)["id"]


def test_a_recording_is_linked_to_another_practice_and_unlinked_from_the_recording_page(qtbot, demo_window):
    from talktogether_desktop.ui.practice_link import LinkDialog

    window, ids = demo_window
    page = window.recording_page
    assert page.practice.label.text().startswith("Practice: Weekly check-in")  # the demo is linked at import
    new_id = window.tasks.run(lambda v: ops_practice.assign_practice(
        v, load_settings(v), ids.couple_id, ops_practice.draft_assignment("appreciation_exchange",
                                                                          start_date="2026-11-01")))
    settle(qtbot, window)
    new_id = new_id.result()["id"]
    page.reload()
    settle(qtbot, window)
    assert len(page.practice.assignments) == 2

    def pick(dialog):
        dialog.choice.setCurrentIndex(dialog.choice.findData(new_id))
        dialog.accept()

    when_modal(LinkDialog, pick)
    page.practice.button.click()
    qtbot.waitUntil(lambda: page.practice.current == new_id, timeout=20000)
    assert page.practice.label.text().startswith("Practice: Appreciation")
    assert "Linked to the practice" in window.statusBar().currentMessage()
    linked = window.tasks.run(lambda v: (
        v.one("SELECT assignment_id FROM recordings WHERE id = ?", (ids.recording_id,))[0],
        [tuple(r) for r in v.all("SELECT action FROM audit_log WHERE entity = 'recording' AND action = 'link'")]))
    settle(qtbot, window)
    assert linked.result() == (new_id, [("link",)])

    def unlink(dialog):
        dialog.choice.setCurrentIndex(0)  # "Not practice (no link)"
        dialog.accept()

    when_modal(LinkDialog, unlink)
    page.practice.button.click()
    qtbot.waitUntil(lambda: page.practice.current is None and page.data is not None, timeout=20000)
    settle(qtbot, window)
    assert page.practice.label.text() == "Not linked to a practice"


def test_the_practice_review_opens_from_the_couple_page_and_a_day_outside_the_practice_cannot_be_chosen(
        qtbot, open_window, demo_vault_dir):
    from talktogether_desktop.ui.practice_flow import LogDayDialog

    data_dir, ids = demo_vault_dir
    older = _assign(data_dir, ids.couple_id, "reflect_back", "2026-11-02")
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = window.couple_page
    # the older practice chosen stays chosen after the page reloads (logging a day reloads it)
    rows = [page.practice.item(i).data(256)[0] for i in range(page.practice.count())]
    page.practice.setCurrentRow(rows.index(older))
    seen = {}

    def log(dialog):
        seen["range"] = (dialog.day.minimumDate().toString("yyyy-MM-dd"), dialog.day.maximumDate().toString("yyyy-MM-dd"))
        dialog.accept()

    when_modal(LogDayDialog, log)
    page.log_btn.click()
    qtbot.waitUntil(lambda: "range" in seen, timeout=10000)
    settle(qtbot, window)
    assert seen["range"] == ("2026-11-02", "2026-11-08")
    qtbot.waitUntil(lambda: "Logged" in window.statusBar().currentMessage(), timeout=10000)
    assert page.selected_assignment()[0] == older

    page.practice.setCurrentRow(rows.index(next(r for r in rows if r != older)))
    page.review_btn.click()
    flow = window.couple_flow.practice
    qtbot.waitUntil(lambda: getattr(flow, "review_dialog", None) is not None, timeout=20000)
    shown = flow.review_dialog.findChild(QPlainTextEdit).toPlainText()
    flow.review_dialog.close()
    assert shown.startswith("Practice: Weekly check-in") and "To review together:" in shown
