"""Round 38 second review (helper rev38b): probes of the lead's reading changes (41a7ed1..2749211, and the three round-38
changes before them: escalation's withdrawn repair, told_apart.disclosed_in_reply, breaks.MINUTES_ASKED) that hide risk
or misread ordinary talk. Each failed on 2749211 and passes on the state named in its docstring, and now again on main;
the practice probe is tests/practice/test_round38_review2_break.py."""

from __future__ import annotations

import pytest

from .found import bids, cats as _cats
from .test_round38_reading import PHD
from .timeline import run_lines

SHIRKED = (("S1", 0.0, "You never help with the kids, I do everything."), ("S2", 0.8, "That's not true."))


@pytest.mark.parametrize("line, key, horseman", [
    ("Sorry, but I said it and I meant it, you're pathetic.", "pathetic", "contempt"),
    ("Sorry I said anything, God you're so pathetic.", "pathetic", "contempt"),
    ("Sorry, I said it because you're a lazy selfish idiot.", "idiot", "contempt"),
    ("Oh I'm so sorry I said the truth, you're pathetic.", "pathetic", "contempt"),
    ("I'm sorry I said anything, you always make it about you.", "make it about you", "criticism"),
])
def test_a_fresh_insult_after_i_said_in_an_apology_stays_a_horseman(line, key, horseman):
    """across.inside_apologies_and_threats: after "I said" in a sentence holding an apology, every criticism or contempt
    is dropped as "quoted". 41a7ed1: contempt (criticism) on each, the stretch 'had not calmed down'; main: no horseman,
    'Repair attempts: S1 1 (first “Oh I'm so sorry I said the truth, you're pathetic.”…)' and no escalation at all."""
    a = run_lines(*SHIRKED, ("S1", 0.8, line))
    assert horseman in _cats(a, key)


@pytest.mark.parametrize("bid, reply, key", [
    ("I feel so alone since you moved out. I need to talk to you.", "How do you feel about losing the kids?", "talk to you"),
    ("I feel lonely in the evenings. I need more of you.", "What more do you need from me, my blood?", "lonely"),
])
def test_a_cold_wh_question_with_a_caring_word_does_not_take_the_bid_up(bid, reply, key):
    """reply_words.CARING_ASKS ('feel', 'need' in a wh-question of up to 9 words with 'you'). 41a7ed1: against / away;
    main: 'toward' (the reply takes it up)."""
    a = run_lines(("S1", 0.0, bid), ("S2", 0.8, reply))
    assert bids(a, key)[0]["response"] != "toward"


@pytest.mark.parametrize("middle", [
    "Thanks, I guess. I felt so stupid sitting there on my own.",
    "Oh, thanks. That's it? I was up until three ringing the hospitals.",
])
def test_a_late_yep_after_a_one_sided_sorry_and_a_grudging_thanks_is_still_withdrawal(middle):
    """withdrawal._made_up: any repair and any appreciation since the last tension make the talk 'made up'. 41a7ed1:
    stonewalling on the 3 s late "Yep."; main: nothing."""
    a = run_lines(("S1", 0.0, "You always put your mates first. You never think about me."), ("S2", 0.8, "Sorry."),
                  ("S1", 0.8, middle), ("S2", 3.0, "Yep."))
    assert "stonewalling" in _cats(a, "Yep")


@pytest.mark.parametrize("order", [
    "You give me your bank card every Friday.",
    "You show me your phone every night.",
    "You ask me before you spend a penny.",
])
def test_an_order_said_as_you_and_me_still_makes_the_others_promise_a_possible_fear_response(order):
    """meaning.py heard_control drops control that safety.describes_control_suffered reads as told by the one it is done
    to: 'you' + a verb not in _RULE_AFTER_YOU + 'me/my' (an order, not a telling). The order stays heard (S1's
    financial_control / monitoring); 41a7ed1: S2's promise a possible fear response (appeasement, to listen to); main: none."""
    a = run_lines(("S1", 0.0, order), ("S2", 0.8, "Okay. I'll text you before I go anywhere from now on, I promise."))
    assert [f for f in a["safety_flags"] if f["speaker"] == "S2" and f["category"] == "appeasement"]


@pytest.mark.parametrize("taken", ["Alright, love.", "Same here."])
def test_a_short_warm_acceptance_then_warmth_lets_the_apology_land(taken):
    """escalation._what_next: a stonewalling reply within 6 s that is not only okay/thanks/yeah/yes withdraws the repair.
    7e83de0 (before 41a7ed1): landed; 41a7ed1 and main: not landed, 'it was met with a short reply or a withdrawal',
    though S2 goes on "I'd love that. I miss you too.\""""
    a = run_lines(*PHD, ("S2", 1.0, taken), ("S1", 0.7, "Dinner tonight, just us?"),
                  ("S2", 0.6, "I'd love that. I miss you too."))
    assert a["repairs"] and a["repairs"][0]["landed"]


@pytest.mark.parametrize("reply", [
    "You never think of anyone but yourself. Go and I'll kill myself.",
    "Go then, you heartless bitch. I'll slit my wrists, I swear.",
])
def test_a_bid_met_with_an_attack_and_self_harm_as_leverage_stays_turned_against(reply):
    """told_apart.disclosed_in_reply turns any away/against reply holding the replier's self-harm words into 'unclear',
    even one with criticism or a heard isolation flag in it. 7e83de0: against; 41a7ed1 and main: 'unclear' ("the reply
    told of self-harm")."""
    a = run_lines(("S1", 0.0, "I need a weekend at my sister's. I'd really like to see her."), ("S2", 0.8, reply))
    assert bids(a, "weekend")[0]["response"] == "against"


@pytest.mark.parametrize("threat, answer", [
    ("If you eat my chips one more time, I swear I'll kill you.", "Haha, sorry! I'll buy you a new bag."),
    ("Ha! If you eat my chips one more time, I swear I'll kill you.", "Sorry! Sorry, I'll buy more, haha."),
])
def test_a_laughing_apology_to_a_joke_threat_keeps_it_play(threat, answer):
    """safety.joking_threats: the other's apology within 10 s makes a threat never play, laughter or not. 41a7ed1: a
    playful threat to listen to; main: a heard threat (clinician-only report) and S2's laughing 'sorry' heard as
    appeasement (a possible fear response)."""
    a = run_lines(("S1", 0.0, threat), ("S2", 0.6, answer), ("S1", 0.6, "Thank you. You're the best."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("threat", "appeasement") and not f.get("listen_only")]
    assert "playful_threat" in _cats(a, "kill you")
