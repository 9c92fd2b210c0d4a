"""The transcribe step: vault audio (decoded in memory) -> the model in a child process -> the
transcript saved in one transaction."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Callable, Optional

from ..audio.analysis_audio import AnalysisAudio
from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import recordings, transcripts
from ..storage.settings import Settings
from . import chain
from .reanalysis import drop_for_new_transcript
from .speech_host import SpeechHost
from .vault_audio import analysis_audio


def transcribe_recording(
    vault,
    settings: Settings,
    recording_id: int,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    on_idle: Optional[Callable[[], None]] = None,
    audio: Optional[AnalysisAudio] = None,
    speech: Optional[SpeechHost] = None,
    queue_analysis: bool = True,
) -> dict:
    """Transcribe a stored recording and save the transcript (replacing any earlier one) atomically.

    `audio`: the recording already decoded (by the import, or for the steps after this one);
    `speech`: the window's warm model process (else one is started for this call).
    An analysis of the earlier words is dropped with them; `queue_analysis`: a job that makes it again is
    queued in the same transaction (off when the caller's own job goes on to make it)."""
    report = progress or no_progress
    recordings.get_recording(vault, recording_id)  # NotFound before any work
    chain.resolve_speech_model(settings)  # a missing or damaged model fails here, before decoding
    with SpeechHost() if speech is None else nullcontext(speech) as host:
        chain.warm_up(host, settings)  # the model loads while the audio is decoded
        if audio is None:
            report(0.0, "Reading the recording from the vault")
            audio = analysis_audio(vault, recording_id)
        check(cancel)
        report(0.02, "Starting the speech model")  # it may still be loading: the job is under way all the same
        # 16-bit samples to the model's process, and only those kept here meanwhile (no float copy
        # beside the model process's own: an hour is 230 MB); the speaker step makes floats again.
        transcript, params = chain.transcribe_with_params(audio.pcm16(), settings, scaled(report, 0.02, 0.98),
                                                          cancel, on_idle, speech=host)
    check(cancel)
    with vault.transaction():  # the analysis of the old words goes with them, never outliving them
        transcripts.save_transcript(vault, recording_id, transcript, params=params)
        drop_for_new_transcript(vault, settings, recording_id, queue=queue_analysis)
    report(1.0, "Transcript saved")
    return transcript

