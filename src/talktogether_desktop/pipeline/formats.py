"""Results as text for the faces to print or save: transcripts (txt, srt, vtt, json), speaker turns (RTTM)."""

from __future__ import annotations

from typing import Mapping

from ..diarization.rttm import to_rttm
from ..transcription.formats import render, timeline, unrecognised_note


def transcript_text(transcript: Mapping, fmt: str = "txt") -> str:
    return render(dict(transcript), fmt)


def transcript_lines(transcript: Mapping) -> list[dict]:
    """The segments and the speech-without-words spans (marked "unrecognised") in time order."""
    return timeline(dict(transcript))


# Words whose voice was hard to tell apart: a run of at least MIN_UNSURE_WORDS words of one speaker, each with
# speaker_confidence under SPEAKER_UNSURE, is shown as "speaker unsure" to listen to. On the 21 development
# conversations (benchmarks/accuracy.py): 40 such runs (2 a conversation, 147 of 3290 words), 23 of them holding
# words given to the wrong partner or said over the other; of the 68 words on the wrong partner, 43 were under 0.6.
SPEAKER_UNSURE = 0.6
MIN_UNSURE_WORDS = 2


def speaker_unsure_runs(words) -> list[tuple[int, int]]:
    """[i, j) index ranges of the words (in order) whose speaker is unsure (SPEAKER_UNSURE, MIN_UNSURE_WORDS);
    a word with no speaker confidence (not yet known, or moved by the therapist) is never unsure."""
    runs: list[tuple[int, int]] = []
    start = None
    for k in range(len(words) + 1):
        w = words[k] if k < len(words) else None
        conf = None if w is None else w.get("speaker_confidence")
        unsure = conf is not None and float(conf) < SPEAKER_UNSURE
        if start is not None and (not unsure or w.get("speaker") != words[start].get("speaker")):
            if k - start >= MIN_UNSURE_WORDS:
                runs.append((start, k))
            start = None
        if unsure and start is None:
            start = k
    return runs


__all__ = ["speaker_turns_rttm", "speaker_unsure_runs", "transcript_lines", "transcript_text", "unrecognised_note",
           "SPEAKER_UNSURE"]


def speaker_turns_rttm(diarization: Mapping, file_id: str) -> str:
    return to_rttm(diarization["turns"], file_id)
