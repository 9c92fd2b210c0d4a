"""Comparing the partner unfavourably with someone else's partner is contempt (analysis/comparisons.py)."""

import pytest

from talktogether_desktop.analysis.comparisons import another_partner, falls_short

from .test_context import run

QUARREL = "You never tell me where you're going, it's like living with a stranger."


def _contempt(r, speaker="S2"):
    return [m["phrase"] for m in r["markers"] if m["category"] == "contempt" and m["speaker"] == speaker]


@pytest.mark.parametrize("line", [
    "Dave's wife does the whole school run on her own, and you can't even find the car keys.",
    "My cousin's boyfriend cooks every single night. You just sit there waiting to be fed.",
    "Other husbands book a table on their anniversary; what's your excuse?",
    "My ex at least remembered my birthday, you never do.",
    "Compared to my brother's partner, you barely lift a finger.",
])
def test_the_partner_held_up_against_another_partner_is_contempt(line):
    assert _contempt(run(QUARREL, line)) == ["compared with another's partner"]


@pytest.mark.parametrize("line", [
    "My sister's husband is coming on Friday, can you pick up some wine?",
    "Jen's wife just had the baby, you know, we should send flowers.",
    "It's been ages since you and I went out, just the two of us.",
    "My ex never once asked how I was. You always do, and I notice.",
])
def test_another_partner_named_with_no_falling_short_is_no_contempt(line):
    assert "compared with another's partner" not in _contempt(run(QUARREL, line))


@pytest.mark.parametrize("toks, named", [("my sister's husband", True), ("your friends' wives", True),
                                         ("other husbands", True), ("my ex", True), ("compared to him", True),
                                         ("that's husband material", False), ("the ex factor", False)])
def test_another_partner(toks, named):
    assert another_partner(toks.split()) is named


@pytest.mark.parametrize("toks, short", [("you can't even", True), ("you're a total failure", True),
                                         ("what's your excuse", True), ("you can pick up wine", False)])
def test_falls_short(toks, short):
    assert falls_short(toks.split()) is short
