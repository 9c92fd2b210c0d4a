"""Process a recording as one job: transcribe, then (with consent) diarize and analyse.

The job row records progress and a heartbeat; every step saves its results whole, so a job
killed mid-way is found 'interrupted' at the next start (storage.jobs.recover_interrupted) and
simply run again from the first unfinished step by `resume_jobs`.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from typing import Optional, Sequence

from ..audio.analysis_audio import AnalysisAudio
from ..errors import Cancelled, ConsentMissing, JobFailed, TalkTogetherError, UsageError
from ..jobs import CancelToken, ProgressFn, scaled
from ..storage import jobs, recordings, transcripts
from ..storage.settings import Settings
from ..storage.vault import damage_error, disk_full_error
from . import chain
from .analyze_step import analyze_recording
from .consent import require_analysis_consent, whose_consent
from .diarize_step import diarize_recording
from .failures import step_failed, traced
from .reanalysis import WAITING_STEPS
from .speech_host import SpeechHost
from .transcribe_step import transcribe_recording
from .vault_audio import analysis_audio

ALL_STEPS = ("transcribe", "diarize", "analyse")
ANALYSIS_STEPS = ("diarize", "analyse")
STEP_FUNCTIONS = {"diarize": diarize_recording, "analyse": analyze_recording}
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


def job_params(settings, steps: Sequence[str], force: bool = False) -> dict:
    """What a job row keeps of the settings it was started with, so a resumed job finishes the same way."""
    return {"steps": list(steps), "model": settings.speech_model, "language": settings.transcription_language,
            "threads": settings.threads, "force": force}


def check_not_elsewhere(vault, recording_id: int) -> None:
    """UsageError while another command or window processes this recording now: a second processing at once wrote
    its words over the first's (the window offered it beside a running `import`)."""
    if any(jobs.running_elsewhere(j) for j in jobs.list_jobs(vault, states=["running"], recording_id=recording_id)):
        raise UsageError(f"{recordings.called(vault, recording_id)} is being processed now by another command or window on this "
                         "computer; let it finish first.")


def process_recording(
    vault,
    settings: Settings,
    recording_id: int,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    steps: Sequence[str] = ALL_STEPS,
    force: bool = False,
    job_id: Optional[int] = None,
    stop_for_consent: bool = False,
    audio: Optional[AnalysisAudio] = None,
    speech: Optional[SpeechHost] = None,
) -> dict:
    """Run the steps in order as one job; returns {"recording_id", "job_id", "steps": {step: outcome}}.

    Transcription runs without consent; the analysis steps raise ConsentMissing (after the
    transcript is saved) until both partners' consent to analysis is recorded, or with
    `stop_for_consent` end the job there, their outcome "waiting_for_consent".
    The recording is decoded once for all the steps; `audio` is that decoding when the caller has it
    already (the import that queued this job: `ImportResult.audio`). `speech`: the window's warm model
    process (else the transcribe step starts one of its own).
    """
    unknown = [s for s in steps if s not in ALL_STEPS]
    if unknown:
        raise UsageError(f"Unknown processing step(s): {', '.join(unknown)}; choose from {', '.join(ALL_STEPS)}.")
    steps = tuple(s for s in ALL_STEPS if s in steps)
    recordings.get_recording(vault, recording_id)  # NotFound before a job row is made
    check_not_elsewhere(vault, recording_id)
    # The job remembers the settings it was started with, so a resumed job finishes the same way.
    params = job_params(settings, steps, force)
    if job_id is None:
        kind = "transcribe" if steps == ("transcribe",) else "process"
        # a waiting job (e.g. the one queued with the import) becomes this one, with today's settings
        reusable = jobs.open_job_for(vault, recording_id, kind) or jobs.open_job_for(vault, recording_id, "process")
        if reusable is not None and "analyse" not in steps and tuple(reusable["params"].get("steps") or ()) in WAITING_STEPS:
            reusable = None  # it waits to make the analysis again after a change: that stays to be done
        if reusable is not None:
            jobs.retarget(vault, reusable["id"], kind, params)
        job_id = reusable["id"] if reusable else jobs.create_job(vault, kind, recording_id, params)
    jobs.start_job(vault, job_id)
    reporter = _JobReporter(vault, job_id, progress)
    summary = {"recording_id": recording_id, "job_id": job_id, "steps": {}}

    total = sum(STEP_WEIGHT[s] for s in steps) or 1.0
    done = 0.0
    current = None
    decoded = _DecodedOnce(vault, recording_id, audio)
    try:
        for step in steps:
            current = step
            part = scaled(reporter, done / total, (done + STEP_WEIGHT[step]) / total)
            done += STEP_WEIGHT[step]
            if step == "transcribe":
                if force or not transcripts.has_transcript(vault, recording_id):
                    with SpeechHost() if speech is None else nullcontext(speech) as host:
                        chain.warm_up(host, settings)  # the model loads while the audio is decoded
                        part(0.0, "Reading the recording from the vault")
                        transcribe_recording(vault, settings, recording_id, progress=part, cancel=cancel,
                                             on_idle=reporter.idle, audio=decoded.audio(), speech=host,
                                             queue_analysis="analyse" not in steps)
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
            try:
                require_analysis_consent(vault, recording_id)
            except ConsentMissing:
                summary["steps"].update({s: "waiting_for_consent" for s in steps if s in ANALYSIS_STEPS})
                if stop_for_consent:
                    break
                raise
            part(0.0, "Reading the recording from the vault")
            STEP_FUNCTIONS[step](vault, settings, recording_id, part, cancel, audio=decoded.audio())
            recordings.set_status(vault, recording_id, STEP_STATUS[step])
            summary["steps"][step] = "done"
        waiting = "waiting_for_consent" in summary["steps"].values()
        message = ("No speech found" if summary.get("no_speech") else _consent_wait(vault, recording_id) if waiting
                   else "Finished")
        jobs.finish_job(vault, job_id, "done", message=message)
        if progress is not None:
            progress(1.0, "Finished")
    except ConsentMissing:  # from the gate above, or a step finding consent withdrawn meanwhile
        jobs.finish_job(vault, job_id, "done", message=_consent_wait(vault, recording_id))
        raise
    except (Cancelled, KeyboardInterrupt):
        jobs.finish_job(vault, job_id, "cancelled", message="Stopped at your request")
        raise
    except TalkTogetherError as exc:
        _fail(vault, job_id, recording_id, current, str(exc))
        raise
    except Exception as exc:
        typed = damage_error(exc) or disk_full_error(exc) or step_failed(current, exc)  # an engine's own text stays in `detail`
        _fail(vault, job_id, recording_id, current, traced(exc))  # kept and listed: never the text
        raise typed from exc
    summary["status"] = recordings.get_recording(vault, recording_id)["status"]
    return summary


