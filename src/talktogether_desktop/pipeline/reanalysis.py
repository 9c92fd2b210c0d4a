"""The analysis made again after the therapist changes the words or the speakers, with no moment at
which the vault holds an analysis older than the words and nothing saying so.

The change and a queued job that makes the analysis again are stored in one transaction
(`queue_reanalysis`); the job then runs at once (`run_reanalysis`). Killed or stopped before it
finishes, the job is still there: `jobs resume` and the window's start run it like any processing
job (`process.resume_jobs`), and a report is never made from the old analysis (`bring_up_to_date`).
A new analysis closes the jobs that were waiting when it read the words (`analyze_step`).

A new transcript (`transcribe` again) replaces every word, so the analysis made from the old ones is dropped
in the transcript's own transaction, and a job that finds the speakers and makes the analysis again is queued
with it (`drop_for_new_transcript`); `transcribe_again` runs that job at once.
"""

from __future__ import annotations

from typing import Optional

from ..errors import Cancelled
from ..jobs import CancelToken, ProgressFn
from ..storage import analyses, jobs
from ..storage.settings import Settings

REANALYSIS_STEPS = ("analyse",)
AFTER_NEW_TRANSCRIPT_STEPS = ("diarize", "analyse")  # the new words have no speakers yet
WAITING_STEPS = (REANALYSIS_STEPS, AFTER_NEW_TRANSCRIPT_STEPS)
_STOPPED_NEW = ("Stopped before the speakers were found and the analysis made again on the new transcript; "
                "it will be done at the next start.")
_STOPPED = "Stopped before the analysis was made again on the corrected words; it will be made at the next start."


def queue_reanalysis(vault, settings: Settings, recording_id: int) -> Optional[int]:
    """Inside the change's transaction: the job that makes an existing analysis again (None when
    the recording has no analysis yet; one job already waiting is enough)."""
    if analyses.latest_record(vault, recording_id) is None:
        return None
    waiting = jobs.open_reanalysis(vault, recording_id)
    if waiting:
        return waiting[-1]["id"]
    from .process import job_params

    return jobs.create_job(vault, "process", recording_id, job_params(settings, REANALYSIS_STEPS))


def drop_for_new_transcript(vault, settings: Settings, recording_id: int, queue: bool = True) -> Optional[int]:
    """Inside the new transcript's transaction: the analysis of the old words dropped and, when there was one
    and `queue` (the job saving the transcript does not go on to make it itself), the job that makes it again."""
    if not analyses.drop_analyses(vault, recording_id) or not queue:
        return None
    waiting = jobs.open_reanalysis(vault, recording_id, steps=(AFTER_NEW_TRANSCRIPT_STEPS,))
    if waiting:
        return waiting[-1]["id"]
    from .process import job_params

    return jobs.create_job(vault, "process", recording_id, job_params(settings, AFTER_NEW_TRANSCRIPT_STEPS))


def waiting_after_new_transcript(vault, recording_id: int) -> Optional[int]:
    """The queued job that makes the analysis of a recording transcribed again, if there is one."""
    waiting = jobs.open_reanalysis(vault, recording_id, steps=(AFTER_NEW_TRANSCRIPT_STEPS,))
    return waiting[-1]["id"] if waiting else None


def transcribe_again(vault, settings: Settings, recording_id: int, progress: Optional[ProgressFn] = None,
                     cancel: Optional[CancelToken] = None) -> dict:
    """Transcribe a stored recording again; when it had an analysis, find the speakers and make the analysis
    again at once (with consent; else the job waits for it). Returns the processing summary, with
    "reanalysis": "done", "waiting_for_consent" or None (there was no analysis to make again)."""
    from ..jobs import scaled
    from .process import process_recording

    progress = progress or (lambda *_a: None)
    summary = process_recording(vault, settings, recording_id, progress=scaled(progress, 0.0, 0.8), cancel=cancel,
                                steps=("transcribe",), force=True)
    summary["reanalysis"] = None
    job_id = waiting_after_new_transcript(vault, recording_id)
    if job_id is None or summary.get("no_speech"):
        return summary
    try:
        after = process_recording(vault, settings, recording_id, progress=scaled(progress, 0.8, 1.0), cancel=cancel,
                                  steps=AFTER_NEW_TRANSCRIPT_STEPS, job_id=job_id, stop_for_consent=True)
    except (Cancelled, KeyboardInterrupt):
        jobs.requeue(vault, job_id, _STOPPED_NEW)
        raise
    waiting = "waiting_for_consent" in after["steps"].values()
    summary["reanalysis"] = "waiting_for_consent" if waiting else "done"
    summary["steps"].update(after["steps"])
    summary["status"] = after["status"]
    return summary


