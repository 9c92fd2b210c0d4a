"""Real transcription with the bundled tiny.en, model resolution, base assembly, guards and formats."""

from __future__ import annotations

import json
import shutil
import socket
import urllib.request

import numpy as np
import pytest

from talktogether_desktop.audio import decode_mono_16k
from talktogether_desktop.diarization import encoder as speaker_encoder
from talktogether_desktop.diarization.engine import diarize
from talktogether_desktop.errors import Cancelled, ModelUnavailable, UsageError
from talktogether_desktop.jobs import CancelFlag
from talktogether_desktop.transcription import engine as transcription_engine
from talktogether_desktop.transcription import formats, guards
from talktogether_desktop.transcription.base_model import KNOWN_MODEL, ensure_base_model
from talktogether_desktop.transcription.engine import BLOCK_S, plan_blocks, transcribe_samples
from talktogether_desktop.transcription.models import resolve_model
from tt_speech import make_dialogue, normalised_words, speak

KEYWORDS = {0: ["talk", "weekend"], 1: ["like", "much"], 2: ["alone", "saturday"], 3: ["sorry", "walk", "sunday"]}
TOLERANCE_S = 0.35


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory):
    path, spans = make_dialogue(tmp_path_factory.mktemp("dialogue"))
    return decode_mono_16k(path.read_bytes()), spans


@pytest.fixture(scope="module")
def transcript(dialogue):
    samples, _spans = dialogue
    seen = []
    result = transcribe_samples(samples, model="tiny.en", threads=2, progress=lambda f, m: seen.append((f, m)),
                               second_listen=False)  # the second listen: test_second_listen.py
    result["_progress"] = seen
    return result


@pytest.mark.slow
def test_dialogue_words_and_times(dialogue, transcript):
    _samples, spans = dialogue
    assert set(transcript) >= {"duration_s", "model", "language", "segments"}
    assert transcript["model"] == "tiny.en" and transcript["language"] == "en"
    assert abs(transcript["duration_s"] - len(_samples) / 16000) < 0.01
    words = [w for s in transcript["segments"] for w in s["words"]]
    said = [normalised_words(w["word"]) for w in words]
    flat = [t for ws in said for t in ws]
    for line, keys in KEYWORDS.items():
        start, end, _text = spans[line]
        for key in keys:
            assert key in flat, f"{key!r} missing from {' '.join(flat)}"
            hits = [w for w, ws in zip(words, said) if key in ws]
            # The word's time lies inside the utterance that says it, not the one before or after.
            assert any(start - TOLERANCE_S <= w["start"] <= w["end"] <= end + TOLERANCE_S for w in hits), (key, hits, spans[line])
    for w in words:
        assert not w["word"].startswith(" ") and 0.0 <= w["probability"] <= 1.0 and w["start"] <= w["end"]
    starts = [w["start"] for w in words]
    assert starts == sorted(starts)


@pytest.mark.slow
def test_progress_reaches_the_end_with_eta(transcript):
    fractions = [f for f, _m in transcript["_progress"]]
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert any("of" in m for _f, m in transcript["_progress"])


@pytest.mark.slow
def test_cancel_stops_between_segments(dialogue):
    samples, _spans = dialogue
    flag = CancelFlag()

    def progress(fraction, message):
        if fraction > 0.05:
            flag.cancel()

    with pytest.raises(Cancelled):
        transcribe_samples(samples, model="tiny.en", threads=2, progress=progress, cancel=flag, second_listen=False)


def test_silence_gives_no_invented_words():
    rng = np.random.default_rng(3)
    hiss = (rng.standard_normal(16000 * 20) * 0.002).astype(np.float32)
    result = transcribe_samples(hiss, model="tiny.en", threads=2, second_listen=False)
    assert result["segments"] == []


def test_english_only_model_refuses_other_languages():
    with pytest.raises(UsageError):
        transcribe_samples(np.zeros(16000, np.float32), model="tiny.en", language="de")


# --- models --------------------------------------------------------------------------------------------


