"""Round 31's reading fixes, each a confident wrong statement found on new conversations."""

from __future__ import annotations

import pytest

from .timeline import run_lines


def _bid_responses(a) -> list[tuple[str, str, str]]:
    return [(x["quote"], x["response"], x.get("response_reason")) for v in a["reaching_for"].values() for x in v]


@pytest.mark.parametrize("reply", ["Maybe. Let me check my shifts.", "I'll see if I can get off early.",
                                   "Hmm, let me have a look at the calendar.", "Okay, I'll ask my boss tomorrow."])
def test_a_request_answered_by_looking_into_it_is_turned_toward(reply):
    """"Can you pick up the kids on Thursday?" / "Maybe. Let me check my shifts." was "turned away: a nod, then another
    subject": the reply takes the request up, as a maybe to be checked."""
    a = run_lines(("S1", 0.0, "Can you pick up the kids on Thursday?"), ("S2", 0.8, reply))
    responses = _bid_responses(a)
    assert responses and all(r == "toward" for _, r, _ in responses), responses


@pytest.mark.parametrize("reply", ["No. I'll ask your mum.", "Yeah. Did you ring the bank about the mortgage?"])
def test_a_refusal_or_another_subject_is_not_looking_into_it(reply):
    a = run_lines(("S1", 0.0, "Can you pick up the kids on Thursday?"), ("S2", 0.8, reply))
    assert all(reason != "said they would look into it" for _, _, reason in _bid_responses(a)), _bid_responses(a)


@pytest.mark.parametrize("reply", ["I want to get better at that.", "You're right. I'll work on that.",
                                   "I know. I need to work on it."])
def test_owning_a_complaint_with_a_promise_is_a_repair_that_turns_toward_not_a_need(reply):
    """"You never listen to me about the budget." / "I want to get better at that." was turned away ("the reply moves
    elsewhere"), and the promise was listed as the partner's own need ("something else")."""
    a = run_lines(("S1", 0.0, "You never listen to me about the budget."), ("S2", 0.6, reply))
    assert [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "repair"]
    assert not a["reaching_for"].get("S2"), a["reaching_for"].get("S2")
    responses = [r for q, r, _ in _bid_responses(a) if "budget" in q]
    assert responses == ["toward"], _bid_responses(a)


def test_a_pause_after_an_answered_request_is_no_stonewalling():
    """A request answered ("Can you do it tomorrow morning?" / "Yes, first thing."), then the asker's own remark and a
    five-second pause she breaks herself, was the partner's stonewalling ("silence after a bid"): the bid had its answer."""
    a = run_lines(("S1", 0.0, "Can you do it tomorrow morning?"), ("S2", 0.5, "Yes, first thing."),
                  ("S1", 1.5, "I was thinking about the holiday."), ("S1", 5.0, "Do you still want to go to Wales this year?"),
                  ("S2", 0.5, "Yeah, I'd love that."))
    assert not [m for m in a["markers"] if m["category"] == "stonewalling"], a["markers"]


def test_a_silence_after_an_unanswered_request_is_still_stonewalling():
    a = run_lines(("S2", 0.0, "Right, that's the dishes done."), ("S1", 1.0, "Can you do it tomorrow morning?"),
                  ("S1", 6.0, "Hello? Did you hear me?"))
    assert [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "stonewalling"]


def test_a_well_you_that_opens_the_talk_is_no_defensiveness():
    """"Well you said you would call the plumber and you didn't." as the first words of the recording was counted as
    defensiveness: nothing had been said yet to defend against."""
    a = run_lines(("S1", 0.0, "Well you said you would call the plumber and you didn't."),
                  ("S2", 0.5, "I know, I'm sorry, I forgot."))
    assert not [m for m in a["markers"] if m["category"] == "defensiveness"], a["markers"]


def test_a_well_you_answering_a_complaint_is_still_defensiveness():
    a = run_lines(("S1", 0.0, "You never call the plumber when you say you will."),
                  ("S2", 0.5, "Well you never remind me, so what do you expect?"))
    assert [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "defensiveness"], a["markers"]
