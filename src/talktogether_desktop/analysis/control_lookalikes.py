"""Sentences that only look like control to the meaning reader (meaning.py): they name no rule given to anyone.

The safety examples teach the reader what money, phones and friends sound like in control; a plain sentence about the
same things reads like it ("It's the deposit on Dave's tinny." as financial control, 0.79). These shapes say the
sentence gives no one a rule: a thing described naming no one, and the speaker asking leave or wishing for their own
outing; the speaker's own things with no "you" is the one controlled speaking.
"""

from __future__ import annotations

from .context import THIRD_PERSON
from .sentence_terms import FIRST_PERSON, SECOND_PERSON, YOU

SELF = frozenset({"my", "mine", "myself"})
WE = frozenset({"we", "us", "our", "ours", "we're", "we'll", "we've", "wife", "husband"})
# How asking leave or wishing for one's own outing opens (asking_for_oneself).
ASKING = (("can", "i"), ("could", "i"), ("am", "i", "allowed"), ("i'd", "like", "to"), ("i'd", "love", "to"),
          ("i", "want", "to", "go"), ("i", "want", "to", "see"), ("i", "wanna", "go"), ("i", "wanna", "see"))
# How a sentence that describes a thing opens (thing_described).
DESCRIBING = frozenset({"it's", "its", "it", "that's", "thats", "this", "that"})


def thing_described(s) -> bool:
    """'It's the deposit on Dave's tinny.', 'That's the gym membership.': a sentence opening on a thing
    and naming no one (not the speaker, the partner, the two of them or a third person)."""
    people = FIRST_PERSON | SELF | YOU | THIRD_PERSON | WE
    return s.toks[0] in DESCRIBING and not people & set(s.toks)


def asking_for_oneself(s) -> bool:
    """'Can I go to Friday prayers with my cousins?', 'I'd like to see my sister this weekend': the speaker asks leave
    or wishes for their own outing, naming no "you": the one a rule would be given to, not the one giving it."""
    return any(s.toks[k : k + len(f)] == list(f) for f in ASKING for k in range(3)) and not YOU & set(s.toks)


def own_situation(s) -> bool:
    """'It's my salary, I need to feel safe with my own money': the speaker's own things with
    no "you" in the sentence is the one controlled speaking, never the controller giving a rule
    (the flag stays: control described is still control; safety.py reads the other partner as
    the one controlling)."""
    return any(t in ("my", "mine", "myself") for t in s.toks) and not any(t in SECOND_PERSON for t in s.toks)
