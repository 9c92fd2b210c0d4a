"""The analyse step: the recording's speaker-attributed words, partner names and audio (decoded
in memory) -> `analysis.analyze` -> the result saved with its settings in one transaction."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from ..analysis import analyze
from ..diarization.words import speakers_of_spans
from ..errors import UsageError
from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import analyses, recordings, speakers, transcripts

SAMPLE_RATE = 16000


def analyze_recording(
    vault,
    recording_id: int,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    settings: Optional[Mapping[str, Any]] = None,
) -> dict:
    """Analyse a transcribed, diarized recording and save the result; returns the result."""
    report = progress or no_progress
    recordings.get_recording_to_analyse(vault, recording_id)  # NotFound or ConsentMissing first
    words = transcripts.load_words(vault, recording_id)
    if not words:
        raise UsageError(f"Recording {recording_id} has no transcript yet; process it first.")
    if not any(w.get("speaker") for w in words):
        raise UsageError(f"Recording {recording_id} has no speakers yet; run the diarize step first.")
    names = speakers.speaker_names(vault, recording_id)
    diarization = speakers.load_diarization(vault, recording_id) or {}
    unheard = speakers_of_spans(transcripts.load_unrecognised(vault, recording_id), diarization)
    report(0.0, "Reading the recording from the vault")
    audio = recordings.load_mono_16k(vault, recording_id)
    check(cancel)
    result = analyze(words, audio=audio, sample_rate=SAMPLE_RATE, names=names, settings=settings,
                     progress=scaled(report, 0.05, 0.97), cancel=cancel,
                     speaker_overlaps=diarization.get("overlaps") or [], unrecognised_speech=unheard)
    del audio
    check(cancel)
    with vault.transaction():
        analyses.save_analysis(vault, recording_id, result)
        recordings.set_status(vault, recording_id, "analysed")
    report(1.0, "Analysis saved")
    return result
