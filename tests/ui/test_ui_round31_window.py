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

