"""Playback and room capture from memory; the same callbacks run with or without a sound device."""

from __future__ import annotations

import time

import numpy as np

from talktogether_desktop.audio.capture import FileFedInputStream, Recorder, encode_flac, level_dbfs
from talktogether_desktop.audio.decode import decode_bytes
from talktogether_desktop.audio.playback import ClockStream, Player

RATE = 16000


def tone(seconds: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def collecting_stream(blocks):
    """A stand-in output device that keeps what it was asked to play (fed by the real clock)."""

    class Sink(ClockStream):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            inner = self._callback

            def keep(out, frames, t, status):
                try:
                    inner(out, frames, t, status)
                finally:
                    blocks.append(out[:, 0].copy())

            self._callback = keep

    return Sink


def test_player_plays_from_a_position_at_the_chosen_speed():
    blocks = []
    samples = tone(4.0)
    player = Player(samples, RATE, stream_factory=collecting_stream(blocks))
    assert abs(player.duration_s - 4.0) < 1e-6
    player.play(start_s=1.0)
    time.sleep(0.5)
    player.pause()
    pos = player.position_s
    assert 1.15 < pos < 2.0  # real-time pace (loose: a busy CI machine delays the clock)
    played = np.concatenate(blocks)
    assert np.allclose(played[:200], samples[RATE : RATE + 200], atol=1e-4)  # it is the audio from 1.0 s
    player.set_speed(2.0)
    player.play()
    time.sleep(0.5)
    player.pause()
    assert player.position_s - pos > 0.6  # faster than real time
    player.close()


def test_player_stops_at_the_end_and_at_a_stop_time():
    player = Player(tone(1.0), RATE)
    player.play(start_s=0.6, stop_s=0.8)
    deadline = time.monotonic() + 3
    while player.playing and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not player.playing
    assert abs(player.position_s - 0.8) < 0.01


def test_file_fed_recording_round_trips_through_flac_in_memory():
    source = tone(2.0, 330.0)
    rec = Recorder.from_samples(source, RATE, pace=10.0)
    rec.start()
    deadline = time.monotonic() + 3
    while rec.elapsed_s < 1.9 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert level_dbfs(source) > -12
    samples = rec.stop()
    assert samples.size >= int(1.9 * RATE)
    assert np.allclose(samples[: source.size][:1000], source[:1000], atol=1e-6)
    data = encode_flac(samples, RATE)
    assert data[:4] == b"fLaC"
    decoded = decode_bytes(data)
    assert decoded.sample_rate == RATE and abs(decoded.duration_s - samples.size / RATE) < 0.01
    assert np.allclose(decoded.samples[0][:1000], samples[:1000], atol=1 / 16000)


def test_pause_keeps_nothing_but_the_meter_still_moves():
    rec = Recorder(lambda **kw: FileFedInputStream(tone(5.0), pace=20.0, **kw), RATE)
    rec.start()
    time.sleep(0.1)
    rec.pause()
    time.sleep(0.02)
    at_pause = rec.elapsed_s
    time.sleep(0.1)
    assert rec.elapsed_s == at_pause
    assert rec.level_dbfs > -20
    rec.resume()
    time.sleep(0.1)
    assert rec.elapsed_s > at_pause
    rec.stop()


def test_int16_samples_play_like_float_ones():
    blocks = []
    samples = tone(1.0)
    pcm = (samples * 32767).astype(np.int16)
    player = Player(pcm, RATE, stream_factory=collecting_stream(blocks))
    player.play()
    time.sleep(0.2)
    player.pause()
    played = np.concatenate(blocks)
    assert played.dtype == np.float32
    assert np.allclose(played[:500], samples[:500], atol=2e-4)
