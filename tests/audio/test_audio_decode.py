"""Decoding every phone format from memory, keeping channels, and refusing each kind of bad file."""

from __future__ import annotations

import os
import struct

import numpy as np
import pytest

from talktogether_desktop.audio import (
    AnalysisAudio,
    AudioTooLong,
    DamagedAudio,
    EmptyAudio,
    NotAudio,
    SilentAudio,
    UnsupportedCodec,
    decode_bytes,
    decode_for_analysis,
    decode_mono_16k,
    probe_bytes,
    scan_bytes,
)
from talktogether_desktop.errors import BadAudio
from tt_speech import encode_amr, ffmpeg_convert, ffmpeg_with_video, run, speak, wav_seconds

TEXT = "Hello there. I wanted to talk about our plans for the weekend."


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    folder = tmp_path_factory.mktemp("media")
    src = speak(TEXT, folder / "speech.wav", rate=22050)
    files = {
        "wav": src,
        "mp3": ffmpeg_convert(src, folder / "speech.mp3", "-c:a", "libmp3lame"),
        "m4a": ffmpeg_convert(src, folder / "speech.m4a", "-ar", "44100", "-c:a", "aac",
                              "-metadata", "creation_time=2026-03-01T19:30:00Z"),
        "opus": ffmpeg_convert(src, folder / "speech.opus", "-c:a", "libopus"),
        "ogg": ffmpeg_convert(src, folder / "speech.ogg", "-c:a", "libopus"),
        "flac": ffmpeg_convert(src, folder / "speech.flac"),
        "webm": ffmpeg_convert(src, folder / "speech.webm", "-c:a", "libopus"),
        "amr": encode_amr(src, folder / "speech.amr", "amr"),
        "3gp": encode_amr(src, folder / "speech.3gp", "3gp"),
        "mp4": ffmpeg_with_video(src, folder / "speech.mp4"),
        "mov": ffmpeg_with_video(src, folder / "speech.mov"),
    }
    return {"folder": folder, "seconds": wav_seconds(src), **files}


FORMATS = ["wav", "mp3", "m4a", "opus", "ogg", "flac", "webm", "amr", "3gp", "mp4", "mov"]
EXPECTED_CODEC = {"wav": "pcm_s16le", "mp3": "mp3", "m4a": "aac", "opus": "opus", "ogg": "opus", "flac": "flac",
                  "webm": "opus", "amr": "amrnb", "3gp": "amrnb", "mp4": "aac", "mov": "aac"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_decodes_from_memory(media, fmt):
    data = media[fmt].read_bytes()
    decoded = decode_bytes(data)
    assert decoded.channels == 1 and decoded.samples.shape[0] == 1
    assert decoded.samples.dtype == np.float32
    assert decoded.codec.startswith(EXPECTED_CODEC[fmt])
    assert abs(decoded.duration_s - media["seconds"]) < 0.15
    mono = decode_mono_16k(data)
    assert mono.ndim == 1 and abs(len(mono) / 16000 - media["seconds"]) < 0.15
    # Real speech came through: loud enough, not clipped garbage.
    rms = float(np.sqrt(np.mean(mono**2)))
    assert 0.01 < rms < 0.5
    info = scan_bytes(data, name=fmt)
    assert info.audible_s > 1.5 and info.peak_dbfs > -20


def test_decoded_audio_matches_the_source(media):
    reference = decode_mono_16k(media["wav"].read_bytes())
    from_flac = decode_mono_16k(media["flac"].read_bytes())
    assert len(reference) == len(from_flac)
    assert np.max(np.abs(reference - from_flac)) < 1e-3  # lossless is lossless
    from_m4a = decode_mono_16k(media["m4a"].read_bytes())
    n = min(len(reference), len(from_m4a))
    # AAC adds an encoder delay; the best alignment still correlates strongly.
    best = max(np.corrcoef(reference[: n - 3000], from_m4a[lag : lag + n - 3000])[0, 1] for lag in range(0, 2400, 8))
    assert best > 0.9


def test_stereo_channels_are_kept(media):
    folder = media["folder"]
    stereo = folder / "stereo.wav"
    # Left: speech; right: the same speech 20 dB quieter (a second phone further away).
    run("sox", str(media["wav"]), str(folder / "quiet.wav"), "vol", "0.1")
    run("sox", "-M", str(media["wav"]), str(folder / "quiet.wav"), str(stereo))
    m4a = ffmpeg_convert(stereo, folder / "stereo.m4a", "-c:a", "aac", "-ac", "2")
    for path in (stereo, m4a):
        decoded = decode_bytes(path.read_bytes())
        assert decoded.channels == 2 and decoded.samples.shape[0] == 2
        left, right = (float(np.sqrt(np.mean(ch**2))) for ch in decoded.samples)
        assert 7 < left / right < 13
        assert decode_bytes(path.read_bytes(), target_rate=16000).samples.shape[0] == 2
        assert decode_bytes(path.read_bytes(), mono=True).channels == 1


def test_recording_date_from_metadata_else_mtime(media):
    info = probe_bytes(media["m4a"].read_bytes(), mtime=0)
    assert info.recorded_at == "2026-03-01T19:30:00+00:00" and info.recorded_at_source == "metadata"
    info = scan_bytes(media["wav"].read_bytes(), mtime=1_700_000_000)
    assert info.recorded_at == "2023-11-14T22:13:20+00:00" and info.recorded_at_source == "file_mtime"
    assert probe_bytes(media["wav"].read_bytes()).recorded_at_source == "none"


# --- bad input: one distinct error per cause ---------------------------------------------------------


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _corrupt(data: bytes) -> bytes:
    rng = np.random.default_rng(7)
    spoiled = bytearray(data)
    start = len(data) // 3
    spoiled[start : start + 4000] = rng.integers(0, 256, 4000, dtype=np.uint8).tobytes()
    return bytes(spoiled)


def _unknown_codec_wav(data: bytes) -> bytes:
    spoiled = bytearray(data)
    spoiled[20:22] = struct.pack("<H", 0x7777)  # WAVE format tag no decoder knows
    return bytes(spoiled)


@pytest.mark.parametrize(
    "case, expected",
    [
        ("empty", EmptyAudio),
        ("text", NotAudio),
        ("random", NotAudio),
        ("video_only", NotAudio),
        ("truncated_wav", DamagedAudio),
        ("truncated_mp3", DamagedAudio),
        ("truncated_m4a", DamagedAudio),
        ("truncated_m4a_moov_at_end", DamagedAudio),
        ("corrupt_m4a", DamagedAudio),
        ("unknown_codec", UnsupportedCodec),
        ("silence", SilentAudio),
        ("room_hiss", SilentAudio),
        ("header_only", DamagedAudio),
    ],
)
def test_bad_input_gets_its_own_error(media, case, expected):
    folder = media["folder"]
    if case == "empty":
        data = b""
    elif case == "text":
        data = b"These are my session notes, not a recording.\n" * 50
    elif case == "random":
        data = np.random.default_rng(1).integers(0, 256, 40000, dtype=np.uint8).tobytes()
    elif case == "video_only":
        run("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=black:s=64x64:d=1",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", str(folder / "video.mp4"))
        data = (folder / "video.mp4").read_bytes()
    elif case == "truncated_wav":
        data = _truncate(media["wav"].read_bytes())
    elif case == "truncated_mp3":
        data = _truncate(media["mp3"].read_bytes())
    elif case == "truncated_m4a":
        faststart = ffmpeg_convert(media["wav"], folder / "fast.m4a", "-c:a", "aac", "-movflags", "+faststart")
        data = _truncate(faststart.read_bytes())
    elif case == "truncated_m4a_moov_at_end":
        data = _truncate(media["m4a"].read_bytes())
    elif case == "corrupt_m4a":
        data = _corrupt(media["m4a"].read_bytes())
    elif case == "unknown_codec":
        data = _unknown_codec_wav(media["wav"].read_bytes())
    elif case == "silence":
        run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(folder / "silence.wav"), "trim", "0", "5")
        data = (folder / "silence.wav").read_bytes()
    elif case == "room_hiss":
        run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(folder / "hiss.wav"), "synth", "5", "whitenoise", "vol", "0.0005")
        data = (folder / "hiss.wav").read_bytes()
    elif case == "header_only":
        data = media["wav"].read_bytes()[:44]
    with pytest.raises(expected) as caught:
        scan_bytes(data, name=f"{case}.bin")
    assert isinstance(caught.value, BadAudio) and caught.value.exit_code == 4
    assert f"{case}.bin" in str(caught.value)  # the message names the file


