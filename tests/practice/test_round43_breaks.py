"""walk43a: "Can we stop for twenty minutes?" asks for the practised time-out, in the practice check and in the flooding
pattern's break; a stop on a journey does not."""

import pytest

from talktogether_desktop.practice.breaks import asks_for_a_break


@pytest.mark.parametrize("text", ["Can we stop for twenty minutes? I'll go and sit in the garden.",
                                  "Let's stop for ten minutes.", "Could we stop for half an hour and calm down?"])
def test_a_stop_for_minutes_is_a_break_asked_for(text):
    assert asks_for_a_break(text)


@pytest.mark.parametrize("text", ["Can we stop for five minutes at the services?", "Let's stop for ten minutes at Nan's on the way."])
def test_a_stop_on_a_journey_is_not(text):
    assert not asks_for_a_break(text)


def test_the_flooding_pattern_sees_the_break_and_the_return():
    from ..analysis.timeline import run_lines

    a = run_lines(("S2", 0.0, "I just want a say in how long she stays."),
                  ("S1", 0.8, "Okay. Hang on. My chest's gone really tight and I can't think straight."),
                  ("S1", 0.8, "Can we stop for twenty minutes? I'll go and sit in the garden, and I'll come back at quarter past."),
                  ("S2", 0.8, "Yeah, okay. Take your twenty minutes."),
                  ("S1", 6.0, "Okay, I'm back. That helped, actually."),
                  ("S2", 0.8, "Good. Do you want that tea?"))
    flooding = [p for p in a["patterns"] if p["kind"] == "flooding"]
    assert flooding and flooding[0]["break"] and flooding[0]["break"].get("back_t")
