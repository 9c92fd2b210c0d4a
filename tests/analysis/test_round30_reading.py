"""Round 30's reading fixes, each from a walk-through on new conversations."""

from __future__ import annotations

import pytest

from .timeline import run_lines


def _bid_responses(a) -> list[tuple[str, str]]:
    return [(x["response"], x.get("response_reason")) for v in a["reaching_for"].values() for x in v]


@pytest.mark.parametrize("reply", ["Okay, tomorrow.", "Sure, after dinner.", "Yes, after the kids are in bed.",
                                   "Not tonight. Tomorrow for sure.", "Tomorrow, okay?"])
def test_a_request_accepted_for_a_named_later_time_is_turned_toward(reply):
    """A yes with a time was "turned away (withdrawal: minimal reply)" after a one-second pause."""
    a = run_lines(("S1", 0.0, "Can we go for a walk together tonight? I miss spending time with you."), ("S2", 1.0, reply))
    responses = _bid_responses(a)
    assert responses and all(r == "toward" for r, _ in responses), responses
    assert not [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "stonewalling"]


@pytest.mark.parametrize("reply", ["Not tonight.", "Later, I'm busy.", "Not tonight, maybe tomorrow."])
def test_a_refusal_or_a_vague_later_is_not_an_acceptance(reply):
    a = run_lines(("S1", 0.0, "Can we go for a walk together tonight?"), ("S2", 1.0, reply))
    assert all(r != "toward" for r, _ in _bid_responses(a)), _bid_responses(a)


def test_a_time_said_after_a_nod_for_something_else_is_no_acceptance():
    a = run_lines(("S1", 0.0, "Can you look at this photo of the garden?"),
                  ("S2", 0.5, "Yeah. Oh hey, I need the car on Saturday."))
    assert all(reason != "a yes, for a named later time" for _, reason in _bid_responses(a))
