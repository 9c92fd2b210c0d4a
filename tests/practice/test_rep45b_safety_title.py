"""rep45b (this round's walk-throughs): a practice title the therapist wrote for their own eyes, "Safety plan after he
hit me", was printed on the couple's handout and in the couple's version of the report. There a title that holds
safety words (the analysis's safety phrase lists, and a clinician's words for it) is replaced by the template's plain
name; the clinician's version keeps the therapist's title."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.handout import render_handout
from talktogether_desktop.practice.title_words import NO_TEMPLATE, holds_safety_words
from talktogether_desktop.reports import render_session_prep

FIXTURE = Path(__file__).resolve().parents[1] / "reports" / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Maya & Jonas", "partners": {"S1": "Maya", "S2": "Jonas"}, "recorded_at": "2026-11-22T19:40:00"}
TITLE = "Safety plan after he hit me"


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("title", [TITLE, "If he threatens you again", "When everyone would be better off without me"])
def test_titles_with_safety_words_are_found(title):
    assert holds_safety_words(title)


@pytest.mark.parametrize("title", ["Appreciation exchange at Sunday coffee", "Soft start-up after work",
                                   "Weekly money talk, taking turns", "Time-out plan"])
def test_ordinary_titles_are_not(title):
    assert not holds_safety_words(title)


def test_the_couples_handout_prints_the_templates_plain_name():
    text = _text(render_handout(build_assignment("appreciation_exchange", title=TITLE), ["Maya", "Jonas"]))
    assert "hit me" not in text and "Safety plan" not in text, text
    assert "Appreciation exchange at Sunday coffee" in text, text


def test_a_practice_with_no_template_is_our_practice():
    behaviour = "Each evening, each of you says one thing that went well today."
    text = _text(render_handout(build_assignment(None, title=TITLE, behaviour=behaviour, times_per_week=7),
                                ["Maya", "Jonas"]))
    assert "hit me" not in text and NO_TEMPLATE in text, text


def test_an_ordinary_title_stays_on_the_handout():
    text = _text(render_handout(build_assignment("appreciation_exchange", title="Thank-you Sundays"), ["Maya", "Jonas"]))
    assert "Thank-you Sundays" in text, text


def test_the_couples_report_prints_the_plain_name_and_the_clinicians_keeps_the_title():
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assignment = build_assignment("appreciation_exchange", title=TITLE, start_date="2026-11-16").to_dict()
    context = dict(CONTEXT, assignment=dict(assignment, id=3), assignment_linked=True,
                   practice_review={"adherence": {"done": 1, "planned": 1}, "review_points": ["What got in the way?"]})
    shared = _text(render_session_prep(a, context, mode="shareable"))
    assert "hit me" not in shared and "Safety plan" not in shared, shared
    assert shared.count("Appreciation exchange at Sunday coffee") >= 2, shared  # page 1's line and the Practice table
    assert TITLE in _text(render_session_prep(a, context))
