"""A review of round 41's time-out reading (practice/breaks.py, 815e765), by a helper. Each test fails on 815e765; its
docstring says "regression" where it passed on 26955ed, "miss" where it failed there too."""

import pytest

from talktogether_desktop.practice.breaks import asks_for_a_break


@pytest.mark.parametrize("text", ["I'm taking ten minutes longer on the way home, the road's shut.",
                                  "Can I take five minutes of your time?",
                                  "Let's take ten minutes each to say what we want from the holiday.",
                                  "Shall we take twenty minutes with the kids at the park first?"])
def test_minutes_for_a_journey_a_talk_or_an_outing_are_no_break(text):
    """Regression: not a break on 26955ed."""
    assert not asks_for_a_break(text)


@pytest.mark.parametrize("text", ["Can we have the twenty minutes, like we practised?",
                                  "Could we take half an hour, like we agreed?"])
def test_the_practised_time_out_asked_for_in_other_words_is_a_break(text):
    """Miss: not a break on 26955ed either."""
    assert asks_for_a_break(text)
