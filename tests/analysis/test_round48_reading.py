"""Round 48's reading fixes, in this test's own words: phrases the labelled conversations read otherwise."""

from __future__ import annotations

import pytest

from .found import bids, cats
from .timeline import run_lines

QUARREL = (("S1", 0.0, "You said you'd ring the plumber and you didn't. Again."),
           ("S2", 0.8, "I was at work all day, when was I meant to ring him?"))


@pytest.mark.parametrize("reply", ["Mm. Whatever you say.", "Right. If you say so."])
def test_agreement_said_to_end_the_matter_is_stonewalling_not_contempt(reply):
    """"Whatever you say." / "If you say so." were both contempt and stonewalling; the labelled conversations read them
    as stonewalling (a minimal reply) in 7 of 8 lines."""
    a = run_lines(*QUARREL, ("S1", 0.8, "You could have rung him at lunch. It takes two minutes."), ("S2", 1.5, reply))
    found = cats(a, reply.split(".")[1].strip().rstrip("."))
    assert "stonewalling" in found and "contempt" not in found


def test_a_proposal_is_no_repair():
    """"What if we put both phones in the basket by the door?" (walk44b) is an offer, met as a bid: it was a repair."""
    a = run_lines(*QUARREL, ("S1", 0.8, "You always have an excuse. You're useless at this stuff."),
                  ("S2", 0.8, "What if we put both phones in the basket by the door before we sit down?"))
    assert "repair" not in cats(a, "basket by the door")


def test_affectionate_you_always_say_that_is_no_defensiveness():
    """"You always say that, and then you're the one on the floor till bedtime." (walk45a, teasing) was defensiveness."""
    a = run_lines(("S1", 0.0, "I'm not getting down on the floor with the Lego tonight, my knees are done."),
                  ("S2", 0.8, "You always say that and then you're the one on the floor till bedtime."))
    assert "defensiveness" not in cats(a, "on the floor")


def test_you_cant_be_bothered_is_criticism_not_stonewalling():
    """"You just can't be bothered with anything that's boring." (heldout12) was stonewalling as well as criticism;
    "I can't be bothered with this." stays stonewalling."""
    a = run_lines(("S1", 0.0, "The car service was booked for Tuesday and you missed it."),
                  ("S2", 0.8, "It's always a flat-out week with you. You just can't be bothered with anything that's boring."))
    found = cats(a, "can't be bothered")
    assert "criticism" in found and "stonewalling" not in found
    b = run_lines(*QUARREL, ("S1", 0.8, "Honestly. I can't be bothered with this."))
    assert "stonewalling" in cats(b, "can't be bothered")


def test_a_complaint_about_the_present_is_no_threat_by_meaning():
    """walk48b: "You never hear him. You just lie there." (the 3 a.m. feed) was a firm possible threat, read by meaning
    (0.85), first on page 1: the report turned clinician-only and the couple's time-out practice was refused."""
    a = run_lines(("S1", 0.0, "Mel, you said you'd do the three a.m. feed and I did it again. You never hear him. You just lie there."),
                  ("S2", 0.8, "That's not fair. I was up at one, and at two with the bottle."))
    assert not [f for f in a["safety_flags"] if f["category"] == "threat"]


@pytest.mark.parametrize("line", ["You'll find out exactly what happens.",
                                  "Carry on telling her all this and see what the drive home's like.",
                                  "Say no to this house and see how long that cat of yours lasts out on the main road."])
def test_a_threat_read_by_meaning_keeps_its_form(line):
    """Guards: what will happen, on a condition, or "what happens" are still read as threats by meaning."""
    a = run_lines(("S1", 0.0, "I told my sister about the money."),
                  ("S2", 0.8, "You did what? You always go running to her. You're pathetic."),
                  ("S1", 0.8, "She's my sister. I needed someone to talk to."), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] in ("threat", "therapy_threat")]


def test_sympathy_said_in_scorn_is_no_bid():
    """walk48b: "Oh, poor you, so tired. Poor wee lamb, on a late." (a mocking imitation, contempt) was her bid for
    "fairness and help", and his "Don't do that voice." pushed it away."""
    a = run_lines(("S1", 0.0, "You left the kitchen a tip again, and I'm sick of it."),
                  ("S2", 0.8, "I was on a late. I was knackered."),
                  ("S1", 0.8, "Oh, poor you, so tired. Poor wee lamb, on a late."),
                  ("S2", 0.8, "Don't do that voice. I cleared up Tuesday and Wednesday."))
    assert "contempt" in cats(a, "poor you") and not bids(a, "poor you")
