"""The one consent gate: a recording is diarized and analysed only with both partners' consent.

Transcription runs without it (the transcript stays in the encrypted vault); everything that
looks at who said what, and how, waits for it. Every step and operation asks here.
Once consent is withdrawn (and not recorded again), no new report is made from an analysis made before:
`require_report_consent`.
"""

from __future__ import annotations

from typing import Optional

from ..errors import ConsentMissing
from ..storage import couples, recordings
from ..timefmt import local_time

SCOPE = "recording_analysis"


def analysis_consented(vault, couple_id: int) -> bool:
    """Both partners have a current consent to have their recordings analysed."""
    return couples.has_consent(vault, couple_id, SCOPE)


def whose_consent(vault, couple_id: Optional[int] = None, recording_id: Optional[int] = None) -> str:
    """Whose consent the analysis waits for, by the couple's (or the recording's couple's) partner count: "both
    partners'" for two, "the partner's" for one, "every partner's" for more (no names: the words may be logged
    or kept in a job row)."""
    if couple_id is None:
        couple_id = recordings.get_recording(vault, recording_id)["couple_id"]
    count = len(couples.list_partners(vault, couple_id))
    return "both partners'" if count == 2 else "the partner's" if count == 1 else "every partner's"


def require_analysis_consent(vault, recording_id: int) -> dict:
    """The recording, if it may be analysed; else ConsentMissing saying how to record consent."""
    recording = recordings.get_recording(vault, recording_id)
    if not analysis_consented(vault, recording["couple_id"]):
        whose = whose_consent(vault, recording["couple_id"])
        raise ConsentMissing(
            f"{recordings.called(vault, recording_id)} is not analysed until {whose} consent is recorded "
            f"(talktogether consent record --couple {recording['couple_id']})."
        )
    return recording


def consent_withdrawn_at(vault, couple_id: int) -> Optional[str]:
    """When consent to analyse was last withdrawn, if it is not in force now (else None)."""
    if analysis_consented(vault, couple_id):
        return None
    consents = [c for c in couples.list_consents(vault, couple_id) if c["scope"] == SCOPE]
    return max((c["withdrawn_at"] for c in consents if c.get("withdrawn_at")), default=None)


def require_report_consent(vault, recording_id: int) -> None:
    """ConsentMissing when the recording's couple withdrew consent to analysis (and has not given it again), since
    a new report would render (and export) an analysis the couple no longer agrees to. An unknown recording is
    left to the caller to name."""
    row = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (recording_id,))
    withdrawn = None if row is None else consent_withdrawn_at(vault, row["couple_id"])
    if withdrawn is not None:
        raise ConsentMissing(
            f"Consent to analyse was withdrawn for this couple ({local_time(withdrawn)[:10]}), so no report is made from "
            f"recording {recording_id}. Record consent again first (talktogether consent record --couple "
            f"{row['couple_id']})."
        )
