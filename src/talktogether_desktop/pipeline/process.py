"""Process a recording as one job: transcribe, then (with consent) diarize and analyse.

The job row records progress and a heartbeat; every step saves its results whole, so a job
killed mid-way is found 'interrupted' at the next start (storage.jobs.recover_interrupted) and
simply run again from the first unfinished step by `resume_jobs`.
"""

from __future__ import annotations

import importlib
import time
from typing import Callable, Optional, Sequence

from ..errors import Cancelled, ConsentMissing, JobFailed, TalkTogetherError, UsageError
from ..jobs import CancelToken, ProgressFn, scaled
from ..storage import jobs, recordings, transcripts
from .transcribe_step import transcribe_recording

ALL_STEPS = ("transcribe", "diarize", "analyse")
ANALYSIS_STEPS = ("diarize", "analyse")
# Steps written by other features, found at run time so each can ship on its own.
STEP_FUNCTIONS = {
    "diarize": ("talktogether_desktop.pipeline.diarize_step", "diarize_recording"),
    "analyse": ("talktogether_desktop.pipeline.analyze_step", "analyze_recording"),
}
STEP_STATUS = {"transcribe": "transcribed", "diarize": "diarized", "analyse": "analysed"}
STEP_WEIGHT = {"transcribe": 0.75, "diarize": 0.2, "analyse": 0.05}
HEARTBEAT_S = 10.0


class _JobReporter:
    """Relays progress to the caller and into the job row (at most once a second)."""

    def __init__(self, vault, job_id: int, progress: Optional[ProgressFn]):
        self.vault, self.job_id, self.progress = vault, job_id, progress
        self._last_write = 0.0
        self._fraction, self._message = 0.0, ""

    def __call__(self, fraction: float, message: str = "") -> None:
        self._fraction, self._message = fraction, message
        if self.progress is not None:
            self.progress(fraction, message)
        if time.monotonic() - self._last_write >= 1.0 or fraction >= 1.0:
            self._write()

    def idle(self) -> None:
        if time.monotonic() - self._last_write >= HEARTBEAT_S:
            self._write()

    def _write(self) -> None:
        jobs.update_progress(self.vault, self.job_id, self._fraction, self._message)
        self._last_write = time.monotonic()


def _step_function(step: str) -> Optional[Callable]:
    module_name, function_name = STEP_FUNCTIONS[step]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None  # that feature is not installed in this build
        raise
    return getattr(module, function_name, None)


