"""Steps the UI tests share: wait for the vault thread, unlock, open a couple, wait for jobs."""

from __future__ import annotations

import time

from tt_testing import PASSPHRASE


def settle(qtbot, window, timeout_ms: int = 20000) -> None:
    qtbot.waitUntil(window.tasks.is_idle, timeout=timeout_ms)
    qtbot.wait(20)


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.secret.setText(passphrase)
    qtbot.mouseClick(window.unlock_page.unlock_btn, _left())
    qtbot.waitUntil(lambda: window.unlocked, timeout=20000)
    settle(qtbot, window)


def open_couple(qtbot, window, couple_id: int) -> None:
    window.couple_flow.open_couple(couple_id)
    qtbot.waitUntil(lambda: window.couple_page.couple_id == couple_id and window.content.currentWidget() is window.couple_page,
                    timeout=20000)
    settle(qtbot, window)


def wait_jobs_done(qtbot, window, timeout_ms: int = 120000) -> None:
    qtbot.waitUntil(lambda: not window.jobs.active(), timeout=timeout_ms)
    settle(qtbot, window)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def elapsed(start: float) -> float:
    return time.monotonic() - start
