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


def _opening(first_probability: float, *, next_probability: float = 0.97):
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, say

    attack = say("S1", 8.6, "You never do anything in this house anymore. The dishes have been there since Sunday.")
    attack[0]["probability"] = first_probability  # the recogniser's clipped onset (walk50a: "You" 0.36)
    for w in attack[1:4]:
        w["probability"] = next_probability
    return analyze(conversation(say("S1", 0.3, "Is it on now? Owen, we said we'd talk about the kitchen."),
                                say("S2", 6.5, "Go on, then."), attack,
                                say("S2", 15.6, "I know. I'm sorry, Rhi. My back's been bad since the weekend."),
                                say("S1", 22.0, "It's always bad. And I'm the one doing the lot, the shopping, the bins.")))


def test_a_clipped_first_word_before_clear_words_is_quoted_and_not_low():
    """walk50a: "You never do anything in this house anymore." heard word for word, its "You" scored 0.36 (a clipped
    onset): the harsh start-up was "may have opened with criticism… check the recording", quoted "… never do anything"."""
    a = _opening(0.36)
    crit = [m for m in a["markers"] if m["category"] == "criticism" and m["t"] < 9.0]
    assert crit and crit[0]["quote"].startswith("You never do anything")
    assert crit[0]["confidence"] == "medium"


@pytest.mark.parametrize("first, after", [(0.12, 0.97), (0.36, 0.6)])
def test_a_weak_first_word_stays_unquoted_when_too_weak_or_not_followed_by_clear_words(first, after):
    """Guard (issue 14 item 4): a first word far under the threshold, or one before words also unclear, is still "…"."""
    a = _opening(first, next_probability=after)
    crit = [m for m in a["markers"] if m["category"] == "criticism" and m["t"] < 9.0]
    assert all(not m["quote"].startswith("You") and m["confidence"] == "low" for m in crit)
