"""What a processing step that stopped on something unexpected tells the therapist.

A step that fails in a way no typed error foresaw (an engine's own exception) becomes a `JobFailed` with the
step, a plain reason and which kind of next step to try (each face says it in its own words); the exception's own
text goes only into its `detail`, which the window keeps in memory behind "Show Details…". What is written or printed
(the job's stored error, `talktogether jobs`, `--json`'s "detail") names the exception's kind and where it happened in
our code instead (`traced`): its text may quote a client ("KeyError: 'Zoëlle'"), and a script's output is often a log.
"""

from __future__ import annotations

import os
import traceback

from ..errors import JobFailed

STEP_WORDS = {
    "transcribe": "Writing out the words (transcription)",
    "diarize": "Telling the two voices apart",
    "analyse": "Reading the conversation (analysis)",
    "report": "Making the report",
}
KEPT = {
    "transcribe": "Nothing was lost: the recording is kept in the vault.",
    "diarize": "Nothing was lost: the recording and its transcript are kept.",
    "analyse": "Nothing was lost: the recording, its transcript and its speakers are kept.",
    "report": "Nothing was lost: the analysis is kept.",  # where to read it is each face's (ui/errors.py, cli/main.py)
}
# Which kind of next step each step's failure needs (JobFailed.ADVICE); each face words it (ui/errors.py,
# cli/main.py), so a terminal is never told to restart the app or look in Settings.
ADVICE = {"transcribe": "transcribe", "report": "report"}


def technical(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".rstrip(": ")


def traced(exc: BaseException) -> str:
    """"KeyError in analysis/turns.py, line 120": the kind and our innermost frame, never the exception's text."""
    ours = [f for f in traceback.extract_tb(exc.__traceback__) if "talktogether_desktop" in f.filename]
    if not ours:
        return type(exc).__name__
    module = ours[-1].filename.replace(os.sep, "/").rsplit("talktogether_desktop/", 1)[-1]
    return f"{type(exc).__name__} in {module}, line {ours[-1].lineno}"


def step_failed(step: str | None, exc: BaseException) -> JobFailed:
    """The plain-words failure of `step` for an exception no typed error describes."""
    words = STEP_WORDS.get(step or "", "Processing")
    kept = KEPT.get(step or "", "Nothing was lost.")
    if isinstance(exc, MemoryError):
        return JobFailed(f"{words} stopped: the computer ran out of memory. {kept}", step, detail=technical(exc),
                         advice="memory")
    return JobFailed(f"{words} stopped on an unexpected problem. {kept}", step, detail=technical(exc),
                     advice=ADVICE.get(step or "", "again"))


def model_stopped(detail: str, before_audio: bool = False) -> JobFailed:
    """The speech model's own process ended without a result (killed for memory, crashed)."""
    when = "before it received the recording" if before_audio else "before it finished"
    return JobFailed(f"The speech model stopped unexpectedly {when}; nothing was saved from this run.",
                     "transcribe", detail=detail, advice="model")


def on_file(failed: JobFailed, name: str) -> JobFailed:
    """A step's failure on a file given by name (no vault: `transcribe-file`, `diarize-file`, `analyze-file`), said
    of that file: the vault's "the recording is kept in the vault" means nothing there. Built from the typed fields."""
    if failed.next_step or failed.advice not in ("", "again", "memory", "transcribe"):  # its own words already fit
        return failed
    words = STEP_WORDS.get(failed.step or "", "Processing")
    why = ": the computer ran out of memory" if failed.advice == "memory" else " on an unexpected problem"
    return JobFailed(f"{words} of {name} stopped{why}. The file was only read; nothing was written.", failed.step,
                     detail=failed.detail, advice=failed.advice)
