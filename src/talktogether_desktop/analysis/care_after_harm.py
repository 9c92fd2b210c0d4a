"""Care said to the partner just after their self-harm language is care, not a fear response (safety.reread_after_threats)."""

from __future__ import annotations

from typing import Mapping, Sequence

from .words import token

CARE_AFTER_HARM_S = 20.0
CARE_WORDS = frozenset({"telling", "ring", "call", "calling", "ringing", "phone", "doctor", "gp", "help", "helpline", "crisis",
                        "samaritans", "safe", "hospital", "counsellor", "therapist"})
GIVING_IN = frozenset({"stay", "staying", "won't", "sorry", "forget", "promise", "anything", "whatever"})


def answers_harm(m: Mapping, flags: Sequence[dict]) -> bool:
    """Care said just after the partner's self-harm language ("Thank you for telling me. I'm going to ring your brother
    tonight."): not a fear response, even in a threat's stretch; giving in to self-harm used as pressure ("Okay, okay,
    I'll stay. I'm sorry.") still is."""
    said = {token(w) for w in str(m.get("quote", "")).split()}
    return bool(said & CARE_WORDS) and not said & GIVING_IN and any(
        f["category"] == "self_harm" and f["speaker"] != m["speaker"] and 0 <= m["t"] - f["end"] <= CARE_AFTER_HARM_S for f in flags)
