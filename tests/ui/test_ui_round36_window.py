"""Round 36 window fixes: a cancelled vault check leaves nothing reading the vault file once it says it stopped; a
backup says how far along it is from its first moment; the player's total is the length the couple's list shows;
linking a recording made after its practice's days says so; OK in "Who is speaking?" with no voice named says so."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from talktogether_desktop.storage.vault import VAULT_FILE

from .uihelp import settle, shoot, unlock

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("TT_SHOTS")


def _opened(pid: str, vault_file: Path) -> int:
    """How many of a process's open files are the vault file (0 when the process is gone)."""
    count = 0
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                count += os.readlink(f"/proc/{pid}/fd/{fd}") == str(vault_file)
            except OSError:
                pass
    except OSError:
        pass
    return count


def readers_of(vault_file: Path) -> dict:
    """What reads the vault file besides the window's own connection: page-check threads still alive, this process's
    open copies of the file, and children of this process holding it open."""
    me = str(os.getpid())
    children = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        if f"\nPPid:\t{me}\n" in status and _opened(pid, vault_file):
            children.append(pid)
    return {"threads": [t.name for t in threading.enumerate() if t.name == "vault-page-check"],
            "open_here": _opened(me, vault_file), "children": children}


@pytest.mark.parametrize("read_on", ["a child process", "a helper thread"])
def test_a_cancelled_check_leaves_nothing_reading_the_vault_when_it_says_it_stopped(qtbot, open_window,
                                                                                     large_vault_dir, monkeypatch,
                                                                                     read_on):
    from PySide6.QtCore import Qt

    from talktogether_desktop.storage import page_check

    if read_on == "a helper thread":  # as a small vault is read: Cancel waits for the read to end
        monkeypatch.setattr(page_check, "CHILD_FROM_BYTES", 1 << 40)

    window = open_window(large_vault_dir[0])
    unlock(qtbot, window)
    window.act_settings.trigger()
    page = window.settings_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page, timeout=10000)
    settle(qtbot, window)
    vault_file = large_vault_dir[0] / VAULT_FILE
    before = readers_of(vault_file)
    page.scroll.ensureWidgetVisible(page.check_btn)
    qtbot.mouseClick(page.check_btn, Qt.MouseButton.LeftButton)
    work = page.long_work
    qtbot.waitUntil(lambda: readers_of(vault_file) != before, timeout=10000)  # the page read has begun
    qtbot.mouseClick(work.cancel_btn, Qt.MouseButton.LeftButton)
    clicked = time.perf_counter()
    qtbot.waitUntil(lambda: page.check_btn.isEnabled(), timeout=60000)
    took = time.perf_counter() - clicked
    after = readers_of(vault_file)  # the moment the window says it stopped
    stopped = page.status.text()
    shoot(window, "check-cancelled-" + read_on.split()[-1])
    assert stopped == "The check was stopped before the end; nothing was changed."
    assert after == before, (before, after)  # nothing left reading the file
    if read_on == "a child process":  # killed: Cancel is answered at once, however large the vault
        assert took < 0.5, took


