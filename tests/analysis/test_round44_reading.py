"""Round 44's reading fixes (round 43's left-alone misses and review cases), in this test's own words."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines

ASKED = ("S2", 0.0, "Are you looking forward to the holidays at all?")


@pytest.mark.parametrize("line", ["I won't make it to the new year, I've already written the notes.",
                                  "I don't know if I'll make it to the summer. I'm not sure I want to."])
def test_not_lasting_to_a_time_with_the_speakers_own_words_is_heard(line):
    """Round 43 review: passive self-harm in two sentences, no word of harm, read as nothing."""
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "What do you mean?"))
    assert flag(a, "make it to", "self_harm", heard=True)


@pytest.mark.parametrize("line", ["I don't think I'll make it to my next birthday.", "I won't make it to the new year.",
                                  "I can't see myself making it to the summer."])
def test_not_lasting_to_a_time_alone_is_listed_to_listen_to(line):
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "What?"))
    assert flag(a, "it to", "self_harm", heard=False)
    assert not flag(a, "it to", "self_harm", heard=True)


def test_not_lasting_after_heard_self_harm_is_heard():
    a = run_lines(("S2", 0.0, "You've gone quiet."), ("S1", 0.8, "You'd all be better off, honestly. I won't make it to Christmas."))
    assert flag(a, "make it to christmas", "self_harm", heard=True)


@pytest.mark.parametrize("line", ["I won't make it to the new year's party, I'm working.",
                                  "The doctors say I won't make it to Christmas.",
                                  "I don't think I'll make it to your birthday, sorry, I've got the conference.",
                                  "Mum won't make it to Christmas this year.",
                                  "I won't make it to the summer with this job, it's killing me.",
                                  "At this rate I won't make it to payday."])
def test_not_making_it_to_an_event_an_illness_or_someone_else_is_no_self_harm(line):
    """Guards: going to something, a named illness, another person, a job or payday."""
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "Shame."))
    assert not flag(a, "make it", "self_harm")


def test_coming_back_for_ones_things_is_no_repair():
    """Round 43 review a: a leaving line read as a repair attempt."""
    a = run_lines(("S2", 0.0, "You're leaving? Just like that?"), ("S1", 0.8, "Fine. I'll come back for my stuff tomorrow."))
    assert "repair" not in cats(a, "come back for")


def test_coming_back_to_the_talk_stays_a_repair():
    a = run_lines(("S2", 0.0, "You're walking out again."),
                  ("S1", 0.8, "I'm not walking out on you. I'm going to walk round the block, and I'll come back."))
    assert "repair" in cats(a, "come back")


def test_pity_waved_off_is_contempt_and_no_repair():
    """Round 43 review a: "…feel sorry for you?" counted as a repair attempt."""
    a = run_lines(("S2", 0.0, "I cried all day yesterday."), ("S1", 0.8, "Is that supposed to make me feel sorry for you?"))
    found = cats(a, "feel sorry for you")
    assert "repair" not in found and "contempt" in found


def test_a_loan_offered_by_family_is_no_money_control():
    """Round 43 review a: an offer of help from the parents heard as financial control."""
    a = run_lines(("S2", 0.0, "Good news, I hope."), ("S1", 0.8, "Your parents have offered to lend us the deposit."),
                  ("S2", 0.8, "That's kind of them."))
    assert not flag(a, "lend us", "financial_control", heard=True)


def test_money_given_with_a_rule_stays_control():
    """Guard: help from outside made the reason for a rule."""
    a = run_lines(("S2", 0.0, "I want my own card."), ("S1", 0.8, "My dad gave us that money, so I decide what you spend."))
    assert flag(a, "i decide what you spend", "financial_control", heard=True)


def test_what_was_i_supposed_to_say_is_defensiveness():
    """walk43a: "Well what was I supposed to say to her, no?" was missed."""
    a = run_lines(("S2", 0.0, "Why did you tell her we'd come for the whole week?"),
                  ("S1", 0.8, "Well what was I supposed to say to her, no?"))
    assert "defensiveness" in cats(a, "supposed to say")


def test_praise_brushed_aside_is_no_self_harm_no_attack():
    """walk43b / rep43: "It was on my way anyway." after thanks read as self-harm to listen to, defensiveness, and the
    thanks as a bid met against."""
    a = run_lines(("S2", 0.0, "Thank you for the dinner, it was lovely."), ("S1", 0.6, "It was on my way anyway."),
                  ("S2", 0.8, "Still, thank you."))
    assert not flag(a, "on my way", "self_harm")
    assert not cats(a, "on my way anyway") & {"defensiveness", "contempt", "criticism"}
    assert all(b["response"] != "against" for b in bids(a, "thank you for the dinner"))


def test_self_harm_in_a_reply_to_praise_is_still_read():
    """Guard: words of harm in the reply keep the reading by meaning."""
    a = run_lines(("S2", 0.0, "Thanks for the lift today, love."),
                  ("S1", 0.6, "Sure. Won't be doing it much longer, I'm done with living."), ("S2", 0.8, "What?"))
    assert flag(a, "done with living", "self_harm")
