"""Word attribution with real recognised words (faster-whisper tiny.en, bundled) on generated
dialogues: each word's truth is the utterance its middle falls in."""

from __future__ import annotations

import numpy as np
import pytest

from talktogether_desktop.diarization import attribute_words, diarize

from .test_engine import label_mapping, word_accuracy

pytestmark = pytest.mark.slow


def _truth(word, reference):
    mid = (word["start"] + word["end"]) / 2
    return min(reference, key=lambda t: 0.0 if t["start"] <= mid <= t["end"]
               else min(abs(mid - t["start"]), abs(mid - t["end"])))["speaker"]


@pytest.mark.parametrize("voices", [("slt", "kal"), ("en_m1", "en_m3")], ids=["female-male", "male-male"])
def test_recognised_words_get_their_speaker(make_dialogue, voices):
    from talktogether_desktop.transcription import transcribe_samples

    mono, _, reference, _ = make_dialogue(voices)
    transcript = transcribe_samples(mono, model="tiny.en", second_listen=False)
    words = [w for seg in transcript["segments"] for w in seg["words"]]
    assert len(words) >= 100
    diarization = diarize(mono, num_speakers=2, words=words)
    attributed = attribute_words(transcript, diarization)
    for w in attributed:
        w["truth"] = _truth(w, reference)
    assert word_accuracy(attributed) >= 0.97
    assert np.mean([w["speaker_confidence"] for w in attributed]) > 0.6
    # each word's certainty is its own (the frames under it), not one figure for the whole turn
    own = {(c[0], c[1]): c[2] for c in diarization["word_confidence"]}
    inside = [w for w in attributed if any(t["start"] <= w["start"] and w["end"] <= t["end"] for t in diarization["turns"])
              and (round(w["start"], 3), round(w["end"], 3)) in own and w["end"] - w["start"] >= 0.1]
    assert len(inside) > len(attributed) / 2
    assert all(w["speaker_confidence"] == pytest.approx(own[(round(w["start"], 3), round(w["end"], 3))], abs=2e-3) for w in inside)
    mapping = label_mapping(attributed)
    wrong = [w["speaker_confidence"] for w in attributed if mapping.get(w["speaker"]) != w["truth"]]
    if wrong:
        right = [w["speaker_confidence"] for w in attributed if mapping.get(w["speaker"]) == w["truth"]]
        assert np.mean(wrong) < np.mean(right)
