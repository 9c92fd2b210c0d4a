"""rep45: with "initials only" set, every part of the report printed a partner's name said in the talk as initials
("… on her own now, Ł.") except the transcript appendix, which kept "Łukasz" in full: the one full name on the page."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"


def _transcript(initials_only: bool) -> str:
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["turns"][2]["text"] = "We did that last weekend too, Łukasz. I was hoping for one day just for us."
    a["turns"][2]["words"] = [{"word": w, "start": 9.4 + i * 0.2, "end": 9.5 + i * 0.2, "probability": 0.95,
                               "speaker": "S1"} for i, w in enumerate(a["turns"][2]["text"].split())]
    context = {"couple_name": "Martin & Nowak", "partners": {"S1": "Zoë", "S2": "Łukasz"},
               "recorded_at": "2026-11-22T19:40:00", "initials_only": initials_only}
    pages = pypdf.PdfReader(io.BytesIO(render_session_prep(a, context, transcript=True))).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    return text[text.index("Machine transcript"):]


def test_initials_only_reaches_the_transcript():
    text = _transcript(True)
    assert "We did that last weekend too, Ł. I was hoping" in text, text
    assert "Łukasz" not in text and "Zoë" not in text


def test_names_in_full_stay_in_full():
    assert "We did that last weekend too, Łukasz. I was hoping" in _transcript(False)
