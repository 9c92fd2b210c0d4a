"""How far a recording's processing got, as both faces say it: the stage stored, and how its last job ended.

A recording whose last processing job stopped (or failed) after the transcript, before the speakers or the analysis it
was to make, is "stopped_transcribed", not "transcribed" as for one whose processing finished there (`transcribe`
alone); the window's words for each state are in ui/recording_header.py, the command line's in STOPPED_WORDS.
"""

from __future__ import annotations

from ..storage import jobs as jobs_store

_STAGE = {"imported": 0, "transcribed": 1, "diarized": 2, "analysed": 3, "analyzed": 3}  # how far a recording got
_STEP_STAGE = {"transcribe": 1, "diarize": 2, "analyse": 3}
_ENDED_SHORT = ("cancelled", "failed", "interrupted")

# the command line's words for the states a stored status alone does not tell (`recording list`, `recording show`)
STOPPED_WORDS = {
    "stopped_transcribed": "stopped after the transcript",
    "stopped_diarized": "stopped after the speakers",
    "cancelled": "stopped before the transcript",
    "interrupted": "interrupted before the transcript",
    "failed": "stopped on a problem before the transcript",
    "elsewhere": "being processed",
}


def shown_status(vault, rec: dict):
    """The recording's status as the window says it, from what is stored: the stage it reached and how its last
    processing job ended. One never processed whose last job stopped says so, not "Not processed yet"; one whose last
    job stopped (or failed) after the transcript, before the speakers or the analysis it was to make, says that, not
    "Transcribed" or "Speakers found" as for a recording whose processing finished."""
    status = rec.get("status")
    last = jobs_store.list_jobs(vault, recording_id=rec["id"], limit=1)
    if last and jobs_store.running_elsewhere(last[0]):
        # a command (`import`, `analyze`) or another window processes it now: the window said "Not processed yet"
        # and offered to process it a second time, at once
        return "elsewhere"
    if status not in _STAGE:
        return status
    if not last or last[0]["state"] not in _ENDED_SHORT:
        return status
    if status == "imported":
        return last[0]["state"]
    aimed = max((_STEP_STAGE.get(s, 0) for s in last[0]["params"].get("steps") or _STEP_STAGE), default=0)
    return f"stopped_{status}" if aimed > _STAGE[status] else status


def status_said(state: str, recording_id: int) -> str:
    """The command line's "stopped after the transcript (start it again: `talktogether analyze 3`)", or the stored
    status as it was printed before."""
    if state == "elsewhere":
        return "being processed now by another command or window"
    if state not in STOPPED_WORDS:
        return str(state)
    return f"{STOPPED_WORDS[state]} (start it again: `talktogether analyze {recording_id}`)"
