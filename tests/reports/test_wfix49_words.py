"""wfix49: the words and figures two therapist walk-throughs (benchmarks/measured/walk49a.md, walk49b.md) found
contradicting what was heard. Text timelines through the real analysis, real PDFs read back."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from analysis.timeline import conversation, end_of, say
from analysis.wfix49_lines import CONTROL, NAMES, said


def pages(analysis: dict, mode: str = "clinician", names=NAMES) -> str:
    pdf = render_session_prep(analysis, {"partners": names, "recorded_at": "2026-12-05"}, mode=mode)
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def control() -> tuple[dict, str]:
    analysis = said(CONTROL)
    return analysis, pages(analysis)


def test_a_bid_read_neither_way_after_isolation_names_control_not_a_threat_or_self_harm(control):
    """walk49a a_sister: page 3 "Jess's bid came after a threat or control, or with words of self-harm, and is not read
    either way" where the only safety language was isolation."""
    analysis, page = control
    (bids,) = re.findall(r"Bids for connection: [^.]*\.", page)
    assert "Jess's bid came near their own words of control (isolation), and is not read either way" in bids, bids
    assert "threat" not in bids and "self-harm" not in bids, bids
    jess = next(o["text"] for o in analysis["observations"] if o["kind"] == "reaching_for" and o["text"].startswith("Jess"))
    assert "after Jess's words of control (isolation) that reply is not read as taking it up" in jess, jess


def test_the_partner_heard_controlling_gets_no_turning_toward_score(control):
    """walk49a a_sister: "Turned toward the other's bids: … Jess 2 of 2" and "Jess turned toward both of Nia's bids"
    set beside Jess's isolation and monitoring; the bids are listed, the score is left out and why is said."""
    from talktogether_desktop.analysis.not_scored import turned_toward_figure

    analysis, page = control
    jess = next(s for s in analysis["speakers"] if s["id"] == "S2")
    assert jess["bids_turned_toward"] == 1  # (the reading itself stands)
    assert turned_toward_figure(jess, analysis) == "2 bids, not scored: their words were read as control"
    nia = next(s for s in analysis["speakers"] if s["id"] == "S1")
    assert turned_toward_figure(nia, analysis) == "0 of 1"
    (bids,) = re.findall(r"Bids for connection: [^.]*\.", page)
    assert "both of Nia's bids are listed below without a score, as Jess's words were read as control" in bids, bids
    assert "Jess turned toward" not in page, page
    assert "Jess replied (not scored, as Jess's words were read as control): “Yes, of course.”" in page, page
    first = next(o["text"] for o in analysis["observations"] if o["kind"] == "reaching_for" and o["text"].startswith("Nia"))
    assert "Jess took it up" not in first and "met by turning toward" not in first, first
    assert "not scored as turning toward or away: Jess's words were read as control" in first, first


def test_a_bid_taken_up_with_no_control_heard_keeps_its_score():
    """Guard: without control heard, the figure and page are as before."""
    from talktogether_desktop.analysis.not_scored import turned_toward_figure

    analysis = said((("S1", "Can you help me pick a present for my sister's birthday?"),
                     ("S2", "Yes, of course. Let's look tonight after dinner.")))
    jess = next(s for s in analysis["speakers"] if s["id"] == "S2")
    assert turned_toward_figure(jess, analysis) == "1 of 1"
    assert "Jess turned toward Nia's bid" in pages(analysis)


BREAK = (("S1", "You lied to me for four months. You always do this. You don't get to be the hurt one here."),
         ("S2", "Look, can we not just move on from it?"),
         ("S1", "I can't do this. My heart is going like the clappers, I can't think straight. I need a break. 20 minutes."),
         ("S2", "Okay. 20 minutes. I'll be here."),
         ("S1", "Okay. I'm back."),
         ("S2", "Thanks for coming back. Can I say one thing?"),
         ("S1", "Go on."))


def test_an_honoured_time_out_is_taken_up_and_its_silence_is_no_observation_for_the_couple():
    """walk49a b_affair: "I need a break. 20 minutes." / "Okay. 20 minutes. I'll be here." was "Declan did not take it
    up" (page 1, page 3, window) and the couple's one observation was the agreed break as a silence."""
    names = {"S1": "Orla", "S2": "Declan"}
    analysis = said(BREAK, gaps={4: 7.0}, names=names)
    (space,) = [i for i in analysis["reaching_for"]["S1"] if i["category"] == "space"]
    assert space["response"] == "toward", space
    (silence,) = analysis["silences"]
    assert silence["agreed_break"] is True and silence["duration_s"] >= 6.5
    texts = [o["text"] for o in analysis["observations"]]
    assert any("Orla seemed to be reaching for space" in t and "Declan took it up" in t for t in texts), texts
    assert not any("silence of 3 s or more" in t for t in texts), texts
    assert any("was the break asked for at" in t and "not read as a withdrawal" in t for t in texts), texts
    clinician, shared = pages(analysis, names=names), pages(analysis, "shareable", names=names)
    assert "did not take it up" not in clinician, clinician
    assert "Declan turned toward it: “Okay. 20 minutes.”" in clinician, clinician
    assert "silence" not in shared.lower(), shared


