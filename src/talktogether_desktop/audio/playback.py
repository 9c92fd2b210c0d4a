"""Play decoded audio from memory through sounddevice: play, pause, seek, speed.

The samples come from `audio.decode` (the vault's bytes decoded in memory), so there is never a
plaintext file to hand to a media framework. Where the computer has no output device, a clock
stream drives the very same callback in real time, so the window (and the tests) behave alike.
Speed changes resample on the fly (pitch rises with speed, like a tape; plain and predictable).
"""

from __future__ import annotations

import threading
import time
from typing import Callable, Optional

import numpy as np

BLOCK = 1024
SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)


def output_device_available() -> bool:
    try:
        import sounddevice as sd

        return any(d.get("max_output_channels", 0) > 0 for d in sd.query_devices())
    except Exception:  # no PortAudio, no devices: play on the silent clock
        return False


class ClockStream:
    """Calls `callback(outdata, frames, time, status)` at the stream's real-time pace, and discards the sound."""

    def __init__(self, samplerate: int, channels: int, callback: Callable, blocksize: int = BLOCK, **_ignored):
        self.samplerate, self.channels, self.blocksize = samplerate, channels, blocksize
        self._callback = callback
        self._running = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def start(self) -> None:
        self._running.set()
        self._thread = threading.Thread(target=self._loop, name="playback-clock", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        out = np.zeros((self.blocksize, self.channels), dtype=np.float32)
        period = self.blocksize / self.samplerate
        next_at = time.monotonic()
        while self._running.is_set():
            try:
                self._callback(out, self.blocksize, None, None)
            except _Finished:
                self._running.clear()
                return
            next_at += period
            time.sleep(max(0.0, next_at - time.monotonic()))

    def stop(self) -> None:
        self._running.clear()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(1.0)

    close = stop


class _Finished(Exception):
    pass


def _default_stream_factory(**kwargs):
    if output_device_available():
        import sounddevice as sd

        return sd.OutputStream(**kwargs)
    return ClockStream(**kwargs)


class Player:
    """Thread-safe: the audio callback reads `position`, the window sets it."""

    def __init__(self, samples: np.ndarray, sample_rate: int, stream_factory: Optional[Callable] = None):
        """samples: float32 in -1..1, or int16 (half the memory for long recordings); mono or (channels, n)."""
        samples = np.asarray(samples)
        if samples.ndim == 2:  # (channels, n) from decode -> mono mix for the room speaker
            samples = samples.mean(axis=0).astype(samples.dtype)
        self._scale = 1.0 / 32768.0 if samples.dtype == np.int16 else 1.0
        if samples.dtype not in (np.int16, np.float32):
            samples = samples.astype(np.float32)
        self.samples = np.ascontiguousarray(samples)
        self.rate = int(sample_rate)
        self._factory = stream_factory or _default_stream_factory
        self._pos = 0.0  # in samples (fractional when speed != 1)
        self._speed = 1.0
        self._stop_at: Optional[float] = None
        self._lock = threading.Lock()
        self._stream = None

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0

    @property
    def position_s(self) -> float:
        with self._lock:
            return self._pos / self.rate

    @property
    def playing(self) -> bool:
        return self._stream is not None

    @property
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        with self._lock:
            self._speed = float(min(max(speed, 0.5), 2.0))

    def seek(self, seconds: float) -> None:
        with self._lock:
            self._pos = float(min(max(seconds, 0.0), self.duration_s)) * self.rate

    def play(self, start_s: Optional[float] = None, stop_s: Optional[float] = None) -> None:
        """Play from start_s (or where it is), until stop_s (or the end)."""
        if start_s is not None:
            self.seek(start_s)
        with self._lock:
            self._stop_at = stop_s * self.rate if stop_s is not None else None
            if self._pos >= len(self.samples) - 1:
                self._pos = 0.0
        if self._stream is None:
            self._stream = self._factory(samplerate=self.rate, channels=1, callback=self._fill, blocksize=BLOCK, dtype="float32")
            self._stream.start()

    def pause(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()

    def close(self) -> None:
        self.pause()
        self.samples = np.zeros(0, dtype=np.float32)

    def _fill(self, outdata, frames, _time, _status) -> None:
        with self._lock:
            end = len(self.samples) if self._stop_at is None else min(len(self.samples), self._stop_at)
            step = self._speed
            idx = self._pos + np.arange(frames) * step
            valid = idx < end - 1
            block = np.zeros(frames, dtype=np.float32)
            if valid.any():
                i = idx[valid]
                lo = i.astype(np.int64)
                frac = (i - lo).astype(np.float32)
                a = self.samples[lo].astype(np.float32)
                b = self.samples[lo + 1].astype(np.float32)
                block[valid] = (a * (1 - frac) + b * frac) * self._scale
            self._pos = min(self._pos + frames * step, float(end))
            done = not valid.all()
        outdata[:, 0] = block
        if done:
            # The stream cannot be closed from inside its own callback: a short thread does it.
            threading.Thread(target=self.pause, daemon=True).start()
            raise _stop_exception()


def _stop_exception():
    """sounddevice's own CallbackStop when available, else the clock's."""
    try:
        import sounddevice as sd

        class _Stop(sd.CallbackStop, _Finished):
            pass

        return _Stop()
    except Exception:
        return _Finished()
