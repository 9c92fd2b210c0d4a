"""Fix 48w in the window (real vault, real offscreen widgets): a practice's whole line can be read at 1024x700.

A therapist's walk-through: at 1024x700 the couple page's practice, with its days done, wrapped to six lines in a list
of five ("…Done 0 of 1 planned times so far; the practice runs" and no more): the list scrolled by whole items, so its
scroll bar could not move and the end ("until 2026-12-12; not done on 6 Dec") was never shown, nor was it in a
tooltip. The list now scrolls by the line to the practice's last line, and the whole line is its tooltip."""

from __future__ import annotations

import pytest

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, shoot, unlock

pytestmark = pytest.mark.gui


def test_a_long_practice_line_is_read_to_its_end_in_a_small_window(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        settings = load_settings(vault)
        couple_id = couples_store.add_couple(vault, "Rivera", ["Ana", "Ben"])
        draft = ops_practice.draft_assignment("appreciation_exchange", start_date="2026-11-30", end_date="2026-12-12")
        assignment_id = ops_practice.assign_practice(vault, settings, couple_id, draft)["id"]
        ops_practice.log_practice(vault, settings, assignment_id, "2026-12-02", False, "forgot", None)
    window = open_window(fresh_vault_dir)
    window.resize(1024, 700)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    qtbot.wait(200)
    listed = window.couple_page.practice
    item = listed.item(0)
    assert "not done on 2 Dec (forgot)" in item.text()
    assert item.toolTip() == item.text()
    bar = listed.verticalScrollBar()
    bar.setValue(bar.maximum())  # as far as the therapist can scroll it
    qtbot.wait(100)
    shown = listed.visualItemRect(item)
    assert shown.bottom() <= listed.viewport().height(), (shown, listed.viewport().height())
    shoot(window, "fix48w-practice-list", sizes=((1024, 700),))
