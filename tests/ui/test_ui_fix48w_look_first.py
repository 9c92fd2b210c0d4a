"""Fix 48w in the window (real vault, real offscreen widgets): a recording with lines to look at first says so on its
own page and opens on them.

A therapist's walk-through: the couple page's list said "Ready · lines to look at first" for a recording whose analysis
read possible self-harm, and opening it showed "Ready" in its header over its transcript; the lines were on the Analysis
tab, unsaid (DOMAIN.md §6: safety language is shown first). The header now says what the list says, and a recording
opened from the list opens on its Analysis tab, where they are listed first; a calm recording opens as before, and an
unlock returns to the tab it was left on."""

from __future__ import annotations

import json

import pytest

from talktogether_desktop.storage import analyses as analyses_store
from talktogether_desktop.storage.vault import now_iso, open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, shoot, unlock

pytestmark = pytest.mark.gui

SELF_HARM = {"t": 3.0, "end": 5.0, "speaker": "S1", "category": "self_harm", "quote": "I ran out of time",
             "listen_only": True, "source": "meaning"}


def _flag(data_dir, recording_id: int) -> None:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        result = analyses_store.latest_analysis(vault, recording_id)
        result["safety_flags"] = [SELF_HARM]
        with vault.transaction():
            vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                          "VALUES (?, ?, '{}', ?, ?)", (recording_id, result.get("schema_version") or "1.0",
                                                         json.dumps(result), now_iso()))


def _open_from_the_list(qtbot, window, recording_id: int):
    page = window.couple_page
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(0x0100) == recording_id)
    page.table.selectRow(row)
    qtbot.mouseClick(page.open_btn, _left())
    rec = window.recording_page
    qtbot.waitUntil(lambda: rec.data is not None and rec.recording_id == recording_id, timeout=20000)
    settle(qtbot, window)
    return rec


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_recording_with_lines_to_look_at_first_opens_on_them_and_says_so(qtbot, open_window, demo_vault_dir):
    data_dir, ids = demo_vault_dir
    _flag(data_dir, ids.recording_id)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    listed = next(window.couple_page.table.item(r, 3).text() for r in range(window.couple_page.table.rowCount())
                  if window.couple_page.table.item(r, 0).data(0x0100) == ids.recording_id)
    page = _open_from_the_list(qtbot, window, ids.recording_id)
    assert page.state.text() == listed == "Ready · lines to look at first"
    assert "Analysis tab" in page.state.toolTip()
    assert page.tabs.currentWidget() is page.analysis  # it opened on the transcript, the lines unsaid
    shoot(window, "fix48w-look-first")

    # the therapist goes to the transcript; a lock and an unlock bring it back there, not to the analysis
    page.tabs.setCurrentWidget(page.transcript)
    window.act_lock.trigger()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.data is not None and page.recording_id == ids.recording_id, timeout=20000)
    settle(qtbot, window)
    assert page.tabs.currentWidget() is page.transcript
    assert page.state.text() == "Ready · lines to look at first"


def test_a_calm_recording_opens_where_it_did_and_reads_ready(qtbot, open_window, demo_vault_dir):
    data_dir, ids = demo_vault_dir
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = _open_from_the_list(qtbot, window, ids.recording_id)
    assert page.state.text() == "Ready" and page.state.toolTip() == ""
    assert page.tabs.currentWidget() is page.transcript
