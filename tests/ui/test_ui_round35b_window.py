"""Round 35, second pass: the couple page's list and the recording page's header say a recording's state in the same
words; message boxes are wide enough to read; "Already imported" names the recording as the window shows it; a
length reads the same in the window and on the command line; an unlock that waits for a backup says so."""

from __future__ import annotations

import re

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


def shoot_now(window, name: str) -> None:
    """Screenshots at both sizes without waiting (from inside a timer: no nested event loop)."""
    from PySide6.QtWidgets import QApplication

    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    for w, h in ((900, 600), (1280, 800)):
        window.resize(w, h)
        QApplication.sendPostedEvents()
        window.grab().save(str(Path(SHOTS) / f"{name}-{w}x{h}.png"))


def _import_noise(vault, couple_id: int, path) -> int:
    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage.settings import load_settings

    from .uihelp import noise_wav

    return int(ops_recordings.import_file(vault, load_settings(vault), couple_id, str(noise_wav(path, 2.0))).id)


def _prepare(vault, ids, state: str, tmp_path) -> int:
    """The demo couple's recording put in `state`; the recording whose state is compared."""
    from talktogether_desktop.storage import analyses
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage import jobs as jobs_store
    from talktogether_desktop.storage import recordings as recordings_store

    if state == "withdrawn":
        couples_store.withdraw_consent(vault, ids.couple_id)
    if state in ("no consent", "not processed, no consent"):  # never recorded
        with vault.transaction():
            vault.execute("DELETE FROM consents WHERE couple_id = ?", (ids.couple_id,))
    if state == "no consent":  # transcribed while consent was missing: no analysis
        analyses.drop_analyses(vault, ids.recording_id)
        recordings_store.set_status(vault, ids.recording_id, "transcribed")
    elif state == "not processed, no consent":  # imported only: it waits for its transcript, not for consent
        return _import_noise(vault, ids.couple_id, tmp_path / "kitchen.wav")
    elif state == "stopped":  # imported, its processing stopped before the transcript
        rid = _import_noise(vault, ids.couple_id, tmp_path / "kitchen.wav")
        jobs_store.finish_job(vault, jobs_store.create_job(vault, "process", rid, {}), "cancelled")
        return rid
    return ids.recording_id


@pytest.mark.parametrize("state, words", [("withdrawn", "Consent withdrawn"), ("no consent", "Not analysed: no consent"),
                                          ("stopped", "Stopped: start again"), ("ready", "Ready"),
                                          ("not processed, no consent", "Not processed yet")])
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
    shoot(window, f"couple-list-{state.replace(', ', '-').replace(' ', '-')}", qtbot)
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    shoot(window, f"header-{state.replace(', ', '-').replace(' ', '-')}", qtbot)
    assert listed == page.state.text() == words, (listed, page.state.text())


def _couple_with_a_recording(qtbot, open_window, data_dir, tmp_path, seconds: float):
    """(window, couple id, recording id, the file): a couple with one recording imported (not processed), its page open
    at 900x600."""
    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault

    from .uihelp import noise_wav

    sound = noise_wav(tmp_path / "kitchen-talk.wav", seconds)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Ana and Bo", ["Ana", "Bo"])
        rid = ops_recordings.import_file(vault, load_settings(vault), couple_id, str(sound),
                                         recorded_at="2026-11-30T19:45").id
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.resize(900, 600)
    open_couple(qtbot, window, couple_id)
    return window, couple_id, int(rid), sound


READABLE_BOX = 450  # px: a message box at least this wide reads as lines, not a column of a few words


def _lines(label) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