def run_reanalysis(vault, settings: Settings, recording_id: int, job_id: Optional[int],
                   progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
                   wait_for_consent: bool = False) -> bool:
    """Run the queued job now; True when the analysis was made again. Stopped, it stays queued. `wait_for_consent`:
    with consent withdrawn the job ends there and False is returned (the change itself is kept: the analysis is
    behind, `why_analysis_behind`), instead of ConsentMissing, which said the change had failed."""
    if job_id is None:
        return False
    from .process import process_recording

    try:
        summary = process_recording(vault, settings, recording_id, progress=progress, cancel=cancel,
                                    steps=REANALYSIS_STEPS, job_id=job_id, stop_for_consent=wait_for_consent)
    except (Cancelled, KeyboardInterrupt):
        jobs.requeue(vault, job_id, _STOPPED)
        raise
    return "waiting_for_consent" not in summary["steps"].values()


def analysis_out_of_date(vault, recording_id: int) -> bool:
    """A change to the words or speakers is waiting for the analysis to be made again."""
    return bool(jobs.open_reanalysis(vault, recording_id, states=("queued", "interrupted", "running")))


def bring_up_to_date(vault, settings: Settings, recording_id: int) -> bool:
    """Before the analysis is read for a report: one a change left to make again is made now."""
    if analysis_behind(vault, recording_id):  # its run after the change stopped on a problem: tried again now
        return analyse_again(vault, settings, recording_id)
    if not analysis_out_of_date(vault, recording_id):
        return False
    jobs.recover_interrupted(vault)  # a job whose process was killed is waiting, and this run closes it
    from .analyze_step import analyze_recording

    analyze_recording(vault, settings, recording_id)
    return True


def analysis_behind(vault, recording_id: int) -> bool:
    """The analysis kept is older than a change whose new analysis was not made: it may not match the words or the
    speakers any more, and nothing else would say so (`why_analysis_behind` says why)."""
    return why_analysis_behind(vault, recording_id) is not None


def why_analysis_behind(vault, recording_id: int) -> Optional[str]:
    """"failed": the new analysis after a change stopped on a problem (its job failed); "consent": the change was made
    while consent was withdrawn, so its job ended without making it (recorded again, the analysis and the report
    read as current, naming the speakers as they were before a swap); None: the analysis is not behind."""
    made = analyses.latest_record(vault, recording_id)
    if made is None:
        return None
    for job in jobs.list_jobs(vault, recording_id=recording_id, limit=50):  # newest first
        if job["kind"] == "process" and tuple(job["params"].get("steps") or ()) == REANALYSIS_STEPS:
            if job["state"] == "failed" and (job["finished_at"] or "") >= made["created_at"]:
                return "failed"
            # queued after the analysis was made, and closed with no analysis made since (stamps to the second: one
            # of the same second as the analysis counts as made by it)
            if job["state"] == "done" and job["created_at"] > made["created_at"]:
                return "consent"
            return None
    return None


def analyse_again(vault, settings: Settings, recording_id: int, progress: Optional[ProgressFn] = None,
                  cancel: Optional[CancelToken] = None) -> bool:
    """Make the analysis again on the words and speakers as they are now (after one that stopped on a problem)."""
    return run_reanalysis(vault, settings, recording_id, queue_reanalysis(vault, settings, recording_id), progress,
                          cancel)
