"""Round 47's reading fixes, in this test's own words: the speaker's own promise not to watch the partner."""

from __future__ import annotations

import pytest

from .found import bids, flag
from .timeline import run_lines

TRUST = (("S1", 0.0, "I've been thinking about what the counsellor said about trust."),
         ("S2", 0.8, "Me too. I want us to do better this time."))


@pytest.mark.parametrize("line", ["I won't read your texts, or check your location, I promise. That's done.",
                                  "I'm not going to check your location anymore, okay?"])
def test_the_speakers_promise_not_to_watch_is_no_monitoring(line):
    """A promise not to check the partner's location was monitoring, and made the partner's thanks after it appeasement."""
    a = run_lines(*TRUST, ("S1", 0.8, line), ("S2", 0.8, "Thank you. That means a lot to me."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("monitoring", "appeasement")]


@pytest.mark.parametrize("line", ["Don't make me check your location again, Tom.",
                                  "I won't lie, I check your location every night.",
                                  "I won't have to check your location if you just answer.",
                                  "If I don't check your location, who will?"])
def test_watching_said_with_a_negation_elsewhere_stays_monitoring(line):
    """Guards: the negation is not the speaker's promise not to do it."""
    a = run_lines(*TRUST, ("S1", 0.8, line))
    assert flag(a, "location", "monitoring")


def test_an_idiom_is_no_order_with_a_consequence():
    """walk47b (on the audio): "Ah, will you stop? You'll be the death of me, and you'll run out." was a possible threat,
    first in the safety box of a calm talk, and made the partner's apology after it a possible fear response."""
    a = run_lines(("S1", 0.0, "My eyes are grand. The doctor said so last spring."),
                  ("S2", 0.8, "Ah, will you stop? You'll be the death of me, and you'll run out."),
                  ("S1", 0.8, "Bernie, I'm sorry. I was being a stubborn old goat."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("threat", "appeasement")]


@pytest.mark.parametrize("line", ["Touch my mother's things again and you'll see.",
                                  "Stop it, you'll be the death of me, and if you do it again you'll be out."])
def test_an_order_with_a_consequence_stays_a_threat(line):
    a = run_lines(("S1", 0.0, "I only moved the box."), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "threat"]


@pytest.mark.parametrize("line", ["Some Fridays I reckon it'd be easier to just let the wheel go. Nobody'd have to put up with me then.",
                                  "I won't be here by Christmas, so it doesn't matter anyway."])
def test_self_harm_said_through_the_road_a_burden_or_a_date(line):
    """walk47b: "…it'd be easier to just let the wheel go. Drift across and be done with it. Nobody'd have to put up with
    me then." was no self-harm on its own (found only because the partner asked about it next)."""
    a = run_lines(("S1", 0.0, "You've been quiet all week. What's going on?"), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "self_harm"]


@pytest.mark.parametrize("line", ["Steer into the skid, the instructor said, and let the wheel straighten itself.",
                                  "I won't be here by six, the traffic's awful."])
def test_driving_talk_and_a_late_arrival_are_no_self_harm(line):
    a = run_lines(("S1", 0.0, "How did the lesson go?"), ("S2", 0.8, line))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_the_children_held_over_the_partner_through_the_courts_is_a_threat():
    """walk47a: "If it ever came to it, I don't think a judge would see it your way either." (after "Kids notice these
    things.") was read as blaming, to listen to."""
    a = run_lines(("S1", 0.0, "It's one drink, once a month. I'd like to go, just for an hour."),
                  ("S2", 0.8, "You know, Maya was asking why Mummy is always going out. Kids notice these things. "
                              "If it ever came to it, I don't think a judge would see it your way either."),
                  ("S1", 0.8, "Okay."))
    assert [f for f in a["safety_flags"] if f["category"] == "threat"]


def test_a_chore_asked_about_as_the_speakers_job_again_is_criticism():
    """walk47a: the harsh start-up's criticism put as a question was not found."""
    a = run_lines(("S1", 0.0, "Is there a reason the washing's still in the machine from yesterday, or is that my job as well now?"),
                  ("S2", 0.8, "I did try. I got it as far as the basket and my legs went."))
    assert [m for m in a["markers"] if m["category"] == "criticism" and m["speaker"] == "S1"]


DRINKS = (("S2", 0.0, "Ah, Friday drinks. Will your Jason be there? Tell him to bring his guitar, he can sing to you again."),
          ("S1", 0.8, "He's not my Jason. He's just in my team."),
          ("S2", 0.8, "No, no. I just don't think those Friday drinks are good for you. You come home tired, you drink too "
                      "much, and those people don't care about you like I do."),
          ("S1", 0.8, "It's one drink, once a month. I'd like to go, just for an hour."))


def test_control_said_as_care_by_a_partner_heard_threatening_is_no_bid():
    """walk47a: the isolation said as care was shown as his bid ("fairness"), taken up by her "It's one drink", in a
    recording where he then held the children over her through the courts."""
    a = run_lines(*DRINKS, ("S2", 0.8, "You know, Maya was asking why Mummy is always going out. Kids notice these things. "
                                       "If it ever came to it, I don't think a judge would see it your way either."))
    assert not bids(a, "drink too much")


def test_a_caring_line_from_a_partner_never_heard_controlling_stays_a_bid():
    """A guard: with no threat or control heard from him, a reading by meaning alone does not take the bid away."""
    a = run_lines(("S1", 0.0, "I'm so tired lately. Work has been relentless."),
                  ("S2", 0.8, "You come home tired every night, love, and I miss you. Can we have a quiet night in on Friday?"),
                  ("S1", 0.8, "Yes. I'd love that."))
    assert bids(a, "quiet night")