def _consent_wait(vault, recording_id: int) -> str:
    return f"Transcribed. Diarization and analysis wait for {whose_consent(vault, recording_id=recording_id)} consent."


class _DecodedOnce:
    """The recording decoded on first need, then the same samples for every later step."""

    def __init__(self, vault, recording_id: int, audio: Optional[AnalysisAudio]):
        self.vault, self.recording_id, self._audio = vault, recording_id, audio

    def audio(self) -> AnalysisAudio:
        if self._audio is None:
            self._audio = analysis_audio(self.vault, self.recording_id)
        return self._audio


def _fail(vault, job_id: int, recording_id: int, step: Optional[str], error: str) -> None:
    jobs.finish_job(vault, job_id, "failed", error=error)
    if step == "transcribe" and not transcripts.has_transcript(vault, recording_id):
        recordings.set_status(vault, recording_id, "failed")


def resume_jobs(
    vault, settings: Settings, progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
    only_job_ids: Optional[Sequence[int]] = None, speech: Optional[SpeechHost] = None, raise_failures: bool = False,
) -> list[dict]:
    """At start-up: mark jobs a crash left 'running' as interrupted, then run every open job again
    (or only the given ones: the window runs one per recording, so each shows as that recording's).
    `raise_failures`: a failure is raised (the window's job then says it failed) instead of listed as an outcome."""
    jobs.recover_interrupted(vault)
    outcomes = []
    for job in jobs.resumable_jobs(vault):
        if job["recording_id"] is None or job["kind"] not in ("process", "transcribe"):
            continue
        if only_job_ids is not None and job["id"] not in only_job_ids:
            continue
        if job["attempts"] >= jobs.MAX_ATTEMPTS:
            jobs.finish_job(vault, job["id"], "failed", error=f"Gave up after {job['attempts']} attempts.")
            if raise_failures:
                raise JobFailed(f"Processing this recording stopped {job['attempts']} times in a row, so it was not "
                                "started again by itself. Nothing was lost.", detail=f"job {job['id']}")
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "failed"})
            continue
        params = job["params"]
        try:
            started_with = settings.replace(model=params.get("model"), language=params.get("language"),
                                            cpu_threads=params.get("threads"))
            result = process_recording(
                vault, started_with, job["recording_id"], progress=progress, cancel=cancel,
                steps=params.get("steps") or ALL_STEPS, force=bool(params.get("force")), job_id=job["id"],
                speech=speech,
            )
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "done", **result})
        except ConsentMissing:
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "waiting_for_consent"})
        except Cancelled:
            raise
        except TalkTogetherError as exc:
            if raise_failures:
                raise
            outcomes.append({"job_id": job["id"], "recording_id": job["recording_id"], "outcome": "failed", "error": str(exc)})
    return outcomes
