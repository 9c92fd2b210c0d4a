"""Walk-through 38l (c2): the couple's version of a recording where one partner disclosed counting their tablets asked
"What went the way you hoped in this conversation, and what would you like to try next time?" (the caution to the
therapist was on stderr only). Where the couple's version leaves anything out, its closing question asks what they
would like to talk about instead, in words that name nothing."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

HOPED = "What went the way you hoped in this conversation"


def test_a_recording_with_self_harm_language_does_not_ask_the_couple_what_went_the_way_they_hoped():
    a = lines(("You've been so quiet this week. Tired of what, love?", 0),
              ("I've been looking up how many of my tablets it would take.", 1.0),
              ("Thank you for telling me. I'm not angry, I'm just really frightened.", 0))
    assert any(f.get("category") == "self_harm" for f in a["safety_flags"]), a["safety_flags"]
    shared = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    assert HOPED not in shared, shared
    # (round 39b: after a line heard as self-harm nothing is asked together; round 40: the page closes as every couple's
    # version does, with no sign that anything was heard)
    assert "choose with you what to talk about next" in shared and "on your own" not in shared, shared
    assert "What from this conversation would you most like to talk about" not in shared, shared
    for word in ("safety", "harm", "tablets", "left out"):
        assert word not in shared.lower(), word


def test_an_ordinary_recording_still_asks_what_went_the_way_they_hoped():
    a = lines(("Can you tell me about your day?", 0), ("Sure, it was long. Can we go for a walk later?", 0),
              ("Yes, I'd love that.", 0))
    assert HOPED in text_of(render_session_prep(a, CONTEXT, mode="shareable"))
