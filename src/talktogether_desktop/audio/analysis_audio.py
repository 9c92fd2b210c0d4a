"""The one way a recording becomes analysis audio: mono 16 kHz samples, plus channel levels.

Every model (speech, voices, prosody) takes one 16 kHz channel. A stereo recording with one
microphone per partner also tells who speaks by which channel is louder, so its per-channel level
of every 10 ms frame is measured in the same streamed pass, without ever holding the stereo
samples (an hour of them is 460 MB).

The samples are kept as 16-bit PCM (an hour: 115 MB) until a model in this process asks for
float32 (230 MB): the speech model runs in a process of its own, which gets the 16-bit samples, so
during transcription the caller never holds a float copy next to the model process's.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .decode import WHISPER_RATE, DecodeTally, check_complete, iter_blocks, open_audio
from .shared_pcm import pcm16_buffer

ANALYSIS_RATE = WHISPER_RATE
FRAME_SAMPLES = ANALYSIS_RATE // 100  # 10 ms, the frame of the voice-activity detector and the levels


PCM_SCALE = 32768.0  # 16-bit PCM <-> float in [-1, 1], as ffmpeg and faster-whisper's own decoder scale it
_CONVERT_BLOCK = 1 << 20  # samples converted at a time: no second full-length temporary


class AnalysisAudio:
    """Mono 16 kHz samples held in one form at a time: 16-bit PCM (`pcm16()`, what the speech model's
    process is sent) or float32 (`samples`, what the models in this process take). Asking for one
    form drops the other, so an hour never sits in memory twice."""

    def __init__(self, samples: np.ndarray, channel_levels: Optional[np.ndarray] = None,
                 sample_rate: int = ANALYSIS_RATE):
        self._float: Optional[np.ndarray] = None
        self._pcm: Optional[np.ndarray] = None
        if samples.dtype == np.int16:
            self._pcm = samples
        else:
            self._float = np.asarray(samples, dtype=np.float32)
        self.channel_levels = channel_levels  # (2, frames) level in dB per channel, only for stereo
        self.sample_rate = sample_rate

    @property
    def samples(self) -> np.ndarray:
        """Mono float32 in [-1, 1]; made from the 16-bit samples on first need (which are then dropped)."""
        if self._float is None:
            self._float, self._pcm = pcm16_to_float(self._pcm), None
        return self._float

    def pcm16(self) -> np.ndarray:
        """Mono 16-bit PCM; made from the float samples when they are what is held (which are then dropped)."""
        if self._pcm is None:
            self._pcm, self._float = float_to_pcm16(self._float), None
        return self._pcm

    @property
    def holds_float(self) -> bool:
        return self._float is not None

    def __len__(self) -> int:
        return len(self._float if self._float is not None else self._pcm)

    @property
    def duration_s(self) -> float:
        return len(self) / self.sample_rate


def float_to_pcm16(samples: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
    """Float samples in [-1, 1] -> 16-bit PCM (clipped, rounded), a block at a time."""
    out = np.empty(len(samples), dtype=np.int16) if out is None else out
    for start in range(0, len(samples), _CONVERT_BLOCK):
        block = np.clip(samples[start : start + _CONVERT_BLOCK], -1.0, 32767 / PCM_SCALE) * PCM_SCALE
        out[start : start + len(block)] = np.rint(block)
    return out


def pcm16_to_float(pcm: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
    """16-bit PCM -> float32 in [-1, 1], a block at a time."""
    out = np.empty(len(pcm), dtype=np.float32) if out is None else out
    for start in range(0, len(pcm), _CONVERT_BLOCK):
        block = pcm[start : start + _CONVERT_BLOCK]
        np.multiply(block, np.float32(1.0 / PCM_SCALE), out=out[start : start + len(block)], dtype=np.float32)
    return out


def frame_count(n_samples: int) -> int:
    return int(np.ceil(n_samples / FRAME_SAMPLES))


def decode_for_analysis(data: bytes, name: Optional[str] = None,
                        max_duration_s: Optional[float] = float("inf"),
                        allow_cut_short: bool = False, known_duration_s: Optional[float] = None) -> AnalysisAudio:
    """Decode encoded audio from memory into analysis audio in one streamed pass.

    `max_duration_s` refuses longer files (BadAudio); the default accepts any length, for
    recordings already checked at import. A file whose end is missing raises CutShort unless
    `allow_cut_short` (a stored recording accepted with its warning). `known_duration_s`: the length
    measured by decoding it before (a stored recording's, at import), to size the samples once.
    """
    with open_audio(data, name, max_duration_s) as (container, stream, facts):
        builder = AnalysisBuilder(facts, known_duration_s)
        tally = DecodeTally()
        for block in iter_blocks(container, stream, tally, ANALYSIS_RATE, max_duration_s, name):
            builder.add(block)
        check_complete(facts, tally, ANALYSIS_RATE, name, allow_cut_short)
    return builder.result()


class AnalysisBuilder:
    """Collects 16 kHz blocks (channels, n) into analysis audio: the mono mix, and for stereo the
    levels of each channel, without ever holding the stereo samples."""

    def __init__(self, facts, known_duration_s: Optional[float] = None):
        # a first guess that grows when short: never sized by a claimed length beyond an hour. Growing copies what
        # is held (a 3 h recording's 16-bit samples were 345 MB twice over at each step), so a length measured by
        # decoding it before (a stored recording's) sizes them once.
        guess = known_duration_s if known_duration_s else min(facts.declared_duration_s or 60.0, 3600.0)
        estimate = int((guess + 2.0) * ANALYSIS_RATE)
        # kept as 16-bit PCM (see AnalysisAudio), in a buffer the speech model's process maps (shared_pcm)
        self.mono = pcm16_buffer(estimate)
        self.n = 0
        self.meter = _LevelMeter() if facts.channels == 2 else None

    def add(self, block: np.ndarray) -> None:
        mix = block.mean(axis=0, dtype=np.float32) if block.shape[0] > 1 else block[0]
        if self.n + len(mix) > len(self.mono):
            grown = pcm16_buffer(len(self.mono) + max(len(mix), len(self.mono) // 4))
            grown[: self.n] = self.mono[: self.n]
            self.mono = grown
        float_to_pcm16(mix, out=self.mono[self.n : self.n + len(mix)])
        self.n += len(mix)
        if self.meter is not None and block.shape[0] == 2:
            self.meter.add(block)

    def result(self) -> AnalysisAudio:
        mono, meter, n = self.mono[: self.n], self.meter, self.n
        self.mono, self.meter = np.zeros(0, dtype=np.int16), None
        return AnalysisAudio(mono, meter.levels(frame_count(n)) if meter is not None else None)


def decode_mono_16k(data: bytes, max_duration_s: Optional[float] = None, name: Optional[str] = None) -> np.ndarray:
    """Just the samples the speech models take (no channel levels); no limit given: the default one."""
    return decode_for_analysis(data, name, max_duration_s).samples


class _LevelMeter:
    """Per-channel power of each 10 ms frame, fed block by block (blocks split frames anywhere)."""

    def __init__(self):
        self.powers: list = []
        self.rest = np.zeros((2, 0), dtype=np.float32)

    def add(self, block: np.ndarray) -> None:
        joined = np.concatenate([self.rest, block.astype(np.float32, copy=False)], axis=1)
        full = joined.shape[1] // FRAME_SAMPLES
        cut = full * FRAME_SAMPLES
        if full:
            frames = joined[:, :cut].reshape(2, full, FRAME_SAMPLES)
            self.powers.append(np.mean(np.square(frames, dtype=np.float64), axis=2))
        self.rest = joined[:, cut:]

    def levels(self, total: int) -> np.ndarray:
        parts = list(self.powers)
        if self.rest.shape[1]:
            parts.append(np.mean(np.square(self.rest, dtype=np.float64), axis=1, keepdims=True))
        power = np.concatenate(parts, axis=1) if parts else np.zeros((2, 0))
        out = np.full((2, total), 1e-10)
        out[:, : min(total, power.shape[1])] = power[:, :total]
        return 10.0 * np.log10(out + 1e-10)