def test_already_imported_names_the_recording_as_the_list_does_in_a_box_wide_enough_to_read(
        qtbot, open_window, fresh_vault_dir, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    from .uihelp import when_modal

    window, _couple, rid, sound = _couple_with_a_recording(qtbot, open_window, fresh_vault_dir, tmp_path, 75.0)
    page = window.couple_page
    shown = [page.table.item(0, col).text() for col in range(3)]  # recorded, name, length
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(sound)], ""))  # the system's picker
    qtbot.mouseClick(page.import_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.errors._boxes), timeout=20000)
    box = window.errors._boxes[-1]
    qtbot.wait(200)  # the box settles to its size
    said = box.informativeText()
    text = box.findChild(QLabel, "qt_msgbox_informativelabel")
    width, lines = box.width(), _lines(text)
    shoot(window, "already-imported", qtbot, extra=box)
    box.close()
    asked = {}

    def answer(question):  # the question asked before a recording is erased: a box of QMessageBox's own
        qtbot.wait(100)
        asked.update(width=question.width(), lines=_lines(question.findChild(QLabel, "qt_msgbox_label")))
        question.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(QMessageBox, answer)
    qtbot.mouseClick(page.delete_rec_btn, Qt.MouseButton.LeftButton)
    assert shown == ["2026-11-30 19:45", "kitchen-talk.wav", "01:15"]
    assert f"recording {rid}" not in said  # "(as 'kitchen-talk.wav' of 2026-11-30, recording 1)" before
    # (round 47: the time is this computer's, with its zone name: "2026-11-30 19:45 UTC")
    assert re.search(r"\(as 'kitchen-talk\.wav', 2026-11-30 19:45( [A-Z][A-Za-z0-9+:-]*)?, 01:15 long\)", said), said
    assert width >= READABLE_BOX and lines <= 6, (width, lines)  # 282 px and ten lines before
    assert asked["width"] >= READABLE_BOX and asked["lines"] <= 4, asked
    assert page.table.rowCount() == 1  # kept: the question was answered Cancel


def test_a_length_reads_the_same_in_the_window_and_on_the_command_line(qtbot, open_window, fresh_vault_dir, tmp_path):
    from tt_testing import run_cli

    window, couple_id, _rid, _sound = _couple_with_a_recording(qtbot, open_window, fresh_vault_dir, tmp_path, 75.0)
    table = window.couple_page.table
    in_window = table.item(0, 2).text()
    window.close()  # the command line opens the vault once the window has let it go
    listed = run_cli("recording", "list", "--couple", str(couple_id),
                     env={"TALKTOGETHER_HOME": str(fresh_vault_dir), "TALKTOGETHER_PASSPHRASE": PASSPHRASE})
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if "kitchen-talk.wav" in line)
    assert in_window == "01:15" and f" {in_window} " in row, (in_window, row)  # "1:15" beside the CLI's "01:15"


def test_an_unlock_that_waits_for_a_backup_says_so_and_how_far_it_is(qtbot, open_window, large_vault_dir, tmp_path,
                                                                      monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup

    data_dir, _page_check_s = large_vault_dir
    target = tmp_path / "backups" / "friday.ttbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))  # the system's picker
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.show_settings()
    settle(qtbot, window)
    window.settings_page.scroll.ensureWidgetVisible(window.settings_page.backup_btn)
    qtbot.mouseClick(window.settings_page.backup_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(target.parent.glob(".talktogether-backup*")), timeout=10000)  # its copy has begun
    window.act_lock.trigger()  # Ctrl+L, or the auto-lock
    page = window.unlock_page
    page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(page.unlock_btn, Qt.MouseButton.LeftButton)
    seen: list[str] = []

    def look() -> None:
        text = page.status.text()
        if text not in seen[-1:]:
            seen.append(text)
            if SHOTS and "% done" in text and not any("% done" in s for s in seen[:-1]):
                shoot_now(window, "unlock-waits-for-backup")

    watch = QTimer(interval=10, timeout=look)
    watch.start()
    qtbot.waitUntil(lambda: window.unlocked, timeout=120000)
    watch.stop()
    said = window.statusBar().currentMessage()
    assert seen and seen[0].startswith("Finishing the backup…"), seen  # "Unlocking…" alone before, for the whole wait
    assert any("% done)." in s and "The vault opens when it is done." in s for s in seen), seen
    assert said.startswith("Backed up to ") and backup.check(target, passphrase=PASSPHRASE)
