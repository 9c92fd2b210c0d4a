"""Speech to word-timed text with faster-whisper on the CPU (int8), from samples in memory.

Input: mono float32 samples at 16 kHz (see audio.decode_mono_16k). Output: the transcript dict of
docs/ARCHITECTURE.md. Long recordings are cut at quiet moments into blocks of a few minutes and
transcribed block by block: faster-whisper computes the log-mel features of whatever it is given
in one go, and for 60 minutes that alone would take well over a gigabyte.
"""

from __future__ import annotations

import os
from typing import List, Optional, Union

import numpy as np

from . import offline  # noqa: F401 - before faster_whisper pulls in huggingface_hub
from .. import timefmt
from ..errors import UsageError
from ..jobs import CancelToken, EtaClock, ProgressFn, check
from .guards import drop_hallucinations
from .models import ModelSpec, resolve_model

SAMPLE_RATE = 16000
BLOCK_S = 300.0  # 5 minutes: features ~100 MB at most, and progress moves often enough
CUT_SEARCH_S = 20.0  # look this far before a block's end for the quietest moment to cut at
CUT_FRAME_S = 0.2

# Silero VAD tuned for dialogue: faster-whisper's default min_silence_duration_ms=2000 merges a
# whole back-and-forth into one chunk; turns in conversation are separated by 0.2-1 s.
VAD_PARAMETERS = {
    "threshold": 0.5,
    "min_speech_duration_ms": 120,
    "min_silence_duration_ms": 500,
    "speech_pad_ms": 200,
}
# Decoding guards against loops and text invented over silence.
DECODE_OPTIONS = {
    "condition_on_previous_text": False,
    "compression_ratio_threshold": 2.4,
    "log_prob_threshold": -1.0,
    "no_speech_threshold": 0.6,
    "temperature": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
    "hallucination_silence_threshold": 2.0,
}
DEFAULT_BEAM_SIZE = 5

_loaded: dict = {}


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def load_model(spec: ModelSpec, threads: Optional[int] = None):
    """A WhisperModel for this folder and thread count, loaded once per process."""
    threads = threads or default_threads()
    key = (str(spec.path), threads)
    if key not in _loaded:
        from faster_whisper import WhisperModel

        _loaded.clear()  # one model in memory at a time
        _loaded[key] = WhisperModel(
            str(spec.path),
            device="cpu",
            compute_type="int8",
            cpu_threads=threads,
            num_workers=1,
            local_files_only=True,
        )
    return _loaded[key]


def plan_blocks(samples: np.ndarray, block_s: float = BLOCK_S) -> List[tuple[int, int]]:
    """(start, end) sample ranges of at most block_s, each cut at the quietest nearby moment."""
    n = len(samples)
    block = int(block_s * SAMPLE_RATE)
    if n <= block:
        return [(0, n)]
    frame = int(CUT_FRAME_S * SAMPLE_RATE)
    search = int(CUT_SEARCH_S * SAMPLE_RATE)
    blocks, start = [], 0
    while n - start > block:
        window_start = start + block - search
        window = samples[window_start : start + block]
        frames = len(window) // frame
        energy = np.square(window[: frames * frame].reshape(frames, frame)).mean(axis=1)
        cut = window_start + int(np.argmin(energy)) * frame + frame // 2
        blocks.append((start, cut))
        start = cut
    blocks.append((start, n))
    return blocks


def transcribe_samples(
    samples: np.ndarray,
    model: Union[str, ModelSpec, None] = None,
    language: Optional[str] = None,
    threads: Optional[int] = None,
    beam_size: int = DEFAULT_BEAM_SIZE,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
) -> dict:
    """Transcribe mono 16 kHz float32 samples; returns {duration_s, model, language, segments}."""
    samples = np.asarray(samples, dtype=np.float32)
    if samples.ndim != 1:
        raise UsageError("transcribe_samples takes one channel of 16 kHz samples; mix to mono first.")
    spec = model if isinstance(model, ModelSpec) else resolve_model(model)
    if language and not spec.multilingual and language != "en":
        raise UsageError(
            f"The model {spec.name} understands English only; choose the 'base' model for language {language!r}."
        )
    if not spec.multilingual:
        language = "en"
    duration = len(samples) / SAMPLE_RATE
    report = progress or (lambda fraction, message: None)
    if len(samples) < SAMPLE_RATE // 10:  # under 0.1 s: nothing a model could hear
        report(1.0, "Transcribed")
        return {"duration_s": round(duration, 3), "model": spec.name, "language": language or "en", "segments": []}
    report(0.0, f"Loading the speech model ({spec.name})")
    whisper = load_model(spec, threads)
    check(cancel)

    clock = EtaClock()
    segments: List[dict] = []
    for start, end in plan_blocks(samples):
        check(cancel)
        offset = start / SAMPLE_RATE
        pieces, info = whisper.transcribe(
            samples[start:end],
            language=language,
            beam_size=beam_size,
            word_timestamps=True,
            vad_filter=True,
            vad_parameters=dict(VAD_PARAMETERS),
            **DECODE_OPTIONS,
        )
        heard = 0
        for piece in pieces:
            segments.append(_segment_dict(piece, offset))
            heard += 1
            check(cancel)
            _report(report, clock, offset + float(piece.end), duration)
        # The language of the first block with speech holds for the rest, so blocks cannot disagree
        # (a block of silence gives no trustworthy guess).
        if language is None and heard:
            language = info.language
        _report(report, clock, end / SAMPLE_RATE, duration)

    kept, _dropped = drop_hallucinations(segments)
    report(1.0, "Transcribed")
    return {
        "duration_s": round(duration, 3),
        "model": spec.name,
        "language": language or "en",
        "segments": kept,
    }


def _report(report: ProgressFn, clock: EtaClock, done_s: float, total_s: float) -> None:
    fraction = min(1.0, done_s / total_s) if total_s > 0 else 1.0
    eta = clock.eta_s(fraction)
    left = f", about {timefmt.clock(eta, pad_minutes=False)} left" if eta is not None else ""
    done, total = timefmt.clock(done_s, pad_minutes=False), timefmt.clock(total_s, pad_minutes=False)
    report(fraction, f"Transcribing: {done} of {total}{left}")


def _segment_dict(piece, offset: float) -> dict:
    words = [_word_dict(w, offset) for w in (piece.words or []) if w.word.strip()]
    return {
        "start": round(float(piece.start) + offset, 3),
        "end": round(float(piece.end) + offset, 3),
        "text": piece.text.strip(),
        "words": words,
    }


def _word_dict(word, offset: float) -> dict:
    return {
        "start": round(float(word.start) + offset, 3),
        "end": round(float(word.end) + offset, 3),
        "word": word.word.strip(),
        "probability": round(float(word.probability), 3),
    }
