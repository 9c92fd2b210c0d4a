"""Round 54: coercive control, threats and fear said in passing (resources/lexicons/en/safety_*.txt). A probe written
blind (benchmarks/clinical/sentences/round54_coercion.tsv) had 57 of 120 such statements missed. New sentences, none
from a split or the probe; all but the "if I were you" warning fail on round 53's lists."""

from __future__ import annotations

import pytest

from .timeline import run_lines

BEFORE = ("S1", 0.0, "I just want to talk about how this week went, that's all.")
AFTER = ("S1", 0.8, "Okay. Let's get the tea on.")


def _flags(line):
    a = run_lines(BEFORE, ("S2", 0.8, line), AFTER)
    return {f["category"] for f in a["safety_flags"] if f["speaker"] == "S2" and f["category"] != "appeasement"}


@pytest.mark.parametrize("line, kind", [
    ("You wind and wind me till I snap, then you sulk about it.", "blaming"),
    ("Go on, tell me, have I ever laid a finger on you in ten years?", "blaming"),
    ("You're the only one who gets this side of me, ask yourself why.", "blaming"),
    ("I'll know if you went to his, so don't bother lying.", "monitoring"),
    ("Leave your camera on when you're at the hotel, yeah?", "monitoring"),
    ("Funny, your Strava had you at the pub at six.", "monitoring"),
    ("I told your boss you won't be taking the promotion.", "financial_control"),
    ("I'll decide when we need a second car, not you.", "financial_control"),
    ("Maybe give the book club a miss for a bit, love.", "isolation"),
    ("I'm not having you away at your sister's for a week.", "isolation"),
    ("Your mum's not to come round without ringing me first.", "isolation"),
    ("Would be a shame if someone told your mum about the loan.", "threat"),
    ("I'd think very carefully if I were you, before you finish that sentence.", "threat"),
    ("Who's going to believe you, with your history?", "threat"),
    ("The therapist doesn't need to know about any of that.", "therapy_threat"),
    ("I didn't want to start anything, so I paid it myself.", "fear"),
])
def test_control_said_in_passing_is_flagged(line, kind):
    assert kind in _flags(line)


@pytest.mark.parametrize("line", [
    "I feel left out when you make weekend plans without checking with me first.",
    "And I always find out the ending before you do, you're so slow with books.",
    "It'd be awful if something happened to you on that bike, please wear the helmet.",
    "I'd take a coat if I were you, it's freezing out.",
    "That show's a terrible influence on the kids, can we turn it off?",
    "Let's give the pub a miss tonight and get a takeaway.",
])
def test_look_alikes_raise_no_safety_flag(line):
    assert not _flags(line)
