"""Round 44 (rep44's left-alone note): self-harm read by meaning only, with the risk box asking to listen first, had a
question that asked for the risk assessment outright."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines, pages


def _questions(pdf: bytes) -> str:
    first = " ".join(pages(pdf))
    return first[first.index("Questions you might ask"):]


def test_self_harm_only_to_listen_to_asks_to_listen_before_the_risk_assessment():
    r = lines(("I can't keep going. Everyone would be better off without me.", 0), ("Please don't say that.", 0))
    assert r.get("safety_prompt")
    for f in r["safety_flags"]:  # as a reading by meaning alone would be
        f.update(listen_only=True, source="meaning", confidence="low")
    questions = _questions(render_session_prep(r, CONTEXT))
    assert "First listen at 00:01 (read by meaning, it may be nothing)" in questions
    assert "if it is about self-harm: risk assessment with Alex, individually" in questions


def test_self_harm_heard_asks_for_the_risk_assessment_outright():
    r = lines(("I can't keep going. Everyone would be better off without me.", 0), ("Please don't say that.", 0))
    questions = _questions(render_session_prep(r, CONTEXT))
    assert "Risk assessment with Alex, individually" in questions and "First listen at" not in questions
