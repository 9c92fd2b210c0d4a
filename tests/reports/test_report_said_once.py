"""Page one says a thing once: the self-harm prompt sits in its box at the top, and the questions point to it
(a walk-through's page one printed the whole "Assess risk …" paragraph twice, in the box and as the first question)."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines, pages


def test_the_self_harm_prompt_is_printed_once_on_page_one_and_the_questions_point_to_it():
    r = lines(("Sometimes I think everyone would be better off without me.", 0), ("Don't be so dramatic.", 0),
              ("I just want to go to sleep and not wake up.", 0), ("I hear you, tell me more.", 0))
    assert r["safety_prompt"] and sum(f["category"] == "self_harm" for f in r["safety_flags"]) == 2
    first = pages(render_session_prep(r, CONTEXT))[0]
    assert first.count("Assess risk before the next session") == 1, first
    assert first.index("Assess risk") < first.index("What stood out")
    questions = first[first.index("Questions you might ask"):]
    assert "risk assessment in the box at the top of this page" in questions
    assert "Risk assessment with Alex" in questions and "Support check-in with Sam" in questions
