"""Words whose voice was hard to tell apart are said to be unsure, in `recording show` and the window's
transcript lines, not shown as sure (the diarization's own per-word certainty, pipeline.formats)."""

from __future__ import annotations

import io
import wave

import numpy as np

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.pipeline.formats import SPEAKER_UNSURE, speaker_unsure_runs
from talktogether_desktop.storage import couples, speakers, transcripts
from talktogether_desktop.storage.settings import load_settings

SAID = [("You", "S1", 0.95), ("read", "S1", 0.93), ("my", "S1", 0.95), ("messages.", "S1", 0.9),
        ("I", "S1", 0.55), ("saw", "S1", 0.52), ("one", "S1", 0.58), ("line.", "S1", 0.57),
        ("It", "S1", 0.91), ("was", "S1", 0.9), ("work.", "S1", 0.92),
        ("Okay.", "S2", 0.56)]  # one unsure word alone is no run: a single word's doubt is too common


def _words():
    return [{"start": 0.5 + 0.4 * k, "end": 0.8 + 0.4 * k, "word": w, "probability": 0.9, "speaker": s,
             "speaker_confidence": c} for k, (w, s, c) in enumerate(SAID)]


def test_runs_of_unsure_words_of_one_speaker():
    words = _words()
    assert speaker_unsure_runs(words) == [(4, 8)]
    assert all(words[k]["speaker_confidence"] < SPEAKER_UNSURE for k in range(4, 8))
    moved = [dict(w, speaker_confidence=1.0) if 4 <= k < 8 else w for k, w in enumerate(words)]  # the therapist confirmed
    assert speaker_unsure_runs(moved) == []
    assert speaker_unsure_runs([dict(w, speaker_confidence=None) for w in words]) == []  # not known yet: nothing claimed


def _wav(seconds=6.0) -> bytes:
    rng = np.random.default_rng(3)
    pcm = (rng.normal(0, 0.05, int(16000 * seconds)) * 32767).astype(np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(pcm.tobytes())
    return out.getvalue()


def test_recording_show_and_the_window_lines_say_the_speaker_is_unsure(isolated_home, cli):
    from talktogether_desktop.storage.vault import create_vault
    from talktogether_desktop.ui.recording_data import recording_page
    from tt_testing import PASSPHRASE

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        cid = couples.add_couple(vault, "Test couple", ["Ana", "Ben"])
        couples.record_consent(vault, cid)
        ana, ben = [p["id"] for p in couples.get_couple(vault, cid)["partners"]]
        rid = ops_recordings.import_audio(vault, load_settings(vault), cid, _wav(), original_name="talk.wav").id
        words = _words()
        transcripts.save_transcript(vault, rid, {"duration_s": 6.0, "model": "tiny.en", "language": "en", "segments": [
            {"start": words[0]["start"], "end": words[-1]["end"], "text": " ".join(w["word"] for w in words), "words": words}]})
        speakers.set_speaker(vault, rid, "S1", partner_id=ana)
        speakers.set_speaker(vault, rid, "S2", partner_id=ben)
        lines = recording_page(vault, rid)["lines"]
    finally:
        vault.close()
    assert [(l["text"], bool(l.get("speaker_unsure"))) for l in lines] == [
        ("You read my messages.", False), ("I saw one line.", True), ("It was work.", False), ("Okay.", False)]
    shown = cli("recording", "show", str(rid))
    assert shown.returncode == 0, shown.stderr
    assert '(speaker unsure, 00:02-00:04, Ana: "I saw one line.": the voices were hard to tell apart' in shown.stdout
    assert shown.stdout.count("speaker unsure") == 1
    # one line per speaker's run of words, as the window shows them: never "Ana/Ben:" on a segment the two share
    assert "Ana/Ben" not in shown.stdout and "[00:05] Ben: Okay." in shown.stdout
    assert "[00:00] Ana: You read my messages." in shown.stdout
