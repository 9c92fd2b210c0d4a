"""Word times give a pause back: the recogniser's stretched word ends moved out of a silence."""

from __future__ import annotations

import numpy as np

from talktogether_desktop.transcription.word_edges import quiet_frames, snap_to_pauses, snap_transcript

RATE = 16000


def _sound(spans, seconds=4.0, seed=1):
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 0.0003, int(seconds * RATE)).astype(np.float32)
    for a, b in spans:
        x[int(a * RATE) : int(b * RATE)] += rng.normal(0.0, 0.1, int(b * RATE) - int(a * RATE)).astype(np.float32)
    return x


def test_a_word_stretched_over_a_pause_ends_where_the_quiet_begins():
    # "... while we" said until 1.4 s, "One second" from 1.7 s; the recogniser made them touch at 1.65
    samples = _sound([(0.5, 1.4), (1.7, 2.6)])
    words = [{"start": 0.5, "end": 1.0, "word": "while"}, {"start": 1.0, "end": 1.65, "word": "we..."},
             {"start": 1.65, "end": 2.0, "word": "One"}, {"start": 2.0, "end": 2.6, "word": "second,"}]
    assert snap_to_pauses(words, quiet_frames(samples)) == 1
    assert abs(words[1]["end"] - 1.4) <= 0.03
    assert abs(words[2]["start"] - 1.7) <= 0.03
    assert words[0]["end"] == 1.0 and words[3]["start"] == 2.0  # words with no pause between keep their times


def test_voices_running_into_each_other_keep_their_times():
    samples = _sound([(0.5, 2.6)])
    words = [{"start": 0.5, "end": 1.65, "word": "every"}, {"start": 1.65, "end": 2.6, "word": "Because"}]
    assert snap_to_pauses(words, quiet_frames(samples)) == 0
    assert words[0]["end"] == 1.65 and words[1]["start"] == 1.65


def test_a_short_closure_inside_speech_is_no_pause():
    samples = _sound([(0.5, 1.6), (1.68, 2.6)])  # 80 ms of quiet: a stop consonant, not a pause
    words = [{"start": 0.5, "end": 1.64, "word": "kept"}, {"start": 1.64, "end": 2.6, "word": "talking"}]
    assert snap_to_pauses(words, quiet_frames(samples)) == 0


def test_the_transcript_words_are_snapped_in_place_across_segments():
    samples = _sound([(0.5, 1.4), (1.7, 2.6)])
    segments = [{"start": 0.5, "end": 1.65, "text": "we", "words": [{"start": 0.5, "end": 1.65, "word": "we"}]},
                {"start": 1.65, "end": 2.6, "text": "One", "words": [{"start": 1.65, "end": 2.6, "word": "One"}]}]
    assert snap_transcript(segments, samples) == 1
    assert segments[0]["words"][0]["end"] < 1.45 and segments[1]["words"][0]["start"] > 1.65
