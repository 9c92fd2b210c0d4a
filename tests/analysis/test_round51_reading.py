"""Round 51's reading fixes: false safety flags, from the probes in benchmarks/clinical/sentences/round51_false_flags.tsv
(written before the rules changed; none copied from a split), each with guards that the unsafe forms stay flagged."""

from __future__ import annotations

import pytest

from .found import flag
from .timeline import run_lines

RULE = ("S2", 0.0, "From now on you ask me before you spend anything. I'm sick of it.")
QUARREL = ("S2", 0.0, "You never tell me where you're going, it's like living with a stranger.")


def _unsafe(a, category=None, speaker="S1"):
    """The speaker's safety flags (no fear responses), of `category` if given."""
    return [f for f in a["safety_flags"]
            if f["category"] != "appeasement" and category in (None, f["category"]) and f["speaker"] == speaker]


@pytest.mark.parametrize("line", [
    "But it's my wages going into that account as well, love.",
    "Half of what's in that account is my pay, Dev.",
    "It's my salary too, you know. I earn half of what's in there.",
])
def test_the_one_whose_money_is_held_claiming_a_share_is_no_financial_control(line):
    """Read by meaning as financial control (0.7-0.8): the partner under a money rule saying the pay is theirs too was
    flagged as the one controlling (not_control.money_not_ruled)."""
    a = run_lines(RULE, ("S1", 0.8, line), ("S2", 0.8, "We'll see."))
    assert not _unsafe(a, "financial_control")


