"""Silencing the partner about therapy: what may not be said in the sessions (DOMAIN.md §6).

A threat about therapy is seldom said in the words of a list. What a clinician hears is the shape:
the sessions named ("the counsellor", "Dr Patel", "in there", "that room"), something about telling
or coming up ("mention", "say one word", "if this comes up"), and either an order not to ("don't
you dare bring up…", "not one word on Tuesday") or a price for it ("…and you can find your own
way home", "…I'll stop paying for it", "…I'm done"). Also: "none of her business", and the partner
told what to say ("you tell her everything's fine").

Ordinary talk about therapy has the telling without the order or the price ("if you tell her how
you feel, she can help", "why don't you mention the job?", "don't forget to tell her about the
holiday"), and is not read. The prices and the scripts are editable phrases in
resources/lexicons/<language>/therapy_prices.txt and therapy_scripts.txt; the rest is read here. One pure function over one sentence, as in structure.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase

if TYPE_CHECKING:  # the Reader passes itself; no import cycle at run time
    from .context import Reader, Sentence

NAMED = frozenset({"therapist", "therapists", "therapist's", "therapy", "counsellor", "counselor", "counsellor's",
                   "counselor's", "counselling", "counseling", "session", "sessions", "session's", "shrink",
                   "psychologist", "psychologist's", "counselling's", "counseling's", "therapy's"})
# the sessions named by place: "in there", "that room", "marriage guidance"
NAMED_PAIRS = frozenset({("in", "there"), ("that", "room"), ("this", "room"), ("marriage", "guidance")})
TELLING = frozenset({"tell", "telling", "say", "saying", "mention", "mentioning", "bring", "bringing", "breathe",
                     "talk", "talking", "repeat", "raise", "discuss", "open", "whisper", "word", "words", "spill",
                     "blab", "blabbing", "crying", "cry", "running", "run", "complain", "complaining", "moan",
                     "moaning", "comes", "come", "came", "hears", "hear", "finds", "knows", "drag", "dragging",
                     "share", "sharing", "grass", "squeal", "peep", "says", "mentions", "slag"})
# "don't …", "never …", "you'd better not …", "don't you dare …", "not one word"
ORDERS_NOT = frozenset({"don't", "dont", "never", "not", "no"})
# the words that may stand between the order and the telling ("don't you dare go and tell")
BETWEEN = frozenset({"you", "dare", "go", "and", "even", "ever", "be", "so", "much", "as", "start", "get", "one",
                     "a", "single", "think", "about", "of", "you'd", "better", "just", "again", "ya", "y'all"})
# who says "don't" of themselves or asks why: no order ("I don't tell her everything", "why don't you…")
NOT_ORDERED_BY = frozenset({"i", "we", "they", "he", "she", "you", "it", "why", "if", "that", "who", "what", "people",
                            "i'd", "we'd", "i'll", "we'll", "do", "does", "did"})
CONDITIONS = frozenset({"if", "unless", "and", "or", "once", "when", "whenever"})
# "…over the minute you mention…", "…the moment you…", "…as soon as you…"
WHEN_YOU = frozenset({"minute", "moment", "second", "soon", "if", "when", "once", "day"})
REACH = 4


def _phrase(toks, a, b, text) -> Phrase:
    return Phrase(text, tuple(toks[a : b + 1]))


def _named(toks) -> bool:
    return any(t in NAMED for t in toks) or any(p in NAMED_PAIRS for p in zip(toks, toks[1:]))


def silenced_about_therapy(r: "Reader", s: "Sentence") -> list[tuple]:
    toks = s.toks
    named = _named(toks)
    kind = "safety_therapy_threat" if named else "safety_threat"
    for a, b, _ in r.lex.find(toks, {0}, {len(toks) - 1}, "therapy_prices"):
        # a price for telling, said of the sessions or of anyone: a condition and the telling before it ("if this
        # comes up in therapy, I'm done", "mention the pokies to her and I'll walk out"), or after it ("counselling's
        # over the minute you mention the texts")
        said = next((k for k in range(a) if toks[k] in TELLING), None)
        if said is not None and any(x in CONDITIONS for x in toks[:a]):
            return [(said, b, kind, _phrase(toks, said, b, "a price for telling"))]
        later = next((k for k in range(b + 1, min(len(toks), b + 1 + 2 * REACH)) if toks[k] in TELLING), None)
        if later is not None and any(x in WHEN_YOU for x in toks[b + 1 : later]) and "you" in toks[b + 1 : later]:
            return [(a, later, kind, _phrase(toks, a, later, "a price for telling"))]
    if not named:
        return []
    script = r.lex.find(toks, {0}, {len(toks) - 1}, "therapy_scripts")
    if script:  # "none of her business", "you tell her everything's fine", "let me do the talking"
        a, b, _ = script[0]
        return [(a, b, kind, _phrase(toks, a, b, "what may be said in therapy dictated"))]
    for k, t in enumerate(toks):
        if t not in TELLING:
            continue
        back = toks[max(0, k - REACH) : k]
        # an order not to tell: the negation, only order words between, and nobody saying it of themselves
        for j in range(len(back) - 1, -1, -1):
            w = back[j]
            if w in ORDERS_NOT or w.endswith("n't") and w in ("don't", "dont"):
                at = k - len(back) + j
                if (at == 0 or toks[at - 1] not in NOT_ORDERED_BY) and all(x in BETWEEN for x in back[j + 1 :]):
                    if w in ("not", "no") and not (at and toks[at - 1] in ("better", "you'd", "youd")) \
                            and "word" not in back[j + 1 :] + [t]:
                        break  # "not" alone is no order; "you'd better not", "not one word" are
                    return [(at, k, "safety_therapy_threat", _phrase(toks, at, k, "an order not to tell in therapy"))]
                break
            if w not in BETWEEN:
                break
    return []
