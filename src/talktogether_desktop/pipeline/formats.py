"""Results as text for the faces to print or save: transcripts (txt, srt, vtt, json), speaker turns (RTTM)."""

from __future__ import annotations

from typing import Mapping

from ..analysis.words import SPEAKER_UNSURE, speaker_unsure_runs
from ..diarization.rttm import to_rttm
from ..transcription.formats import render, timeline, unrecognised_note


def transcript_text(transcript: Mapping, fmt: str = "txt") -> str:
    return render(dict(transcript), fmt)


def transcript_lines(transcript: Mapping) -> list[dict]:
    """The segments and the speech-without-words spans (marked "unrecognised") in time order."""
    return timeline(dict(transcript))


__all__ = ["speaker_turns_rttm", "speaker_unsure_runs", "transcript_lines", "transcript_text", "unrecognised_note",
           "SPEAKER_UNSURE"]


def speaker_turns_rttm(diarization: Mapping, file_id: str) -> str:
    return to_rttm(diarization["turns"], file_id)
