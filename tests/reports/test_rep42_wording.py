"""rep42: wording a therapist reads on the walk41 reports.

- A repair said as a tag question ("Sorry, I do that, don't I.") was printed as cut off ("don't I.…").
- A practice of a kind not checked automatically said "Practised in the recording (the practice): not checked — this
  kind of practice is not checked automatically" (the same words twice, and "(the practice)" naming nothing).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.patterns import finding
from talktogether_desktop.reports.quote_ends import marked

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Will & Hope", "partners": {"S1": "Will", "S2": "Hope"}, "recorded_at": "2026-11-29T19:40:00",
           "assignment": {"title": "One calm 10-minute conversation after dinner", "done": True}}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_tag_question_is_not_printed_as_cut_off():
    for said in ("Sorry, I do that, don't I.", "We said we would, didn't we.", "I'm late again, aren't I."):
        assert finding({"t": 30.0, "quote": said, "confidence": "medium"}, lambda x: x).quote == said
    turns = [{"speaker": "S2", "start": 29.9, "end": 35.6,
              "text": "Yeah. Sorry, I do that, don't I. Thank you. I'm really glad you got the sleep."}]
    assert marked("Sorry, I do that, don't I.", turns, 30.0) == "Sorry, I do that, don't I."
    # words that do stop mid-clause still say so
    assert finding({"t": 1.0, "quote": "and then you just.", "confidence": "medium"}, lambda x: x).quote.endswith("\u2026")
    assert finding({"t": 1.0, "quote": "You barely left the", "confidence": "medium"}, lambda x: x).quote.endswith("\u2026")


def test_a_practice_not_checked_automatically_says_so_once():
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for mode in ("clinician", "shareable"):
        text = _text(render_session_prep(a, CONTEXT, mode=mode))
        assert "Practised in the recording: this kind of practice is not checked automatically" in text, (mode, text)
        assert "(the practice)" not in text and "not checked \u2014 this kind" not in text, (mode, text)
