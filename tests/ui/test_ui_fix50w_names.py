"""Fix 50w in the window (real offscreen window and dialogs): every field and button a keyboard reaches has a name a
screen reader says (Qt's own accessibility interface, as Orca or NVDA read it).

A field on a form row whose label names the row rather than the field (a row holding the field with a button or a tick
box) or on a row with no label had none: Settings' "Speech model folder" field (and its "Choose…"), the backup's
passphrase field when restoring, a session's date and time, the couple's name typed to confirm deleting a couple, and
the typing part of "Who is speaking?"'s name fields. A screen reader said "edit text", "password text" or "date"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .uihelp import settle

pytestmark = pytest.mark.gui


def _nameless(root) -> list[str]:
    """The widgets of `root` a keyboard reaches whose accessible name is empty."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication, QLabel, QScrollBar, QWidget

    QApplication.processEvents()
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, (QLabel, QScrollBar)) or widget.objectName() in ("qt_scrollarea_viewport",
                                                                               "qt_spinbox_lineedit"):
            continue  # (a spin box's own line edit is reached as the spin box, which is named)
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
            out.append(f"{type(widget).__name__} {hint[:50]!r}")
    return out


def test_the_settings_page_names_every_field(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    window.show_settings()
    settle(qtbot, window)
    assert _nameless(window.settings_page) == []
    assert window.settings_page.model_dir.accessibleName() == "Speech model folder"


def test_dialogs_name_every_field(qtbot):
    from talktogether_desktop.ui.couple_dialogs import DeleteCoupleDialog, SessionDialog
    from talktogether_desktop.ui.rename_dialog import RenameDialog
    from talktogether_desktop.ui.settings_page import SecretDialog

    partners = [{"id": 1, "display_name": "Ana"}, {"id": 2, "display_name": "Bo"}]
    for dialog in (SecretDialog(), SessionDialog(couple_name="Rivera–Okafor"),
                   SessionDialog(session={"scheduled_at": "2026-12-10", "duration_min": 50, "status": "planned"}),
                   DeleteCoupleDialog("Rivera–Okafor", partners="Sam and Ada", recordings=2),
                   RenameDialog({"S1": "S1", "S2": "Bo"}, partners)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _nameless(dialog) == [], dialog.windowTitle()
        dialog.reject()
