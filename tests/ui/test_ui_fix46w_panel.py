"""Fix 46w in the window (real vault, real offscreen widgets): the Processing panel, closed, stays closed.

The therapist closes the Processing panel (View › Processing, Ctrl+J) to give the page its room. After locking and
unlocking it was open again, each time, as if the choice had not been made. It comes back only as it was (or when
something is being processed)."""

from __future__ import annotations

import pytest

from .test_ui_fix43w_lock import _lock_now
from .uihelp import menu_action, settle, unlock

pytestmark = pytest.mark.gui


def _view_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")


def test_the_processing_panel_closed_before_a_lock_stays_closed_after_unlocking(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    assert window.jobs_dock.isVisible()
    menu_action(_view_menu(window), "Processing").trigger()  # closed
    assert not window.jobs_dock.isVisible()

    _lock_now(window)
    settle(qtbot, window)
    unlock(qtbot, window)
    assert not window.jobs_dock.isVisible() and not window.act_jobs.isChecked()

    menu_action(_view_menu(window), "Processing").trigger()  # opened again, it stays open across a lock
    _lock_now(window)
    settle(qtbot, window)
    assert not window.jobs_dock.isVisible()  # (behind the lock it names no one)
    unlock(qtbot, window)
    assert window.jobs_dock.isVisible()
