"""Speaker fixes from the transcript (rename, swap, reassign) through the core pipeline.

`pipeline.diarize_step` stores the fix, replays every fix over the saved diarization and runs the
analysis again, which takes seconds; so a fix is a job on the job runner, never GUI-thread work.
Qt-free.
"""

from __future__ import annotations

from typing import Optional


def rename_job(recording_id: int, label: str, partner_id: Optional[int], name: Optional[str]):
    def run(vault, progress, cancel):
        from ..pipeline.diarize_step import name_speaker

        progress(0.1, "Naming the voice")
        return name_speaker(vault, recording_id, label, partner_id=partner_id, name=None if partner_id else name)

    return run


def fix_job(recording_id: int, kind: str, params: dict):
    """kind 'swap' {"a", "b"} or 'reassign' {"speaker", "start", "end"}."""

    def run(vault, progress, cancel):
        from ..pipeline.diarize_step import fix_speakers

        progress(0.1, "Updating the speakers and the analysis")
        return fix_speakers(vault, recording_id, kind, params)

    return run
