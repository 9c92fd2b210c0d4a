"""The analyse step: the recording's speaker-attributed words, partner names and audio (decoded
in memory) -> `analysis.analyze` -> the result saved with its settings in one transaction."""

from __future__ import annotations

from typing import Optional

from ..audio.analysis_audio import AnalysisAudio
from ..errors import UsageError
from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import analyses, jobs, recordings, speakers, transcripts
from ..storage.settings import Settings
from . import chain
from .consent import require_analysis_consent
from .ops_transcript import corrected_words
from .reanalysis import WAITING_STEPS
from .vault_audio import analysis_audio


def analyze_recording(
    vault,
    settings: Settings,
    recording_id: int,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    audio: Optional[AnalysisAudio] = None,
) -> dict:
    """Analyse a transcribed, diarized recording and save the result; returns the result.
    `audio`: the recording already decoded (by the job's first step), else it is decoded here."""
    report = progress or no_progress
    require_analysis_consent(vault, recording_id)  # NotFound or ConsentMissing first
    # Made again after a correction or a speaker fix: those waiting now are done by this run; one
    # queued while it reads no longer is (its change may come after the words read here).
    # (A job queued by a new transcript is done too: the words read here have speakers, found since.)
    waiting = [job["id"] for job in jobs.open_reanalysis(vault, recording_id, steps=WAITING_STEPS)]
    # The therapist's corrections, kept apart from the machine transcript, apply to every run.
    words = corrected_words(vault, recording_id)
    if not words:
        raise UsageError(f"{recordings.called(vault, recording_id)} has no transcript yet; process it first.")
    if not any(w.get("speaker") for w in words):
        raise UsageError(f"{recordings.called(vault, recording_id)} has no speakers yet; run the diarize step first.")
    names = speakers.speaker_names(vault, recording_id)
    diarization = speakers.load_diarization(vault, recording_id) or {}
    unheard = chain.unrecognised_of({"unrecognised_speech": transcripts.load_unrecognised(vault, recording_id)},
                                    diarization)
    if audio is None:
        report(0.0, "Reading the recording from the vault")
        audio = analysis_audio(vault, recording_id)
    check(cancel)
    result = chain.analyze(words, audio, settings, names=names, speaker_overlaps=diarization.get("overlaps") or [],
                           progress=scaled(report, 0.05, 0.97), cancel=cancel, unrecognised_speech=unheard)
    # as `analyze-file` carries them: the speaker finder's doubts, and whether the therapist has fixed speakers since
    result["diarization_warnings"] = list(diarization.get("warnings") or [])
    # (naming a voice moves no word: only swaps and reassigned stretches are corrections of who spoke)
    result["speaker_fixes"] = sum(1 for f in speakers.list_fixes(vault, recording_id) if f.get("kind") != "rename")
    del audio
    check(cancel)
    with vault.transaction():
        analyses.save_analysis(vault, recording_id, result)
        recordings.set_status(vault, recording_id, "analysed")
        jobs.close_done(vault, waiting, "The analysis was made again.")
    report(1.0, "Analysis saved")
    return result
