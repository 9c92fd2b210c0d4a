"""The transcribe step: vault audio -> speech model in a child process -> transcript saved whole."""

from __future__ import annotations

from typing import Callable, Optional

from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import recordings, transcripts
from ..storage.settings import Settings
from . import chain
from .vault_audio import analysis_audio


def transcribe_recording(
    vault,
    settings: Settings,
    recording_id: int,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    on_idle: Optional[Callable[[], None]] = None,
) -> dict:
    """Transcribe a stored recording and save the transcript (replacing any earlier one) atomically."""
    report = progress or no_progress
    recordings.get_recording(vault, recording_id)  # NotFound before any work
    chain.resolve_speech_model(settings)  # a missing or damaged model fails here, before decoding
    report(0.0, "Reading the recording from the vault")
    samples = analysis_audio(vault, recording_id).samples
    check(cancel)
    child = chain.start_transcription(samples, settings)
    del samples  # the child has its copy; a long recording is not held twice
    transcript, params = chain.finish_transcription(child, settings, scaled(report, 0.02, 0.98), cancel, on_idle)
    check(cancel)
    transcripts.save_transcript(vault, recording_id, transcript, params=params)
    report(1.0, "Transcript saved")
    return transcript
