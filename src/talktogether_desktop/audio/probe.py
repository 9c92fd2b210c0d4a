"""Facts about a recording, from its headers (`probe_bytes`) or from decoding it all (`scan_bytes`).

`scan_bytes` is the check an import runs: it decodes every packet from memory without keeping the
samples, so it finds damage anywhere in the file, measures the true length and tells a silent file
apart from a recording, in about a second per hour of AAC. `scan_and_decode` is the same check
keeping the models' 16 kHz audio from the same pass, for an import that is processed next.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Optional

import numpy as np

from ..errors import BadAudio
from ..timefmt import clock, duration as said_length
from ..jobs import CancelToken, ProgressFn, check as check_cancel
from .analysis_audio import ANALYSIS_RATE, AnalysisAudio, AnalysisBuilder
from .decode import BlockConverter, DecodeTally, check_complete, file_label, iter_frames, open_audio
from .errors import SilentAudio, TooShortAudio
from .metadata import mtime_iso

# A block (about 20 ms) counts as audible above -45 dBFS RMS: well above a quiet room through a
# phone microphone (-60 to -70 dBFS) and well below speech (-35 to -15 dBFS).
AUDIBLE_DBFS = -45.0
# Less audible sound than this in the whole file is "silence only".
MIN_AUDIBLE_S = 0.5


@dataclass
class AudioInfo:
    container: str
    codec: str
    channels: int
    sample_rate: int
    duration_s: Optional[float]
    recorded_at: Optional[str]
    recorded_at_source: str  # 'metadata' | 'file_mtime' | 'none'
    size_bytes: int
    peak_dbfs: Optional[float] = None
    audible_s: Optional[float] = None
    cut_short: Optional[str] = None  # the warning kept with a recording whose end is missing

    def to_dict(self) -> dict:
        return asdict(self)


def _recorded(facts_date: Optional[str], mtime: Optional[float]) -> tuple[Optional[str], str]:
    if facts_date:
        return facts_date, "metadata"
    if mtime is not None:
        return mtime_iso(mtime), "file_mtime"
    return None, "none"


def probe_bytes(data: bytes, mtime: Optional[float] = None, name: Optional[str] = None) -> AudioInfo:
    """Headers only: quick, but trusts the container's declared length."""
    with open_audio(data, name, max_s=float("inf")) as (_container, _stream, facts):
        recorded_at, source = _recorded(facts.recorded_at, mtime)
        return AudioInfo(
            container=facts.container,
            codec=facts.codec,
            channels=facts.channels,
            sample_rate=facts.sample_rate,
            duration_s=facts.declared_duration_s,
            recorded_at=recorded_at,
            recorded_at_source=source,
            size_bytes=len(data),
        )


def _dbfs(value: float) -> float:
    return 20.0 * math.log10(value) if value > 0 else -math.inf


def _too_little_sound(name: Optional[str], length_s: float, peak: float) -> BadAudio:
    """Why a file with under half a second of audible sound is no recording: too short, or (almost) silent."""
    if length_s < MIN_AUDIBLE_S:
        return TooShortAudio(f"{file_label(name)} is only {said_length(length_s)} long: too short to hold a "
                             "conversation. Check that the right file was chosen.")
    loudest = _dbfs(peak)
    if loudest == -math.inf:
        what = "only silence (no sound at all)"
    elif loudest < AUDIBLE_DBFS:
        what = f"only silence (its loudest moment is {loudest:.0f} dBFS)"
    else:  # a click or a knock in a silent file
        what = (f"almost no sound: under half a second of it is louder than a quiet room (its loudest moment is "
                f"{loudest:.0f} dBFS)")
    return SilentAudio(f"{file_label(name)} contains {what}. Check that the microphone was on and the right file "
                       "was chosen.")


