"""The one way a recording becomes analysis audio: mono float32 at 16 kHz, plus channel levels.

Every model (speech, voices, prosody) takes one 16 kHz channel. A stereo recording with one
microphone per partner also tells who speaks by which channel is louder, so its per-channel level
of every 10 ms frame is measured in the same streamed pass, without ever holding the stereo
samples (an hour of them is 460 MB).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from .decode import WHISPER_RATE, DecodeTally, check_complete, iter_blocks, open_audio

ANALYSIS_RATE = WHISPER_RATE
FRAME_SAMPLES = ANALYSIS_RATE // 100  # 10 ms, the frame of the voice-activity detector and the levels


@dataclass
class AnalysisAudio:
    samples: np.ndarray  # mono float32 at 16 kHz
    channel_levels: Optional[np.ndarray]  # (2, frames) level in dB per channel, only for stereo
    sample_rate: int = ANALYSIS_RATE

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate


def frame_count(n_samples: int) -> int:
    return int(np.ceil(n_samples / FRAME_SAMPLES))


def decode_for_analysis(data: bytes, name: Optional[str] = None,
                        max_duration_s: Optional[float] = float("inf"),
                        allow_cut_short: bool = False) -> AnalysisAudio:
    """Decode encoded audio from memory into analysis audio in one streamed pass.

    `max_duration_s` refuses longer files (BadAudio); the default accepts any length, for
    recordings already checked at import. A file whose end is missing raises CutShort unless
    `allow_cut_short` (a stored recording accepted with its warning).
    """
    with open_audio(data, name, max_duration_s) as (container, stream, facts):
        builder = AnalysisBuilder(facts)
        tally = DecodeTally()
        for block in iter_blocks(container, stream, tally, ANALYSIS_RATE, max_duration_s, name):
            builder.add(block)
        check_complete(facts, tally, ANALYSIS_RATE, name, allow_cut_short)
    return builder.result()


class AnalysisBuilder:
    """Collects 16 kHz blocks (channels, n) into analysis audio: the mono mix, and for stereo the
    levels of each channel, without ever holding the stereo samples."""

    def __init__(self, facts):
        # a first guess that grows when short: never sized by a claimed length beyond an hour
        estimate = int((min(facts.declared_duration_s or 60.0, 3600.0) + 2.0) * ANALYSIS_RATE)
        self.mono = np.zeros(estimate, dtype=np.float32)
        self.n = 0
        self.meter = _LevelMeter() if facts.channels == 2 else None

    def add(self, block: np.ndarray) -> None:
        mix = block.mean(axis=0, dtype=np.float32) if block.shape[0] > 1 else block[0]
        if self.n + len(mix) > len(self.mono):
            self.mono = np.concatenate([self.mono, np.zeros(max(len(mix), len(self.mono) // 4), dtype=np.float32)])
        self.mono[self.n : self.n + len(mix)] = mix
        self.n += len(mix)
        if self.meter is not None and block.shape[0] == 2:
            self.meter.add(block)

    def result(self) -> AnalysisAudio:
        mono, meter, n = self.mono[: self.n], self.meter, self.n
        self.mono, self.meter = np.zeros(0, dtype=np.float32), None
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
