"""Round 54: "Oh, sorry, I forgot you're such an expert" mocks the partner's standing; it is no repair attempt (heldout26
and heldout14 counted two such sorries as repairs). New sentences, none from a split or a probe."""

from __future__ import annotations

import pytest

from .timeline import run_lines

COMPLAINT = ("S1", 0.0, "You always put your mates first, you are so selfish.")
AFTER = ("S1", 0.8, "Right. I'm going to get the kids' coats.")


def _repairs(line):
    a = run_lines(COMPLAINT, ("S2", 0.8, line), AFTER)
    return [m for m in a["markers"] if m["category"] == "repair" and m["speaker"] == "S2"]


@pytest.mark.parametrize("line", [
    "Oh, sorry, I forgot your mates are such a crime against humanity.",
    "Sorry, I forgot you're so perfect, my mistake.",
    "Oh I'm sorry, I forgot the great man is always right.",
    "Well, sorry yuh feel so bad about it.",
])
def test_a_sorry_that_mocks_is_no_repair(line):
    assert not _repairs(line)


@pytest.mark.parametrize("line", [
    "Sorry, I forgot to ring you back, that's on me.",
    "I'm sorry, I forgot it's your dad's anniversary this week.",
    "Sorry, I forgot your birthday drinks, I feel awful.",
])
def test_a_sorry_for_something_forgotten_is_still_a_repair(line):
    assert _repairs(line)
