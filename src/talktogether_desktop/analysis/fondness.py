"""Fond words in a quarrel's shape, read whole by their meaning.

"Somehow you always remember my mum's birthday when I forget", "Babe, you're impossible, how do you look this
good first thing in the morning?", "Every single time, you let me have the last roast potato": the rules hear an
absolute or a put-down ("you always", "you're impossible"), and no warm or cold word tells them which way it
goes. The warmth family of the meaning reader (meaning/warmth.tsv: fond lines against criticism and contempt)
reads the sentence whole; a criticism, or a contempt whose put-down is said fondly too (FONDABLE), that the rules
found in a sentence it reads as clearly warm (FOND_SURE), and that the horsemen family does not read as an attack
(ATTACK_AT_MOST), is teasing or praise:
taken out and returned. Never with safety language from the same speaker near, never after a "but" in the
sentence, and never for a finding the meaning reader made itself (it has read the sentence already).
"""

from __future__ import annotations

from typing import Callable, Sequence

from .sentence_terms import CONTRAST
from .words import token

# How clearly the sentence must read as warm, and how unlikely as criticism or contempt to the horsemen family
# (the warmth family alone read "At least I'm no' a tight-fisted nag counting every penny." as fond, 0.96, and
# "There's one set of rules for you and one for me, there always has been." 0.95). Measured with the warmth
# examples fitted without the round 23 blind set: its fond lines flagged 25 -> 19 of 90, its criticism and
# contempt found unchanged (26 of 40, 25 of 30); on the five unseen splits, affectionate bait flagged 8 -> 7 and
# criticism's false findings 18 -> 17, no true finding lost on any split. The warmth family alone at 0.9 also
# lost three true criticisms and contempts on the read splits.
FOND_SURE = 0.9
ATTACK_AT_MOST = 0.5
UNSAFE_NEAR_S = 10.0  # safety language this close, from the same speaker, keeps the finding
# The put-downs that are said fondly too ("you absolute muppet", "my darling idiot"); disgust and scorn are not
# ("it's revolting" read as fond at 0.92, and the horsemen family missed it too).
FONDABLE = frozenset({"ridiculous", "idiot", "hopeless", "impossible", "terrible", "daft", "silly", "menace", "muppet",
                      "numpty", "wally", "plonker", "nightmare", "dork", "nerd", "goof", "doofus", "dummy", "dope",
                      "eejit", "nutter", "weirdo", "drama", "diva", "princess", "baby", "softie", "sap", "worrier"})


def fond_by_meaning(markers: list[dict], safety: Sequence[dict], read: Sequence[tuple],
                    warmth: Callable[[Sequence[str]], list[tuple[float, float]]] | None) -> list[dict]:
    """The rules' criticism and contempt in sentences that read clearly warm: taken out of `markers` and returned
    (with the reason)."""
    if warmth is None:
        return []
    def sentence_of(m):
        return next((s for s, *_ in read if s.words and s.words[0]["start"] <= m["t"] <= s.words[-1]["end"]
                     and s.words[0]["speaker"] == m["speaker"]), None)

    found = [m for m in markers if m.get("source") != "meaning" and (
        m["category"] == "criticism" or m["category"] == "contempt" and (set(str(m.get("phrase", "")).split()) & FONDABLE
                                                                         or _retort(sentence_of(m))))]
    if not found:
        return []
    sentences = [sentence_of(m) for m in found]
    todo = sorted({id(s): s for s in sentences if s is not None}.values(), key=lambda s: s.words[0]["start"])
    if not todo:
        return []
    # (the text as the meaning pass read it, so the sentence model's vectors are reused; a retort standing alone is
    # read with the rest of its turn)
    texts = [" ".join(w["word"].strip() for w in (_with_its_turn(s, read) if _retort(s) else s.words)) for s in todo]
    # (the warmth reader also reads sarcasm as warm, "Sure you will. Like the last five times." 0.98: a retort's turn
    # needs a warm word of its own)
    cold = {id(s) for s in todo if _retort(s) and not {token(w["word"]) for w in _with_its_turn(s, read)} & WARM_WORDS}
    readings = dict(zip((id(s) for s in todo), warmth(texts)))
    dropped = []
    for m, s in zip(found, sentences):
        if s is None or id(s) in cold or readings[id(s)][0] < FOND_SURE or readings[id(s)][1] > ATTACK_AT_MOST:
            continue
        if any(h["speaker"] == m["speaker"] and abs(h["t"] - m["t"]) <= UNSAFE_NEAR_S for h in safety):
            continue
        # warmth and then a "but" ("I love you, but you always pinch the last roast potato"): the complaint is the point
        if any(token(w["word"]) in CONTRAST for w in s.words if w["start"] < m["t"]):
            continue
        markers.remove(m)
        dropped.append({**m, "dropped_because": f"fond: the sentence reads warm by its meaning (p={readings[id(s)][0]:.2f})"})
    return dropped


