"""Round 35, second pass: the couple page's list and the recording page's header say a recording's state in the same
words; message boxes are wide enough to read; "Already imported" names the recording as the window shows it; a
length reads the same in the window and on the command line; an unlock that waits for a backup says so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, unlock

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]
SHOTS = os.environ.get("TT_SHOTS")  # a folder: each changed screen saved at 900x600 and 1280x800 to look at


def shoot(window, name: str, qtbot, extra=None) -> None:
    if not SHOTS:
        return
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    for w, h in ((900, 600), (1280, 800)):
        window.resize(w, h)
        qtbot.wait(150)
        window.grab().save(str(Path(SHOTS) / f"{name}-{w}x{h}.png"))
        if extra is not None:
            extra.grab().save(str(Path(SHOTS) / f"{name}-box-{w}x{h}.png"))


def _prepare(vault, ids, state: str, tmp_path) -> int:
    """The demo couple's recording put in `state`; the recording whose state is compared."""
    from talktogether_desktop.storage import analyses
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage import jobs as jobs_store
    from talktogether_desktop.storage import recordings as recordings_store

    from .uihelp import noise_wav

    if state == "withdrawn":
        couples_store.withdraw_consent(vault, ids.couple_id)
    elif state == "no consent":  # transcribed while consent was never recorded: no analysis
        with vault.transaction():
            vault.execute("DELETE FROM consents WHERE couple_id = ?", (ids.couple_id,))
        analyses.drop_analyses(vault, ids.recording_id)
        recordings_store.set_status(vault, ids.recording_id, "transcribed")
    elif state == "stopped":  # imported, its processing stopped before the transcript
        from talktogether_desktop.pipeline import ops_recordings
        from talktogether_desktop.storage.settings import load_settings

        rid = ops_recordings.import_file(vault, load_settings(vault), ids.couple_id,
                                         str(noise_wav(tmp_path / "kitchen.wav", 2.0))).id
        job = jobs_store.create_job(vault, "process", rid, {})
        jobs_store.finish_job(vault, job, "cancelled")
        return int(rid)
    return ids.recording_id


@pytest.mark.parametrize("state, words", [("withdrawn", "Consent withdrawn"), ("no consent", "Not analysed: no consent"),
                                          ("stopped", "Stopped: start again"), ("ready", "Ready")])
def test_the_couple_list_and_the_recording_header_say_the_same_state(qtbot, open_window, demo_vault_dir, tmp_path,
                                                                     state, words):
    from PySide6.QtCore import Qt

    from talktogether_desktop.storage.vault import open_vault

    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = _prepare(vault, ids, state, tmp_path)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    table = window.couple_page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == rid)
    listed = table.item(row, 3).text()
    shoot(window, f"couple-list-{state.replace(' ', '-')}", qtbot)
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    shoot(window, f"header-{state.replace(' ', '-')}", qtbot)
    assert listed == page.state.text() == words, (listed, page.state.text())
