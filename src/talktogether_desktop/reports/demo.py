"""`talktogether demo`: the whole pipeline on the bundled, synthetic demo conversation.

No vault and no set-up: the demo audio (two synthetic voices, made by tools/make_demo_audio.py)
is decoded, transcribed, split into speakers and analysed, and the session-prep report is
rendered. The demo is not client data, so its report and analysis are written as plain files.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

from ..errors import BadInputFile
from ..jobs import CancelToken, ProgressFn
from .. import paths
from ..paths import resource
from .document import render_session_prep

DEMO_AUDIO = "demo_conversation.opus"
DEMO_SCRIPT = "demo_conversation.json"


def demo_files() -> tuple[Path, dict]:
    folder = resource("demo")
    audio, script = folder / DEMO_AUDIO, folder / DEMO_SCRIPT
    if not audio.is_file() or not script.is_file():
        raise BadInputFile(f"The demo conversation is missing from {folder}; "
                           "run `python tools/make_demo_audio.py` in the source tree.")
    return audio, json.loads(script.read_text(encoding="utf-8"))


def run_demo(out_dir: Path, paper: str = "a4", model: Optional[str] = None,
             progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """Write report.pdf and analysis.json into `out_dir`; returns paths and a few figures."""
    from ..pipeline.file_run import analyse_audio_bytes

    audio, script = demo_files()
    started = time.perf_counter()
    # The script's first speaker is the first voice heard, so names follow speaking order.
    first = script["turns"][0]["speaker"]
    order = [script["speakers"][first]] + [n for s, n in script["speakers"].items() if s != first]
    analysis = analyse_audio_bytes(audio.read_bytes(), 2, names_in_order=order, model=model,
                                   progress=progress, cancel=cancel)
    context = dict(script.get("demo_context") or {})
    context["partners"] = {s["id"]: s["name"] for s in analysis.get("speakers") or []}
    pdf = render_session_prep(analysis, context, paper=paper)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths.write_private(out_dir / "report.pdf", pdf)
    paths.write_private(out_dir / "analysis.json", json.dumps(analysis, ensure_ascii=False, indent=1) + "\n")
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