def test_resolve_bundled_and_folder_models(tmp_path):
    tiny = resolve_model("tiny.en")
    assert (tiny.path / "model.bin").is_file() and tiny.multilingual is False
    assert resolve_model(None).name == "tiny.en"
    copy = tmp_path / "my-model"
    copy.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(tiny.path / name, copy / name)
    (copy / "model.bin").symlink_to(tiny.path / "model.bin")
    spec = resolve_model(str(copy))
    assert spec.name == "my-model" and spec.path == copy
    with pytest.raises(ModelUnavailable):
        resolve_model("large-v3")  # a name we do not ship is never downloaded
    (copy / "model.bin").unlink()
    with pytest.raises(ModelUnavailable):
        resolve_model(str(copy))


def _refuse_the_network(monkeypatch) -> list:
    """Every Python road to the network raises and is written down (huggingface_hub goes this way)."""
    attempts = []

    def refuse(road):
        def refused(*args, **kwargs):
            attempts.append((road, repr(args)[:80]))
            raise OSError(f"network refused in this test ({road})")

        return refused

    for owner, road in ((socket.socket, "connect"), (socket.socket, "connect_ex"), (socket, "getaddrinfo"), (socket, "create_connection")):
        monkeypatch.setattr(owner, road, refuse(road))
    return attempts


def test_nothing_may_download(tmp_path, monkeypatch):
    clip = speak("Can we talk about the weekend?", tmp_path / "clip.wav")
    samples = decode_mono_16k(clip.read_bytes())
    attempts = _refuse_the_network(monkeypatch)
    # Both models are loaded from disk again, here, with the network refused.
    monkeypatch.setattr(transcription_engine, "_loaded", {})
    speaker_encoder._session.cache_clear()
    transcript = transcribe_samples(samples, model="tiny.en", threads=2, second_listen=False)
    said = [t for s in transcript["segments"] for w in s["words"] for t in normalised_words(w["word"])]
    assert "weekend" in said, said
    assert diarize(samples, num_speakers=1)["turns"]
    assert attempts == []
    # The refusal is real: a download would have been caught and recorded.
    with pytest.raises(OSError):
        urllib.request.urlopen("https://huggingface.co/api/models/Systran/faster-whisper-tiny.en", timeout=2)
    assert attempts and attempts[0][0] in ("getaddrinfo", "create_connection", "connect")


def test_the_small_model_and_its_listener_stay_loaded_together(monkeypatch):
    """A warm model process keeps tiny.en and the base model that listens again: the next job loads neither."""
    monkeypatch.setattr(transcription_engine, "_loaded", {})
    tiny, base = resolve_model("tiny.en"), resolve_model("base")
    small = transcription_engine.load_model(tiny, 2)
    larger = transcription_engine.load_model(base, 2)
    assert transcription_engine.load_model(tiny, 2) is small
    assert transcription_engine.load_model(base, 2) is larger
    # a third (another thread count) pushes out the one loaded first, never more than two in memory
    transcription_engine.load_model(tiny, 1)
    assert len(transcription_engine._loaded) == transcription_engine.KEPT_MODELS == 2
    assert transcription_engine.load_model(base, 2) is larger


def test_base_model_is_assembled_verified_and_repaired(tmp_path):
    folder = ensure_base_model(tmp_path)
    model = folder / "model.bin"
    assert model.stat().st_size == KNOWN_MODEL["size"]
    assert json.loads((folder / "assembled.json").read_text())["sha256"] == KNOWN_MODEL["sha256"]
    assert resolve_model("base", cache_dir=tmp_path).multilingual is True
    first_inode = model.stat().st_ino
    assert ensure_base_model(tmp_path) == folder and model.stat().st_ino == first_inode  # intact: kept
    with open(model, "r+b") as fh:  # one flipped byte in the middle
        fh.seek(KNOWN_MODEL["size"] // 2)
        byte = fh.read(1)
        fh.seek(-1, 1)
        fh.write(bytes([byte[0] ^ 0xFF]))
    ensure_base_model(tmp_path)
    import hashlib

    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    assert digest == KNOWN_MODEL["sha256"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".whisper-base.building")]


@pytest.mark.slow
def test_base_model_transcribes(dialogue, tmp_path, monkeypatch):
    monkeypatch.setenv("TALKTOGETHER_HOME", str(tmp_path))
    samples, _spans = dialogue
    result = transcribe_samples(samples, model="base", threads=2, language="en")
    text = " ".join(s["text"] for s in result["segments"]).lower()
    assert result["model"] == "base" and "weekend" in text and "sunday" in text


# --- long audio, guards and formats --------------------------------------------------------------------


