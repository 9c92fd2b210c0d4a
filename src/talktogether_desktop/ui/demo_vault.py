"""A demo vault made through the core: a few couples and the bundled demo conversation, processed.

Used by `--screenshots` and the UI tests. Qt-free. The names are invented; the voices are synthetic.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .. import paths
from ..errors import DuplicateRecording
from ..storage import couples as couples_store
from ..storage import vault as vault_store

DEMO_COUPLE = "Demo couple"
DEMO_PARTNERS = ["Zoë", "José"]
from .page_data import optional

OTHER_COUPLES = [
    ("Alvarez-Kim", ["Maya", "Daniel"]),
    ("Brennan", ["Siobhan", "Tom"]),
    ("Okafor", ["Ada", "Chidi"]),
    ("Lindqvist", ["Elin", "Marcus"]),
]


@dataclass
class DemoIds:
    couple_id: int
    recording_id: int
    processed: bool


_last_message = [""]


def stderr_progress(fraction: float, message: str = "") -> None:
    """One line per step, not per tick."""
    if message != _last_message[0]:
        _last_message[0] = message
        print(f"  {fraction * 100:5.1f}%  {message}", file=sys.stderr, flush=True)


def seed_demo_couple(vault) -> tuple[int, int]:
    """The demo couple with consent, a planned session, a practice and the demo conversation imported."""
    from ..practice.assignment import build_assignment
    from ..storage import practice as practice_store
    from ..storage import recordings

    couple_id = couples_store.add_couple(vault, DEMO_COUPLE, DEMO_PARTNERS)
    couples_store.record_consent(vault, couple_id, note="Demo: synthetic voices, no real clients")
    couples_store.add_session(vault, couple_id, "2026-12-03T10:00", 50)
    assignment_id = practice_store.add_assignment(
        vault, couple_id, build_assignment("weekly_check_in", anchor="Sunday after breakfast"))
    audio = str(paths.resource("demo", "demo_conversation.opus"))
    try:
        recording_id = recordings.import_file(vault, couple_id, audio, assignment_id=assignment_id).id
    except DuplicateRecording as dup:
        recording_id = dup.recording_id
    return couple_id, int(recording_id)


def fill_demo(vault, process: bool = True, progress=None) -> DemoIds:
    for name, partners in OTHER_COUPLES:
        couples_store.add_couple(vault, name, partners)
    couple_id, recording_id = seed_demo_couple(vault)
    processed = False
    pipeline = optional("pipeline.process")
    if process and pipeline is not None and hasattr(pipeline, "process_recording"):
        pipeline.process_recording(vault, recording_id, progress=progress)
        processed = True
        name_demo_voices(vault, couple_id, recording_id)
    return DemoIds(couple_id, recording_id, processed)


def name_demo_voices(vault, couple_id: int, recording_id: int) -> None:
    """The demo's first voice is Zoë and the second José (the order they speak in the script)."""
    from ..pipeline.diarize_step import name_speaker
    from ..storage import speakers

    partners = couples_store.list_partners(vault, couple_id)
    labels = [s["label"] for s in speakers.list_speakers(vault, recording_id)]
    for label, partner in zip(sorted(labels), partners):
        name_speaker(vault, recording_id, label, partner_id=partner["id"], keep_sample=False)


def make_demo_vault(data_dir: Path, passphrase: str, process: bool = True, progress=None) -> DemoIds:
    vault, _code = vault_store.create_vault(data_dir, passphrase)
    try:
        return fill_demo(vault, process, progress)
    finally:
        vault.close()


def demo_available() -> Optional[str]:
    """None when the demo can be processed here, else why not (for skip reasons)."""
    if not paths.resource("demo", "demo_conversation.opus").exists():
        return "the bundled demo conversation is missing"
    if optional("pipeline.process") is None:
        return "the processing pipeline (pipeline.process) is not in this build yet"
    return None
