"""Operations on the transcript: the therapist corrects a word or a line (and, through the speaker
fixes, `ops_speakers.reassign_speaker`, moves words between speakers); the analysis is made again
on the corrected words.

Corrections are anchored to time and kept in the vault apart from the machine transcript, so a
re-transcription or a new diarization does not lose them: every reader of the words (the analysis,
the window's transcript) gets them through `corrected_words`. Each one is audited.
"""

from __future__ import annotations

import math
from typing import Optional

from ..errors import NotFound, UsageError
from ..jobs import CancelToken, ProgressFn
from ..diarization.fixes import words_to_move
from ..storage import speakers, transcripts
from ..storage.settings import Settings
from .reanalysis import queue_reanalysis, run_reanalysis
from .times import check_range
from ..transcription.corrections import apply_corrections, check_correction


def corrected_words(vault, recording_id: int) -> list[dict]:
    """The recording's words with every stored correction applied."""
    words = transcripts.load_words(vault, recording_id)
    corrections = transcripts.list_corrections(vault, recording_id)
    if not corrections:
        return words
    return _moves_in_rewritten_lines(apply_corrections(words, corrections), speakers.list_fixes(vault, recording_id))


def _moves_in_rewritten_lines(words: list[dict], fixes: list[dict]) -> list[dict]:
    """The words of a line the therapist rewrote are not the machine's, so the speaker fixes (replayed
    over the machine's words) never reach them: a move of words by time is replayed over them here,
    or words moved to the other speaker inside a corrected line would stay with the first."""
    rewritten = [w for w in words if "seq" not in w]
    for fix in fixes:
        if rewritten and fix["kind"] == "reassign" and "start" in fix["params"]:
            for w in words_to_move(rewritten, fix["params"]):
                w["speaker"] = fix["params"]["speaker"]
    return words


def unrecognised_speech(vault, recording_id: int) -> list[dict]:
    """[{start, end}] where speech was heard but no words recognised (shown in the transcript)."""
    return transcripts.load_unrecognised(vault, recording_id)


def correct_transcript(vault, settings: Settings, recording_id: int, kind: str, start: float, end: float,
                       text: str = "", speaker: Optional[str] = None, rerun_analysis: bool = True,
                       progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """Keep one correction ("word": the word said between start and end is `text`, "" removes it;
    "line": the words said then are `text`, by `speaker`) and make the analysis again."""
    if kind not in ("word", "line"):
        raise UsageError("Correct a 'word' or a 'line'; to move words to the other speaker use a speaker fix.")
    start, end = check_range(vault, recording_id, start, end, allow_instant=True)
    words = transcripts.load_words(vault, recording_id)
    if not words:
        raise NotFound(f"Recording {recording_id} has no transcript yet; process it first.")
    if kind == "line" and speaker is None:
        # the line keeps the speaker who said most of it
        inside = [w for w in words if start <= (w["start"] + w["end"]) / 2 <= end and w.get("speaker")]
        speaker = max({w["speaker"] for w in inside}, key=lambda s: sum(1 for w in inside if w["speaker"] == s),
                      default=None)
    correction = check_correction({"kind": kind, "start": start, "end": end, "text": text, "speaker": speaker}
                                  if kind == "line" else {"kind": kind, "start": start, "end": end, "text": text})
    with vault.transaction():  # the correction and the job that makes the analysis again: both or neither
        correction_id = transcripts.add_correction(vault, recording_id, correction)
        job_id = queue_reanalysis(vault, settings, recording_id)
    rerun = rerun_analysis and run_reanalysis(vault, settings, recording_id, job_id, progress, cancel)
    return {"id": correction_id, "recording_id": recording_id, **correction, "analysis_rerun": rerun}


def undo_correction(vault, settings: Settings, recording_id: int, correction_id: Optional[int] = None,
                    rerun_analysis: bool = True, progress: Optional[ProgressFn] = None,
                    cancel: Optional[CancelToken] = None) -> dict:
    """Take back a correction (None: the latest) and make the analysis again on the words as they now stand."""
    with vault.transaction():
        undone = transcripts.remove_correction(vault, recording_id, correction_id)
        job_id = queue_reanalysis(vault, settings, recording_id)
    rerun = rerun_analysis and run_reanalysis(vault, settings, recording_id, job_id, progress, cancel)
    return {**_readable(undone), "recording_id": recording_id, "analysis_rerun": rerun}


def list_corrections(vault, settings: Settings, recording_id: int) -> list[dict]:  # noqa: ARG001
    return [_readable(c) for c in transcripts.list_corrections(vault, recording_id)]


def _readable(correction: dict) -> dict:
    """A time stored before times were checked (NaN, infinite) is shown as none, and JSON stays JSON."""
    return {k: None if k in ("start", "end") and not _finite(v) else v for k, v in correction.items()}


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)
