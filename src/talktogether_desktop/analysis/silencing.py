"""Silencing the partner about therapy: what may not be said in the sessions (DOMAIN.md §6).

A threat about therapy is seldom said in the words of a list. What a clinician hears is the shape:
the sessions named ("the counsellor", "Dr Patel", "in there", "that room"), something about telling
or coming up ("mention", "say one word", "if this comes up"), and either an order not to ("don't
you dare bring up…", "not one word on Tuesday") or a price for it ("…and you can find your own
way home", "…I'll stop paying for it", "…I'm done"). Also: "none of her business", and the partner
told what to say ("you tell her everything's fine").

Ordinary talk about therapy has the telling without the order or the price ("if you tell her how
you feel, she can help", "why don't you mention the job?", "don't forget to tell her about the
holiday"), and is not read. The prices are editable phrases in resources/lexicons/<language>/telling_prices.txt (a price for
telling anyone: "…you'll regret it", "…you can find your own way home") and therapy_prices.txt
(read only with the sessions named: "…I'm done", "…I'll stop paying"), the scripts in
therapy_scripts.txt; the rest is read here. One pure function over one sentence, as in structure.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase
from .sentence_terms import LAUGHTER

if TYPE_CHECKING:  # the Reader passes itself; no import cycle at run time
    from .context import Reader, Sentence

NAMED = frozenset({"therapist", "therapists", "therapist's", "therapy", "counsellor", "counselor", "counsellor's",
                   "counselor's", "counselling", "counseling", "shrink", "psychologist", "psychologist's",
                   "counselling's", "counseling's", "therapy's", "mid-session"})
# "session" only as the couple's own ("our session", "next session": not "the jam session"); and, for an order not
# to tell, the sessions named by place ("in there", "that room")
SESSION = frozenset({"session", "sessions", "session's"})
OURS = frozenset({"our", "next", "that", "this", "each", "tomorrow's", "thursday's", "wednesday's", "monday's", "tuesday's",
                  "friday's"})
# sessions of another kind: "don't mention the match at our session with the personal trainer"
OTHER_SESSIONS = frozenset({"gym", "coach", "trainer", "training", "club", "practice", "jam", "study", "band", "match",
                            "score", "team", "physio", "yoga", "piano", "lesson", "tutor", "adviser", "advisor",
                            "mortgage", "planning", "shop"})
# a price said laughing ("…see where that gets you, ha ha") is a joke to listen to, not a threat to flag
JOKING = LAUGHTER | {"kidding", "joking", "jk"}
PLACES = frozenset({("in", "there"), ("that", "room"), ("this", "room"), ("that", "office"), ("marriage", "guidance"),
                    ("her", "office"), ("his", "office")})
# words of telling; "running", "crying", "go" only with "to" after ("running to that therapist"), "comes" with "up"
TELLING = frozenset({"tell", "telling", "say", "saying", "mention", "mentioning", "bring", "bringing", "breathe",
                     "talk", "talking", "repeat", "raise", "discuss", "whisper", "word", "words", "spill", "blab",
                     "blabbing", "complain", "complaining", "moan", "moaning", "drag", "dragging", "grass", "squeal",
                     "says", "mentions"})
TELLING_WITH = {"running": "to", "run": "to", "crying": "to", "cry": "to", "go": "to", "comes": "up", "come": "up",
                "came": "up"}
# "don't …", "never …", "you'd better not …", "don't you dare …", "not one word", "do not …", "you won't …"
ORDERS_NOT = frozenset({"don't", "dont", "never", "not", "won't"})
# the words that may stand between the order and the telling ("don't you dare go and tell")
BETWEEN = frozenset({"you", "dare", "go", "and", "even", "ever", "be", "so", "much", "as", "start", "get", "one",
                     "a", "single", "think", "about", "of", "you'd", "better", "again", "ya", "y'all"})
# who says "don't" of themselves or asks why: no order ("I don't tell her everything", "why don't you…")
NOT_ORDERED_BY = frozenset({"i", "we", "they", "he", "she", "you", "it", "why", "if", "that", "who", "what", "people",
                            "i'd", "we'd", "i'll", "we'll", "does", "did"})
# telling someone off is no telling in therapy: "don't talk to me like that"
NOT_TOLD = frozenset({"me", "back", "like", "over", "never"})
# a condition before the telling: "if you…", "unless…", "you grass me up to the counsellor and…"
CONDITIONS = frozenset({"if", "unless"})
# "…over the minute you mention…", "…the moment you…", "…as soon as you…"
WHEN_YOU = frozenset({"minute", "moment", "second", "soon", "if", "once", "day"})
REACH = 4
# the partner told what they will say: "you say…", "you'll tell her…", "that's what you're telling her", "doesn't need
# to know" (and a bare "tell her…" / "just say…" opening a clause)
SCRIPTED = frozenset({("you", "say"), ("you", "tell"), ("you'll", "say"), ("you'll", "tell"), ("you're", "telling"),
                      ("you're", "saying"), ("just", "tell"), ("just", "say")})
# what may open an order to tell ("just mention…", "go on, tell…", "you grass me up…"): not "I'll tell you and…"
ORDER_OPENERS = frozenset({"you", "just", "go", "on", "try", "and", "so", "then", "ever", "dare"})
# what may follow one of the milder prices in its clause ("…and I'm done, full stop", "…I'll walk out mid-session")
CLOSERS = frozenset({"and", "or", "but", "mate", "love", "babe", "full", "end", "simple", "right", "okay", "ok", "yeah",
                     "understood", "got", "mid-session", "forever", "then", "i", "you", "we", "so", "do", "are", "is",
                     "that's", "too", "i'm", "i'll", "i've", "no", "for", "finished", "over"})
NOT_NEEDED = (("doesn't", "need", "to", "know"), ("don't", "need", "to", "know"), ("does", "not", "need", "to", "know"))


def _phrase(toks, a, b, text) -> Phrase:
    return Phrase(text, tuple(toks[a : b + 1]))


def _named(toks) -> bool:
    if any(t in OTHER_SESSIONS for t in toks):
        return any(t in NAMED - {"mid-session"} for t in toks)
    return any(t in NAMED for t in toks) or any(b in SESSION and a in OURS for a, b in zip(toks, toks[1:]))


def _placed(toks) -> bool:
    return any(p in PLACES for p in zip(toks, toks[1:]))


def _when_you(toks) -> bool:  # "the minute you mention…", "the moment you…"
    return any(t in WHEN_YOU and toks[k + 1 : k + 2] == ["you"] for k, t in enumerate(toks))


def _telling(toks, k) -> bool:
    t = toks[k]
    return t in TELLING or (t in TELLING_WITH and toks[k + 1 : k + 2] == [TELLING_WITH[t]])


def _price(r, toks, category, kind, closing=False):
    for a, b, _ in r.lex.find(toks, {0}, {len(toks) - 1}, category):
        after = toks[b + 1 :]
        # "…I'm done hiding it", "…I'll walk out proud of us both": a promise; "see what happens, she'll cry with joy";
        # "you'll pay for the next round"
        if after[:1] and (after[0].endswith("ing") or after[0] == "with" or after[0] == "for" and toks[b] == "pay") \
                or r._valence(toks) > 0 or any(t in JOKING for t in toks):
            continue
        # the telling before the price: under "if"/"unless"/"the minute you" ("if this comes up in therapy, I'm done"),
        # or as an order to the partner ("mention the pokies to her and I'll walk out", "you grass me up to … and …")
        said = next((k for k in range(a) if _telling(toks, k)), None)
        if said is None:
            later = next((k for k in range(b + 1, min(len(toks), b + 1 + 2 * REACH)) if _telling(toks, k)), None)
            # or after it: "counselling's over the minute you mention the texts"
            if later is not None and any(x in WHEN_YOU for x in toks[b + 1 : later]) and "you" in toks[b + 1 : later]:
                return [(a, later, kind, _phrase(toks, a, later, "a price for telling"))]
            continue
        if closing and after[:1] and after[0] not in CLOSERS:
            continue  # the milder prices close their clause: "…I'm leaving work early to be there with you" is a plan
        ordered = (said == 0 or toks[said - 1] in ORDER_OPENERS) and any(x in ("and", "or") for x in toks[said + 1 : a])
        if any(x in CONDITIONS for x in toks[:said]) or _when_you(toks[:said]) or ordered:
            return [(said, b, kind, _phrase(toks, said, b, "a price for telling"))]
    return []


def silenced_about_therapy(r: "Reader", s: "Sentence") -> list[tuple]:
    toks = s.toks
    named, placed = _named(toks) or bool(set(toks) & r.therapist), _placed(toks)  # (r.therapist: "tell Sharon", therapist.py)
    kind = "safety_therapy_threat" if named or placed else "safety_threat"
    found = _price(r, toks, "telling_prices", kind)
    if found or not (named or placed):
        return found
    # the sessions named: the milder prices ("…in there and I'm done"), what must be said there, an order not to tell
    found = _price(r, toks, "therapy_prices", kind, closing=True) or _told_what_to_say(r, toks, kind)
    if found or not named:
        return found
    script = r.lex.find(toks, {0}, {len(toks) - 1}, "therapy_scripts")
    if script:  # "none of her business", "you tell her everything's fine", "let me do the talking"
        a, b, _ = script[0]
        return [(a, b, kind, _phrase(toks, a, b, "what may be said in therapy dictated"))]
    return _order_not_to_tell(toks)


def _told_what_to_say(r, toks, kind) -> list[tuple]:
    """"She asks how things are in there, you say lovely, end of story": what the partner is to say in the sessions,
    closed by an order at the sentence's end ("got it?", "end of story", "are we clear?": order_tags.txt); "your
    therapist doesn't need to know…, are we clear?"."""
    tags = [t for t in r.lex.find(toks, {0}, {len(toks) - 1}, "order_tags") if t[1] >= len(toks) - 2]
    if not tags:
        return []
    for k in range(tags[-1][0]):
        if (toks[k], toks[k + 1]) in SCRIPTED or any(tuple(toks[k : k + len(n)]) == n for n in NOT_NEEDED):
            return [(k, tags[-1][1], kind, _phrase(toks, k, tags[-1][1], "what to say, ordered"))]
    return []


