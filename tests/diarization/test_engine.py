"""The diarization engine on generated dialogues with exact truth, and on the shared references."""

from __future__ import annotations

import wave
from collections import Counter

import numpy as np
import pytest

from talktogether_desktop.diarization import clustering
from talktogether_desktop.diarization.der import der, overlap_precision_recall
from talktogether_desktop.diarization.engine import diarize
from talktogether_desktop.diarization.rttm import read_rttm
from talktogether_desktop.diarization.words import attribute_words
from talktogether_desktop.errors import UsageError
from tt_testing import shared_data

from .conftest import OVERLAP_GAPS

PAIRS = [
    ("slt", "kal"),  # festival female / male
    ("en_m1", "en_m3"),  # two espeak male voices
    ("kal", "en_m1"),  # festival male / espeak male
]


def label_mapping(attributed) -> dict:
    """The one-to-one hypothesis -> truth mapping that agrees on the most words."""
    pairs = Counter((w["speaker"], w["truth"]) for w in attributed)
    mapping, used = {}, set()
    for (hyp, truth), _ in pairs.most_common():
        if hyp not in mapping and truth not in used:
            mapping[hyp] = truth
            used.add(truth)
    return mapping


def word_accuracy(attributed, mapping=None) -> float:
    mapping = mapping or label_mapping(attributed)
    return float(np.mean([mapping.get(w["speaker"]) == w["truth"] for w in attributed]))


@pytest.mark.parametrize("voices", PAIRS, ids=["female-male", "male-male-espeak", "male-male-mixed"])
def test_generated_dialogue_der_and_words(make_dialogue, voices):
    mono, _, reference, words = make_dialogue(voices)
    result = diarize(mono, num_speakers=2, words=words)
    scored = der(reference, result["turns"], collar=0.25)
    assert scored["der"] <= 0.08, scored
    assert der(reference, result["turns"], collar=0.0)["der"] <= 0.15
    assert result["speakers"] == ["S1", "S2"] and not result["warnings"]
    # turns change between words: no word is split between two speakers
    for w in words:
        said_by = {t["speaker"] for t in result["turns"] if min(w["end"], t["end"]) - max(w["start"], t["start"]) > 0.02}
        assert len(said_by) <= 1, (w, said_by)
    attributed = attribute_words(words, result)
    assert all(w["speaker"] in ("S1", "S2") and 0 <= w["speaker_confidence"] <= 1 for w in attributed)
    assert word_accuracy(attributed) >= 0.97
    # the one-word replies ("Yeah.", "No.", "Wait.", "Right.", "Mm hm.") keep their own
    # speaker (a 0.2 s "No" is too short for the encoder alone: pitch decides it)
    interjections = [w for w in attributed if w["word"] in ("Yeah", "No", "Wait", "Right", "Mm", "hm")]
    assert word_accuracy(interjections, label_mapping(attributed)) == 1.0


def test_overlapping_dialogue_mono(make_dialogue):
    mono, _, reference, _ = make_dialogue(("slt", "kal"), gaps=OVERLAP_GAPS)
    result = diarize(mono, num_speakers=2)
    assert der(reference, result["turns"])["der"] <= 0.10


def test_stereo_one_partner_per_channel_with_overlaps_at_exact_times(make_dialogue):
    mono, stereo, reference, _ = make_dialogue(("en_m1", "en_m3"), gaps=OVERLAP_GAPS)
    result = diarize(mono, num_speakers=2, channels=stereo)
    assert result["params"]["method"] == "stereo-channels"
    assert der(reference, result["turns"])["der"] <= 0.06
    pr = overlap_precision_recall(reference, result["overlaps"])
    assert pr["precision"] >= 0.9 and pr["recall"] >= 0.3, pr
    # every overlap made in the dialogue (0.5-0.6 s at an exact offset) is found where it was put
    truth = _true_overlaps(reference)
    assert len(truth) == 2 * 2  # two overlapping gaps per pass through the 14 lines
    for a, b in truth:
        assert any(o["start"] < b and o["end"] > a for o in result["overlaps"]), (a, b, result["overlaps"])
    for o in result["overlaps"]:
        assert any(o["start"] < b + 0.3 and o["end"] > a - 0.3 for a, b in truth)


