"""A recording imported cut short (its end missing) says so in the report's header, in both versions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep

DEMO = json.loads((Path(__file__).parent / "fixtures" / "analysis_demo.json").read_text())
CONTEXT = {"couple_name": "Alex & Sam", "recorded_at": "2026-11-28"}


def _page_one(pdf: bytes) -> str:
    return " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_a_recording_cut_short_says_its_end_is_missing_on_page_one():
    for mode in ("clinician", "shareable"):
        text = _page_one(render_session_prep(DEMO, dict(CONTEXT, cut_short=True), mode=mode))
        assert "The end of this recording is missing (the file was cut short), so this report covers only what is " \
               "there." in text, mode
    assert "is missing" not in _page_one(render_session_prep(DEMO, CONTEXT))
