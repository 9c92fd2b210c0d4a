"""The specificity check: each failure mode is caught on a vague example and not on a good one."""

from __future__ import annotations

import pytest

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.check import CODES, check_assignment, check_text, codes

GOOD = ("One 10-minute conversation after dinner on Wednesday where each of you reflects back what you "
        "heard before responding. Record it on one phone and bring it to the next session.")

# For each failure mode: a practice that has exactly that problem (everything else is fine).
VAGUE = {
    "no_behaviour": "Work on communication for 10 minutes after dinner on Wednesday. Record it on one phone "
                    "and bring it to the next session.",
    "no_anchor": "One 10-minute conversation this week, whenever you have time, where each of you reflects "
                 "back what you heard before responding. Record it and bring it to the next session.",
    "no_size": "After dinner, each of you says back what you heard before responding. Record it on one "
               "phone and bring it to the next session.",
    "too_big": "Every evening after dinner, have a 45-minute conversation where each of you says back what "
               "you heard. Record it and bring it to the next session.",
    "no_review": "One 10-minute conversation after dinner on Wednesday where each of you reflects back what "
                 "you heard before responding. Record it on one phone.",
    "not_capturable": "One 10-minute conversation after dinner on Wednesday where each of you reflects back "
                      "what you heard before responding. We will talk about how it went at the next session.",
}


def test_a_good_practice_passes():
    assert check_text(GOOD) == []


@pytest.mark.parametrize("code", CODES)
def test_each_failure_mode_is_caught_alone(code):
    found = check_text(VAGUE[code])
    assert codes(found) == [code]
    finding = found[0]
    assert finding.message and finding.suggestion and finding.suggestion != finding.message
    assert set(finding.to_dict()) == {"code", "message", "suggestion"}


def test_the_classic_vague_assignment_fails_on_everything_it_lacks():
    assert codes(check_text("Work on communication.")) == [
        "no_behaviour", "no_anchor", "no_size", "no_review", "not_capturable"]
    found = check_text("Practise listening to each other more.")
    assert "no_behaviour" in codes(found)
    assert "practise listening" in found[0].message


def test_too_big_catches_more_than_one_practice_a_week():
    text = ("After dinner on Sunday: 1) a 10-minute talk where each of you says back what you heard, "
            "2) read chapter 3 of the book, 3) fill in the worksheet and 4) plan a date night. "
            "Record the talk and bring it to the next session.")
    found = check_text(text)
    assert codes(found) == ["too_big"]
    assert "more than one practice" in found[0].message


@pytest.mark.parametrize("length", ["half an hour", "45 minutes", "an hour", "25 mins", "twenty to thirty minutes"])
def test_too_big_catches_long_practice_however_written(length):
    text = (f"One {length} conversation after dinner on Wednesday where each of you says back what you heard. "
            "Record it and bring it to the next session.")
    assert "too_big" in codes(check_text(text))


@pytest.mark.parametrize("length", ["ten minutes", "10 min", "a quarter of an hour", "15-20 minutes",
                                    "5 mins", "twenty minutes"])
def test_small_practice_is_not_too_big(length):
    text = (f"For {length}, once this week after dinner on Wednesday, each of you says back what you heard. "
            "Record it and bring it to the next session.")
    assert codes(check_text(text)) == []


@pytest.mark.parametrize("anchor", [
    "after dinner", "right after the dishes", "during Sunday coffee", "at Sunday coffee", "when we get home from work",
    "when you sit down for breakfast", "once the kids are in bed", "over breakfast on Saturday",
    "on Tuesday evening", "every Sunday at 10 am", "while you clear up after dinner", "on the commute home",
])
def test_anchors_however_phrased(anchor):
    text = (f"Once this week, {anchor}, have one 10-minute conversation where each of you says back what you "
            "heard. Record it and bring it to the next session.")
    assert "no_anchor" not in codes(check_text(text)), anchor


@pytest.mark.parametrize("anchor", ["sometime this week", "whenever you can", "when you have time",
                                    "when it feels right", "at some point"])
def test_vague_timing_is_not_an_anchor(anchor):
    text = (f"Once this week, {anchor}, have one 10-minute conversation where each of you says back what you "
            "heard. Record it and bring it to the next session.")
    assert "no_anchor" in codes(check_text(text)), anchor


@pytest.mark.parametrize("behaviour", [
    "be more supportive", "improve your communication", "spend more quality time together",
    "try to listen better", "connect more", "share more", "talk to each other more",
])
def test_vague_behaviours(behaviour):
    text = f"{behaviour} for 10 minutes after dinner on Wednesday. Record it and bring it to the next session."
    assert "no_behaviour" in codes(check_text(text)), behaviour


@pytest.mark.parametrize("behaviour", [
    "tell each other one thing you appreciated today",
    "take turns: one of you talks for two minutes, the other says back what they heard",
    'each of you says "I feel ... about ... and I need ..." once',
    "ask each other three questions about the week",
    "take turns sharing one worry",
])
def test_concrete_behaviours(behaviour):
    text = f"{behaviour} for 10 minutes after dinner on Wednesday. Record it and bring it to the next session."
    assert "no_behaviour" not in codes(check_text(text)), behaviour


def test_structured_assignment_each_failure_mode():
    good = build_assignment("reflect_back")
    assert check_assignment(good) == []
    cases = {
        "no_behaviour": {"behaviour": "Work on communication."},
        "no_anchor": {"anchor": "whenever you find the time"},
        "no_size": {"minutes": 0},
        "too_big": {"minutes": 40},
        "no_review": {"review": ""},
        "not_capturable": {"what_to_record": ""},
    }
    for code, change in cases.items():
        assert codes(check_assignment(build_assignment("reflect_back", **change))) == [code], code
    # times_per_week missing is also no size; more than once a day is too big
    assert codes(check_assignment(build_assignment("reflect_back", times_per_week=0))) == ["no_size"]
    assert codes(check_assignment(build_assignment("reflect_back", times_per_week=14))) == ["too_big"]
    # a review date alone counts as a planned review
    assert check_assignment(build_assignment("reflect_back", review="", review_on="2026-12-07")) == []


def test_blank_assignment_fails_on_everything():
    blank = build_assignment(None, behaviour="Be nicer.")
    assert codes(check_assignment(blank)) == ["no_behaviour", "no_anchor", "no_size", "no_review", "not_capturable"]


def test_check_accepts_plain_dicts():
    assert codes(check_assignment({"behaviour": "Work on it"})) [0] == "no_behaviour"
