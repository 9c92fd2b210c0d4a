"""Round 53: self-harm said by its shape (analysis/self_harm_shapes.py). A probe written blind found 17 of 80
statements missed and one read as a threat; a missed statement of self-harm is the one error this product must not
make. New sentences, none from a split or the probe."""

from __future__ import annotations

import pytest

from .timeline import run_lines

BEFORE = ("S1", 0.0, "You've been so quiet since the weekend, what's going on with you?")
AFTER = ("S1", 0.8, "Okay. I'm listening.")


def _flags(line):
    a = run_lines(BEFORE, ("S2", 0.8, line), AFTER)
    return a, {f["category"] for f in a["safety_flags"] if f["speaker"] == "S2"}


@pytest.mark.parametrize("line", [
    "I keep staring at the tracks at the level crossing and wondering whether it would hurt.",
    "I've been picturing walking in front of the bus on my way to work.",
    "Keep the mortgage papers safe, you'll need them once I'm gone for good.",
    "I honestly don't want to be alive any more, love.",
    "Would anybody even notice if I vanished tomorrow?",
    "Be honest with yourself, I doubt I'll still be here by the summer.",
])
def test_self_harm_by_its_shape_is_flagged_as_self_harm_with_the_risk_prompt(line):
    a, found = _flags(line)
    assert "self_harm" in found
    assert a["safety_prompt"]


@pytest.mark.parametrize("line", [
    "I'm thinking about getting the train, how quick would it be?",
    "When I'm gone next week, make sure you water the tomatoes.",
    "I might still be here when you get back, the meeting's running late.",
    "I was looking at the roof, would it hurt to get someone round to check the gutter?",
    "I'm thinking about the bridge club, would it hurt to give it a go?",
])
def test_everyday_look_alikes_raise_no_self_harm(line):
    _a, found = _flags(line)
    assert "self_harm" not in found


def test_better_off_if_the_speaker_were_not_here_is_self_harm_and_a_schedule_is_not():
    assert "self_harm" in _flags("Sometimes I think the lot of you would be better off if me just wasn't around.")[1]
    from talktogether_desktop.analysis.self_harm_shapes import _shapes

    assert not list(_shapes("would it be easier if i just wasn't here on tuesday when the plumber comes".split()))


def test_an_absence_at_a_time_is_no_self_harm_and_one_without_a_time_still_is():
    """The listed phrase "if I wasn't here" raised the risk prompt over a plumber's visit (seen this round)."""
    assert "self_harm" not in _flags("Would it be easier if I just wasn't here on Tuesday when the plumber comes?")[1]
    a, found = _flags("Honestly, it would be easier for everyone if I wasn't here.")
    assert "self_harm" in found and a["safety_prompt"]
    assert "self_harm" in _flags("I won't be around for much longer, I can feel it.")[1]