def process_recording(
    vault,
    recording_id: int,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    steps: Sequence[str] = ALL_STEPS,
    model: Optional[str] = None,
    language: Optional[str] = None,
    threads: Optional[int] = None,
    force: bool = False,
    job_id: Optional[int] = None,
) -> dict:
    """Run the steps in order as one job; returns {"recording_id", "job_id", "steps": {step: outcome}}.

    Transcription runs without consent; the analysis steps raise ConsentMissing (after the
    transcript is saved) until both partners' consent to analysis is recorded.
    """
    unknown = [s for s in steps if s not in ALL_STEPS]
    if unknown:
        raise UsageError(f"Unknown processing step(s): {', '.join(unknown)}; choose from {', '.join(ALL_STEPS)}.")
    steps = tuple(s for s in ALL_STEPS if s in steps)
    recording = recordings.get_recording(vault, recording_id)
    params = {"steps": list(steps), "model": model, "language": language, "threads": threads, "force": force}
    if job_id is None:
        kind = "transcribe" if steps == ("transcribe",) else "process"
        # the job queued with the import (in the same transaction) is this one
        reusable = jobs.open_job_for(vault, recording_id, kind) or jobs.open_job_for(vault, recording_id, "process")
        job_id = reusable["id"] if reusable else jobs.create_job(vault, kind, recording_id, params)
    jobs.start_job(vault, job_id)
    reporter = _JobReporter(vault, job_id, progress)
    summary = {"recording_id": recording_id, "job_id": job_id, "steps": {}}

    total = sum(STEP_WEIGHT[s] for s in steps) or 1.0
    done = 0.0
    current = None
    try:
        for step in steps:
            current = step
            part = scaled(reporter, done / total, (done + STEP_WEIGHT[step]) / total)
            done += STEP_WEIGHT[step]
            if step == "transcribe":
                if force or not transcripts.has_transcript(vault, recording_id):
                    transcribe_recording(
                        vault, recording_id, model=model, language=language, threads=threads,
                        progress=part, cancel=cancel, on_idle=reporter.idle,
                    )
                    summary["steps"][step] = "done"
                else:
                    summary["steps"][step] = "kept"
                if not transcripts.load_words(vault, recording_id):
                    # Sound but no words (a tone, music, a language the model lacks): a result, not a failure.
                    recordings.set_status(vault, recording_id, "no_speech")
                    summary["steps"][step] = "no_speech"
                    summary["no_speech"] = True
                    break
                continue
            if step in ANALYSIS_STEPS and not recordings.has_analysis_consent(vault, recording["couple_id"]):
                summary["steps"][step] = "waiting_for_consent"
                raise ConsentMissing(
                    f"Recording {recording_id} was transcribed, but it is not analysed until both partners' "
                    f"consent is recorded (talktogether consent record --couple {recording['couple_id']})."
                )
            function = _step_function(step)
            if function is None:
                summary["steps"][step] = "unavailable"
                continue
            function(vault, recording_id, part, cancel)
            recordings.set_status(vault, recording_id, STEP_STATUS[step])
            summary["steps"][step] = "done"
        jobs.finish_job(vault, job_id, "done", message="No speech found" if summary.get("no_speech") else "Finished")
        if progress is not None:
            progress(1.0, "Finished")
    except ConsentMissing:  # from the gate above, or a step finding consent withdrawn meanwhile
        jobs.finish_job(
            vault, job_id, "done", message="Transcribed. Diarization and analysis wait for both partners' consent."
        )
        raise
    except (Cancelled, KeyboardInterrupt):
        jobs.finish_job(vault, job_id, "cancelled", message="Stopped at your request")
        raise
    except TalkTogetherError as exc:
        _fail(vault, job_id, recording_id, current, str(exc))
        raise
    except Exception as exc:
        _fail(vault, job_id, recording_id, current, f"{type(exc).__name__}: {exc}")
        raise JobFailed(f"Processing recording {recording_id} failed in the {current} step: {exc}") from exc
    summary["status"] = recordings.get_recording(vault, recording_id)["status"]
    return summary


def _fail(vault, job_id: int, recording_id: int, step: Optional[str], error: str) -> None:
    jobs.finish_job(vault, job_id, "failed", error=error)
    if step == "transcribe" and not transcripts.has_transcript(vault, recording_id):
        recordings.set_status(vault, recording_id, "failed")


def resume_jobs(
    vault, progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None
) -> list[dict]:
    """At start-up: mark jobs a crash left 'running' as interrupted, then run every open job again."""
    jobs.recover_interrupted(vault)
    outcomes = []
    for job in jobs.resumable_jobs(vault):
        if job["recording_id"] is None or job["kind"] not in ("process", "transcribe"):
            continue
        if job["attempts"] >= jobs.MAX_ATTEMPTS:
            jobs.finish_job(vault, job["id"], "failed", error=f"Gave up after {job['attempts']} attempts.")
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "failed"})
            continue
        params = job["params"]
        try:
            result = process_recording(
                vault, job["recording_id"], progress=progress, cancel=cancel,
                steps=params.get("steps") or ALL_STEPS, model=params.get("model"),
                language=params.get("language"), threads=params.get("threads"),
                force=bool(params.get("force")), job_id=job["id"],
            )
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "done", **result})
        except ConsentMissing:
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "waiting_for_consent"})
        except Cancelled:
            raise
        except TalkTogetherError as exc:
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "failed", "error": str(exc)})
    return outcomes
