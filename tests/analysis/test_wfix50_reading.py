"""walk50a and walk50b's reading fixes (round 50), in this test's own words."""

from __future__ import annotations

import pytest

from .found import cats
from .timeline import run_lines

PHONE = (("S1", 0.0, "You never tell me anything. I just want to see your phone, Ross."),
         ("S2", 1.0, "You had it last night. You had it on Sunday as well."),
         ("S1", 0.6, "Because I love you, that's how."),
         ("S2", 1.0, "You know where I am. My location's on your phone. You check it when I'm at my work."))


def test_love_given_as_the_reason_for_checking_is_no_repair_or_appreciation():
    """walk50a: "Because I love you, that's how." (the reason for taking the partner's phone) was a repair and an
    appreciation; the couple's page showed it as their one repair attempt."""
    a = run_lines(*PHONE)
    assert not cats(a, "love you") & {"repair", "appreciation"}
    assert not any("love you" in r["quote"].lower() for r in a["repairs"])
    assert not any(o["kind"] == "repair" for o in a["observations"])


def test_love_as_the_answer_to_a_warm_question_stays_appreciation():
    """Guard: with no control near, "Because I love you." is still warmth."""
    a = run_lines(("S2", 0.0, "Why do you always save me the last biscuit?"), ("S1", 0.8, "Because I love you, that's why."))
    assert "appreciation" in cats(a, "love you")
