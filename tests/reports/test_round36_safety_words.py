"""Round 36: one wording for one safety line everywhere (the risk box, Key moments, a fear response naming the line
before it, the command line's summary), by how sure it is."""

from __future__ import annotations

import copy
import re

import pytest

from talktogether_desktop.analysis.risk_prompt import self_harm_prompt
from talktogether_desktop.cli.analyze_cmds import summary_text
from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


@pytest.fixture(scope="module")
def every_kind():
    return every_kind_analysis()


def every_kind_analysis() -> dict:
    """A threat about therapy, fear, money control, violence, a threat, self-harm and monitoring, then a need said just
    after the monitoring (a possible fear response, to listen to)."""
    return lines(("We need to talk about the weekend, I planned the market on Saturday.", 0),
                 ("Fine, whatever you want.", 0),
                 ("If you bring this up in front of the therapist again, you will be sorry.", 0),
                 ("I'm scared to bring anything up with you.", 0),
                 ("Give me your bank card. You get an allowance from now on.", 0),
                 ("Last time you shoved me against the wall.", 0),
                 ("I will hit you if you do that again.", 0),
                 ("Sometimes I think everyone would be better off without me.", 0),
                 ("Who said you could go through my phone? I want your passwords.", 0),
                 ("Okay. Can we talk about dinner on Sunday?", 0))


def _heard_unclearly(analysis: dict, *categories: str) -> dict:
    """The lines of these kinds heard with low confidence (misheard or overlapped words): only possibly so."""
    a = copy.deepcopy(analysis)
    for f in a["safety_flags"]:
        if f["category"] in categories:
            f["confidence"] = "low"
    return a


def _page(analysis: dict) -> str:
    return " ".join(text_of(render_session_prep(analysis, CONTEXT)).split())


def test_the_risk_box_says_possible_where_the_self_harm_key_moment_does(every_kind):
    """The box said "Assess risk before the next session: self-harm language from Sam" over a Key moment "Why it is
    shown: possible self-harm" for the same line heard with low confidence."""
    a = _heard_unclearly(every_kind, "self_harm")
    assert [f["confidence"] for f in a["safety_flags"] if f["category"] == "self_harm"] == ["low"]
    page = _page(a)
    assert "Assess risk before the next session: possible self-harm language from Sam at 00:26" in page
    assert "Why it is shown: possible self-harm;" in page
    assert not re.search(r"(?<!possible )self-harm language from|shown: self-harm", page), page
    assert "Risk assessment with Sam, individually" in page  # the assessment it asks for stays
    clear = _page(every_kind)
    assert "Assess risk before the next session: self-harm language from Sam at 00:26. Check" in clear
    assert "possible self-harm" not in clear


def test_a_fear_response_names_the_line_before_it_as_that_lines_key_moment_does(every_kind):
    """"a need said just after the coercive control: monitoring at 00:33" under a Key moment that called that line
    "possible coercive control: monitoring"."""
    page = _page(_heard_unclearly(every_kind, "monitoring"))
    assert "Why it is shown: possible coercive control: monitoring;" in page
    assert "just after the possible coercive control: monitoring at 00:33" in page
    assert "just after the coercive control" not in page
    assert "just after the coercive control: monitoring at 00:33" in _page(every_kind)


def test_the_command_lines_summary_says_possible_as_the_report_does(every_kind):
    a = _heard_unclearly(every_kind, "self_harm", "violence")
    for f in a["safety_flags"]:
        f["name"] = {"S1": "Alex", "S2": "Sam"}[f["speaker"]]
    said = summary_text(a)
    assert "ASSESS RISK BEFORE THE NEXT SESSION: POSSIBLE SELF-HARM LANGUAGE FROM SAM" in said
    assert "Sam (possible self-harm): “Sometimes" in said and "Sam (possible violence): “Last time" in said
    assert "Alex (threat or intimidation): “I will hit you" in said


