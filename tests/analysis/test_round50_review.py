"""Review of round 50's reading changes (rev50): where they now miss safety language or make false readings.

Each failing test below passes on 325ec75 (before the round) and fails on main after it, unless its docstring says
it is a guard."""

from __future__ import annotations

import pytest

from .found import flag
from .timeline import run_lines

ASKED = ("S2", 0.0, "You've been quiet since Sunday. How are you doing, honestly?")
DAY = ("S2", 0.0, "How was your day, love?")
SHOP = ("S2", 0.0, "Did you get the shopping in on the way back?")


def _after(*context, line):
    return run_lines(*context, ("S1", 0.8, line), ("S2", 0.8, "Okay."))


# --- feeling better, with the decision said elsewhere or not in DECIDED's words (not_despair.relieved) ---

def test_lighter_after_giving_things_away_and_writing_letters_is_still_self_harm():
    """Regression: sudden calm after the dog given away and a letter written to each child is a classic warning sign.
    Before the round it was listed to listen to (self-harm, low); relieved() reads the sentence alone ("I feel lighter
    than I have in years.": no decision word in it) and drops it. The decision was said one line before."""
    a = _after(ASKED, ("S1", 0.8, "I've given the dog to my brother and I've written a letter to each of the kids."),
               ("S2", 0.8, "Letters? What do you mean?"), line="Honestly, I feel lighter than I have in years.")
    assert flag(a, "lighter", "self_harm")


def test_feeling_better_knowing_the_kids_are_looked_after_when_gone_is_still_self_harm():
    """Regression: "…when I'm not around" is the ending, but "around" is not among DECIDED's words, so relieved()
    drops a sentence that was listed before (self-harm, low)."""
    a = _after(ASKED, line="I feel better knowing the kids will be looked after when I'm not around.")
    assert flag(a, "feel better", "self_harm")


def test_lighter_since_writing_letters_and_giving_things_away_is_still_self_harm():
    """Regression: writing letters and giving belongings away, said in the same sentence as the relief, is a decision
    acted on; DECIDED has neither "letters" nor "gave"/"away", so it is dropped (listed before, self-harm low)."""
    a = _after(ASKED, line="Everything feels lighter since I wrote the letters and gave my things away.")
    assert flag(a, "lighter", "self_harm")


# --- "give it up" read as a refusal to hand something over (not_despair.refuses_handing_over) ---

def test_wanting_to_give_it_up_and_not_keep_going_is_still_self_harm():
    """Regression: "give it up" here is giving up on going on, not a phone kept back; no DESPAIR/HARM word is in
    the sentence ("can't keep going like this"), so refuses_handing_over() drops what was listed before (self-harm,
    low)."""
    a = _after(ASKED, line="I just want to give it up, I can't keep going like this.")
    assert flag(a, "give it up", "self_harm")


# --- a negation after "you" in the opening words (meaning._speaker_disowns) ---

def test_saying_i_dont_mind_you_seeing_your_mates_is_no_isolation():
    """Regression: "I told you I don't mind…": the negation is the speaker's own, but it comes after "you", so it
    no longer disowns; read as isolation (medium, heard) on a permission."""
    a = _after(SHOP, line="I told you I don't mind you seeing your mates on a Saturday.")
    assert not [f for f in a["safety_flags"] if f["category"] != "appeasement"]


def test_promising_not_to_touch_the_partners_wages_is_no_financial_control():
    """Regression: "I promise you I won't touch your wages again." disowns the act; the "won't" after "you" is no
    longer taken as the speaker's, and with calm_control it is listed as financial control (low)."""
    a = _after(SHOP, line="I promise you I won't touch your wages again.")
    assert not [f for f in a["safety_flags"] if f["category"] != "appeasement"]


# --- urging the partner away from others, said as a treat (calm_control.urged_out) ---

def test_urging_the_partner_to_ditch_friends_for_nights_in_is_still_isolation():
    """Regression: "Why don't you ditch the girls from work and have a cosy night in with me every Friday?" was
    isolation (medium); "why don't" reads as urging out and "ditch" is not among HOLDING_BACK's words, so urged_out()
    drops it. Cutting the partner off said as an invitation is still isolation."""
    a = _after(SHOP, line="Why don't you ditch the girls from work and have a cosy night in with me every Friday?")
    assert flag(a, "ditch", "isolation")


def test_guard_staying_home_because_friends_are_a_bad_influence_is_isolation():
    """Guard (passes before and after): "You ought to…" urging, but to stay home away from friends, stays isolation."""
    a = _after(SHOP, line="You ought to stay home with me and the kids, your friends are a bad influence.")
    assert flag(a, "stay home", "isolation")


def test_guard_never_having_told_the_partner_not_to_see_their_mum_is_no_isolation():
    """Guard (passes before and after): the negation comes before "you", so the act is still disowned."""
    a = _after(SHOP, line="I've never told you not to see your mum, you know that.")
    assert not [f for f in a["safety_flags"] if f["category"] != "appeasement"]


def test_guard_a_rule_passed_on_through_a_sister_is_isolation():
    """Guard (fixed this round; missed before): "I've told your sister you won't be going to her hen do…" (after a
    quarrel: in a calm stretch its kind, 0.8, is under the calm bar, and calm control readings were not kept)."""
    a = _after(("S2", 0.0, "I was only at Ruth's for an hour, you knew where I was."),
               line="I've told your sister you won't be going to her hen do, you don't need to.")
    assert flag(a, "hen do", "isolation")
