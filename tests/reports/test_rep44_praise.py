"""rep44: whether each appreciation landed, said in the clinician's report (counted and quoted, the count matching the
quotes) and in the couple's version (warmly, with no count and no one named)."""

from __future__ import annotations

import io
import re

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

from ..analysis.timeline import spoken

CONTEXT = {"couple_name": "Lena & Marisol", "partners": {"S1": "Lena", "S2": "Marisol"},
           "recorded_at": "2026-12-03T19:40:00"}


def _analysis() -> dict:
    return analyze(spoken(
        ("S1", "Okay, it's our Thursday thing. Do you want to go first?", 0.0), ("S2", "You go.", 0.6),
        ("S1", "I really appreciated how you handled my mum on Sunday.", 0.7),
        ("S2", "Oh stop. It was on my way anyway.", 0.8),
        ("S2", "And I appreciate that you rang the plumber on Monday.", 1.5),
        ("S1", "Thank you, that means a lot.", 0.7)), settings={"read_by_meaning": False})


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_clinicians_report_says_how_many_appreciations_landed_with_the_reply_quoted():
    a = _analysis()
    said = build_model(a, CONTEXT).praise
    assert said.startswith("2 said. 1 received: \u201cThank you, that means a lot.\u201d at 00:"), said
    assert "1 brushed aside: \u201cOh stop. It was on my way anyway.\u201d at 00:" in said, said
    counted = sum(int(n) for n in re.findall(r"(?:^|\. )(\d+) (?:received|brushed|turned|reply)", said))
    assert counted == 2 and said.count("\u201c") == 2  # the counts match the quotes printed
    text = _text(render_session_prep(a, CONTEXT))
    assert "Appreciations: 2 said. 1 received" in text and "It was on my way anyway." in text, text


def test_the_couples_version_says_it_warmly_with_no_count_and_no_name():
    a = _analysis()
    said = build_model(a, CONTEXT, mode="shareable").praise
    assert said.startswith("You each told the other something you appreciated"), said
    assert "brushed aside rather than taken in" in said, said
    assert not re.search(r"\d", said) and "Lena" not in said and "Marisol" not in said, said
    assert said in _text(render_session_prep(a, CONTEXT, mode="shareable"))


def test_an_older_analysis_with_no_reading_of_replies_says_nothing_of_it():
    a = _analysis()
    del a["appreciation_replies"]
    assert build_model(a, CONTEXT).praise == "" and "Appreciations:" not in _text(render_session_prep(a, CONTEXT))