def test_long_audio_is_cut_into_blocks_at_quiet_moments():
    rate = 16000
    total_s = 2.5 * BLOCK_S
    rng = np.random.default_rng(0)
    samples = (rng.standard_normal(int(total_s * rate)) * 0.1).astype(np.float32)
    quiet = [BLOCK_S - 7.0, 2 * BLOCK_S - 12.0]
    for q in quiet:
        samples[int(q * rate) : int((q + 0.6) * rate)] *= 0.001
    blocks = plan_blocks(samples)
    assert len(blocks) == 3 and blocks[0][0] == 0 and blocks[-1][1] == len(samples)
    for (s0, e0), (s1, _e1) in zip(blocks, blocks[1:]):
        assert e0 == s1
    for (_s, end), q in zip(blocks, quiet):
        assert q <= end / rate <= q + 0.6
    assert all((e - s) / rate <= BLOCK_S for s, e in blocks)


def _seg(text, start, end, prob=0.9):
    words = [{"start": start + i * 0.1, "end": start + i * 0.1 + 0.1, "word": w, "probability": prob} for i, w in enumerate(text.split())]
    return {"start": start, "end": end, "text": text, "words": words}


def test_guards_collapse_loops_and_drop_repeated_segments():
    looped = _seg("I'm sorry I'm sorry I'm sorry I'm sorry I'm sorry okay", 0.0, 5.0)
    assert guards.collapse_loops(looped) == 8
    assert looped["text"] == "I'm sorry okay" and len(looped["words"]) == 3
    segments = [
        _seg("Thank you for watching.", 10, 12, 0.3),
        _seg("Thank you for watching.", 12, 14, 0.3),
        _seg("Thank you for watching.", 14, 16, 0.3),
        _seg("Okay.", 20, 20.5),
        _seg("Okay.", 21, 21.5),
        _seg("No, no, no.", 22, 23),
    ]
    kept, dropped = guards.drop_hallucinations(segments)
    assert [s["text"] for s in kept] == ["Thank you for watching.", "Okay.", "Okay.", "No, no, no."]
    assert dropped == 2


def test_formats_render_srt_vtt_txt_json():
    transcript = {"duration_s": 4.0, "model": "tiny.en", "language": "en",
                  "segments": [_seg("Hello there.", 0.5, 1.25), _seg("Hi.", 3661.0, 3662.5)]}
    srt = formats.render(transcript, "srt")
    assert "1\n00:00:00,500 --> 00:00:01,250\nHello there.\n" in srt and "01:01:01,000 --> 01:01:02,500" in srt
    vtt = formats.render(transcript, "vtt")
    assert vtt.startswith("WEBVTT\n\n00:00:00.500 --> 00:00:01.250\nHello there.")
    assert formats.render(transcript, "txt") == "Hello there.\nHi.\n"
    assert json.loads(formats.render(transcript, "json")) == transcript


def test_a_model_keeps_its_last_windows_encoding():
    """Reading a stream the model has just decoded (the second listen's judge) encodes it once, not twice."""
    class Counting:
        calls = 0

        def encode(self, features):
            self.calls += 1
            return float(features.sum())

    model = transcription_engine._remember_last_window(Counting())
    window = np.ones((80, 3000), dtype=np.float32)
    other = window.copy()
    other[0, 0] = 2.0
    assert model.encode(window) == model.encode(window.copy()) == 240000.0 and model.calls == 1
    assert model.encode(other) == 240001.0 and model.calls == 2
    assert model.encode(window) == 240000.0 and model.calls == 3  # one window kept, the last


def test_a_word_whisper_cuts_at_its_apostrophe_stays_one_word(tmp_path):
    """Whisper's word splitter starts a new word at a lone "'" token: "o'clock" came out as the two words "o" and
    "'clock", so a line that said it was not found by its words (development set: "I will book it tonight. Seven
    o'clock?" counted as lost)."""
    samples = decode_mono_16k(speak("We said seven o'clock, and you came at nine o'clock.", tmp_path / "clock.wav").read_bytes())
    result = transcribe_samples(samples, model="tiny.en", threads=2, second_listen=False)
    words = [w["word"] for s in result["segments"] for w in s["words"]]
    assert [w for w in words if w.startswith("'")] == [], words
    assert sum(normalised_words(w) == ["o'clock"] for w in words) >= 1, words
