"""The demo: the whole chain on the bundled, synthetic demo conversation, with or without a vault.

`run_demo` needs no vault and no set-up (`talktogether demo`); `fill_demo_vault` makes a demo
vault through the same operations a therapist's actions use (screenshots, window tests).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..audio.analysis_audio import decode_for_analysis
from ..errors import DuplicateRecording, ExportFailed
from ..jobs import CancelToken, ProgressFn
from .. import paths
from ..paths import resource
from ..reports import render_session_prep
from ..reports.demo import DEMO_AUDIO, demo_context, demo_files, names_in_speaking_order
from ..storage import couples, speakers
from ..storage.settings import Settings
from . import ops_recordings, ops_speakers
from .file_run import analyze_audio
from .ops_practice import assign_practice, draft_assignment

DEMO_COUPLE = "Demo couple"
DEMO_PARTNERS = ["Zoë", "José"]
OTHER_COUPLES = [
    ("Alvarez-Kim", ["Maya", "Daniel"]),
    ("Brennan", ["Siobhan", "Tom"]),
    ("Okafor", ["Ada", "Chidi"]),
    ("Lindqvist", ["Elin", "Marcus"]),
]


def run_demo(out_dir: Path, settings: Settings, progress: Optional[ProgressFn] = None,
             cancel: Optional[CancelToken] = None) -> dict:
    """Write report.pdf and analysis.json into `out_dir`; returns paths and a few figures.

    The demo is not client data, so its report and analysis are written as plain files.
    """
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():  # said before the minute of work, not as a traceback after it
        raise ExportFailed(f"{out_dir} is a file, not a folder: give a folder for the demo's report.pdf and "
                           "analysis.json (it is made if it is not there).")
    audio_file, script = demo_files()
    started = time.perf_counter()
    audio = decode_for_analysis(audio_file.read_bytes(), audio_file.name)
    analysis = analyze_audio(audio, settings, 2, names_in_order=names_in_speaking_order(script),
                             progress=progress, cancel=cancel)
    pdf = render_session_prep(analysis, demo_context(script, analysis), paper=settings.paper)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportFailed(f"The folder {out_dir} could not be made: {exc.strerror or exc}.") from exc
    paths.write_private_whole(out_dir / "report.pdf", pdf)
    paths.write_private_whole(out_dir / "analysis.json", json.dumps(analysis, ensure_ascii=False, indent=1) + "\n")
    return {
        "out": str(out_dir),
        "report": str(out_dir / "report.pdf"),
        "analysis": str(out_dir / "analysis.json"),
        "duration_s": analysis.get("duration_s"),
        "speakers": [s.get("name") for s in analysis.get("speakers") or []],
        "escalation_points": len(analysis.get("escalation_points") or []),
        "interruptions": len(analysis.get("interruptions") or []),
        "seconds": round(time.perf_counter() - started, 1),
    }


@dataclass
class DemoIds:
    couple_id: int
    recording_id: int
    processed: bool


def seed_demo_couple(vault, settings: Settings) -> tuple[int, int]:
    """The demo couple with consent, a planned session, a practice and the demo conversation imported."""
    couple_id = couples.add_couple(vault, DEMO_COUPLE, DEMO_PARTNERS)
    couples.record_consent(vault, couple_id, note="Demo: synthetic voices, no real clients")
    couples.add_session(vault, couple_id, "2026-12-03T10:00", 50)
    assignment_id = assign_practice(vault, settings, couple_id,
                                    draft_assignment("weekly_check_in", anchor="Sunday after breakfast"))["id"]
    audio = resource("demo", DEMO_AUDIO)
    try:
        recording_id = ops_recordings.import_file(vault, settings, couple_id, audio, assignment_id=assignment_id).id
    except DuplicateRecording as dup:
        recording_id = dup.recording_id
    return couple_id, int(recording_id)


def process_demo(vault, settings: Settings, couple_id: int, recording_id: int,
                 progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
                 speech=None) -> dict:
    """Process the demo conversation, then name its two voices after the demo partners
    (`speech`: the window's warm model process, a `speech_host.SpeechHost`)."""
    summary = ops_recordings.process_recording(vault, settings, recording_id, progress=progress, cancel=cancel,
                                               speech=speech)
    name_demo_voices(vault, settings, couple_id, recording_id)
    return summary


def name_demo_voices(vault, settings: Settings, couple_id: int, recording_id: int) -> None:
    """The demo's first voice is Zoë and the second José (the order they speak in the script)."""
    partners = couples.list_partners(vault, couple_id)
    labels = [s["label"] for s in speakers.list_speakers(vault, recording_id)]
    ops_speakers.name_speakers(vault, settings, recording_id,
                               {label: (partner["id"], None) for label, partner in zip(sorted(labels), partners)},
                               keep_sample=False)


def fill_demo_vault(vault, settings: Settings, process: bool = True,
                    progress: Optional[ProgressFn] = None) -> DemoIds:
    """A few couples and the demo couple, its conversation processed unless `process` is False."""
    for name, partners in OTHER_COUPLES:
        couples.add_couple(vault, name, partners)
    couple_id, recording_id = seed_demo_couple(vault, settings)
    if process:
        process_demo(vault, settings, couple_id, recording_id, progress=progress)
    return DemoIds(couple_id, recording_id, process)
