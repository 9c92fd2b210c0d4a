"""walk41a: "Can we take the twenty minutes, like we practised?" asks for the practised time-out; minutes for a task or a
journey do not."""

import pytest

from talktogether_desktop.practice.breaks import asks_for_a_break


@pytest.mark.parametrize("text", ["I'm flooded. Can we take the twenty minutes, like we practised?", "Let's take ten minutes.",
                                  "I'm taking twenty minutes to calm down."])
def test_minutes_taken_are_a_break_asked_for(text):
    assert asks_for_a_break(text)


@pytest.mark.parametrize("text", ["It'll take twenty minutes to get there.", "Can I take five minutes to finish this email?",
                                  "Can we take the dog out?"])
def test_minutes_for_a_task_or_a_journey_are_not(text):
    assert not asks_for_a_break(text)
