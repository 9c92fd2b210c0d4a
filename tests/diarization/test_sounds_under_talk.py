"""A listener's "mm-hm" under the partner's talk, with no word written for it, is heard in the sound (under_talk.py).

Real synthesised voices (Festival): one partner talks on for two sentences; the other says "Mm hm." under the second at
the same level, as on a phone lying between them. The recogniser writes only the talker's words (on the development set
35 of 36 such backchannels left no word, round 50), so the words given here are the talker's alone."""

from __future__ import annotations

import numpy as np
import pytest

from talktogether_desktop.diarization import overlap, under_talk
from talktogether_desktop.diarization.vad import n_frames

from tt_speech import need

from .synth import RATE, spread_words, synth

TALK = ("I keep thinking about the weekend and how it went wrong before we even left the house.",
        "You were on the phone the whole morning and I was packing the car on my own again.")


@pytest.fixture(scope="module")
def voices(tmp_path_factory):
    need("text2wave", "sox")
    work = tmp_path_factory.mktemp("under_talk")
    first, second = (synth("slt", line, work) for line in TALK)
    gap = np.zeros(int(0.3 * RATE), dtype=np.float32)
    talk = np.concatenate([first, gap, second])
    words = spread_words(TALK[0], 0.0, len(first) / RATE, "S1") + spread_words(
        TALK[1], (len(first) + len(gap)) / RATE, len(talk) / RATE, "S1")
    mm = synth("kal", "Mm hm.", work)
    at = len(first) + len(gap) + len(second) // 2
    with_mm = talk.copy()
    with_mm[at : at + len(mm)] += mm
    return talk, with_mm, words, at / RATE, (at + len(mm)) / RATE


def _heard(samples, words):
    samples = np.asarray(samples, dtype=np.float32)
    return under_talk.sounds_under_talk(samples, words, [0] * len(words),
                                        overlap.frame_levels(samples, n_frames(len(samples))))


def test_a_listeners_mm_hm_under_the_talk_is_heard_as_the_listeners(voices):
    _talk, with_mm, words, start, end = voices
    found = _heard(with_mm, words)
    assert any(s["start"] < end and s["end"] > start - 0.3 and s["labels"] == (0, 1) for s in found), (found, start, end)
    assert all(s["end"] - s["start"] <= under_talk.MAX_SPAN_S for s in found)


def test_one_voice_alone_gives_no_sound_under_it(voices):
    talk, _with_mm, words, _start, _end = voices
    assert _heard(talk, words) == []


def test_where_the_listener_has_words_of_their_own_nothing_more_is_heard(voices):
    _talk, with_mm, words, start, end = voices
    theirs = [{"start": round(start, 2), "end": round(end, 2), "word": "Mm-hm.", "speaker": "S2"}]
    every = sorted(words + theirs, key=lambda w: w["start"])
    samples = np.asarray(with_mm, dtype=np.float32)
    owners = [1 if w.get("speaker") == "S2" else 0 for w in every]  # (the talker's words carry "truth", not "speaker")
    found = under_talk.sounds_under_talk(samples, every, owners, overlap.frame_levels(samples, n_frames(len(samples))))
    assert not any(s["start"] < end and s["end"] > start for s in found)
