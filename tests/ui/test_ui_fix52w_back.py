"""Fix 52w in the window (real offscreen window, the demo vault): Back from Settings returns to the page Settings was
opened from. From a recording's page it went to the couple's page, so a therapist who checked a setting in the middle
of reading a recording lost their place (and read the recording again from the vault to get back)."""

from __future__ import annotations

import pytest

from .uihelp import open_couple, open_recording, settle

pytestmark = pytest.mark.gui


def test_back_from_settings_returns_to_the_recording_or_the_couple(qtbot, demo_window):
    window, ids = demo_window
    open_couple(qtbot, window, ids.couple_id)
    open_recording(qtbot, window, ids.recording_id)
    page = window.recording_page
    reads = []
    load = page.load
    page.load = lambda *args, **kw: (reads.append(args[0]), load(*args, **kw))[1]  # (a spy: it still loads)

    window.act_settings.trigger()
    settle(qtbot, window)
    assert window.content.currentWidget() is window.settings_page
    window.act_back.trigger()
    settle(qtbot, window)
    assert window.content.currentWidget() is page and page.recording_id == ids.recording_id
    assert reads == []  # the page as it was, not read again

    window.act_back.trigger()  # Back from the recording: its couple, as before
    settle(qtbot, window)
    assert window.content.currentWidget() is window.couple_page
    window.act_settings.trigger()
    settle(qtbot, window)
    window.act_back.trigger()
    settle(qtbot, window)
    assert window.content.currentWidget() is window.couple_page
