"""Record in the room: an input stream into memory, with a level meter, pause and stop.

The sound is kept as float32 blocks in memory and encoded to FLAC in memory when it stops, ready to
be stored in the vault: no plaintext temporary file. While it records, `unkept` hands the newest blocks over
to be kept in the vault as it goes (`pipeline.ops_room`), so a crash loses only the last seconds. Where no microphone exists (a server, a test)
`FileFedInputStream` plays a decoded file into the same callback, so the same code path is used.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

log = logging.getLogger(__name__)

BLOCK = 1024
DEFAULT_RATE = 48000


@dataclass(frozen=True)
class InputDevice:
    index: Optional[int]  # sounddevice index; None for the file-fed stream
    name: str
    default_rate: int


def input_devices() -> list[InputDevice]:
    try:
        import sounddevice as sd

        devices = sd.query_devices()
    except Exception:  # no PortAudio library or no sound system: nothing to record from
        return []
    return [
        InputDevice(i, d["name"], int(d.get("default_samplerate") or DEFAULT_RATE))
        for i, d in enumerate(devices)
        if d.get("max_input_channels", 0) > 0
    ]


class FileFedInputStream:
    """Looks like `sounddevice.InputStream`: calls `callback(indata, frames, time, status)` with a file's samples.

    `pace` 1.0 is real time; higher feeds faster (tests). At the end of the samples it feeds silence.
    """

    def __init__(self, samples: np.ndarray, samplerate: int, callback: Callable, blocksize: int = BLOCK,
                 channels: int = 1, pace: float = 1.0, **_ignored):
        samples = np.asarray(samples, dtype=np.float32)
        if samples.ndim == 2:
            samples = samples.mean(axis=0)
        self.samples, self.samplerate, self.blocksize = samples, int(samplerate), blocksize
        self.channels, self.pace = channels, pace
        self._callback = callback
        self._running = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._offset = 0

    @property
    def exhausted(self) -> bool:
        return self._offset >= len(self.samples)

    def start(self) -> None:
        self._running.set()
        self._thread = threading.Thread(target=self._loop, name="file-fed-input", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        period = self.blocksize / self.samplerate / max(self.pace, 1e-3)
        next_at = time.monotonic()
        while self._running.is_set():
            block = np.zeros((self.blocksize, self.channels), dtype=np.float32)
            chunk = self.samples[self._offset:self._offset + self.blocksize]
            block[: len(chunk), 0] = chunk
            self._offset += self.blocksize
            self._callback(block, self.blocksize, None, None)
            next_at += period
            time.sleep(max(0.0, next_at - time.monotonic()))

    @property
    def active(self) -> bool:  # as sounddevice's: False once it stopped
        return self._running.is_set()

    def stop(self) -> None:
        self._running.clear()
        if self._thread is not None:
            self._thread.join(2.0)

    def close(self) -> None:
        self.stop()


def level_dbfs(block: np.ndarray) -> float:
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64)))) if block.size else 0.0
    return 20.0 * np.log10(max(rms, 1e-6))


class Recorder:
    """Collects the input stream in memory. `stream_factory(samplerate, channels, callback, blocksize)`."""

    def __init__(self, stream_factory: Callable, samplerate: int = DEFAULT_RATE):
        self._factory = stream_factory
        self.rate = int(samplerate)
        self._blocks: list[np.ndarray] = []
        self._lock = threading.Lock()
        self._paused = False
        self._stream = None
        self._level = -120.0
        self._frames = 0
        self._kept = 0  # blocks already handed to `unkept` (kept in the vault as the recording goes on)

    @classmethod
    def for_device(cls, device: InputDevice) -> "Recorder":
        import sounddevice as sd

        def factory(**kwargs):
            return sd.InputStream(device=device.index, dtype="float32", **kwargs)

        return cls(factory, device.default_rate)

    @classmethod
    def from_samples(cls, samples: np.ndarray, samplerate: int, pace: float = 1.0) -> "Recorder":
        def factory(**kwargs):
            return FileFedInputStream(samples, pace=pace, **kwargs)

        return cls(factory, samplerate)

    # --- state ---------------------------------------------------------------------------------
    @property
    def level_dbfs(self) -> float:
        return self._level

    @property
    def elapsed_s(self) -> float:
        return self._frames / self.rate

    @property
    def recording(self) -> bool:
        return self._stream is not None and not self._paused

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def lost(self) -> bool:
        """The input stream stopped by itself (a microphone unplugged, a sound system gone): nothing more comes."""
        return self._stream is not None and getattr(self._stream, "active", True) is False

    # --- control -------------------------------------------------------------------------------
    def start(self) -> None:
        self._stream = self._factory(samplerate=self.rate, channels=1, callback=self._on_block, blocksize=BLOCK)
        self._stream.start()

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        self._paused = False

    def stop(self) -> np.ndarray:
        stream, self._stream = self._stream, None
        try:
            if stream is not None:
                stream.stop()
                stream.close()
        except Exception:  # a device already gone fails to stop (PortAudio's host error): what it sent is still kept
            log.warning("The input stream could not be stopped cleanly; the sound recorded so far is kept")
        with self._lock:
            samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, dtype=np.float32)
            self._blocks, self._kept = [], 0
        return samples

    def discard(self) -> None:
        self.stop()

    def unkept(self) -> np.ndarray:
        """The sound recorded since the last call (to be kept in the vault while the recording goes on); all of it
        stays in memory too, for Stop and save."""
        with self._lock:
            blocks, self._kept = self._blocks[self._kept:], len(self._blocks)
        return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)

    @property
    def unkept_s(self) -> float:
        with self._lock:
            return sum(len(b) for b in self._blocks[self._kept:]) / self.rate

    def _on_block(self, indata, frames, _time, _status) -> None:
        mono = np.asarray(indata, dtype=np.float32)
        mono = mono[:, 0] if mono.ndim == 2 else mono
        self._level = level_dbfs(mono)
        if self._paused:
            return
        with self._lock:
            self._blocks.append(mono.copy())
            self._frames += frames


def encode_flac(samples: np.ndarray, samplerate: int) -> bytes:
    """Lossless, about half the size of WAV, encoded entirely in memory. `samples`: float (-1..1) or 16-bit PCM."""
    import av

    samples = np.asarray(samples)
    pcm = samples if samples.dtype == np.int16 else (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
    out = io.BytesIO()
    with av.open(out, mode="w", format="flac") as container:
        stream = container.add_stream("flac", rate=samplerate, layout="mono")
        step = samplerate  # one-second frames
        for start in range(0, len(pcm), step):
            frame = av.AudioFrame.from_ndarray(pcm[None, start:start + step], format="s16", layout="mono")
            frame.sample_rate = samplerate
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()
