"""Round 52: money arranged alike for both ("…we split the bills down the middle") was flagged as financial control by
meaning in an everyday talk, an alarming wrong claim on a couple's page. Set aside only with no safety language near
and no one side's say in the sentence. New sentences, none from a split."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis.not_control import mutual_money

from .timeline import run_lines

CALM = ("S2", 0.0, "Did you get a chance to look at the council tax letter?")
RULE = ("S2", 0.0, "From now on I keep your bank card, and you ask me before you spend a penny.")


def _money_flags(a, speaker="S1"):
    return [f for f in a["safety_flags"] if f["category"] == "financial_control" and f["speaker"] == speaker]


@pytest.mark.parametrize("line", [
    "Your pay goes into your account and mine into mine, and we split the rent right down the middle.",
    "We both put two hundred into the house pot each month, and either of us can see what's in it.",
])
def test_money_alike_for_both_in_an_everyday_talk_is_no_control(line):
    a = run_lines(CALM, ("S1", 0.8, line), ("S2", 0.8, "Yeah, that works for me."))
    assert not _money_flags(a)


@pytest.mark.parametrize("line", [
    "We split what's left after he takes my wages on a Friday.",
    "We both agreed I'd ask him before I spend anything over ten pounds.",
])
def test_one_sides_say_in_an_arrangement_is_never_set_aside(line):
    assert not mutual_money("safety_financial_control", line.lower().replace(".", "").replace(",", "").split())


def test_an_arrangement_near_a_money_rule_is_read_as_before():
    """Where safety language was heard near, an arrangement said alike is not set aside by this rule."""
    a = run_lines(RULE, ("S1", 0.8, "Fine. We split the bills down the middle anyway, both of us, like always."),
                  ("S2", 0.8, "Okay."))
    plain = run_lines(CALM, ("S1", 0.8, "Fine. We split the bills down the middle anyway, both of us, like always."),
                      ("S2", 0.8, "Okay."))
    assert not _money_flags(plain)
    assert mutual_money("safety_financial_control", ["we", "split", "the", "bills"])
    assert a["safety_flags"]  # the partner's rule is flagged whatever is said after it
