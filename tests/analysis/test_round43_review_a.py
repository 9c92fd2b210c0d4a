"""Review of round 43's reading changes (a8c7ccd, 275a736): everyday and unsafe sentences the changes now read wrongly
(a regression: read right on 7ca8ffb) or that the changed sentence family should cover and does not (a miss).
Each test states the reading a couples therapist would agree on."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines

HARM = ("S1", 0.0, "Sometimes I think you'd all be better off without me.")
TALK = ("S2", 0.8, "Talk to me.")
CONTROL = (("S2", 0.0, "I suppose I was a bit sad not to go to Dan's fortieth."),
           ("S1", 0.8, "Babe, we talked about this. Dan's lot are a bad influence on you. I'm only looking out for you."),
           ("S2", 0.8, "Yeah. I know you are."))
FOOTBALL = ("S2", 0.0, "I'd like to go back to five-a-side on Tuesdays. Just the football.")


# --- frames.arrived: "make it to/home/here/through …" framed away as a journey -------------------------------------

def test_not_making_it_to_a_birthday_and_not_wanting_to_is_self_harm():
    """Regression (heard on 7ca8ffb): arrived() reads "make it to my next birthday" as a journey and drops the flag."""
    line = "Some days I don't think I'll make it to my next birthday, and I'm not sure I want to."
    a = run_lines(("S1", 0.0, line), TALK)
    assert flag(a, "next birthday", "self_harm", heard=True)


def test_nearly_not_making_it_home_while_thinking_of_driving_into_a_wall_is_self_harm():
    """Regression (to listen to on 7ca8ffb): "didn't make it home" framed the whole sentence away as a journey."""
    line = "I nearly didn't make it home on Tuesday, I sat in the car thinking about driving it into a wall."
    a = run_lines(("S1", 0.0, line), TALK)
    assert flag(a, "driving it into a wall", "self_harm")


def test_not_making_it_here_much_longer_is_self_harm():
    """Regression (to listen to on 7ca8ffb): "here" is taken for a place reached."""
    a = run_lines(("S1", 0.0, "I don't think I'll make it here much longer. I'm done."), TALK)
    assert flag(a, "much longer", "self_harm")


# --- safety_self_harm.txt: "make it through another …", "last much longer" ------------------------------------------

@pytest.mark.parametrize("line, words", [
    ("Honestly the boiler's not going to make it through another winter.", "boiler"),
    ("I can't make it through another Christmas with your mother criticising my cooking.", "your mother"),
    ("I won't make it through another meeting like that, it was three hours.", "meeting"),
    ("I don't think I'll last much longer at that place, the new manager is awful.", "new manager"),
    ("I can't make it through another episode, I'm heading to bed.", "episode"),
    ("I can't make it through another arvo in this heat without the aircon, love.", "aircon"),
])
def test_things_and_events_not_lasted_through_are_no_self_harm(line, words):
    """Regression (no flag on 7ca8ffb): the new lines match a boiler, an in-law Christmas, a meeting, a job, a TV episode
    (American), a hot afternoon (Australian); heard, with the risk prompt."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "Yeah, I know."))
    assert not flag(a, words, "self_harm")


def test_not_lasting_much_longer_awake_on_the_sofa_is_not_heard_as_self_harm():
    """Regression in degree: to listen to on 7ca8ffb (already too much), now heard with the risk prompt."""
    a = run_lines(("S1", 0.0, "I don't think I'll last much longer, I'm falling asleep on the sofa."), ("S2", 0.8, "Go up to bed then."))
    assert not flag(a, "sofa", "self_harm", heard=True)
    assert a["safety_prompt"] is None


@pytest.mark.parametrize("line, words", [
    ("I don't think I can make it through another night.", "another night"),
    ("I can't get through another night like this.", "another night"),
    ("Honestly mate, I don't reckon I'll make it through another week.", "another week"),
    ("I won't make it to the new year, I've already written the notes.", "written the notes"),
    ("I don't think I'll make it to the weekend and honestly I don't want to be here.", "want to be here"),
])
def test_near_variants_of_not_lasting_through_what_is_ahead_are_self_harm(line, words):
    """Miss (not flagged on 7ca8ffb either): the family a8c7ccd added, said a little differently."""
    a = run_lines(("S1", 0.0, line), TALK)
    assert flag(a, words, "self_harm")


# --- risk_answers.asks_about_harm: any question within 10 s of self-harm is "asking about it" -------------------------

@pytest.mark.parametrize("reply, words, category", [
    ("Oh, here we go. Are you going to be dramatic all night?", "dramatic all night", "contempt"),
    ("Seriously? You're pulling that one again?", "pulling that one", "contempt"),
    ("Why does everything have to be about you?", "about you", "criticism"),
])
def test_a_scornful_question_just_after_self_harm_keeps_its_horseman(reply, words, category):
    """Regression (found on 7ca8ffb): a question mark near self-harm now hides contempt and criticism."""
    a = run_lines(HARM, ("S2", 0.8, reply))
    assert category in cats(a, words)


