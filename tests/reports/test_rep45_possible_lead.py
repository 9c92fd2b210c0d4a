"""rep45 (walk44a c): page 1 said "Safety language (threat or intimidation) at 00:44: Maya said “She'll have you in
pieces by the end of the night.” (and 1 more: 01:01)" while the Key moment of that line says "possible threat or
intimidation; read by its meaning" (the 01:01 line, "I don't know what I'll do to myself", was heard plainly). Each is
now said as sure as it is."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Maya & Jonas", "partners": {"S1": "Maya", "S2": "Jonas"}, "recorded_at": "2026-11-22T19:40:00"}
PIECES, MYSELF = "She'll have you in pieces by the end of the night.", "If you go to your sister's, I don't know what I'll do to myself."


def _analysis(lead_source: str) -> dict:
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["safety_flags"] = [
        {"t": 44.184, "speaker": "S1", "category": "threat", "group": "threat or intimidation", "source": lead_source,
         "confidence": "medium", "quote": PIECES, "why": "threat or intimidation"},
        {"t": 61.23, "speaker": "S1", "category": "threat", "group": "threat or intimidation", "source": "lexicon",
         "confidence": "medium", "quote": MYSELF, "why": "threat or intimidation"}]
    a["observations"] = [{"kind": "safety", "score": 99.99, "rank": 1, "confidence": "medium",
                          "text": f"Safety language (threat or intimidation) at 00:44: S1 said \u201c{PIECES}\u201d (and 1 "
                                  "more: 01:01). Please listen to this moment before anything else.",
                          "evidence": [{"t": 44.184, "speaker": "S1", "quote": PIECES},
                                       {"t": 61.23, "speaker": "S1", "quote": MYSELF}]}]
    return a


def _page_one(a: dict) -> str:
    pdf = render_session_prep(a, CONTEXT)
    return " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_a_line_read_by_meaning_is_possible_on_page_one_and_the_one_heard_is_said_plainly():
    page = _page_one(_analysis("meaning"))
    assert ("Safety language (possible threat or intimidation) at 00:44: Maya said \u201cShe'll have you in pieces by the "
            "end of the night.\u201d (and 1 more, heard plainly: 01:01)") in page, page


def test_both_heard_stay_as_they_were():
    page = _page_one(_analysis("lexicon"))
    assert "Safety language (threat or intimidation) at 00:44: Maya said" in page and "(and 1 more: 01:01)" in page, page
