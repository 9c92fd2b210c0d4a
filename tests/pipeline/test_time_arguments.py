"""Times the therapist gives (a correction, a move of words, a note's moment) are checked before
anything is stored, and rows stored before the check (NaN, infinite) no longer break listing or undo."""

import io
import json
import math
import wave

import numpy as np
import pytest

from talktogether_desktop.errors import UsageError
from talktogether_desktop.pipeline import ops_case, ops_recordings, ops_speakers, ops_transcript
from talktogether_desktop.storage import couples, speakers, transcripts
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import create_vault
from talktogether_desktop.timefmt import clock
from tt_testing import PASSPHRASE

BAD_RANGES = [(math.nan, math.inf), (1e308, math.inf), (1e308, 1e309), (-1.0, 2.0), (3.0, 2.0),
              (5.0, 40.0), (30.0, 31.0)]


def _ten_seconds() -> bytes:
    pcm = (np.random.default_rng(3).normal(0, 0.05, 160_000) * 32767).astype(np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(pcm.tobytes())
    return out.getvalue()


def _recording_with_words(vault) -> int:
    couple_id = couples.add_couple(vault, "Test couple", ["Ana", "Ben"])
    rec_id = ops_recordings.import_audio(vault, load_settings(vault), couple_id, _ten_seconds(), original_name="t.wav").id
    words = [{"start": 1.0 + i, "end": 1.6 + i, "word": w, "probability": 0.9, "speaker": "S1" if i < 3 else "S2",
              "speaker_confidence": 0.9} for i, w in enumerate(["you", "never", "listen", "I", "do"])]
    transcripts.save_transcript(vault, rec_id, {"duration_s": 10.0, "model": "tiny.en", "language": "en",
                                                "segments": [{"start": 1.0, "end": 5.6, "text": "", "words": words}]})
    speakers.save_diarization(vault, rec_id, {"speakers": ["S1", "S2"], "overlaps": [], "warnings": [],
                                              "turns": [{"start": 1.0, "end": 3.6, "speaker": "S1"},
                                                        {"start": 4.0, "end": 5.6, "speaker": "S2"}]})
    return rec_id


def _store_unchecked(vault, rec_id, start, end):
    """A correction row as an earlier version stored it, times unchecked."""
    vault.execute("INSERT INTO transcript_corrections (recording_id, kind, params, created_at) VALUES (?, 'word', ?, ?)",
                  (rec_id, json.dumps({"start": start, "end": end, "text": "x"}), "2026-01-01T00:00:00+00:00"))


@pytest.mark.parametrize("start,end", BAD_RANGES)
def test_a_correction_outside_the_recording_is_refused_and_nothing_is_stored(vault, start, end):
    rec_id = _recording_with_words(vault)
    with pytest.raises(UsageError):
        ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", start, end, text="x")
    assert transcripts.list_corrections(vault, rec_id) == []


def test_a_word_the_recogniser_timed_with_no_length_can_still_be_corrected(vault):
    rec_id = _recording_with_words(vault)
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", 2.0, 2.0, text="rarely")
    assert made["text"] == "rarely"


@pytest.mark.parametrize("start,end", BAD_RANGES + [(2.0, 2.0)])
def test_a_move_of_words_outside_the_recording_is_refused(vault, start, end):
    rec_id = _recording_with_words(vault)
    with pytest.raises(UsageError):
        ops_speakers.reassign_speaker(vault, load_settings(vault), rec_id, "S2", start=start, end=end)
    assert speakers.list_fixes(vault, rec_id) == []


@pytest.mark.parametrize("at", [math.nan, math.inf, -3.0, 60.0])
def test_a_note_at_a_moment_outside_the_recording_is_refused(vault, at):
    rec_id = _recording_with_words(vault)
    with pytest.raises(UsageError):
        ops_case.add_note(vault, load_settings(vault), 1, "a note", recording_id=rec_id, t=at)


def test_rows_stored_before_the_check_are_listed_skipped_and_undone(vault):
    rec_id = _recording_with_words(vault)
    _store_unchecked(vault, rec_id, math.nan, math.inf)
    _store_unchecked(vault, rec_id, 1e308, math.inf)
    listed = ops_transcript.list_corrections(vault, load_settings(vault), rec_id)
    assert [(c["start"], c["end"]) for c in listed] == [(None, None), (1e308, None)]
    json.dumps(listed, allow_nan=False)
    assert [w["word"] for w in ops_transcript.corrected_words(vault, rec_id)] == ["you", "never", "listen", "I", "do"]
    undone = ops_transcript.undo_correction(vault, load_settings(vault), rec_id)
    assert undone["end"] is None and clock(undone["end"]) == "--:--" and clock(math.nan) == "--:--"


def test_cli_refuses_times_that_are_no_times_and_lists_bad_rows(isolated_home, cli):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        rec_id = _recording_with_words(vault)
        _store_unchecked(vault, rec_id, math.nan, math.inf)
    finally:
        vault.close()
    for start, end in [("nan", "inf"), ("1e308", "1e309"), ("-1", "2"), ("3", "2"), ("2", "2"), ("5", "40")]:
        got = cli("transcript", "correct", str(rec_id), "--start", start, "--end", end, "--text", "x")
        assert got.returncode == 2 and "Traceback" not in got.stderr, (start, end, got.stderr)
    assert cli("speakers", "reassign", str(rec_id), "--start", "nan", "--end", "2", "--speaker", "S1").returncode == 2
    listed = cli("transcript", "corrections", str(rec_id))
    assert listed.returncode == 0 and "word  “x”" in listed.stdout, listed.stderr
    as_json = cli("transcript", "corrections", str(rec_id), "--json")
    assert json.loads(as_json.stdout)[0]["start"] is None
    undone = cli("transcript", "undo", str(rec_id))
    assert undone.returncode == 0 and "Took back correction" in undone.stdout, undone.stderr
