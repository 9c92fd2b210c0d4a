"""Speaker fixes from the transcript (rename, swap, reassign) as jobs over the speaker operations.

`pipeline.ops_speakers` stores the fix, replays every fix over the saved diarization and runs the
analysis again, which takes seconds; so a fix is a job on the job runner, never GUI-thread work.
Qt-free.
"""

from __future__ import annotations

from typing import Optional

from ..pipeline import ops_speakers, ops_transcript, reanalysis
from ..storage.settings import load_settings


def rename_job(recording_id: int, names: dict[str, tuple[Optional[int], Optional[str]]]):
    """The voices' names as chosen in Who is speaking? ({label: (partner_id, name)}), given together: names swapped
    between two voices are one change, refused by no check that each voice is one person, with one analysis."""

    def run(vault, progress, cancel):
        progress(0.1, "Naming the voices" if len(names) > 1 else "Naming the voice")
        return ops_speakers.name_speakers(vault, load_settings(vault), recording_id,
                                          {label: (pid, None if pid else name) for label, (pid, name) in names.items()},
                                          cancel=cancel)

    return run


def analyse_again_job(recording_id: int):
    """The analysis made again after one that stopped on a problem."""

    def run(vault, progress, cancel):
        progress(0.1, "Making the analysis again")
        return reanalysis.analyse_again(vault, load_settings(vault), recording_id, progress, cancel)

    return run


def fix_job(recording_id: int, kind: str, params: dict):
    """kind 'swap' {"a", "b"} or 'reassign' {"speaker", "start", "end"}."""

    def run(vault, progress, cancel):
        progress(0.1, "Updating the speakers and the analysis")
        return ops_speakers.fix_speakers(vault, load_settings(vault), recording_id, kind, params, cancel=cancel)

    return run


def correct_job(recording_id: int, kind: str, start: float, end: float, text: str,
                replace_other_speaker: bool = False):
    """The therapist's correction of a "line" or of one "word" (removed with ""), as `talktogether transcript
    correct` makes it: kept, audited, and the analysis made again. The other partner's words in a line's time
    go only with `replace_other_speaker` (the therapist agreed after they were named)."""

    def run(vault, progress, cancel):
        progress(0.1, "Correcting the transcript and the analysis")
        return ops_transcript.correct_transcript(vault, load_settings(vault), recording_id, kind, start, end,
                                                 text=text, replace_other_speaker=replace_other_speaker,
                                                 cancel=cancel)

    return run


def undo_job(recording_id: int, correction_id: Optional[int] = None):
    """A correction (None: the latest) taken back, as `talktogether transcript undo` does, and the analysis made again."""

    def run(vault, progress, cancel):
        progress(0.1, "Taking back the correction")
        return ops_transcript.undo_correction(vault, load_settings(vault), recording_id, correction_id,
                                              cancel=cancel)

    return run


def move_words_job(recording_id: int, speaker: str, runs: list[tuple[float, float]]):
    """Words of a line the other partner said: each run of consecutive words is one reassign (as
    `talktogether speakers reassign --start --end` makes), kept and audited; the analysis runs once, last."""

    def run(vault, progress, cancel):
        settings = load_settings(vault)
        result = {}
        for i, (start, end) in enumerate(runs):
            progress(0.1 + 0.5 * i / max(1, len(runs)), "Moving the words to the other speaker")
            result = ops_speakers.reassign_speaker(vault, settings, recording_id, speaker, start=start, end=end,
                                                   rerun_analysis=i == len(runs) - 1, cancel=cancel)
        return result

    return run
