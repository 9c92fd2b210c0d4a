"""Appreciation received or brushed aside (analysis/received.py): the partner's next turn after each appreciation,
read as accepted, deflected or unclear, with its time, quote and how sure (the result's "appreciation_replies")."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis import analyze

from .timeline import spoken

OPENING = ("S1", "Okay, it's our Thursday thing. Do you want to go first?", 0.0)
PRAISE = "I really appreciated how you handled my mum on Sunday."


def replies(*lines):
    return analyze(spoken(*lines), settings={"read_by_meaning": False})["appreciation_replies"]


@pytest.mark.parametrize("reply, outcome, how", [
    ("Thank you, that means a lot.", "accepted", "taken in"),
    ("Oh, it was nothing.", "deflected", "brushed aside"),
    ("Oh stop. It was on my way anyway.", "deflected", "brushed aside"),
    ("Anyone would have done the same.", "deflected", "brushed aside"),
    ("Well, someone had to.", "deflected", "turned against"),
    ("Thanks, but honestly it was nothing.", "deflected", "brushed aside"),
    ("She's sweet. I like her.", "unclear", ""),
])
def test_the_partners_next_turn_says_whether_praise_landed(reply, outcome, how):
    got = replies(OPENING, ("S2", "You go.", 0.6), ("S1", PRAISE, 0.7), ("S2", reply, 0.8))
    assert len(got) == 1, got
    item = got[0]
    assert (item["speaker"], item["outcome"], item["how"]) == ("S1", outcome, how)
    assert "appreciated how you handled my mum" in item["quote"]
    assert item["reply"]["speaker"] == "S2" and item["reply"]["quote"].split()[0] == reply.split()[0]
    assert item["reply"]["t"] > item["t"] and item["confidence"] in ("high", "medium", "low")


def test_praise_brushed_aside_then_taken_in_when_said_again():
    """walk43b a1: "Oh stop. It was on my way anyway." / "No, I mean it. …" / "Okay. Thank you, that means a lot."; the
    thanks is the receipt, not an appreciation of its own waiting to be received."""
    got = replies(OPENING, ("S2", "You go.", 0.6),
                  ("S1", "I really appreciated you picking Nico up from football on Tuesday when I got stuck at work.", 0.7),
                  ("S2", "Oh stop. It was on my way anyway.", 0.9),
                  ("S1", "No, I mean it. I was panicking in the car park and you just sorted it.", 0.6),
                  ("S2", "Okay. Thank you, that means a lot.", 1.1))
    assert [(r["speaker"], r["outcome"]) for r in got] == [("S1", "deflected")]
    assert got[0]["reply"]["quote"] == "Oh stop. It was on my way anyway."
    assert got[0]["then_accepted"]["quote"] == "Okay. Thank you, that means a lot."


def test_no_reply_within_ten_seconds_is_unclear_and_says_no_reply():
    got = replies(OPENING, ("S2", "You go.", 0.6), ("S1", PRAISE, 0.7), ("S2", "Shall we have tea?", 12.0))
    assert got[0]["outcome"] == "unclear" and got[0]["reply"] is None


def test_thanks_in_reply_is_no_appreciation_waiting_to_be_received():
    got = replies(("S1", "I appreciate that you finally rang the plumber.", 0.0), ("S2", "Thank you.", 0.6),
                  ("S1", "Anyway, what's for dinner?", 0.7))
    assert [(r["speaker"], r["outcome"]) for r in got] == [("S1", "accepted")]


def test_after_safety_language_no_reply_is_read_as_taking_praise_in():
    """After self-harm language (walk43b b2), thanks for telling is not praise whose reply is read as taken in or not."""
    got = replies(("S1", "Sometimes I think you'd all be better off without me.", 0.0),
                  ("S2", "Thank you for telling me. I'm really glad you told me.", 1.0), ("S1", "Thanks.", 0.8))
    assert got and all(r["outcome"] == "unclear" and r["not_read_because"] for r in got)