def scan_bytes(
    data: bytes,
    mtime: Optional[float] = None,
    name: Optional[str] = None,
    max_duration_s: Optional[float] = None,
    allow_cut_short: bool = False,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
) -> AudioInfo:
    """Decode everything (keeping nothing) and raise the BadAudio subtype for any unusable file.

    A file cut short raises CutShort, or with `allow_cut_short` is returned with `cut_short` set. `progress` hears
    how much of the declared length is decoded; `cancel` stops it between two frames (Cancelled)."""
    return _scan(data, mtime, name, max_duration_s, allow_cut_short, False, progress, cancel)[0]


def scan_and_decode(
    data: bytes,
    mtime: Optional[float] = None,
    name: Optional[str] = None,
    max_duration_s: Optional[float] = None,
    allow_cut_short: bool = False,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
) -> tuple[AudioInfo, AnalysisAudio]:
    """`scan_bytes` and `decode_for_analysis` in one decoding pass: the import's check, and the
    audio the models take, for an import that is processed next (so the file is decoded once)."""
    return _scan(data, mtime, name, max_duration_s, allow_cut_short, True, progress, cancel)


PROGRESS_EVERY_S = 30.0  # of sound decoded between two reports (a 60-minute file: 120 reports)


def _scan(data: bytes, mtime: Optional[float], name: Optional[str], max_duration_s: Optional[float],
          allow_cut_short: bool, keep_audio: bool, progress: Optional[ProgressFn] = None,
          cancel: Optional[CancelToken] = None) -> tuple[AudioInfo, Optional[AnalysisAudio]]:
    audible_threshold = 10.0 ** (AUDIBLE_DBFS / 20.0)
    with open_audio(data, name, max_duration_s) as (container, stream, facts):
        rate = facts.sample_rate
        tally = DecodeTally()
        # The check reads the file at its own rate; the models' audio is converted from the same frames.
        native = BlockConverter(stream.codec_context.sample_rate, tally, max_duration_s, name)
        analysis = BlockConverter(ANALYSIS_RATE, DecodeTally(), float("inf"), name) if keep_audio else None
        builder = AnalysisBuilder(facts) if keep_audio else None
        peak = 0.0
        audible_samples = 0

        def measure(block: np.ndarray) -> None:
            nonlocal peak, audible_samples
            if block.size == 0:
                return
            flat = block.ravel()
            peak = max(peak, float(np.max(np.abs(flat))))
            if math.sqrt(float(np.dot(flat, flat)) / flat.size) >= audible_threshold:
                audible_samples += block.shape[1]

        declared, said_at = facts.declared_duration_s or 0.0, 0.0
        for frame in iter_frames(container, stream, tally, name):
            check_cancel(cancel)
            if progress is not None and tally.samples / rate - said_at >= PROGRESS_EVERY_S:
                said_at = tally.samples / rate  # a file that declares no length is said in time read only
                of = f" of {clock(declared, floor=True)}" if declared else ""
                progress(min(0.99, said_at / declared) if declared else 0.0, f"Read {clock(said_at, floor=True)}{of}")
            for block in native.convert(frame):
                measure(block)
            if analysis is not None:
                for block in analysis.convert(frame):
                    builder.add(block)
        for block in native.flush():
            measure(block)
        if analysis is not None:
            for block in analysis.flush():
                builder.add(block)
        cut_short = check_complete(facts, tally, rate, name, allow_cut_short)
    duration = tally.samples / rate
    audible_s = audible_samples / rate
    if audible_s < MIN_AUDIBLE_S:
        raise _too_little_sound(name, duration, peak)
    recorded_at, source = _recorded(facts.recorded_at, mtime)
    return AudioInfo(
        container=facts.container,
        codec=facts.codec,
        channels=facts.channels,
        sample_rate=rate,
        duration_s=duration,
        recorded_at=recorded_at,
        recorded_at_source=source,
        size_bytes=len(data),
        peak_dbfs=round(_dbfs(peak), 1),
        audible_s=round(audible_s, 2),
        cut_short=cut_short,
    ), (builder.result() if builder is not None else None)
