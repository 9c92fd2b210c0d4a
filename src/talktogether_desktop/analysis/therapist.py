"""The therapist's name, learnt from the conversation itself (DOMAIN.md §6: threats about therapy).

Couples speak of their therapist by first name far more often than as "the therapist": "I reckon we need to tell Sharon
on Thursday. That's what the sessions are for." … "We don't need Sharon in our business." (walk49b). A name said in a
turn that also names the sessions, as someone told, seen or gone to ("tell Sharon", "see Helen on Tuesday", "at
Deirdre's"), is the therapist's; later (and earlier) sentences that name them name the sessions, for the rules that
read a threat about therapy (silencing.py, context.py). A partner's name said to them ("…this debt, Brett.") is not
one: it follows no such word."""

from __future__ import annotations

from typing import Sequence

from .words import token

SESSIONS = frozenset({"therapist", "therapy", "counsellor", "counselor", "counselling", "counseling", "session", "sessions",
                      "appointment", "couples"})
# the words before a name that make it someone told, seen or gone to
TOLD_SEEN = frozenset({"tell", "telling", "told", "see", "seeing", "saw", "ask", "asked", "with", "to", "at"})
NOT_NAMES = frozenset({"i", "i'm", "i'll", "i've", "i'd", "god", "mum", "mom", "dad", "monday", "tuesday", "wednesday",
                       "thursday", "friday", "saturday", "sunday", "christmas", "easter"})


def therapist_names(words: Sequence[dict]) -> frozenset[str]:
    """Lower-case names (and their "'s" forms) of whoever the couple tell or see where a turn names the sessions."""
    names: set[str] = set()
    turn: list[dict] = []
    for w in list(words) + [{"speaker": object(), "word": ""}]:
        if turn and w.get("speaker") != turn[0].get("speaker"):
            toks = [token(x["word"]) for x in turn]
            if set(toks) & SESSIONS:
                for k in range(1, len(turn)):
                    raw = turn[k]["word"].strip().strip(".,!?;:\"'")
                    name = token(raw)
                    if raw[:1].isupper() and toks[k - 1] in TOLD_SEEN and name and name not in NOT_NAMES:
                        base = name[:-2] if name.endswith("'s") else name
                        names |= {base, base + "'s"}
            turn = []
        turn.append(w)
    return frozenset(names)
