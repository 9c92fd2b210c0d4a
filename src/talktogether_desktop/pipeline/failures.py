"""What a processing step that stopped on something unexpected tells the therapist.

A step that fails in a way no typed error foresaw (an engine's own exception) becomes a `JobFailed` with the
step, a plain reason and what to try next; the exception's own text goes only into its `detail`.
"""

from __future__ import annotations

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
    "report": "Nothing was lost: the analysis is kept and can be read on the recording's page.",
}
NEXT = {
    "transcribe": "Start it again. If it stops again, close other programs to free memory, "
                  "or choose a smaller speech model in Settings.",
    "report": "Try again. If it stops again, restart the app and try once more.",
}
AGAIN = "Start it again. If it stops at the same step again, restart the app and try once more."
MODEL_NEXT = ("Start it again. If this happens again, the computer may be short of memory: close other programs, "
              "or choose a smaller speech model in Settings.")


def technical(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".rstrip(": ")


def step_failed(step: str | None, exc: BaseException) -> JobFailed:
    """The plain-words failure of `step` for an exception no typed error describes."""
    words = STEP_WORDS.get(step or "", "Processing")
    kept = KEPT.get(step or "", "Nothing was lost.")
    if isinstance(exc, MemoryError):
        return JobFailed(f"{words} stopped: the computer ran out of memory. {kept}", step,
                         "Close other programs, then start it again.", technical(exc))
    return JobFailed(f"{words} stopped on an unexpected problem. {kept}", step, NEXT.get(step or "", AGAIN),
                     technical(exc))


def model_stopped(detail: str, before_audio: bool = False) -> JobFailed:
    """The speech model's own process ended without a result (killed for memory, crashed)."""
    when = "before it received the recording" if before_audio else "before it finished"
    return JobFailed(f"The speech model stopped unexpectedly {when}; nothing was saved from this run.",
                     "transcribe", MODEL_NEXT, detail)
