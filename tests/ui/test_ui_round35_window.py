"""Round 35 window fixes: Cancel stops the vault check from its first step; the couple list says an analysis is out
of date as the recording page does; an auto-lock lets a backup finish before it locks; removing a session asks first;
a short recording's length is said in seconds; a re-imported, unprocessed file can be processed from the answer."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .uihelp import settle, unlock

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("TT_SHOTS")


def shoot(window, name: str, sizes=((900, 600), (1280, 800)), extra=None) -> None:
    """Screenshots of the window (and of a box over it) at both sizes, when TT_SHOTS names a folder."""
    if not SHOTS:
        return
    from PySide6.QtWidgets import QApplication

    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    for w, h in sizes:
        window.resize(w, h)
        QApplication.processEvents()
        window.grab().save(str(Path(SHOTS) / f"{name}-{w}x{h}.png"))
        if extra is not None:
            extra.grab().save(str(Path(SHOTS) / f"{name}-box-{w}x{h}.png"))


@pytest.fixture
def large_vault_dir(vault_factory):
    """A vault of about 200 MB (the size of a few hours of phone recordings), so reading every page takes a while."""
    vault = vault_factory()
    vault.conn.execute("CREATE TABLE filler(b BLOB)")
    for _ in range(200):
        vault.conn.execute("INSERT INTO filler VALUES (randomblob(1000000))")
    started = time.perf_counter()
    vault.all("PRAGMA cipher_integrity_check")
    vault.page_check_s = time.perf_counter() - started
    vault.close()
    return vault.data_dir, vault.page_check_s


def test_cancel_stops_the_vault_check_during_its_first_step(qtbot, open_window, large_vault_dir):
    from PySide6.QtCore import Qt

    from talktogether_desktop.storage.integrity import STEP_PAGES

    data_dir, page_check_s = large_vault_dir
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.resize(900, 600)
    window.act_settings.trigger()
    page = window.settings_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page, timeout=10000)
    settle(qtbot, window)
    page.scroll.ensureWidgetVisible(page.check_btn)
    qtbot.mouseClick(page.check_btn, Qt.MouseButton.LeftButton)
    work = page.long_work
    qtbot.waitUntil(lambda: work.step.text() == STEP_PAGES, timeout=10000)
    qtbot.wait(100)  # well inside the first step: reading every page takes longer
    shoot(window, "check-step1", extra=work)
    qtbot.mouseClick(work.cancel_btn, Qt.MouseButton.LeftButton)
    clicked = time.perf_counter()
    qtbot.waitUntil(lambda: page.check_btn.isEnabled(), timeout=60000)
    took = time.perf_counter() - clicked
    stopped = page.status.text()
    shoot(window, "check-cancelled")
    settle(qtbot, window)
    assert stopped == "The check was stopped before the end; nothing was changed."
    assert page_check_s > 0.4  # the first step alone is long enough to see a late Cancel
    assert took < min(0.3, page_check_s / 2), (took, page_check_s)
    assert page.long_work is None and page.check_box is None


def test_the_couple_list_says_an_analysis_is_behind_as_the_recording_page_does(qtbot, demo_window, monkeypatch):
    from PySide6.QtCore import Qt

    from talktogether_desktop.pipeline import chain

    from .uihelp import open_couple, wait_jobs_done

    window, ids = demo_window
    page = window.recording_page
    monkeypatch.setattr(chain, "analyze", lambda *_a, **_k: (_ for _ in ()).throw(ValueError("engine text")))
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)  # the voices swapped, the analysis not
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.state.text() == "Analysis behind", timeout=20000)
    window.errors.close_all()
    open_couple(qtbot, window, ids.couple_id)
    table = window.couple_page.table
    shoot(window, "couple-list-behind")
    assert table.item(0, 3).text() == page.state.text() == "Analysis behind"  # it said "Ready" here


def test_an_auto_lock_during_a_backup_lets_it_finish_and_says_so_on_unlock(qtbot, open_window, fresh_vault_dir,
                                                                           tmp_path, monkeypatch):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup
    from tt_testing import PASSPHRASE

    target = tmp_path / "backups" / "friday.ttbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.show_settings()
    settle(qtbot, window)
    held = threading.Event()
    window.tasks.run(lambda _v: held.wait(20))  # the vault thread is busy: the backup is under way when it locks
    window.settings_page.backup_btn.click()
    box = window.settings_page.long_work
    assert box is not None and box.isVisible()
    window.idle.set_minutes(0.01)  # 0.6 s with no activity
    window.idle.arm()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)
    said_at_lock = window.unlock_page.status.text()
    shoot(window, "locked-during-backup")
    box_hidden = shiboken6.isValid(box) and not box.isVisible()  # hidden while the backup goes on, not deleted
    held.set()
    qtbot.waitUntil(window.tasks.is_idle, timeout=30000)
    written = target.exists()
    unlock(qtbot, window)
    said = window.statusBar().currentMessage()
    shoot(window, "unlocked-after-backup")
    assert written  # it was cancelled by the lock before: no backup file
    assert "no activity" in said_at_lock and "backup" in said_at_lock and "nothing is lost" in said_at_lock
    assert box_hidden
    assert backup.check(target, passphrase=PASSPHRASE)  # a whole backup, that opens
    assert said.startswith("Backed up to ") and "friday.ttbackup" in said
    assert window.settings_page.long_work is None
