"""Review of round 43's reading changes (a8c7ccd, 275a736): everyday and unsafe sentences the changes now read wrongly
(a regression: read right on 7ca8ffb) or that the changed sentence family should cover and does not (a miss).
Each test states the reading a couples therapist would agree on. (Cases b944d21 has since fixed, shared with review B:
a birthday not reached, boilers and meetings not lasted through, scornful questions after self-harm, 'I know sorry fixes
nothing, but I am sorry', are left out here.)"""

from __future__ import annotations

import pytest

from .found import bids, flag
from .timeline import run_lines

TALK = ("S2", 0.8, "Talk to me.")
CONTROL = (("S2", 0.0, "I suppose I was a bit sad not to go to Dan's fortieth."),
           ("S1", 0.8, "Babe, we talked about this. Dan's lot are a bad influence on you. I'm only looking out for you."),
           ("S2", 0.8, "Yeah. I know you are."))
FOOTBALL = ("S2", 0.0, "I'd like to go back to five-a-side on Tuesdays. Just the football.")


# --- frames.arrived: "make it to/home/here/through …" framed away as a journey -------------------------------------

def test_nearly_not_making_it_home_while_thinking_of_driving_into_a_wall_is_self_harm():
    """Regression (to listen to on 7ca8ffb): "didn't make it home" framed the whole sentence away as a journey."""
    line = "I nearly didn't make it home on Tuesday, I sat in the car thinking about driving it into a wall."
    a = run_lines(("S1", 0.0, line), TALK)
    assert flag(a, "driving it into a wall", "self_harm")


def test_not_making_it_here_much_longer_is_self_harm():
    """Regression (to listen to on 7ca8ffb): "here" is taken for a place reached."""
    a = run_lines(("S1", 0.0, "I don't think I'll make it here much longer. I'm done."), TALK)
    assert flag(a, "much longer", "self_harm")


# --- safety_self_harm.txt: "make it through another night/day like this" --------------------------------------------

@pytest.mark.parametrize("line, words", [
    ("I can't get through another night like this.", "another night"),
    # (Taken out by the lead, missed before and after this round: "I don't think I can make it through another night.",
    # "…I'll make it through another week.", "I won't make it to the new year, I've already written the notes.", "I don't
    # think I'll make it to the weekend and honestly I don't want to be here." A phrase for each would also catch a night
    # shift, a hard week or notes for a meeting; the meaning reader does not read them. Named in the closing note.)
])
def test_near_variants_of_not_lasting_through_what_is_ahead_are_self_harm(line, words):
    """Miss (not flagged on 7ca8ffb either): the family a8c7ccd added, said a little differently."""
    a = run_lines(("S1", 0.0, line), TALK)
    assert flag(a, words, "self_harm")


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
