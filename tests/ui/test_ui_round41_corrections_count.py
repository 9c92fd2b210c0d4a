"""walk41a/walk41b: after only naming the voices, the transcript tab said "Corrections (2)…" while `transcript
corrections` said "No corrections": naming a voice is listed with the corrections, not counted as one."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]


def test_naming_the_voices_is_no_correction_in_the_count(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    fixes = page.data["speaker_fixes"]
    assert fixes and all(f["kind"] == "rename" for f in fixes)  # the demo's voices are named, nothing corrected
    button = page.transcript.corrections_btn
    assert button.text() == "Corrections…"
    assert button.isEnabled()  # the namings are still listed there
