"""Sentences that only look like control to the meaning reader (meaning.py): they name no rule given to anyone.

The safety examples teach the reader what money, phones and friends sound like in control; a plain sentence about the
same things reads like it ("It's the deposit on Dave's tinny." as financial control, 0.79). These shapes say the
sentence gives no one a rule: a thing described naming no one, and the speaker asking leave or wishing for their own
outing; the speaker's own things with no "you" is the one controlled speaking.
"""

from __future__ import annotations

from .context import THIRD_PERSON
from .sentence_terms import FIRST_PERSON, SECOND_PERSON, THIRD_SINGULAR, YOU

SELF = frozenset({"my", "mine", "myself"})
WE = frozenset({"we", "us", "our", "ours", "we're", "we'll", "we've", "wife", "husband"})
# How asking leave or wishing for one's own outing opens, and the outings (asking_for_oneself).
ASKING = (("can", "i"), ("could", "i"), ("am", "i", "allowed", "to"), ("i'd", "like", "to"), ("i'd", "love", "to"),
          ("i", "want", "to"), ("i", "wanna"))
OUTINGS = frozenset({"go", "see", "visit", "ask", "meet", "join", "pop", "head", "come", "stay", "spend"})
# How a sentence that describes a thing opens, and the words that make it a rule after all (thing_described).
DESCRIBING = (("it's",), ("its",), ("that's",), ("thats",), ("it", "is"), ("that", "is"), ("this", "is"), ("it", "was"),
              ("that", "was"))
RULE_WORDS = frozenset({"stays", "stay", "must", "anymore", "now", "until", "unless", "allowed", "only"})


def thing_described(s) -> bool:
    """'It's the deposit on Dave's tinny.', 'That's the gym membership.': a sentence that opens by saying what a thing is
    and names no person by pronoun (not the speaker, the partner, the two of them or a third person) nor a rule ("It
    stays in the drawer from now on", "That's the only card you get": RULE_WORDS)."""
    people = FIRST_PERSON | SELF | YOU | THIRD_PERSON | THIRD_SINGULAR | WE
    return (any(tuple(s.toks[: len(d)]) == d for d in DESCRIBING) and not people & set(s.toks)
            and not RULE_WORDS & set(s.toks))


def asking_for_oneself(s) -> bool:
    """'Can I go to Friday prayers with my cousins?', 'Can I ask why I wasn't invited?', 'I'd like to see my sister': the
    speaker asks leave for, or wishes for, their own outing, naming no "you": the one a rule would be given to, not the
    one giving it ("Can I have the bank card back. Right now." is no outing)."""
    return any(tuple(s.toks[k : k + len(f)]) == f and s.toks[k + len(f) : k + len(f) + 1] and s.toks[k + len(f)] in OUTINGS
               for f in ASKING for k in range(3)) and not YOU & set(s.toks)


def own_situation(s) -> bool:
    """'It's my salary, I need to feel safe with my own money': the speaker's own things with
    no "you" in the sentence is the one controlled speaking, never the controller giving a rule
    (the flag stays: control described is still control; safety.py reads the other partner as
    the one controlling)."""
    return bool(SELF & set(s.toks)) and not any(t in SECOND_PERSON for t in s.toks)


# The two of them as the ones who did it, told in the past ("we have already spent far more than we planned"; not a
# routine set: "Tuesday is the day we write the shopping list").
DONE = frozenset({"have", "had", "spent", "went", "paid", "bought", "did", "got", "made", "took", "lost", "owed", "used"})


def what_we_did(s) -> bool:
    """'I looked at the bank account this morning, and we have already spent far more than we planned.': what the couple
    did told, naming no "you" and no rule word, is their situation, not a rule one gives the other."""
    toks = s.toks
    told = any(t == "we've" or t == "we" and k + 1 < len(toks) and (toks[k + 1] in DONE or toks[k + 1].endswith("ed"))
               for k, t in enumerate(toks))
    return told and not set(toks) & (YOU | SECOND_PERSON) and not set(toks) & RULE_WORDS


# What makes a question about the partner's manner blaming after all ("Why do you make me do this?")
BLAME_WORDS = frozenset({"made", "make", "makes", "making", "fault", "because", "deserve", "deserved"})


def protest_of_manner(s) -> bool:
    """'Why are you talking to me like that?', 'Why would you say that to me?': the protest of someone just spoken to
    harshly, asked of the partner, is no blaming of them for one's own acts (coercive blaming: "you made me do it",
    "it's your fault I lost it")."""
    from .words import is_question

    return (bool(s.words) and is_question(s.words[-1]["word"]) and bool(set(s.toks[:2]) & {"why", "how"})
            and bool(set(s.toks) & YOU) and not set(s.toks) & BLAME_WORDS)



# How a complaint about the partner's manner opens ("You are way too strict with him.", "You're so hard on her.")
YOU_ARE = (("you", "are"), ("you're",), ("youre",), ("you've", "been"), ("you", "have", "been"), ("you're", "being"))
DEGREE = frozenset({"too", "so", "way", "really", "very", "being", "a", "bit", "far", "much", "always", "never"})
TOWARD = frozenset({"with", "on", "to", "about", "around"})
THIRD_OBJECT = frozenset({"him", "her", "them", "the", "kids", "children", "kid", "son", "daughter"})
LEADING = frozenset({"honestly", "but", "and", "well", "look", "seriously", "so", "i", "mean", "just", "frankly", "like"})
WH = frozenset({"where", "who", "what", "when", "whom", "how"})
THIRD_SUBJECT = frozenset({"he", "she", "they", "he's", "she's", "they're", "he'll", "she'll", "hes", "shes"})


def manner_with_another(s) -> bool:
    """'You are way too strict with him.', 'You're so soft on the kids.': the partner's manner toward someone else (a
    child, most often) complained of, no rule keeping the partner from anyone: no isolation (it may be criticism)."""
    toks = list(s.toks)
    while toks and toks[0] in LEADING:  # "Honestly, you are way too strict with him."
        toks = toks[1:]
    opens = next((len(o) for o in YOU_ARE if tuple(toks[: len(o)]) == o), 0)
    if not opens or opens >= len(toks) or toks[opens] not in DEGREE:
        return False
    return any(t in TOWARD and toks[k + 1 : k + 2] and toks[k + 1] in THIRD_OBJECT for k, t in enumerate(toks[opens:], opens))


def watching_another(s) -> bool:
    """'I just want to know where he is.', 'I need to know who she is going out with.': someone else's whereabouts
    asked after (a child's, most often), not the partner's: a reading as monitoring is only to listen to. Not "…where
    you are", nor "He wants to know where I am" (the one watched telling it)."""
    toks = s.toks
    return (any(t in WH and toks[k + 1 : k + 2] and toks[k + 1] in THIRD_SUBJECT for k, t in enumerate(toks))
            and not any(t in WH and toks[k + 1 : k + 2] and toks[k + 1] in YOU | FIRST_PERSON
                        for k, t in enumerate(toks)))


def safety_needed(toks) -> bool:
    """'I just need to feel safe with my own money', 'I want to feel secure': a need to feel safe, said as a need (an
    attachment need, or fear of what the partner does), is not the speaker's despair; not when negated, of oneself or
    safe from something ("I don't need to feel safe…", "I just need to feel safe from myself", "…from my own thoughts")."""
    k = next((k for k in range(len(toks)) if toks[k : k + 3] in (["to", "feel", "safe"], ["to", "feel", "secure"])), None)
    return k is not None and toks[k + 3 : k + 4] != ["from"] and not set(toks) & {"myself", "not", "don't", "can't", "never"}