def test_a_scornful_question_after_self_harm_is_still_named_dismissive_in_the_risk_prompt():
    """Regression (on 7ca8ffb the prompt said 'The reply … was dismissive'): being dismissed can raise the risk."""
    a = run_lines(HARM, ("S2", 0.8, "Why does everything have to be about you?"))
    assert a["safety_prompt"] and a["safety_prompt"].get("dismissed")


# --- bid_context: a reply holding self-harm is "unclear" -----------------------------------------------------------

def test_a_self_harm_threat_refusing_a_visit_turns_against_the_bid():
    """Regression (against on 7ca8ffb): "If you go, I'll kill myself." refuses the bid by coercion; 'unclear' softens it."""
    a = run_lines(("S2", 0.0, "Can I go to my sister's on Saturday? I really want to see her."),
                  ("S1", 0.8, "If you go, I'll kill myself."))
    assert any(b["response"] == "against" for b in bids(a, "see her"))


def test_push_back_followed_by_self_harm_still_turns_against_the_bid():
    """Regression (against on 7ca8ffb): the push-back is heard; the self-harm after it is flagged on its own."""
    a = run_lines(("S2", 0.0, "Can we sort out the school trip money tonight? I really need us to."),
                  ("S1", 0.8, "Oh, give it a rest, you always pick the worst moment. Honestly some days I wish I was dead."))
    assert any(b["response"] == "against" for b in bids(a, "school trip"))


# --- complaints.left_out: "… sorted without me" ---------------------------------------------------------------------

def test_they_would_have_it_sorted_without_me_and_in_the_way_stays_to_listen_to():
    """Regression (to listen to on 7ca8ffb): a 'would have' is no complaint of a decision made; it is 'better off without me'."""
    a = run_lines(("S1", 0.0, "Honestly, you'd all have it sorted without me. I'm just in the way."), ("S2", 0.8, "Don't say that."))
    assert flag(a, "without me", "self_harm")


# --- safety_threat.txt: "shame if … only saw you / see them" ---------------------------------------------------------

@pytest.mark.parametrize("lines, words", [
    ((("S1", 0.0, "It would be such a shame if the kids only saw you at bedtime. Could you ask about working from home on Fridays?"),
      ("S2", 0.8, "I'll ask Dave tomorrow.")), "bedtime"),
    ((("S1", 0.0, "Your mum and dad are getting on. It'd be a shame if you only got to see them at Christmas."),
      ("S2", 0.8, "I know, we should go up in the spring.")), "at christmas"),
    ((("S1", 0.0, "It would be a shame if you never got to see them again before they move to Spain."),
      ("S2", 0.8, "Let's book a weekend.")), "spain"),
])
def test_a_pity_about_time_with_the_kids_or_the_in_laws_said_with_care_is_no_threat(lines, words):
    """Regression (no threat on 7ca8ffb): care for the partner's time with the children or their parents."""
    a = run_lines(*lines)
    assert not flag(a, words, "threat")


@pytest.mark.parametrize("line, words", [
    ("It would be such a shame if the girls ended up only seeing you every other weekend.", "every other weekend"),
    ("It'd be a real pity if you only saw the kids every other weekend, wouldn't it?", "every other weekend"),
    ("Be a shame if the boys only saw you at weekends from now on, wouldn't it?", "from now on"),
    ("It'd be a shame if you didn't get to see the kids much after the divorce.", "after the divorce"),
])
def test_near_variants_of_the_children_kept_from_the_partner_as_a_pity_are_a_threat(line, words):
    """Miss (not a threat on 7ca8ffb either): the walk43a family with 'the girls', 'the boys', 'pity … saw the kids'."""
    a = run_lines(FOOTBALL, ("S1", 0.8, line))
    assert flag(a, words, "threat")


# --- keeping_peace CUT_OFF ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, words", [
    ("It's just, I haven't really seen anybody since the summer.", "seen anybody"),
    ("It's just, I haven't seen my sister since the summer.", "my sister"),
    ("It's just, I hardly see my mates anymore.", "my mates"),
    ("It's just, I don't really see any of my friends now.", "my friends"),
])
def test_near_variants_of_cut_off_from_others_after_the_partners_control(line, words):
    """Miss (not flagged on 7ca8ffb either): 275a736's list misses 'anybody', a sister, 'hardly see my mates'."""
    a = run_lines(*CONTROL, ("S2", 0.8, line))
    told = flag(a, words, "isolation")
    assert told and all(f["speaker"] == "S2" for f in told)


# --- non_apologies.txt: "sorry fixes …" -----------------------------------------------------------------------------

def test_an_apology_that_says_sorry_fixes_nothing_is_still_a_repair():
    """Regression (a repair on 7ca8ffb): 'sorry fixes' now matches an apology owning that words are not enough."""
    a = run_lines(("S1", 0.0, "You didn't even ring me, I was waiting for an hour."),
                  ("S2", 0.8, "I know sorry fixes nothing, but I am sorry. I should have rung you."))
    assert "repair" in cats(a, "i am sorry")