def test_a_backup_shows_how_far_along_it_is_from_the_first_moment(qtbot, open_window, large_vault_dir, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup

    target = tmp_path / "out" / "friday.ttbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = open_window(large_vault_dir[0])
    unlock(qtbot, window)
    window.show_settings()
    settle(qtbot, window)
    page = window.settings_page
    seen, shots = [], set()

    def look() -> None:  # what a person sees, every 20 ms
        work = page.long_work
        if work is None or not work.isVisible():
            return
        seen.append((work.step.text(), work.bar.maximum(), work.bar.value()))
        moment = "busy" if work.bar.maximum() == 0 else ("copying" if work.bar.value() > 100 else "")
        if moment and moment not in shots:
            shots.add(moment)
            shoot(window, f"backup-{moment}", extra=work)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    qtbot.mouseClick(page.backup_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.long_work is None, timeout=120000)
    timer.stop()
    copying = [value for step, top, value in seen if step == backup.COPYING]
    checking = {(top, value) for step, top, value in seen if step == backup.CHECKING_COPY}
    assert page.status.text().startswith("Backed up to ") and target.exists()
    assert len(set(copying)) >= 3 and copying == sorted(copying) and copying[-1] > 300, copying  # it moves, forward
    assert checking and all(top == 0 for top, _v in checking), checking  # a busy bar while the copy is read back


def test_the_player_s_total_is_the_length_the_couple_s_list_shows(qtbot, open_window, fresh_vault_dir, tmp_path):
    from PySide6.QtCore import Qt

    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    from .uihelp import noise_wav, open_couple, open_recording

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Ana and Bo", ["Ana", "Bo"])
        stored = ops_recordings.import_file(vault, load_settings(vault), couple_id,
                                            str(noise_wav(tmp_path / "kitchen.wav", 75.6, seed=7)))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    table = window.couple_page.table
    listed = table.item(0, 2).text()
    page = open_recording(qtbot, window, stored.to_dict()["id"])
    settle(qtbot, window)
    bar = page.player
    at_start = bar.time.text()
    bar.seek(bar.player.duration_s)  # as dragging the slider to its end does
    at_end = bar.time.text()
    qtbot.mouseClick(bar.play_btn, Qt.MouseButton.LeftButton)  # Play at the end starts again from the start
    bar.pause()
    shoot(window, "player-total")
    assert stored.to_dict()["duration_s"] == pytest.approx(75.6, abs=0.01)
    assert listed == "01:16"
    assert at_start == "0:00 / 1:16", at_start  # "0:00 / 1:15" before: the list rounded, the player floored
    assert at_end == "1:16 / 1:16", at_end


def test_linking_a_recording_made_after_the_practice_s_days_says_so(qtbot, demo_window):
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.ui.practice_link import LinkDialog

    from .uihelp import when_modal

    window, ids = demo_window
    page = window.recording_page
    task = window.tasks.run(lambda v: ops_practice.assign_practice(  # a week that ended before the recording was made
        v, load_settings(v), ids.couple_id, ops_practice.draft_assignment("appreciation_exchange",
                                                                          start_date="2026-11-01")))
    settle(qtbot, window)
    old_week = task.result()["id"]
    page.reload()
    settle(qtbot, window)

    def pick(dialog):
        dialog.choice.setCurrentIndex(dialog.choice.findData(old_week))
        dialog.accept()

    when_modal(LinkDialog, pick)
    page.practice.button.click()
    qtbot.waitUntil(lambda: page.practice.current == old_week, timeout=20000)
    settle(qtbot, window)
    said = window.statusBar().currentMessage()
    shown = page.practice.outside.text() if page.practice.outside.isVisible() else ""
    shoot(window, "linked-after-the-practice")
    window.couple_flow.open_recording(ids.recording_id)  # opened again later: still said on the page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    settle(qtbot, window)
    again = page.practice.outside.text() if page.practice.outside.isVisible() else ""
    # the recording by the day it was made, never by its number in the vault (fix49w: "Recording 1 was made on …")
    assert said.startswith("Linked to the practice. The recording made on ") and "after this practice's days" in said
    assert f"Recording {ids.recording_id}" not in said
    assert "not counted as a day done" in said
    assert shown == again == said.removeprefix("Linked to the practice. ")


def test_ok_with_no_voice_named_says_so_and_keeps_the_box_open(qtbot, demo_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from talktogether_desktop.ui.rename_dialog import RenameDialog

    window, _ids = demo_window
    page = window.recording_page
    dialog = RenameDialog({"S1": "S1", "S2": "S2"}, page.data["couple"]["partners"], page)  # voices not named yet
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    said = dialog.warning.text() if dialog.warning.isVisible() else ""
    qtbot.wait(50)  # the box grows to hold the sentence
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / "rename-nobody-named-dialog.png"))
    stayed = dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    hear = dialog.play_buttons["S1"]
    whole = hear.height() >= hear.sizeHint().height()  # the box grew: its rows were squashed, the buttons cut
    dialog.fields["S1"].setCurrentIndex(0)  # a partner chosen for one voice: OK goes on
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert stayed and said.startswith("No voice has a name yet") and whole
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == {"S1": (page.data["couple"]["partners"][0]["id"],
                                      page.data["couple"]["partners"][0]["display_name"])}
