"""A stretch inside a speech region that no word covers is decoded again alone (engine._second_tries), a whole 30 s
window of tiny.en each (~0.5 s of CPU). Where that stretch is only the pause between two sentences, left uncovered
by the words' tight times (anniversary_kal_f2's first 25 s: 0.45 s of silence at -48 dB, Silero at most 0.19 in
it, the next word timed 0.17 s after its voice began), there is nothing to hear; speech left without words still
is heard again."""

from __future__ import annotations

import numpy as np
import pytest

from talktogether_desktop.audio import decode_mono_16k
from talktogether_desktop.transcription import engine
from talktogether_desktop.transcription.models import resolve_model
from talktogether_desktop.transcription.pieces import segment_dict
from talktogether_desktop.transcription.regions import HOLE_MIN_S, holes, speech_regions
from tt_speech import normalised_words, speak

RATE = 16000
PAUSE_S = 0.5  # silence Silero still bridges (min_silence 0.5 s): the two sentences are one speech region


def _voiced(samples: np.ndarray) -> np.ndarray:
    """The speech without espeak's own silence at either end."""
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    return samples[max(0, loud[0] - 160): loud[-1] + 160]


@pytest.fixture(scope="module")
def two_sentences(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pause")
    first = _voiced(decode_mono_16k(speak("You forgot our anniversary again this year.", folder / "a.wav").read_bytes()))
    second = speak("I did not forget, I was working late.", folder / "b.wav", "en-us+f3")
    second = _voiced(decode_mono_16k(second.read_bytes()))
    lead = np.zeros(RATE // 2, np.float32)
    block = np.concatenate([lead, first, np.zeros(int(PAUSE_S * RATE), np.float32), second, lead]).astype(np.float32)
    first_end = (len(lead) + len(first)) / RATE
    return block, first_end, first_end + PAUSE_S


def _first_pass(whisper, block):
    options = dict(language="en", beam_size=engine.DEFAULT_BEAM_SIZE)
    pieces, _ = engine._decode(whisper, block, 0.0, len(block) / RATE, options, vad=True)
    return [segment_dict(p, 0.0) for p in pieces], options


def _counting(whisper, monkeypatch):
    calls = []
    real = whisper.transcribe
    monkeypatch.setattr(whisper, "transcribe", lambda audio, **k: calls.append(len(audio) / RATE) or real(audio, **k))
    return calls


def test_a_pause_left_between_words_is_not_decoded_again(two_sentences, monkeypatch):
    block, first_end, second_on = two_sentences
    regions = speech_regions(block, dict(engine.VAD_PARAMETERS, threshold=engine.HOLE_VAD_THRESHOLD))
    assert len(regions) == 1  # the pause is inside the speech region, as anniversary_kal_f2's was
    whisper = engine.load_model(resolve_model("tiny.en"), 2)
    segments, options = _first_pass(whisper, block)
    words = [w for s in segments for w in s["words"]]
    before = [w for w in words if w["start"] < first_end]
    after = [w for w in words if w["start"] >= first_end]
    assert before and after
    # timed as tiny.en timed anniversary_kal_f2's: the last word ends a little inside its voice, the next one
    # starts 0.18 s after its voice began
    before[-1]["end"] = round(first_end - 0.05, 3)
    after[0]["start"] = round(second_on + 0.18, 3)
    pause = holes(regions, words, HOLE_MIN_S)
    assert len(pause) == 1 and pause[0][0] < second_on < pause[0][1]
    calls = _counting(whisper, monkeypatch)
    found, empty = engine._second_tries(whisper, block, regions, segments, options, 2, None)
    assert calls == [] and found == [] and empty == pause  # still listed as no-word, as its second try left it


def test_speech_left_without_words_is_still_decoded_again(two_sentences, monkeypatch):
    block, first_end, second_on = two_sentences
    regions = speech_regions(block, dict(engine.VAD_PARAMETERS, threshold=engine.HOLE_VAD_THRESHOLD))
    whisper = engine.load_model(resolve_model("tiny.en"), 2)
    segments, options = _first_pass(whisper, block)
    # the first pass lost "I did not forget," (as tiny.en lost a soft "Sorry." after a pause)
    lost = [w for s in segments for w in s["words"] if second_on - 0.3 <= w["start"] < second_on + 1.2]
    assert lost
    kept = [dict(s, words=[w for w in s["words"] if w not in lost]) for s in segments]
    calls = _counting(whisper, monkeypatch)
    found, empty = engine._second_tries(whisper, block, regions, kept, options, 2, None)
    assert len(calls) == 1
    assert {"did", "not"} & set(normalised_words(" ".join(w["word"] for f in found for w in f["words"])))
