"""Results as text for the faces to print or save: transcripts (txt, srt, vtt, json), speaker turns (RTTM)."""

from __future__ import annotations

from typing import Mapping

from ..diarization.rttm import to_rttm
from ..transcription.formats import render


def transcript_text(transcript: Mapping, fmt: str = "txt") -> str:
    return render(dict(transcript), fmt)


def speaker_turns_rttm(diarization: Mapping, file_id: str) -> str:
    return to_rttm(diarization["turns"], file_id)