@pytest.mark.parametrize("reply, granted", [("Take your time. I'll be here when you're ready.", True),
                                            ("Twenty minutes? Again?", False),
                                            ("Okay. But we finish this tonight.", False)])
def test_a_break_is_granted_only_by_words_that_grant_it(reply, granted):
    from talktogether_desktop.analysis.reply_words import agrees_to_break

    assert agrees_to_break(reply) is granted


def test_a_partner_is_said_to_cut_in_only_where_the_figures_count_an_interruption_of_theirs():
    """walk49a a_sister: Moment 1 "both cut in on each other" and "Signals that rose: both: … cutting in" while Nia made
    0 interruptions: a try at the floor that did not take it is talking at the same time, not cutting in."""
    from analysis.timeline import calm_exchange

    calm1 = calm_exchange(0.0, turns=8)
    t = end_of(calm1[-1]) + 0.3
    h1 = say("S1", t, "You never listen to me and you always do what you want", wps=4.5)
    h1 = [w for w in h1 if w["start"] < end_of(h1) - 0.5]  # cut off by S2
    h2 = say("S2", end_of(h1) - 0.4, "That is not true and you know it is not true at all", wps=4.5)
    h3 = say("S1", end_of(h2) + 0.05, "What is wrong with you, you are impossible to talk to", wps=4.5)
    h4 = say("S2", end_of(h3) + 0.1, "Yes but you started it by shouting at me again and again every single time", wps=4.5)
    tried = say("S1", h4[4]["start"], "No I did not", wps=4.5)  # S1 tries for the floor; S2 keeps it
    repair = say("S1", end_of(h4) + 2.0, "Okay. I'm sorry. Can we start over?", wps=2.6)
    analysis = analyze(conversation(*calm1, h1, h2, h3, tried, h4, repair, *calm_exchange(end_of(repair) + 0.5, turns=8)),
                       names={"S1": "Ana", "S2": "Ben"})
    made = {s["id"]: s["interruptions_made"] for s in analysis["speakers"]}
    assert made == {"S1": 0, "S2": 2} and any(not i["successful"] and i["by"] == "S1" for i in analysis["interruptions"])
    (point,) = analysis["escalation_points"]
    for who, signals in point["signals_by_speaker"].items():
        assert "interruptions" not in signals or made[who], point["signals_by_speaker"]
    top = analysis["observations"][0]["text"]
    assert "both cut in on each other" not in top and "Ben cut in" in top, top
    page = pages(analysis, names={"S1": "Ana", "S2": "Ben"})
    assert "both: " not in page or "both: cutting in" not in page and not re.search(r"both: [^;]*cutting in", page), page


def test_the_check_ins_after_isolation_ask_about_family_and_friends(control):
    """walk49a a_sister: isolation and monitoring heard, and each check-in asked only "how safe do you feel at home"."""
    _, page = control
    for name in ("Nia", "Jess"):
        ask = re.search(rf"Individual check-in with {name} \(separately, before any joint session\): [^•]*", page).group(0)
        assert "how safe do you feel at home" in ask and "How free do you feel to see family and friends" in ask, ask
        assert "checked on" not in ask, ask  # (no monitoring heard here)


def test_the_check_ins_after_a_threat_alone_ask_no_question_of_control():
    """Guard: a threat about therapy alone keeps the plain check-in."""
    page = pages(said((("S2", "We should talk about the holiday money before Thursday."),
                       ("S1", "If you bring this up in front of the therapist again, you will be sorry."),
                       ("S2", "I'm sorry. Forget I said anything.")), names={"S1": "Ana", "S2": "Ben"}),
                 names={"S1": "Ana", "S2": "Ben"})
    assert "Individual check-in with Ana" in page and "how safe do you feel at home" in page, page
    assert "family and friends" not in page and "checked on" not in page, page


def test_a_possible_fear_response_names_what_it_came_after_and_whose():
    """walk49b d_debt: "Possible fear response at 01:41: after the other partner's threat or control, Brett said …",
    where the line it came after was his own; the kind and whose are said."""
    # (the real analysis's sentence: tests/analysis/test_round32_reading.py, the fear response line names control)
    from talktogether_desktop.analysis.reply_said import fear_response_after

    own = {"t": 81.0, "speaker": "S2", "category": "financial_control", "group": "coercive control: money",
           "source": "meaning"}
    thanks = {"t": 101.0, "speaker": "S2", "category": "appeasement", "after_flag_t": 81.0}
    assert fear_response_after(thanks, [own, thanks], NAMES.get) == "after Jess's own possible words of control (money) at 01:21"
