"""The DER scorer, RTTM, the mel front end and the word attribution rules, on hand-made data."""

from __future__ import annotations

import re

import numpy as np
import pytest

from talktogether_desktop.diarization.der import der, overlap_precision_recall
from talktogether_desktop.diarization.fixes import apply_fixes
from talktogether_desktop.diarization.mel import mel_spectrogram
from talktogether_desktop.diarization.rttm import read_rttm, to_rttm
from talktogether_desktop.diarization.words import attribute_words

REF = [{"speaker": "A", "start": 0.0, "end": 10.0}, {"speaker": "B", "start": 10.0, "end": 20.0}]


def test_der_perfect_and_label_free():
    hyp = [{"speaker": "S2", "start": 0.0, "end": 10.0}, {"speaker": "S1", "start": 10.0, "end": 20.0}]
    assert der(REF, hyp)["der"] == pytest.approx(0.0)


def test_der_counts_miss_false_alarm_confusion_and_collar():
    hyp = [{"speaker": "S1", "start": 0.0, "end": 12.0}, {"speaker": "S2", "start": 12.0, "end": 19.0},
           {"speaker": "S2", "start": 25.0, "end": 26.0}]
    no_collar = der(REF, hyp, collar=0.0)
    assert no_collar["confusion"] == pytest.approx(2 / 20, abs=1e-3)
    assert no_collar["miss"] == pytest.approx(1 / 20, abs=1e-3)
    assert no_collar["false_alarm"] == pytest.approx(1 / 20, abs=1e-3)
    with_collar = der(REF, hyp, collar=0.25)
    assert with_collar["der"] < no_collar["der"]


def test_overlap_scored_twice():
    ref = [{"speaker": "A", "start": 0, "end": 6}, {"speaker": "B", "start": 4, "end": 10}]
    hyp = [{"speaker": "x", "start": 0, "end": 5}, {"speaker": "y", "start": 5, "end": 10}]
    assert der(ref, hyp, collar=0.0)["miss"] == pytest.approx(2 / 12, abs=1e-3)
    pr = overlap_precision_recall(ref, [{"start": 4.5, "end": 6.5, "speakers": ["x", "y"]}])
    assert pr["precision"] == pytest.approx(0.75, abs=0.01) and pr["recall"] == pytest.approx(0.75, abs=0.01)


def test_rttm_round_trip_and_exact_line_format():
    text = to_rttm([{"speaker": "S1", "start": 1.5, "end": 3.25}, {"speaker": "S2", "start": 0.0, "end": 1.0}], "my file")
    lines = text.splitlines()
    assert lines[0] == "SPEAKER my_file 1 0.000 1.000 <NA> <NA> S2 <NA> <NA>"
    assert all(re.fullmatch(r"SPEAKER \S+ 1 \d+\.\d{3} \d+\.\d{3} <NA> <NA> S\d <NA> <NA>", l) for l in lines)
    back = read_rttm(text)["my_file"]
    assert back[1] == {"speaker": "S1", "start": 1.5, "end": 3.25}


def test_mel_front_end_puts_a_tone_in_its_band():
    t = np.arange(16000) / 16000
    mel = mel_spectrogram(np.sin(2 * np.pi * 440 * t).astype(np.float32))
    assert mel.shape == (101, 40)
    # 440 Hz lies in Slaney band 6 of 40 (bands are 66.7 Hz wide below 1 kHz)
    assert int(np.argmax(mel[50])) in (5, 6)


def test_words_take_the_covering_turn_and_snap_inside_words():
    diar = {"turns": [{"speaker": "S1", "start": 0.0, "end": 2.05, "confidence": 0.9},
                      {"speaker": "S2", "start": 2.05, "end": 4.0, "confidence": 0.8}]}
    words = [{"start": 0.1, "end": 0.5, "word": "I"}, {"start": 1.8, "end": 2.2, "word": "said"},
             {"start": 2.5, "end": 2.8, "word": "no"}, {"start": 5.0, "end": 5.2, "word": "late"}]
    out = attribute_words(words, diar)
    assert [w["speaker"] for w in out] == ["S1", "S1", "S2", "S2"]
    assert out[0]["speaker_confidence"] == pytest.approx(0.9)
    assert out[3]["speaker_confidence"] < 0.5  # outside every turn: nearest, with low confidence


