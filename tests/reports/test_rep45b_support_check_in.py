"""rep45b (walk45b b_weekly_float): after Jo's self-harm line page 1 asked "Support check-in with S2, individually: how
are you coping with what S1 said…" of Gary, whose money, isolation and monitoring lines were the page's first safety
items. A partner a threat, control or fear line points at is never the supporter of the other's disclosure: the risk
question goes to the one who disclosed, and the other is asked only, on their own, how safe they feel."""

from __future__ import annotations

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines, pages

KARENS = "Karen is having a few people round for her birthday on Saturday."
CONTROL = "You don't go to Karen's without me. Give me your bank card, you get an allowance from now on."
HARM = "I'm tired of everything lately. Everyone would be better off without me."
CAR = "Anyway, what time do you need the car on Monday?"


def _questions(r: dict) -> str:
    text = " ".join(pages(render_session_prep(r, CONTEXT)))
    start = text.index("Questions you might ask")
    return text[start:text.index("Confidential client information", start)]


@pytest.fixture(scope="module")
def controlled():
    r = lines((KARENS, 0), (CONTROL, 0), (HARM, 0), (CAR, 0))
    said = {(f["speaker"], f["category"]) for f in r["safety_flags"]}
    assert ("S1", "self_harm") in said and any(s == "S2" and c == "isolation" for s, c in said), said
    return r


def test_the_controlling_partner_is_not_asked_to_support_the_other(controlled):
    q = _questions(controlled)
    assert "Support check-in with Sam" not in q and "what Alex said" not in q, q
    assert "Risk assessment with Alex, individually" in q, q
    assert "Individual check-in with Sam (separately, before any joint session): how safe do you feel" in q, q


def test_a_control_line_only_to_listen_to_still_keeps_the_support_question_away(controlled):
    r = dict(controlled, safety_flags=[dict(f, listen_only=True, source="meaning", confidence="low")
                                       if f["speaker"] == "S2" else f for f in controlled["safety_flags"]])
    q = _questions(r)
    assert "Support check-in with Sam" not in q and "what Alex said" not in q, q
    assert "Risk assessment with Alex, individually" in q, q


def test_fear_told_of_the_partner_points_at_them(controlled):
    r = dict(controlled, safety_flags=[f for f in controlled["safety_flags"] if f["speaker"] == "S1"] + [
        {"t": 1.0, "speaker": "S1", "category": "fear", "group": "fear of the partner", "source": "lexicon",
         "confidence": "medium", "quote": "I'm scared of you."}])
    q = _questions(r)
    assert "Support check-in with Sam" not in q, q


def test_without_control_the_other_still_gets_the_support_check_in():
    r = lines((KARENS, 0), ("That sounds nice, you should go.", 0), (HARM, 0), ("I'm here. Tell me more.", 0))
    assert {f["speaker"] for f in r["safety_flags"]} == {"S1"}, r["safety_flags"]
    assert "Support check-in with Sam, individually: how are you coping with what Alex said" in _questions(r)
