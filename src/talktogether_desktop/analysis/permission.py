"""Leave asked and the decision kept (DOMAIN.md §6): coercive control told in the shape of an exchange.

"Can I keep the spare key in my bag, just for work days?" / "We'll see. Ask me on Sunday." Neither sentence alone is
control: one partner asks leave for a thing of their own life (keys, the car, money, a phone, going out, seeing
family or friends, work) and the other keeps the decision with no reason given ("We'll see.", "Depends how you
behave.", "I'll think about it."). Heard as coercive control by the one who keeps the decision where they were heard
threatening or controlling, or the asker afraid of them, within two minutes; otherwise only to listen to ("Can I go to
the gym on Thursday?" / "We'll see." in a calm talk may be nothing). A refusal with a reason ("We'll see, I might need
it."), a joke, or leave asked for the two of them ("can we…") is not read. Pure functions over the words.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from .safety import BY_THE_ONE_AFRAID, BY_THE_ONE_WHO_THREATENS
from .sentence_terms import LAUGHTER
from .words import is_question, quote, sentence_bounds, token

# leave asked, at the start of a sentence (after a few openers: "Maybe. Can I…", "So, am I allowed to…")
ASKS = (("can", "i"), ("could", "i"), ("may", "i"), ("am", "i", "allowed"), ("is", "it", "okay", "if", "i"),
        ("is", "it", "alright", "if", "i"), ("is", "it", "all", "right", "if", "i"), ("when", "can", "i"),
        ("is", "it", "ok", "if", "i"), ("would", "it", "be", "okay", "if", "i"), ("do", "i", "have", "to", "ask"),
        ("am", "i", "even", "allowed"), ("would", "you", "let", "me"), ("will", "you", "let", "me"))
OPENERS = frozenset({"maybe", "so", "and", "but", "okay", "ok", "well", "please", "um", "uh", "then", "just", "love", "babe",
                     "mm", "mm-hm", "yeah", "right", "oh", "look", "listen", "hey"})
# ... for a thing of the asker's own life
OWN_LIFE = frozenset({"key", "keys", "car", "drive", "phone", "money", "card", "cash", "account", "go", "going", "see",
                      "visit", "work", "job", "shift", "friends", "friend", "mum", "mom", "mam", "dad", "sister", "brother",
                      "family", "out", "class", "gym", "church", "course", "doctor", "gp", "keep", "have", "use", "buy",
                      "spend", "call", "ring", "text", "stay", "sleep", "eat", "wear"})
# the decision kept, at the start of the reply's first sentence
KEPT = (("we'll", "see"), ("we", "will", "see"), ("ask", "me", "again"), ("ask", "me", "on"), ("ask", "me", "tomorrow"),
        ("ask", "me", "next"), ("depends", "how", "you"), ("depends", "on", "how", "you"), ("it", "depends", "on", "how", "you"),
        ("i'll", "think", "about", "it"), ("i'll", "decide"), ("i", "decide"), ("if", "you", "behave"), ("if", "you're", "good"),
        ("when", "i", "say"), ("not", "till", "i"), ("not", "until", "i"), ("you'll", "have", "to", "earn"),
        ("maybe", "if", "you"), ("i'll", "let", "you", "know"))
# ... and nothing after "we'll see" but a word or two ("We'll see, babe."; not "We'll see what the weather does.")
SEE_WORDS_AFTER = 2
# ... with no reason given and not in fun ("We'll see, I might need it.", "Depends how nice you are, ha ha.")
REASONED = frozenset({"because", "cause", "'cause", "cos", "coz", "since", "need", "needs", "using", "might", "busy", "booked"})
REPLY_WITHIN_S = 8.0
PAUSE_S = 1.0
HUMMED = frozenset({"mm", "mm-hm", "mmm", "um", "uh", "hmm", ""})
WHY_WORDS = 15  # the asker's words after the question, at most, before the reply
HEARD_NEAR_S = 120.0
OPENER_WORDS = 3


def _starts(toks: Sequence[str], shapes) -> bool:
    k = 0
    while k < min(OPENER_WORDS, len(toks)) and toks[k] in OPENERS:
        k += 1
    return any(tuple(toks[k : k + len(s)]) == s for s in shapes)


def _sentences(words: Sequence[dict], speaker: str) -> list[list[dict]]:
    """The speaker's sentences, a pause of PAUSE_S or more ending one too ("mm" … "Can I go to Jo's on Saturday?")."""
    mine = [w for w in words if w["speaker"] == speaker]
    out, k = [], 0
    while k < len(mine):
        first, last = sentence_bounds(mine, k)
        cut = next((n for n in range(k, last) if mine[n + 1]["start"] - mine[n]["end"] >= PAUSE_S), last)
        out.append(mine[k : cut + 1])
        k = cut + 1
    return out


