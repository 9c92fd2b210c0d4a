"""The transcribe step: vault audio → speech model in a child process → transcript saved whole."""

from __future__ import annotations

from typing import Callable, Optional

from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import recordings, transcripts
from ..transcription.engine import DECODE_OPTIONS, VAD_PARAMETERS, default_threads
from ..transcription.models import resolve_model
from .runner import ChildTranscription


def transcribe_recording(
    vault,
    recording_id: int,
    model: Optional[str] = None,
    language: Optional[str] = None,
    threads: Optional[int] = None,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    on_idle: Optional[Callable[[], None]] = None,
) -> dict:
    """Transcribe a stored recording and save the transcript (replacing any earlier one) atomically."""
    report = progress or no_progress
    recordings.get_recording(vault, recording_id)  # NotFound before any work
    spec = resolve_model(model)  # a missing or damaged model fails here, before decoding
    report(0.0, "Reading the recording from the vault")
    samples = recordings.load_mono_16k(vault, recording_id)
    check(cancel)
    child = ChildTranscription(samples, spec, language=language, threads=threads)
    del samples  # the child has its copy; a long recording is not held twice
    transcript = child.wait(progress=scaled(report, 0.02, 0.98), cancel=cancel, on_idle=on_idle)
    check(cancel)
    params = {
        "engine": "faster-whisper",
        "model": spec.name,
        "threads": threads or default_threads(),
        "vad": VAD_PARAMETERS,
        "decode": {k: v for k, v in DECODE_OPTIONS.items() if k != "temperature"},
        "worker": child.stats,
    }
    transcripts.save_transcript(vault, recording_id, transcript, params=params)
    report(1.0, "Transcript saved")
    return transcript