# A retort standing alone ("Oh please." … "You love it. You always end up cuddling me to get it back."): the rules hear
# scorn, and the sentence alone says nothing either way (warm 0.28); read with the rest of the turn it is teasing (1.00,
# attack 0.09), where "Oh please. You're pathetic." or "…Like you ever do anything around here." stay cold.
RETORT_WORDS = 3
WARM_WORDS = frozenset({"love", "loves", "loved", "lovely", "adore", "cuddle", "cuddles", "cuddling", "hug", "hugs",
                        "kiss", "cute", "sweet", "haha", "hahaha", "funny"})
TURN_GAP_S = 1.0


def _retort(s) -> bool:
    return s is not None and 0 < len(s.toks) <= RETORT_WORDS


def _with_its_turn(s, read) -> list[dict]:
    words = list(s.words)
    for x, *_ in sorted(read, key=lambda r: r[0].words[0]["start"] if r[0].words else 0.0):
        if (x.words and x.words[0]["speaker"] == s.words[0]["speaker"] and x.words[0]["start"] >= words[-1]["end"] - 1e-6
                and x.words[0]["start"] - words[-1]["end"] <= TURN_GAP_S):
            words += x.words
    return words


# A horseman read by meaning alone where the talk is warm: an appreciation heard within WARM_S and no horseman heard by
# the rules from either partner within WARM_S (walk48a's appreciation practice: "Ah, it was nothing. Any wife would do
# it." -> contempt, "I did not know you remembered that." -> defensiveness): the partner's appreciation, or the speaker's own
# after the reading. On the read, unseen and walk-through conversations such readings were 2 true of 9 (round 49).
WARM_S = 30.0
ANSWERED_S = 8.0
HORSEMEN = frozenset({"criticism", "contempt", "defensiveness", "stonewalling"})


def read_among_warmth(markers: list[dict]) -> list[dict]:
    """Horsemen read by meaning in a warm stretch with no horseman heard by the rules: taken out and returned."""
    heard = [m["t"] for m in markers if m["category"] in HORSEMEN and m.get("source") != "meaning"]
    warm = [(m["t"], m["speaker"]) for m in markers if m["category"] == "appreciation"]
    dropped = []
    for m in [m for m in markers if m["category"] in HORSEMEN and m.get("source") == "meaning"]:
        # (the partner's appreciation, or the speaker's own after it: "Thank you for the flowers. … You only think of me
        # when you want something from me." turns sour, round 49's review; not thanks just answered, unless received with
        # thanks: "Thanks for finally calling me back." / "I was busy, I can't drop everything." is the dig the thanks drew,
        # round 44's review, where "Thank you, my dear. I receive it. I did not know you remembered that." takes it in)
        received = any(who == m["speaker"] and 0 <= m["t"] - t <= ANSWERED_S for t, who in warm)
        if any(abs(t - m["t"]) <= WARM_S and (who != m["speaker"] and (received or not 0 < m["t"] - t <= ANSWERED_S)
                                              or t > m["t"]) for t, who in warm) and not any(abs(t - m["t"]) <= WARM_S for t in heard):
            markers.remove(m)
            dropped.append({**m, "dropped_because": "read by meaning in a warm stretch, no horseman heard near it"})
    return dropped
