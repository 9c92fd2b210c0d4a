"""Round 54: news taken in is no defence. "I didn't know you were doing that. That sounds lonely." was read as
defensiveness by meaning (6 of 7 such findings wrong on the unseen splits); a protest ("How was I supposed to know?",
"…you never told me") keeps it. New sentences, none from a split or a probe."""

from __future__ import annotations

import pytest

from .timeline import run_lines

OPENING = ("S1", 0.0, "You never notice anything. I've been eating lunch in the car every day since the new manager started.")
AFTER = ("S1", 0.8, "Thanks. Yeah.")


def _defences(line):
    a = run_lines(OPENING, ("S2", 0.8, line), AFTER)
    return [m for m in a["markers"] if m["category"] == "defensiveness" and m["speaker"] == "S2"]


@pytest.mark.parametrize("line", [
    "Oh. I didn't know it had got that bad. That sounds awful, love.",
    "I didn't know you were eating in the car. That sounds lonely.",
    "Okay. I didn't know that was behind it. I thought you were cross with me.",
    "I had no idea it was every day. I thought it was now and then.",
])
def test_news_taken_in_is_no_defence(line):
    assert not _defences(line)


@pytest.mark.parametrize("line", [
    "I didn't know! How was I supposed to know if you never told me?",
    "I didn't know, okay? Nobody told me anything about it.",
])
def test_news_protested_stays_a_defence(line):
    assert _defences(line)