def test_wav_with_no_frames_is_empty(media):
    header = bytearray(media["wav"].read_bytes()[:44])
    header[40:44] = struct.pack("<I", 0)  # data chunk of 0 bytes (and no bytes follow)
    with pytest.raises(EmptyAudio):
        scan_bytes(bytes(header))


def test_longer_than_the_maximum(media, monkeypatch):
    data = media["m4a"].read_bytes()
    with pytest.raises(AudioTooLong):
        scan_bytes(data, max_duration_s=2.0)
    with pytest.raises(AudioTooLong):
        decode_bytes(data, max_duration_s=2.0)
    monkeypatch.setenv("TALKTOGETHER_MAX_RECORDING_HOURS", str(2.0 / 3600))
    with pytest.raises(AudioTooLong):
        scan_bytes(data)
    monkeypatch.setenv("TALKTOGETHER_MAX_RECORDING_HOURS", "3")
    assert scan_bytes(data).duration_s > 2.0


def test_too_long_is_found_without_declared_length(media):
    # A raw ADTS AAC stream declares no length: the limit still holds while decoding.
    adts = ffmpeg_convert(media["wav"], media["folder"] / "speech.aac", "-c:a", "aac", "-f", "adts")
    with pytest.raises(AudioTooLong):
        decode_bytes(adts.read_bytes(), max_duration_s=1.0)
    assert os.path.getsize(adts) > 0


def test_analysis_audio_is_held_in_one_form_at_a_time(media):
    """16-bit while only the model process needs the samples; floats (the same sound) for the models here."""
    audio = decode_for_analysis(media["m4a"].read_bytes())
    pcm = audio.pcm16()
    assert pcm.dtype == np.int16 and not audio.holds_float and len(audio) == len(pcm)
    floats = audio.samples
    assert floats.dtype == np.float32 and audio.holds_float and len(floats) == len(pcm)
    assert np.array_equal(floats, pcm.astype(np.float32) / 32768)
    again = audio.pcm16()  # and back: nothing lost in the round trip
    assert np.array_equal(again, pcm) and not audio.holds_float
    # past full scale is clipped, not wrapped round
    clipped = AnalysisAudio(np.linspace(-1.2, 1.2, 1001, dtype=np.float32)).pcm16()
    assert clipped.min() == -32768 and clipped.max() == 32767 and np.all(np.diff(clipped) >= 0)