def _true_overlaps(reference):
    turns = sorted(reference, key=lambda t: t["start"])
    out = []
    for x, y in zip(turns, turns[1:]):
        if y["start"] < x["end"]:
            out.append((y["start"], min(x["end"], y["end"])))
    return out


@pytest.mark.parametrize("voice", ["slt", "kal"])
def test_one_voice_recording_warns(make_dialogue, voice):
    mono, _, _, _ = make_dialogue((voice,))
    result = diarize(mono, num_speakers=2)
    assert result["warnings"] and "fewer than 2 voices" in result["warnings"][0]


def test_three_voices_therapist_in_the_room(make_dialogue):
    mono, _, reference, words = make_dialogue(("slt", "kal", "en_m1"))
    result = diarize(mono, num_speakers=3, words=words)
    assert result["speakers"] == ["S1", "S2", "S3"]
    assert der(reference, result["turns"])["der"] <= 0.08


def test_single_speaker_mode_and_bounds(make_dialogue):
    mono, _, reference, _ = make_dialogue(("kal",))
    result = diarize(mono, num_speakers=1)
    assert result["speakers"] == ["S1"] and {t["speaker"] for t in result["turns"]} == {"S1"}
    assert der(reference, result["turns"])["der"] <= 0.05
    with pytest.raises(UsageError):
        diarize(mono, num_speakers=5)


def _count_chunked_runs(monkeypatch) -> list:
    runs = []
    original = clustering._cluster_in_chunks
    monkeypatch.setattr(clustering, "_cluster_in_chunks", lambda emb, k, chunk: runs.append(chunk) or original(emb, k, chunk))
    return runs


def test_long_recording_links_speakers_across_chunks(make_dialogue, monkeypatch):
    mono, _, reference, _ = make_dialogue(("slt", "en_m1"), repeat=3)
    assert len(mono) / 16000 > 100
    runs = _count_chunked_runs(monkeypatch)
    # As shipped, this recording's windows are clustered in one go...
    diarize(mono, num_speakers=2)
    assert runs == []
    # ...so force several small chunks: the linking path is what is tested.
    monkeypatch.setattr(clustering, "DIRECT_LIMIT", 40)
    result = diarize(mono, num_speakers=2)
    assert runs == [40]
    assert der(reference, result["turns"])["der"] <= 0.08


def test_silence_gives_no_turns():
    result = diarize(np.zeros(16000 * 3, dtype=np.float32), num_speakers=2)
    assert result["turns"] == [] and result["warnings"]


def _load_reference(name):
    folder = shared_data(name)
    with wave.open(str(folder / f"{name}.wav"), "rb") as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    ref = next(iter(read_rttm((folder / f"{name}.rttm").read_text()).values()))
    return x, ref


# Regression guards at about 1.3x what the engine measures today (benchmarks/diarize.py prints
# the table): the phone call 0.026, the 4-speaker example 0.026, AMI dev00 0.145 (all missed
# overlap, no confusion). AMI tst00 measures 0.621, but 0.506 of that is the floor any
# one-speaker-at-a-time system pays on it (17.8 s of its 30 s overlap), so the guard is 1.3x the
# part above the floor: 0.506 + 1.3 x 0.115 = 0.66 (1.3x the whole figure would loosen it).
@pytest.mark.parametrize("name,limit", [
    ("pyannote_sample_2spk_phone", 0.05),
    ("pyaudioanalysis_diarizationExample_4spk", 0.05),
    ("ami_dev00_2spk", 0.19),
    ("ami_tst00_4spk", 0.66),
])
def test_shared_references(name, limit):
    x, ref = _load_reference(name)
    k = len({t["speaker"] for t in ref})
    result = diarize(x, num_speakers=k)
    assert der(ref, result["turns"])["der"] <= limit
