"""Fix 51w in the window (real offscreen window, real vault): a planned session is reached from the keyboard.

A session opened (to move it, mark it held, cancelled or missed, or remove it) only on a double-click: Enter on the
selected session did nothing, so someone working by keyboard could do none of it. Enter now opens it, and a double-click
still opens it once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .uihelp import double_click, settle, when_modal, window_with_a_session

pytestmark = pytest.mark.gui


def test_enter_on_a_session_opens_it_and_a_double_click_opens_it_once(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.couple_dialogs import SessionDialog

    window, _couple_id = window_with_a_session(qtbot, open_window, fresh_vault_dir)
    sessions = window.couple_page.sessions
    opened = []

    def seen(dialog):
        opened.append(dialog.windowTitle())
        dialog.reject()

    sessions.setFocus()
    sessions.setCurrentRow(0)
    when_modal(SessionDialog, seen)
    qtbot.keyClick(sessions, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    settle(qtbot, window)
    assert "Double-click (or Enter)" in sessions.item(0).toolTip()

    when_modal(SessionDialog, seen)
    double_click(qtbot, sessions.viewport(), sessions.visualItemRect(sessions.item(0)).center())
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    qtbot.wait(300)
    settle(qtbot, window)
    assert len(opened) == 2  # (not twice for one double-click)

    from PySide6.QtWidgets import QLabel

    from talktogether_desktop.ui.about import ShortcutsDialog

    keys = ShortcutsDialog(window.menuBar(), window)  # Help › Keyboard shortcuts says so
    qtbot.addWidget(keys)
    assert any("recording or session" in label.text() for label in keys.findChildren(QLabel))


def test_a_double_click_on_a_recording_opens_it_once(qtbot, demo_window):
    """A double-click on a recording's row opened it twice (cellActivated and cellDoubleClicked were both connected):
    its page data and sound were read from the vault twice, doubling the wait on a long recording."""
    window, ids = demo_window
    from .uihelp import open_couple

    open_couple(qtbot, window, ids.couple_id)
    page, opened = window.recording_page, []
    load = page.load
    page.load = lambda *args, **kw: (opened.append(args[0]), load(*args, **kw))[1]  # (a spy: it still opens it)
    table = window.couple_page.table
    double_click(qtbot, table.viewport(), table.visualItemRect(table.item(0, 1)).center())
    qtbot.waitUntil(lambda: page.data is not None and window.content.currentWidget() is page, timeout=20000)
    settle(qtbot, window)
    assert opened == [ids.recording_id]