def test_every_time_the_risk_box_names_is_printed_among_the_key_moments(every_kind):
    """A 10-minute recording with 20 flags: the box said "self-harm language from Alex and Sam at 01:32, 02:47, 04:23"
    while the 12 printed Key moments held only 04:23 (lines to listen to went last), and Sam's check-in named no time
    to listen to."""
    a = copy.deepcopy(every_kind)
    said = a["turns"][:3]  # the opening lines, Alex's and Sam's
    heard = [f for f in a["safety_flags"] if f["category"] in ("monitoring", "financial_control")]
    for turn in said[:3]:  # read by meaning as self-harm, its kind clear enough to raise the box
        a["safety_flags"].append({"t": turn["start"], "end": turn["end"], "speaker": turn["speaker"],
                                  "category": "self_harm", "group": "self-harm", "quote": turn["text"],
                                  "source": "meaning", "confidence": "low", "listen_only": True,
                                  "probability_of_kind": 0.9, "check_recording": True})
    for k, f in enumerate(heard[:2]):  # more lines heard than the page prints
        a["safety_flags"].append(dict(f, t=f["t"] + 0.4 + 0.1 * k))
    a["safety_flags"].sort(key=lambda f: f["t"])
    assert len(a["safety_flags"]) == 15
    a["safety_prompt"] = self_harm_prompt(a["safety_flags"], {"S1": "Alex", "S2": "Sam"})
    box = a["safety_prompt"]["text"]
    named = re.findall(r"\d\d:\d\d", box)
    # Sam's listed lines named first; Alex's, only read by meaning, apart, to listen to (round 39)
    assert len(named) == 4 and "from Sam at" in box and "from Alex at" in box, box
    page = _page(a)
    # (the box on the page times each line where it begins, as its Key moment does: rep49)
    named = re.findall(r"\d\d:\d\d", page[page.index("Assess risk"):page.index("Individual check-in")][:len(box) + 40])
    assert len(named) == 4, named
    printed = re.findall(r"Safety \d+ · (\d\d:\d\d) ·", page)
    assert len(printed) == 12 and set(named) <= set(printed), (named, printed)
    # Alex's own lines were only read by meaning: his check-in says where to listen, at the times the box names (his
    # own threat and control lines keep him from being asked to support Sam through hers: rep45b)
    assert re.search(r"Individual check-in with Alex [^•]*First listen at " + named[2], page), page
    assert "Support check-in with Alex" not in page
    assert "the self-harm lines the risk box names first" in page


def test_a_second_line_flagged_in_the_same_turn_is_not_printed_with_the_same_context_again(every_kind):
    """A 10-minute walk-through's Key moments printed the same three lines twice in a row (Safety 8 and 9, "Who said
    you could go through my phone? I want your passwords.", 03:30 and 03:32)."""
    page = _page(every_kind)
    second = page[page.index("Safety 9 · 00:33 · Alex"):]
    second = second[:second.index("Why it is shown")]
    assert second.strip() == ("Safety 9 · 00:33 · Alex 00:30 Alex: Who said you could go through my phone? "
                              "I want your passwords."), second
    money = page[page.index("Safety 4 · 00:17 · Alex"):]
    assert money[:money.index("Why it is shown")].count("00:") == 2  # its time and its own turn's, nothing around
    first = page[page.index("Safety 8 · 00:30 · told by Alex"):page.index("Safety 9 · 00:33")]
    assert "00:26 Sam: Sometimes" in first and "00:34 Sam: Okay." in first  # the first keeps its context


def test_a_kind_that_says_possible_already_says_it_once():
    """"possible possible fear response" was printed (CLI and PDF) for an appeasement read by meaning."""
    from talktogether_desktop.reports.safety_words import safety_kind

    flag = {"category": "appeasement", "group": "possible fear response", "source": "meaning", "confidence": "medium"}
    assert safety_kind(flag) == "possible fear response"
    assert safety_kind({"category": "threat", "group": "threat or intimidation", "source": "meaning"}) == \
        "possible threat or intimidation"


def test_control_told_by_the_one_it_is_done_to_says_so_under_their_name():
    """"Safety 1 · 00:04 · Leanne (coercive control: isolation)" for "You took my car keys again on Friday." read as if
    Leanne were the one controlling; the Key moment now says who told it."""
    a = lines(("I wanted to say something about Friday. You took my car keys again on Friday.", 0),
              ("I didn't take them. They were on the side where you left them.", 0))
    told = [f for f in a["safety_flags"] if "car keys" in f["quote"]]
    assert told and all(f.get("told_by_the_one_controlled") for f in told)
    page = text_of(render_session_prep(a, CONTEXT))
    assert "told by the one it is done to" in page
