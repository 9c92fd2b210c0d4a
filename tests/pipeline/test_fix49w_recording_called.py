"""Fix 49w: a message about a recording names it as the therapist knows it, by the day it was made and its file's name,
never by its number in the vault ("Recording 7 is not analysed until…", "Recording 7 has no corrections to undo."),
which the window shows nowhere; the window puts these messages up as they are (ui/errors.py)."""

from __future__ import annotations

import pytest

from talktogether_desktop.errors import ConsentMissing, NotFound
from talktogether_desktop.pipeline import ops_recordings, ops_reports
from talktogether_desktop.pipeline.consent import require_analysis_consent
from talktogether_desktop.storage import couples, transcripts
from talktogether_desktop.storage.settings import load_settings
from tt_testing import tone_wav


def test_messages_name_a_recording_by_its_day_and_file(vault_factory):
    vault = vault_factory()
    couple_id = couples.add_couple(vault, "Day", ["Ana", "Bo"])
    rid = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav",
                                      recorded_at="2026-12-01T19:30").id
    said = []
    for ask, kind in ((lambda: require_analysis_consent(vault, rid), ConsentMissing),
                      (lambda: transcripts.remove_correction(vault, rid), NotFound)):
        with pytest.raises(kind) as caught:
            ask()
        said.append(str(caught.value))
    couples.record_consent(vault, couple_id)
    with pytest.raises(NotFound) as caught:
        ops_reports.make_session_prep(vault, load_settings(vault), rid)
    said.append(str(caught.value))
    for text in said:
        assert text.startswith("The recording of 2026-12-01 (kitchen.wav) "), text
        assert f"Recording {rid} " not in text, text


def test_a_time_past_the_end_names_no_vault_number(vault_factory):
    from talktogether_desktop.errors import UsageError
    from talktogether_desktop.pipeline.times import check_moment

    vault = vault_factory()
    couple_id = couples.add_couple(vault, "Day", ["Ana", "Bo"])
    rid = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(2.0), "kitchen.wav").id
    with pytest.raises(UsageError) as caught:
        check_moment(vault, rid, 60.0, "start")
    assert "after the end of the recording, which is 2.0 s long" in str(caught.value), str(caught.value)
    assert f"recording {rid}" not in str(caught.value)
