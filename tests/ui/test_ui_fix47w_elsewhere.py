"""Fix 47w in the window (real vault, real offscreen widgets): a recording being processed by a command.

`talktogether import` (or `analyze`, or a second window) processes a recording in its own process; the window opened
meanwhile listed it as "Not processed yet", its page said the same, and "Process selected" was offered: a second
processing of the same recording at once, over the first one's words. The stored job is running in a live process
(its pid), so the window says so and offers no second processing until it is done."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from talktogether_desktop.storage import couples
from talktogether_desktop.storage import jobs as jobs_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, shoot, unlock, when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def a_command():
    """Another process on this computer (what `talktogether import` is while it processes)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield proc
    proc.kill()
    proc.wait()


def test_a_recording_a_command_is_processing_is_not_offered_again(qtbot, open_window, fresh_vault_dir, a_command):
    from tt_overlap import ana_and_ben

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = ana_and_ben(vault)
        couple_id = couples.list_couples(vault)[0]["id"]
        couples.record_consent(vault, couple_id)
        vault.execute("UPDATE recordings SET status = 'imported' WHERE id = ?", (rid,))  # as the import leaves it
        job = jobs_store.create_job(vault, "process", rid, {"steps": ["transcribe", "diarize", "analyse"]})
        jobs_store.start_job(vault, job)
        vault.execute("UPDATE jobs SET pid = ? WHERE id = ?", (a_command.pid, job))  # the command's, not this one's
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    assert page.table.item(0, 3).text() == "Being processed elsewhere"
    page.table.selectRow(0)
    settle(qtbot, window)
    assert not page.process_btn.isEnabled()
    assert "being processed now by a command or another window" in page.process_btn.toolTip()
    shoot(window, "fix47w-elsewhere-couple", sizes=((1024, 700),))
    said = []

    def read(box):
        said.append(box.text())
        box.close()

    when_modal(QMessageBox, read)  # Delete on the list: told why not (the vault refuses it), not an error afterwards
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "being processed now by a command or another window" in said[0], said

    rec_page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    assert rec_page.state.text() == "Being processed elsewhere"
    assert rec_page.banner.isVisible() and "being processed now by a command" in rec_page.banner.text()
    shoot(window, "fix47w-elsewhere-recording", sizes=((1024, 700),))

    a_command.kill()  # the command ended (killed: its job is left running, with no process behind it)
    a_command.wait()
    open_couple(qtbot, window, couple_id)
    assert page.table.item(0, 3).text() != "Being processed elsewhere"
