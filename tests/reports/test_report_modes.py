"""Clinician and shareable reports; safety first on the page; named patterns with how sure each is."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.errors import UsageError
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import conversation, end_of, say

CONTEXT = {"couple_name": "Alex & Sam", "partners": {"S1": "Alex", "S2": "Sam"}, "recorded_at": "2026-11-28"}


def lines(*items, gap=0.5):
    out, t = [], 0.0
    for k, (text, pause) in enumerate(items):
        u = say("S1" if k % 2 == 0 else "S2", t + (pause if k else 0.0), text)
        out.append(u)
        t = end_of(u) + gap
    return analyze(conversation(*out), names={"S1": "Alex", "S2": "Sam"})


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def money():
    return lines(("Give me your bank card. You get an allowance from now on.", 0),
                 ("But it's my salary, I just need to feel safe with my own money.", 0),
                 ("If you bring this up in front of the therapist again, you will be sorry.", 0),
                 ("I'm sorry. Forget I said anything.", 2.0),
                 ("Good. And who said you could go through my things?", 0),
                 ("I'm scared to bring anything up with you.", 0))


@pytest.fixture(scope="module")
def chores():
    return lines(("You never do the dishes, I always have to clean up after you.", 0), ("Okay.", 1.5),
                 ("Why can't you just help me for once? I asked you three times this week and nothing happened.", 0),
                 ("Fine.", 2.0), ("Can you please look at me when I'm talking to you? I need to know you hear me.", 0),
                 ("Whatever.", 3.0), ("Oh great, so now you're ignoring me again, you're pathetic.", 0),
                 ("I'm done talking about this.", 0))


def test_with_safety_flags_the_clinician_report_is_marked_and_asks_each_partner_separately(money):
    text = pages(render_session_prep(money, CONTEXT))
    assert all("CLINICIAN ONLY" in p for p in text)
    whole = " ".join(text)
    assert "Individual check-in with Alex" in whole and "Individual check-in with Sam" in whole
    assert "each of you" not in whole
    assert "coercive control: money" in whole and "threat about therapy" in whole
    assert "Possible fear response" in whole and "fear of the partner" in whole
    assert "eased" not in whole.replace("not read as repair or easing", "")


def test_the_shareable_report_holds_no_safety_details_disclosures_or_per_partner_scores(money):
    whole = " ".join(pages(render_session_prep(money, CONTEXT, mode="shareable", transcript=True)))
    for word in ("afety", "threat", "CLINICIAN", "bank card", "allowance", "in front of the therapist", "scared", "sorry",
                 "go through my things", "feel safe", "Figures per partner", "Talk share", "Horsemen", "Transcript"):
        assert word not in whole, word
    assert "summary for both of us" in whole


def test_self_harm_puts_a_risk_assessment_at_the_top(chores):
    r = lines(("Sometimes I think everyone would be better off without me.", 0), ("I hear you, tell me more.", 0))
    first = pages(render_session_prep(r, CONTEXT))[0]
    assert "Assess risk before the next session: self-harm language from Alex" in first
    assert first.index("Assess risk") < first.index("What stood out")


def test_named_patterns_with_first_sign_and_confidence(chores):
    whole = " ".join(pages(render_session_prep(chores, CONTEXT)))
    assert "Patterns a couples therapist may recognise" in whole
    assert "Pursue–withdraw" in whole and "First sign from Alex" in whole and "led by" not in whole
    assert "The Four Horsemen, per partner" in whole and "Stonewalling / withdrawal" in whole
    assert "“Whatever.”" in whole and "confidence" in whole
    assert "shown of" in whole  # lists are capped and say so


def test_unsure_words_are_never_quoted_and_low_findings_say_check_the_recording():
    a = say("S1", 0.0, "You never listen to me when I talk about my day.")
    for w in a[1:3]:
        w["probability"] = 0.2
    b = say("S2", end_of(a) + 0.4, "Yes but I was tired.")
    r = analyze(conversation(a, b), names={"S1": "Alex", "S2": "Sam"})
    whole = " ".join(pages(render_session_prep(r, CONTEXT)))
    assert "never listen" not in whole.split("Transcript")[0]
    assert "check the recording" in whole


def test_an_unknown_mode_is_a_usage_error(chores):
    with pytest.raises(UsageError):
        render_session_prep(chores, CONTEXT, mode="public")


def test_the_shareable_report_does_not_point_the_couple_at_a_flagged_moment(money):
    heated = dict(money, escalation_points=[{"start": 9.0, "end": 12.0, "peak_t": 10.0, "score": 3.0,
                                             "first_sign_from": "S1", "quote": "you will be sorry", "quote_t": 9.5,
                                             "signals_by_speaker": {"S1": ["loudness"]}, "what_next": {}}])
    whole = " ".join(pages(render_session_prep(heated, CONTEXT, mode="shareable")))
    # (the footer's "Generated on this computer, 2 Dec 2026 00:09" is the clock, not the moment)
    whole = re.sub(r"Generated on this computer, \d{1,2} \w+ \d{4} \d\d:\d\d", "", whole)
    assert "Moment 1" not in whole and "00:09" not in whole and "you will be sorry" not in whole


def test_a_flag_on_unsure_words_is_shown_without_quoting_them():
    a = say("S1", 0.0, "Can we talk about the weekend?")
    b = say("S2", end_of(a) + 0.4, "Honestly I am scared of you when you drink.")
    for w in b[4:6]:  # "of you" misheard
        w["probability"] = 0.3
    r = analyze(conversation(a, b), names={"S1": "Alex", "S2": "Sam"})
    (flag,) = r["safety_flags"]
    assert flag["confidence"] == "low" and "of you" not in flag["quote"]
    whole = " ".join(pages(render_session_prep(r, CONTEXT)))
    assert "scared of you" not in whole and "check the recording" in whole


def test_the_shareable_report_says_what_it_leaves_out_rather_than_that_nothing_was_found(money):
    """Round 27: with its only heated moment left out, the couple's version said "No marked rise in intensity was found"
    (a walk-through's curve on page 1 peaked at 00:13)."""
    heated = dict(money, escalation_points=[{"start": 9.0, "end": 12.0, "peak_t": 10.0, "score": 3.0,
                                             "first_sign_from": "S1", "quote": "you will be sorry", "quote_t": 9.5,
                                             "signals_by_speaker": {"S1": ["loudness"]}, "what_next": {}}])
    whole = " ".join(pages(render_session_prep(heated, CONTEXT, mode="shareable")))
    assert "No marked rise in intensity" not in whole
    assert "describes the conversation as a whole" in whole and "left out" not in whole


def test_the_repair_count_says_how_many_it_quotes():
    r = lines(("You never listen, you always do this.", 0), ("That's not true, you're the one who started it.", 0),
              ("Okay, I'm sorry, I got loud.", 0), ("I'm sorry too, that was unfair.", 0),
              ("Can we start again, please?", 3.0), ("Yes, let's start again.", 0))
    whole = " ".join(pages(render_session_prep(r, CONTEXT)))
    n = len(r["repairs"])
    assert n >= 3 and f"{n} repair attempts" in whole and f"(2 shown of {n})" in whole


def test_the_couples_version_carries_no_instruction_meant_for_the_therapist(chores):
    shared = pages(render_session_prep(chores, CONTEXT, mode="shareable"))
    assert all("support your therapist's judgement; they are not a diagnosis" in p for p in shared)
    assert not any("Check each one against the recording" in p for p in shared)
    assert all("Check each one against the recording" in p for p in pages(render_session_prep(chores, CONTEXT)))


def test_a_line_only_to_listen_to_holds_back_that_line_not_the_rest_of_the_shareable_report():
    """The walk-through's protest "Why are you talking to me like that?" read by meaning as possible blaming (low,
    listen only) withheld the two minutes after it, so the couple's version said only "your therapist will talk
    this conversation through with you"."""
    r = lines(("Why are you talking to me like that?", 0),
              ("Sorry. That came out wrong.", 1.0),
              ("I need you to hear me about my mum. I have been so worried about her living alone.", 15.0),
              ("I know. I'm scared too. Let's think about it together this weekend.", 0))
    flag = {"t": 0.0, "end": 2.0, "speaker": "S1", "quote": "Why are you talking to me like that?",
            "category": "blaming", "group": "coercive control: blaming", "confidence": "low", "listen_only": True,
            "source": "meaning"}
    held = dict(r, safety_flags=[flag])
    shared = " ".join(pages(render_session_prep(held, CONTEXT, mode="shareable")))
    assert "talking to me like that" not in shared
    assert "I need you to hear me about my mum" in shared
    heard = dict(r, safety_flags=[dict(flag, confidence="high", listen_only=False, source="lexicon")])
    assert "I need you to hear me about my mum" not in " ".join(pages(render_session_prep(heard, CONTEXT, mode="shareable")))


def test_the_couples_version_never_says_the_linked_practice_recording_has_safety_flags(money):
    """With a practice linked, the shareable report printed "The recording also has safety flags: see those first."
    twice (under Practice and What to review together)."""
    context = dict(CONTEXT, assignment={"id": 3, "title": "Appreciation exchange", "template": "appreciation_exchange",
                                        "behaviour": "Each of you says three things you appreciated this week."},
                   assignment_linked=True,
                   practice_review={"adherence": {"done": 1, "planned": 1},
                                    "review_points": ["A practice recording carried safety language: go over the practice "
                                                      "with each partner separately before any review together.",
                                                      "2026-11-28: Practised in the recording: not found. The recording "
                                                      "also has safety flags: see those first."]})
    shared = " ".join(pages(render_session_prep(money, context, mode="shareable")))
    assert "safety" not in shared.lower() and "separately" not in shared
    clinician = " ".join(pages(render_session_prep(money, context)))
    assert "The recording also has safety flags: see those first." in clinician


def test_both_partners_read_the_same_line_where_the_couples_version_holds_words_back(money):
    shared = " ".join(pages(render_session_prep(money, CONTEXT, mode="shareable")))
    assert "No need statements or bids were picked up" not in shared
    assert "talk them through with you" not in shared


def test_with_control_heard_the_patterns_are_not_framed_as_a_cycle_between_equals(money, chores):
    controlled = " ".join(pages(render_session_prep(money, CONTEXT)))
    assert "a conflict-cycle reading between equals may not apply" in controlled
    assert "Described as a cycle between them" not in controlled
    ordinary = " ".join(pages(render_session_prep(chores, CONTEXT)))
    assert "Described as a cycle between them" in ordinary


def test_a_pursuit_that_ends_with_the_partner_stepping_out_says_so():
    """The report treated what Maya said after Dan walked out as an ordinary long turn; nothing said he had left."""
    a = lines(("We need to talk about this now. Not later. Now.", 0), ("Okay.", 1.3),
              ("Okay? That's all you have to say? He asked me again today and I didn't know what to tell him.", 0),
              ("I don't know.", 2.5),
              ("You don't know. You never know. Why do I always have to be the one who decides everything?", 0),
              ("Fine.", 3.5), ("Don't just say fine. Talk to me. Look at me, Dan.", 0), ("I'm going for a walk.", 3.0),
              ("Please. We were supposed to be practising this. I just wanted us to decide together.", 2.0))
    text = " ".join(pages(render_session_prep(a, CONTEXT)))
    assert "It ended with Sam stepping out at" in text and "“I'm going for a walk.”" in text
    assert "A time-out plan" in text


def test_a_reading_by_meaning_quotes_no_rule_words(money):
    """"words: “read by meaning”" was printed as if those were the words heard."""
    a = {**money, "safety_flags": [dict(f, source="meaning", phrase="read by meaning", confidence="medium",
                                        listen_only=False) for f in money["safety_flags"]]}
    text = " ".join(pages(render_session_prep(a, CONTEXT)))
    assert "“read by meaning”" not in text and "Safety 1" in text


def test_the_shareable_version_does_not_say_that_some_bids_are_left_out():
    """One partner's column said "Some are left out of this version." beside the other's full column: it pointed at whose
    words were held back."""
    a = lines(("I felt really appreciated when you made dinner on Tuesday.", 0),
              ("So what I hear is that dinner on Tuesday made you feel appreciated. Did I get that right?", 0),
              ("Yes. You got it. Thank you.", 0),
              ("I've been worried about Sam coming home so late on weekends.", 0),
              ("Honestly, you are way too strict with him.", 0),
              ("I just want to know where he is.", 0),
              ("Well you never let him do anything.", 0))
    assert any(f.get("listen_only") for f in a["safety_flags"])
    text = " ".join(pages(render_session_prep(a, CONTEXT, mode="shareable")))
    reaching = text[text.index("What each partner was reaching for"):]
    assert "left out" not in reaching and "in this version" not in reaching  # (round 34: nor said once for both)
