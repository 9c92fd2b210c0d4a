"""Sec 47 in the window (real vault, real offscreen widgets): what the therapist copied out of the case file does not
outlive the lock or the window.

Ctrl+C on a list or a text copies a couple's name or a transcript line to the system clipboard. The lock (Ctrl+L,
or the automatic lock after the idle minutes) cleared every client detail from the window but left the clipboard as
it was: anyone at the unattended laptop pasted 'Rivera–Okafor' into any program, and on quitting the desktop's
clipboard manager was handed the text to keep (on disk, in its history). The lock and the window's closing now clear
what the app put there, and what the app copies is marked as secret for the clipboard managers that keep a history
(KDE's Klipper, CopyQ honour `x-kde-passwordManagerHint`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from .uihelp import settle

pytestmark = pytest.mark.gui

COUPLE = "Rivera–Okafor"


def _copy_couple_name(qtbot, window) -> None:
    view = window.couples.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keySequence(view, "Ctrl+C")
    qtbot.waitUntil(lambda: COUPLE in QGuiApplication.clipboard().text(), timeout=5000)


def test_the_lock_clears_what_was_copied(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    _copy_couple_name(qtbot, window)
    window.vault_flow.lock()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    assert COUPLE not in QGuiApplication.clipboard().text()


def test_what_is_copied_is_marked_secret_for_clipboard_histories(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    _copy_couple_name(qtbot, window)
    data = QGuiApplication.clipboard().mimeData()
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    assert COUPLE in data.text()  # still pastes as it was


def test_closing_the_window_clears_what_was_copied(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    _copy_couple_name(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert COUPLE not in QGuiApplication.clipboard().text()


def test_a_recovery_code_copied_from_its_dialog_leaves_the_clipboard_with_it(qtbot):
    from talktogether_desktop.ui.vault_pages import RecoveryCodeDialog

    code = "6XGD-RMMY-SZ9R-Y5FP-TVNT-PZDB"
    dialog = RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code_label.setFocus()
    dialog.code_label.setSelection(0, len(code))
    QTest.keySequence(dialog.code_label, "Ctrl+C")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == code, timeout=5000)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert code not in QGuiApplication.clipboard().text()
