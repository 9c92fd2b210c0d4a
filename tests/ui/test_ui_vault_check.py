"""Settings → "Check the vault…": the window's `talktogether vault check`. The check runs on the vault thread with a
box saying which step it is on (with Cancel), then says plainly that the vault is whole, or that it is damaged and how to restore it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import VAULT_FILE

from .uihelp import settle, unlock

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("TT_SHOTS")
NAME = "Quagmire-Oduya"


def _shoot(window, box, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"{name}-window-900x600.png"))
        box.grab().save(str(Path(SHOTS) / f"{name}-dialog.png"))


def _open_settings(qtbot, window):
    window.resize(900, 600)
    window.act_settings.trigger()
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.settings_page, timeout=10000)
    settle(qtbot, window)
    window.settings_page.scroll.ensureWidgetVisible(window.settings_page.check_btn)  # as a person scrolls to it
    return window.settings_page


def _answer(qtbot, page) -> dict:
    qtbot.waitUntil(lambda: page.check_box is not None and page.check_box.isVisible(), timeout=60000)
    box = page.check_box
    return {"box": box, "title": box.text(), "text": box.informativeText(),
            "buttons": [b.text().replace("&", "") for b in box.buttons()], "status": page.status.text()}


def test_a_whole_vault_is_checked_off_the_window_thread_and_said_to_be_whole(qtbot, open_window, fresh_vault_dir):
    from PySide6.QtCore import Qt

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    page = _open_settings(qtbot, window)
    assert page.check_btn.isVisible() and page.check_btn.text() == "Check the vault…"

    held = threading.Event()
    window.tasks.run(lambda _v: held.wait(20))  # the vault thread is busy: the check waits its turn
    qtbot.mouseClick(page.check_btn, Qt.MouseButton.LeftButton)
    busy = (page.long_work is not None and page.long_work.isVisible(), page.check_btn.isEnabled(), page.check_btn.text(),
            page.status.text())
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "checking-window-900x600.png"))
    held.set()
    seen = _answer(qtbot, page)
    _shoot(window, seen["box"], "whole")
    seen["box"].close()
    settle(qtbot, window)

    assert busy[:3] == (True, False, "Checking the vault…") and "every page" in busy[3]
    assert seen["title"].startswith("<b>The vault is whole (checked ") and " MB in " in seen["title"]
    assert "Nothing was changed" in seen["text"] and seen["buttons"] == ["OK"]
    assert seen["status"].startswith("The vault is whole (checked ")
    assert page.long_work is None and page.check_btn.isEnabled() and page.check_box is None


@pytest.fixture
def damaged_vault_dir(vault_factory):
    """A vault filled with couples over many pages, then one byte of a late page flipped (as
    tests/storage/test_damaged_vault.py makes one)."""
    vault = vault_factory()
    for i in range(600):
        couples.add_couple(vault, f"{NAME} {i} " + "x" * 200, ["Zebulon", "Xanthippe"])
    vault.close()
    db = vault.data_dir / VAULT_FILE
    data = bytearray(db.read_bytes())
    data[len(data) - 4096 * 3 + 1000] ^= 0xFF
    db.write_bytes(bytes(data))
    return vault.data_dir


def test_a_damaged_vault_is_said_plainly_with_the_way_out(qtbot, open_window, damaged_vault_dir, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    window = open_window(damaged_vault_dir)
    unlock(qtbot, window)
    window.errors.close_all()  # the couples list may already have met the damaged page
    page = _open_settings(qtbot, window)
    picked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: picked.append(a[1]) or ("", ""))

    qtbot.mouseClick(page.check_btn, Qt.MouseButton.LeftButton)
    seen = _answer(qtbot, page)
    _shoot(window, seen["box"], "damaged")
    restore = [b for b in seen["box"].buttons() if b.text().replace("&", "") == "Restore from a backup…"]
    if restore:
        restore[0].click()
    settle(qtbot, window)

    assert seen["title"] == "<b>The vault file is damaged</b>"
    assert "page(s) failed their check" in seen["text"] and "Nothing was changed" in seen["text"]
    assert "Restore the vault from a backup" in seen["text"] and "damaged file aside" in seen["text"]
    assert "talktogether" not in seen["text"] and NAME not in seen["text"]  # no command line, no client detail
    assert sorted(seen["buttons"]) == ["Close", "Restore from a backup…"]
    assert seen["status"] == "The vault file is damaged."
    assert picked == ["Restore from a backup"]  # the way out opens the backup picker
    assert page.check_btn.isEnabled() and page.long_work is None


def test_locking_during_a_check_leaves_nothing_busy(qtbot, open_window, fresh_vault_dir):
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    page = _open_settings(qtbot, window)
    held = threading.Event()
    window.tasks.run(lambda _v: held.wait(20))
    page.check_btn.click()
    window.act_lock.trigger()
    held.set()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=10000)
    settle(qtbot, window)
    assert page.check_btn.isEnabled() and page.long_work is None and page.check_box is None
    assert page.status.text() == ""
