"""The bundled demo conversation: its files and the report context its script describes.

The demo audio (two synthetic voices, made by tools/make_demo_audio.py) is not client data.
`pipeline.ops_demo` runs the chain on it and renders the report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

from ..errors import BadInputFile
from ..paths import resource

DEMO_AUDIO = "demo_conversation.opus"
DEMO_SCRIPT = "demo_conversation.json"


def demo_files() -> tuple[Path, dict]:
    folder = resource("demo")
    audio, script = folder / DEMO_AUDIO, folder / DEMO_SCRIPT
    if not audio.is_file() or not script.is_file():
        raise BadInputFile(f"The demo conversation is missing from {folder}; "
                           "run `python tools/make_demo_audio.py` in the source tree.")
    return audio, json.loads(script.read_text(encoding="utf-8"))


def names_in_speaking_order(script: Mapping) -> list[str]:
    """The partners' names in the order their voices are first heard (the script's first speaker first)."""
    first = script["turns"][0]["speaker"]
    return [script["speakers"][first]] + [n for s, n in script["speakers"].items() if s != first]


def demo_context(script: Mapping, analysis: Mapping) -> dict:
    """The report context the demo script describes, with the partners as the analysis named them."""
    context = dict(script.get("demo_context") or {})
    context["partners"] = {s["id"]: s["name"] for s in analysis.get("speakers") or []}
    return context
