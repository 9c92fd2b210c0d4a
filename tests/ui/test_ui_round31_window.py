"""Round 31: the window at its smallest size, couples of the same name, files cut short or silent, and the
list of the therapist's transcript corrections."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .uihelp import settle

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("TT_SHOTS")


def _clipped(widget, window) -> bool:
    """True when part of `widget` lies outside one of its ancestors (up to the window): it cannot all be seen."""
    from PySide6.QtCore import QRect

    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        visible = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()) if parent is not window else window.rect()
        if not visible.contains(rect):
            return True
        if parent is window:
            return False
        parent = parent.parentWidget()
    return False


def test_every_transcript_control_is_on_screen_in_the_smallest_window(qtbot, demo_window):
    window, _ids = demo_window
    window.resize(900, 600)
    window.recording_page.tabs.setCurrentWidget(window.recording_page.transcript)
    qtbot.wait(200)
    settle(qtbot, window)
    assert (window.width(), window.height()) == (900, 600)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "transcript-900x600.png"))
    view = window.recording_page.transcript
    controls = [view.search, view.rename_btn, view.swap_btn, view.reassign_btn, view.correct_btn, view.undo_btn]
    controls += getattr(view, "extra_controls", lambda: [])()
    # a button narrower than its text needs shows the text cut ("lected lines are"): that is cut off too
    hidden = [c.accessibleName() or getattr(c, "text", lambda: "")() for c in controls
              if not c.isVisible() or _clipped(c, window) or c.width() < c.sizeHint().width()
              and c is not view.search]
    assert not hidden, f"cut off or hidden at 900x600: {hidden}"


def test_a_new_couple_with_a_name_already_in_the_list_is_warned_and_may_still_be_added(qtbot, couple_window):
    from PySide6.QtWidgets import QApplication

    from talktogether_desktop.ui.couples_list import NewCoupleDialog

    from .uihelp import type_text, when_modal

    window, couple_id, _data_dir = couple_window
    seen = {}

    def fill(dialog: NewCoupleDialog):
        type_text(qtbot, dialog.name, "rivera-okafor")  # the same name, typed with a plain dash and no capitals
        type_text(qtbot, dialog.partner1, "Lu")
        seen["warned"] = dialog.same_name.isVisible(), dialog.same_name.text(), dialog.ok.text()
        dialog.name.setText("Rivera–Okafor (Lu)")  # changed: the warning goes
        seen["changed"] = dialog.same_name.isVisible(), dialog.ok.text()
        dialog.name.setText("Rivera–Okafor")  # back to the same name: the therapist goes on anyway
        dialog.ok.click()

    when_modal(NewCoupleDialog, fill)
    window.act_new.trigger()
    qtbot.waitUntil(lambda: window.couples.model.rowCount() == 2 and window.couple_page.couple_id != couple_id,
                    timeout=20000)
    settle(qtbot, window)
    visible, text, ok = seen["warned"]
    assert visible and ok == "Add anyway"
    assert "Rivera–Okafor (Sam & Ada)" in text and "same name" in text
    assert seen["changed"] == (False, "Add couple")
    assert window.couple_page.title.text() == "Rivera–Okafor"
    assert QApplication.activeModalWidget() is None

