"""The one consent gate: a recording is diarized and analysed only with both partners' consent.

Transcription runs without it (the transcript stays in the encrypted vault); everything that
looks at who said what, and how, waits for it. Every step and operation asks here.
"""

from __future__ import annotations

from ..errors import ConsentMissing
from ..storage import couples, recordings

SCOPE = "recording_analysis"


def analysis_consented(vault, couple_id: int) -> bool:
    """Both partners have a current consent to have their recordings analysed."""
    return couples.has_consent(vault, couple_id, SCOPE)


def require_analysis_consent(vault, recording_id: int) -> dict:
    """The recording, if it may be analysed; else ConsentMissing saying how to record consent."""
    recording = recordings.get_recording(vault, recording_id)
    if not analysis_consented(vault, recording["couple_id"]):
        raise ConsentMissing(
            f"Recording {recording_id} is not analysed until both partners' consent is recorded "
            f"(talktogether consent record --couple {recording['couple_id']})."
        )
    return recording