def test_a_word_carries_its_own_speaker_certainty_not_its_turns():
    diar = {"turns": [{"speaker": "S1", "start": 0.0, "end": 4.0, "confidence": 0.9}],
            "word_confidence": [[0.1, 0.5, 0.95], [1.8, 2.2, 0.55], [2.2, 2.4, 0.75]]}
    words = [{"start": 0.1, "end": 0.5, "word": "I"}, {"start": 1.8, "end": 2.2, "word": "said"},
             {"start": 2.0, "end": 2.4, "word": "no"}, {"start": 3.0, "end": 3.2, "word": "late"}]
    out = attribute_words(words, diar)
    assert [w["speaker_confidence"] for w in out] == pytest.approx([0.95, 0.55, (0.2 * 0.55 + 0.2 * 0.75) / 0.4, 0.9])
    # a word the diarization was not given (corrected, say) keeps its turn's certainty


def test_frames_given_to_the_words_voice_say_how_unsure_they_were():
    from talktogether_desktop.diarization.frames import label_words_on_frames, word_confidences

    labels = np.array([0] * 30 + [1] * 10 + [0] * 60)  # 10 ms frames; the windows heard voice 1 inside a word
    conf = np.array([0.9] * 30 + [0.6] * 10 + [0.9] * 60)
    words = [{"start": 0.0, "end": 0.25, "word": "we"}, {"start": 0.26, "end": 0.6, "word": "agreed"},
             {"start": 0.61, "end": 1.0, "word": "Sunday"}]
    new_labels, new_conf, _ = label_words_on_frames(words, labels, conf, np.zeros(16000, np.float32), 1.0,
                                                    np.eye(2), labels >= 0, judge_interjections=False)
    assert (new_labels[26:60] == 0).all() and new_conf[30:40] == pytest.approx(0.4)
    assert [c for _, _, c in word_confidences(words, new_labels, new_conf)] == pytest.approx([0.9, (24 * 0.9 + 10 * 0.4) / 34, 0.9], abs=1e-3)


def test_fixes_swap_and_reassign():
    diar = {"speakers": ["S1", "S2"], "overlaps": [],
            "turns": [{"speaker": "S1", "start": 0.0, "end": 2.0}, {"speaker": "S2", "start": 2.0, "end": 4.0}]}
    words = [{"seq": i, "start": i * 0.5, "end": i * 0.5 + 0.4, "word": f"w{i}", "speaker": "S1" if i < 4 else "S2"}
             for i in range(8)]
    fixed, fw = apply_fixes(diar, words, [{"kind": "swap", "params": {"a": "S1", "b": "S2"}}])
    assert [t["speaker"] for t in fixed["turns"]] == ["S2", "S1"] and fw[0]["speaker"] == "S2"
    fixed, fw = apply_fixes(diar, words, [{"kind": "reassign", "params": {"from_word": 2, "to_word": 3, "speaker": "S2"}}])
    assert [w["speaker"] for w in fw] == ["S1", "S1", "S2", "S2", "S2", "S2", "S2", "S2"]
    assert [(t["speaker"], t["start"], t["end"]) for t in fixed["turns"]] == [("S1", 0.0, 1.0), ("S2", 1.0, 1.9), ("S1", 1.9, 2.0), ("S2", 2.0, 4.0)]
    fixed, fw = apply_fixes(diar, words, [{"kind": "reassign", "params": {"start": 2.0, "end": 3.0, "speaker": "S1"}}])
    assert [w["speaker"] for w in fw][4:6] == ["S1", "S1"] and fw[6]["speaker"] == "S2"


def test_match_speakers_confidence_from_the_whole_naming():
    from talktogether_desktop.diarization.enrollment import CONFIDENT, match_speakers

    rng = np.random.default_rng(0)
    base = rng.normal(size=(3, 256))
    ann, bob, stranger = base / np.linalg.norm(base, axis=1, keepdims=True)

    def near(v, noise):
        w = v + noise * rng.normal(size=256) / 16
        return w / np.linalg.norm(w)

    voices = {"S1": near(bob, 0.5), "S2": near(ann, 0.5)}
    got = match_speakers(voices, {1: ann, 2: bob})
    assert got["S1"]["partner_id"] == 2 and got["S2"]["partner_id"] == 1
    assert min(m["confidence"] for m in got.values()) >= CONFIDENT
    # a voice that is nobody enrolled is not named
    assert match_speakers({"S1": stranger}, {1: ann, 2: bob}) == {}
    # two voices equally close to the one enrolled partner: a guess, below the naming threshold
    twin = {"S1": near(ann, 0.6), "S2": near(ann, 0.6)}
    only = match_speakers(twin, {1: ann})
    assert len(only) == 1 and next(iter(only.values()))["confidence"] < CONFIDENT