@pytest.mark.parametrize("line", [
    "The bike came out of my own savings, not the joint account.",
    "I paid for the telly out of my own money, not ours, so don't worry about the bills.",
    "You never ring me first. I always find out from the bank.",
])
def test_money_owned_or_found_out_about_in_a_quarrel_is_no_financial_control(line):
    a = run_lines(QUARREL, ("S1", 0.8, line), ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert not _unsafe(a, "financial_control")


def test_owning_that_the_money_was_shared_is_no_financial_control():
    """"That money was ours, not mine." (an apology's second half, 0.96 by meaning) was flagged as control."""
    a = run_lines(("S2", 0.0, "You spent the lot on that truck without a word to me."),
                  ("S1", 0.8, "I'm sorry about the truck. That money was ours, not mine."), ("S2", 0.8, "Thank you."))
    assert not _unsafe(a, "financial_control")


@pytest.mark.parametrize("line, words", [
    ("It's my salary, so I decide what you get each week.", "i decide"),
    ("That money's mine, not ours, and you'll ask before you spend any of it.", "mine, not ours"),
    ("Half of that account is mine too, and you don't touch a penny of it without asking me first.", "touch a penny"),
    ("I found out from the bank you bought shoes, so I've cancelled your card.", "cancelled your card"),
])
def test_money_claimed_with_a_rule_in_it_is_still_financial_control(line, words):
    a = run_lines(QUARREL, ("S1", 0.8, line), ("S2", 0.8, "Okay."))
    assert [f for f in _unsafe(a) if words in f["quote"].lower()]


@pytest.mark.parametrize("plea", ["I need you to tell me the truth.", "Please be honest with me, I can take it."])
def test_the_askers_plea_to_be_told_after_a_question_about_self_harm_is_no_control(plea):
    """walk46b, walk50b: "Are you having thoughts of hurting yourself? I need you to tell me the truth." put an isolation
    flag (by meaning, 0.64) on the partner who asked; asking about self-harm and wanting the truth is care."""
    a = run_lines(("S2", 0.0, "Honestly, some nights I think everyone would be better off without me."),
                  ("S1", 0.8, f"Look at me. Are you having thoughts of hurting yourself? {plea}"),
                  ("S2", 0.8, "I don't have a plan. It's just the shame."))
    assert not _unsafe(a)
    assert flag(a, "better off without me", "self_harm")


def test_a_threat_after_a_question_about_self_harm_is_still_flagged():
    a = run_lines(("S2", 0.0, "Honestly, some nights I think everyone would be better off without me."),
                  ("S1", 0.8, "Are you having thoughts of hurting yourself? Tell me the truth or I'm taking the kids "
                              "to my mother's and you won't see them again."),
                  ("S2", 0.8, "Okay."))
    assert _unsafe(a)


TIRED = ("S2", 0.0, "You look shattered, love. How was the rest of your week?")


@pytest.mark.parametrize("line", [
    "Honestly, after this week I just want to disappear under the duvet till Monday.",
    "I'm going to vanish into the bath for an hour and nobody's to knock.",
])
def test_a_short_retreat_to_rest_is_no_self_harm(line):
    """"…I just want to disappear under the duvet till Monday" matched the listed "i want to disappear", and "vanish into the
    bath for an hour" read as self-harm by meaning (0.58): a retreat to a place or for a while (not_despair.brief_retreat)."""
    a = run_lines(TIRED, ("S1", 0.8, line), ("S2", 0.8, "Ha, fair enough. I'll do the tea."))
    assert not _unsafe(a, "self_harm")


@pytest.mark.parametrize("line, words", [
    ("I just want to disappear for good. Nobody would miss me.", "disappear"),
    ("Some nights I want to disappear and not wake up till it's over.", "disappear"),
    ("I want to crawl into bed and die.", "crawl into bed"),
])
def test_disappearing_for_good_is_still_self_harm(line, words):
    a = run_lines(TIRED, ("S1", 0.8, line), ("S2", 0.8, "Oh love. Come here."))
    assert [f for f in _unsafe(a, "self_harm") if words in f["quote"].lower()]


@pytest.mark.parametrize("line, words", [
    ("Put the phone down and talk to me, or I'll smash the bloody thing.", "smash"),
    ("Put the phone down and tell me who you were texting at midnight.", "texting"),
])
def test_a_plea_with_a_threat_or_watching_in_it_is_flagged(line, words):
    """(Pleas for attention read as threats are left flagged this round: see not_control.py.)"""
    a = run_lines(("S2", 0.0, "Mm-hm. Yeah. In a sec."), ("S1", 0.8, line), ("S2", 0.8, "Okay. Okay."))
    assert [f for f in _unsafe(a) if words in f["quote"].lower()]


@pytest.mark.parametrize("line", ["There's something I need to tell you first, and it's not easy.",
                                  "I've got something to tell you, love. Sit down a minute."])
def test_news_announced_before_it_is_told_is_no_threat(line):
    """"There's something I need to tell you first." read by meaning as a threat (0.77): a disclosure about to come."""
    a = run_lines(("S2", 0.0, "You start. I've got the statements here."), ("S1", 0.8, line), ("S2", 0.8, "Okay. I'm listening."))
    assert not _unsafe(a, "threat")


def test_a_warning_announced_the_same_way_is_still_a_threat():
    a = run_lines(("S2", 0.0, "I rang a solicitor today."),
                  ("S1", 0.8, "I need to tell you something: if you go to that solicitor, you'll never see the kids again."),
                  ("S2", 0.8, "Okay."))
    assert _unsafe(a, "threat")


def test_the_say_over_what_is_needed_taken_is_financial_control_and_the_apology_after_it_no_repair():
    """heldout14: the rule went unheard ("I'll decide what's necessary", last month's receipts demanded) and only the other
    partner's "It's my salary also" was misread as control; once that was set aside, the apology after the rule
    counted as a repair. The say over what is needed, and past receipts demanded, are in the lexicon now."""
    a = run_lines(("S2", 0.0, "Can I have some money for the school uniforms and the party food?"),
                  ("S1", 0.8, "Write it all down first. I'll decide what you need, and show me last week's receipts."),
                  ("S2", 0.8, "Okay, okay. Sorry. I'll do it. Whatever you say."))
    assert _unsafe(a, "financial_control")
    assert not [m for m in a["markers"] if m["category"] == "repair" and m["speaker"] == "S2"]
