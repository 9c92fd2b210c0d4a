"""Fix 50w in the window (real vault, real offscreen window): quitting while a backup goes on behind the lock screen.

A therapist's walk-through: a backup of a large vault had begun when the window locked (the auto-lock lets a backup
finish before the vault closes); Quit on the lock screen then froze the window, with not a word, until the backup was
done. Now the window says it is finishing the backup and closes by itself when it is done, and "Stop and quit" stops
the backup safely (no backup file, no work file left; the vault unchanged) and closes at once."""

from __future__ import annotations

import time

import pytest

from PySide6.QtCore import Qt

from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import cut_off, settle, shoot, unlock

pytestmark = pytest.mark.gui


def test_quitting_on_the_lock_screen_during_a_backup_says_so_and_stops_it_safely(qtbot, open_window, large_vault_dir,
                                                                                   tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    data_dir, _page_check_s = large_vault_dir
    target = tmp_path / "backups" / "friday.ttbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))  # the system's picker
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.show_settings()
    settle(qtbot, window)
    window.settings_page.scroll.ensureWidgetVisible(window.settings_page.backup_btn)
    qtbot.mouseClick(window.settings_page.backup_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(target.parent.glob(".talktogether-backup*")), timeout=10000)  # its copy has begun
    window.act_lock.trigger()  # the auto-lock: the backup goes on behind the lock screen
    qtbot.waitUntil(lambda: not window.unlocked, timeout=10000)
    started = time.monotonic()
    window.act_quit.trigger()  # File › Quit on the lock screen (Ctrl+Q)
    took = time.monotonic() - started
    assert took < 3.0, f"the window froze {took:.1f} s without a word"
    assert not window.tasks.is_idle(), "the backup had already finished: nothing was tested"
    box = getattr(window, "finishing_box", None)
    assert box is not None and box.isVisible() and window.isVisible()
    text = box.text.text()
    assert text.startswith("Finishing the backup…") and "closes by itself as soon as it is done" in text, text
    assert "“Stop and quit” stops the backup and removes what it had written" in text, text
    assert box.stop_btn.text() == "Stop and quit"
    qtbot.waitUntil(box.stop_btn.hasFocus, timeout=3000)  # the keyboard reaches it at once
    assert not cut_off(box), cut_off(box)
    shoot(window, "fix50w-quit-during-backup", extra=box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape keeps waiting: the window is closing
    assert box.isVisible()
    qtbot.keyClick(box.stop_btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    assert not target.exists() and not list(target.parent.iterdir()), list(target.parent.iterdir())  # no file at all
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM filler")[0] == 200  # the vault is as it was


def test_a_logout_during_a_backup_stops_it_safely_instead_of_holding_the_window(qtbot, open_window, large_vault_dir,
                                                                                tmp_path, monkeypatch):
    """SIGTERM (a logout, a shutdown) ends the window without questions: a backup under way held it, silently, to the
    backup's end, while the system waits only so long before killing it; it is now stopped at its next safe point."""
    import os
    import signal

    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.ui.termination import end_on_request

    data_dir, _page_check_s = large_vault_dir
    target = tmp_path / "backups" / "friday.ttbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.show_settings()
    settle(qtbot, window)
    window.settings_page.scroll.ensureWidgetVisible(window.settings_page.backup_btn)
    qtbot.mouseClick(window.settings_page.backup_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(target.parent.glob(".talktogether-backup*")), timeout=10000)  # its copy has begun
    undo = end_on_request(window)
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # what a logout or a shutdown sends
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60000)
    finally:
        undo()
    assert not list(target.parent.iterdir()), list(target.parent.iterdir())  # stopped: no backup, no work file
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM filler")[0] == 200
