"""Speaker fixes from the transcript (rename, swap, reassign) through the core, then a fresh analysis.

Runs on the vault thread; the re-analysis is a job on the job runner. Qt-free.
"""

from __future__ import annotations

from .page_data import optional


def _speakers_store():
    store = optional("storage.speakers")
    if store is None:
        from ..errors import UsageError

        raise UsageError("Fixing speakers is not available in this build yet.")
    return store


def apply(vault, recording_id: int, kind: str, **params) -> bool:
    """Store the fix; returns True when the analysis must be run again (swap, reassign, or a rename)."""
    store = _speakers_store()
    if kind == "rename":
        for label, name in (params.get("names") or {}).items():
            store.rename_speaker(vault, recording_id, label, name=name)
    elif kind == "swap":
        labels = params.get("labels") or ("S1", "S2")
        store.swap_speakers(vault, recording_id, labels[0], labels[1])
    elif kind == "reassign":
        store.reassign(vault, recording_id, params["speaker"], start=params["start"], end=params["end"])
    else:
        raise ValueError(kind)
    return True


def reanalyse_job(recording_id: int):
    """A job function: analysis again over the fixed speakers (the transcript is not redone)."""

    def run(vault, progress, cancel):
        process = optional("pipeline.process")
        for name in ("reanalyse_recording", "reanalyze_recording", "analyse_recording", "analyze_recording"):
            fn = getattr(process, name, None) if process else None
            if fn is not None:
                return fn(vault, recording_id, progress=progress, cancel=cancel)
        return process.process_recording(vault, recording_id, progress=progress, cancel=cancel)

    return run
