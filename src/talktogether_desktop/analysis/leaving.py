"""Walking out with no time to come back: a withdrawal sign (stonewalling by leaving), not a time-out.

A break asked for with a time ("Twenty minutes out on the porch, and I'll come back in at half past.") is a repair
(repair.txt, agreed_break.py); "I'll be back later. I can't do this now." said to a partner who has just asked
something of the speaker (walk50b: "Emeka, please. Please don't walk away from me again.") names no time and refuses
the talk: the withdrawer leaving, the pursue–withdraw cycle's last move.
"""

from __future__ import annotations

from typing import Sequence

from .turns import Turn
from .withdrawal import _asks, _replies, _reply_sign, _sentences

# Sentences that announce leaving or a return at no named time (their tokens, from the sentence's start).
LEAVING = (("i'll", "be", "back"), ("i", "will", "be", "back"), ("i'm", "going", "out"), ("i", "am", "going", "out"),
           ("i'm", "off"), ("i'm", "leaving"), ("i", "am", "leaving"), ("i'm", "heading", "out"))
# ... and what refuses the talk beside it, in the same turn ("I can't do this now.", "Not now.")
REFUSING = (("i", "can't", "do", "this"), ("i", "cannot", "do", "this"), ("i", "can't", "do", "it"), ("not", "now"),
            ("i", "can't", "talk"), ("i", "cannot", "talk"), ("i'm", "not", "doing", "this"))
# A time named makes it a break with a return (a time-out), not a walk-out.
NAMED_TIME = frozenset({"minute", "minutes", "min", "mins", "hour", "hours", "half", "o'clock", "tonight", "tomorrow",
                        "morning", "afternoon", "evening", "dinner", "tea", "bedtime", "five", "ten", "fifteen", "twenty",
                        "thirty", "forty", "sixty", "soon", "bit", "second", "sec", "secs", "moment", "when", "after"})
REPLY_WORDS = 16


def walked_out_untimed(turns: Sequence[Turn], words: Sequence[dict], markers: Sequence[dict]) -> list[dict]:
    """A short reply to a partner who asked something that says the speaker is leaving with no time to come back and
    refuses the talk: a stonewalling sign for the reply (unless one is already on it)."""
    out = []
    for prev, nxt, reply, toks in _replies(turns, words):
        if not toks or len(toks) > REPLY_WORDS or set(toks) & NAMED_TIME or any(t.isdigit() for t in toks):
            continue
        said = _sentences(reply)
        leaves = any(tuple(s[:len(p)]) == p for s in said for p in LEAVING)
        refuses = any(tuple(s[k:k + len(p)]) == p for s in said for p in REFUSING for k in range(len(s)))
        if not (leaves and refuses) or not _asks(prev, words, markers):
            continue
        if any(m["speaker"] == nxt.speaker and nxt.start <= m["t"] <= nxt.end and m["category"] == "stonewalling"
               for m in markers):
            continue
        out.append(_reply_sign(nxt, reply, "leaving with no time to come back", "lexicon",
                               "leaving the talk with no time named to come back: withdrawal, not a time-out",
                               _strength="medium"))
    return out
