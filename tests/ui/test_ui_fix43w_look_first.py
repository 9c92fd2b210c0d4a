"""Fix 43w in the window (real vault, real offscreen widgets): the couple page's list of recordings says when a
recording's analysis holds lines to look at first.

A therapist's walk-through: the list said "Ready" for a recording whose analysis marked possible safety language (its
page opens on them, in red), the same "Ready" as a calm conversation, so a glance at the list told nothing. It now
says, in plain words and with no detail (the list may be on screen with the couple present), that there are lines to
look at first; a calm recording still reads "Ready"."""

from __future__ import annotations

import json

import pytest

from talktogether_desktop.storage import analyses as analyses_store
from talktogether_desktop.storage.vault import now_iso, open_vault

from tt_testing import PASSPHRASE

from .uihelp import open_couple, shoot, unlock

pytestmark = pytest.mark.gui

THREAT = {"t": 3.0, "end": 5.0, "speaker": "S1", "category": "threat", "quote": "or else you will see"}


def _analysis_with(data_dir, recording_id: int, flag: dict) -> None:
    """The recording's latest analysis, as the analysis saves one that heard this line."""
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        result = analyses_store.latest_analysis(vault, recording_id)
        result["safety_flags"] = [flag]
        with vault.transaction():
            vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                          "VALUES (?, ?, '{}', ?, ?)", (recording_id, result.get("schema_version") or "1.0",
                                                         json.dumps(result), now_iso()))


def _status_cell(window, recording_id: int):
    table = window.couple_page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(0x0100) == recording_id)
    return table.item(row, 3)


def test_a_calm_analysis_reads_ready(qtbot, open_window, demo_vault_dir):
    data_dir, ids = demo_vault_dir
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    assert _status_cell(window, ids.recording_id).text() == "Ready"


@pytest.mark.parametrize("listen_only", [False, True])
def test_an_analysis_with_lines_to_review_says_so_in_the_list(qtbot, open_window, demo_vault_dir, listen_only):
    data_dir, ids = demo_vault_dir
    _analysis_with(data_dir, ids.recording_id, dict(THREAT, listen_only=True, source="meaning") if listen_only
                   else THREAT)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    cell = _status_cell(window, ids.recording_id)
    assert cell.text() == "Ready · lines to look at first"
    assert "listen" in cell.toolTip()
    said = (cell.text() + cell.toolTip()).lower()
    assert "threat" not in said and "or else" not in said and "safety" not in said  # no detail, no alarm
    shoot(window, f"fix43w-look-first-{'listen' if listen_only else 'heard'}")
