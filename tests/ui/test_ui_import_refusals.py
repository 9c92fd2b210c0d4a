"""The window's import refuses what is no recording file (a device, a pipe) with the same clear words as
`talktogether import` (which exits 4), at once and without reading it: /dev/zero filled the memory."""

from __future__ import annotations

import os

import pytest

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, unlock

pytestmark = pytest.mark.gui


def test_a_device_or_a_pipe_dropped_on_the_couple_page_is_refused_with_the_reason(
        qtbot, open_window, fresh_vault_dir, tmp_path):
    pipe = tmp_path / "talk.m4a"
    os.mkfifo(pipe)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    for path in ("/dev/zero", str(pipe)):
        window.errors.last = None
        window.couple_flow.import_files([path], process=True)
        qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
        assert f"{path} is not a plain file" in window.errors.last.text
    settle(qtbot, window)
    assert window.couple_page.table.rowCount() == 0 and not window.jobs_panel.rows