def leave_withheld(words: Sequence[dict], flags: Sequence[Mapping], names: Mapping[str, str]) -> list[dict]:
    """Coercive-control flags on the reply that keeps the decision over the partner's asked leave."""
    out: list[dict] = []
    speakers = sorted({w["speaker"] for w in words})
    for asker in speakers:
        for asked in _sentences(words, asker):
            toks = [t for t in (token(w["word"]) for w in asked) if t]
            if not (is_question(asked[-1]["word"]) and _starts(toks, ASKS) and set(toks) & OWN_LIFE):
                continue
            reply = _reply(words, asker, asked[-1]["end"])
            if reply is None:
                continue
            rtoks = [t for t in (token(w["word"]) for w in reply) if t]
            if not _starts(rtoks, KEPT) or set(rtoks) & (REASONED | LAUGHTER) or "see" in rtoks[:3] and (
                    len(rtoks) - rtoks.index("see") - 1 > SEE_WORDS_AFTER):
                continue
            who = reply[0]["speaker"]
            said = next(k for k, t in enumerate(token(w["word"]) for w in asked) if t not in HUMMED)  # (no "mm" quoted)
            # heard where the one who keeps the decision was heard threatening or controlling, or the asker afraid of
            # them, within two minutes (not the one keeping it afraid: "We'll see what the weather does." after their
            # own "I'm scared of you when you've been drinking")
            heard = any(abs(f["t"] - reply[0]["start"]) <= HEARD_NEAR_S and not f.get("listen_only") and f.get("_strength") != "low"
                        and (f["speaker"] == who and f["category"] in BY_THE_ONE_WHO_THREATENS
                             or f["speaker"] == asker and f["category"] in BY_THE_ONE_AFRAID) for f in flags)
            out.append({
                "t": reply[0]["start"], "end": reply[-1]["end"], "speaker": who, "name": names.get(who, who),
                "category": "coercion", "group": "coercive control", "phrase": "leave asked and the decision kept",
                "quote": quote(reply, 0, len(reply) - 1),
                "context": f"{names.get(asker, asker)} asked leave (“{quote(asked[said:], 0, len(asked) - said - 1)}”) and the "
                           "decision was kept",
                **({} if heard else {"_strength": "low", "_listen": True}),
            })
    return out


def _reply(words: Sequence[dict], asker: str, end: float) -> Optional[list[dict]]:
    """The partner's first sentence after the question, if it starts within REPLY_WITHIN_S of the asker's last words
    (who may say why first: "Can I go to Jo's on Saturday? It's her fortieth. Just for a couple of hours.")."""
    later = [w for w in words if w["start"] >= end - 0.05]
    first = next((k for k, w in enumerate(later) if w["speaker"] != asker), None)
    if first is None or later[first]["start"] - (later[first - 1]["end"] if first else end) > REPLY_WITHIN_S or (
            len([w for w in later[:first] if token(w["word"])]) > WHY_WORDS):
        return None
    theirs = [w for w in later if w["speaker"] == later[first]["speaker"]]
    a, b = sentence_bounds(theirs, 0)
    return theirs[a : b + 1]
