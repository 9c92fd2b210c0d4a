"""Sizes read from the way therapists write them."""

from __future__ import annotations

import pytest

from talktogether_desktop.practice.phrases import practice_minutes, times_per_week, weekdays_named


@pytest.mark.parametrize("text, minutes", [
    ("one 10-minute conversation", 10),
    ("talk for ten minutes after dinner", 10),
    ("10 min", 10),
    ("10 mins each evening", 10),
    ("a quarter of an hour", 15),
    ("half an hour on Sunday", 30),
    ("about 15-20 minutes", 20),
    ("twenty to thirty minutes", 30),
    ("an hour a week", 60),
    ("an hour and a half", 90),
    ("five minutes each, then swap", 5),
    ("Fifteen Minutes", 15),
])
def test_practice_minutes(text, minutes):
    assert practice_minutes(text) == minutes


@pytest.mark.parametrize("text", [
    "after dinner on Wednesday",
    "take a break of at least 20 minutes and come back within 24 hours",  # not the practice's length
    "come back 30 minutes later",
    "at 8 pm",
])
def test_no_practice_length(text):
    assert practice_minutes(text) is None


@pytest.mark.parametrize("text, times", [
    ("twice a week", 2), ("three times a week", 3), ("3x/week", 3), ("once this week", 1),
    ("every evening", 7), ("daily", 7), ("each night", 7), ("on weekdays", 5), ("every other day", 3.5),
    ("twice a day", 14), ("on Sundays", 1), ("on Monday and Thursday", 2), ("weekly", 1),
    ("one 10-minute conversation", 1), ("two conversations", 2),
])
def test_times_per_week(text, times):
    assert times_per_week(text) == times


def test_no_frequency():
    assert times_per_week("after dinner, talk about your day") is None


def test_weekdays_named():
    assert weekdays_named("Sunday coffee and Wednesday after dinner") == ["WE", "SU"]
    assert weekdays_named("at the weekend") == ["SA", "SU"]