def _order_not_to_tell(toks) -> list[tuple]:
    for k in range(len(toks)):
        if not _telling(toks, k) or toks[k + 1 : k + 2] and toks[k + 1] in NOT_TOLD or toks[k + 1 : k + 3] == ["to", "me"]:
            continue
        if "promise" in toks or ("want", "to") in zip(toks[k:], toks[k + 1 :]):
            return []  # "you won't say anything in therapy you don't want to, I promise"
        back = toks[max(0, k - REACH) : k]
        for j in range(len(back) - 1, -1, -1):
            w = back[j]
            if w not in ORDERS_NOT:
                if w not in BETWEEN:
                    break
                continue
            at = k - len(back) + j
            before = toks[at - 1] if at else ""
            if w == "not" and before == "do":  # "do not mention the drinking in therapy"
                at, before = at - 1, toks[at - 2] if at > 1 else ""
            elif w == "not" and not (before in ("better", "you'd", "youd") or "word" in back[j + 1 :] + [toks[k]]):
                break  # "not" alone is no order; "you'd better not", "not one word" are
            if w == "won't" and before != "you":
                break  # "you won't say a word about this in therapy"; "I won't mention it"
            if w == "won't" or before not in NOT_ORDERED_BY:
                return [(at, k, "safety_therapy_threat", _phrase(toks, at, k, "an order not to tell in therapy"))]
            break
    return []
