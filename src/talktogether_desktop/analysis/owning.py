"""A defence phrase the speaker goes on to own: "I did say that. I forgot. I'll do it tonight." is owning it, not
defensiveness; "I did say I'd be late, you never listen." stays. News taken in ("I didn't know you were doing that. That
sounds lonely.") is no defence either (taken_in)."""

from __future__ import annotations

from typing import Sequence

from .words import has_run

# What owning one's part opens with, in the speaker's next sentences of the same turn
OWNED = (("i", "forgot"), ("my", "fault"), ("my", "bad"), ("i", "messed", "up"), ("i", "screwed", "up"), ("you're", "right"),
         ("i", "should", "have"), ("i", "should've"), ("i'm", "sorry"), ("sorry",), ("that's", "on", "me"), ("fair", "enough"))
OWNED_WITHIN_S = 6.0  # ... this soon after the defence phrase ends
SCORN = frozenset({"perfect", "always", "suppose", "useless", "living", "apparently", "course", "obviously", "whatever", "feel",
                   "worst", "never", "world", "wrong"})


# "You say that, but you're the one who fixed the boiler.": the partner's self-doubt answered with warmth, no defence
WARM_AFTER = frozenset({"love", "loved", "adore", "adores", "fixed", "best", "proud", "brilliant", "amazing", "great", "wonderful",
                        "lovely", "kind", "good", "clever", "beautiful", "gorgeous", "fantastic"})


JIBES = frozenset({"never", "not", "don't", "didn't", "always", "problem", "idea", "victim", "twisting", "playing", "acting", "act",
                   "drama", "excuses", "lying", "pretending"})

KNACKS = (("always", "pull", "it", "off"), ("always", "pull", "through"), ("always", "manage", "it"), ("always", "come", "through"),
          ("never", "let", "me", "down"), ("always", "nail", "it"), ("always", "smash", "it"), ("always", "come", "good"),
          ("always", "pull", "it", "out", "of", "the", "bag"), ("always", "knock", "it", "out", "of", "the", "park"))
LETDOWNS = frozenset({"forget", "forgets", "late", "mess", "wrong", "worse", "somehow", "ruin", "ruins", "blame", "excuse"})


def reassuring_but(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """ "You say that, but…" going on with warmth about the partner (or "you'll love it") is reassurance: taken out and returned."""
    dropped = []
    for s, *_ in read:
        if "but" not in s.toks or "you" not in s.toks[:3] or not any(s.toks[k : k + 2] == ["say", "that"] for k in range(4)):
            continue
        rest = s.toks[s.toks.index("but") + 1 :]
        # "…but you always pull it off", "…but you never let me down": an absolute of the partner's knack is warmth
        knack = next((p for p in KNACKS if any(tuple(rest[k : k + len(p)]) == p for k in range(len(rest)))), None)
        # (the knack ending its clause: "…you always pull it off.", not "…you always manage it by nagging")
        if knack is not None and not set(rest) & LETDOWNS and _ends_with(rest, knack):
            rest = [t for t in rest if t not in knack] + ["best"]
        # warmth about the partner ("…the kids adore you", "…you're the one who fixed it"), not the speaker's own ("…I'm the one who…")
        if not set(rest) & WARM_AFTER or set(rest) & JIBES or not (
                {"you", "you're", "you'll", "your"} & set(rest)) or {"i", "i'm", "me", "my"} & set(rest):
            continue
        dropped += take_out(markers, s, "defensiveness", "reassurance: 'you say that, but' with warmth")
    return dropped


def owned_after(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """Defensiveness phrases (the lexicon's) followed in the speaker's same turn by owning words: taken out and returned."""
    from .across import _turns

    dropped = []
    for turn in _turns(read):
        for k, (s, *_) in enumerate(turn):
            a, b = s.words[0]["start"], s.words[-1]["end"]
            defences = [m for m in markers if m["category"] == "defensiveness" and m.get("source") == "lexicon"
                        and m["speaker"] == s.words[0]["speaker"] and a - 0.05 <= m["t"] <= b + 0.05]
            later = [x for x, *_ in turn[k + 1 :] if x.words[0]["start"] - b <= OWNED_WITHIN_S]
            if not defences or not any(tuple(x.toks[: len(p)]) == p for x in later for p in OWNED):
                continue
            # "My bad, but you never…": owning taken back; "Sorry I'm not perfect.", "My fault for living here, I suppose.": scorn
            if any(t in ("but", "though") or t in SCORN for x in later for t in x.toks):
                continue
            for m in defences:
                markers.remove(m)
                dropped.append({**m, "dropped_because": "owned in the next breath ('I did say that. I forgot.')"})
    return dropped + reassuring_but(markers, read) + backhanded(markers, read) + waved_off(markers, read) + taken_in(markers, read)


# News taken in ("I didn't know you were doing that. That sounds lonely.", "Okay. I didn't know that was under it. I thought
# you were having a go at me.", "I had no idea."): a sentence that opens on not having known is openness, not defence, unless
# the turn protests it ("I didn't know, you never told me!", "How was I supposed to know?") or goes on with "but".
NEWS_TAKEN_IN = (("i", "didn't", "know"), ("i", "did", "not", "know"), ("i", "didn't", "realise"), ("i", "didn't", "realize"),
                 ("i", "had", "no", "idea"), ("i", "never", "knew"), ("i", "didn't", "even", "think"), ("i", "didn't", "think", "about"),
                 ("i", "never", "thought", "about"), ("i", "hadn't", "thought"))
OPENERS = frozenset({"oh", "okay", "ok", "sorry", "god", "wow", "right", "hmm", "ah", "yeah", "no", "honestly", "actually"})
PROTESTED = (("never", "told"), ("didn't", "tell"), ("didn't", "say"), ("nobody", "told"), ("no", "one", "told"), ("supposed", "to"),
             ("how", "was", "i"), ("how", "could", "i"), ("how", "would", "i"), ("mind", "reader"), ("never", "tell"), ("read", "your", "mind"),
             ("psychic",), ("but",), ("though",))


def taken_in(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """Defensiveness in a sentence that opens on not having known, in a turn that does not protest it: taken out."""
    from .across import _turns

    dropped = []
    for turn in _turns(read):
        said = [t for x, *_ in turn for t in x.toks]
        if any(has_run(said, p) for p in PROTESTED):
            continue
        for s, *_ in turn:
            toks = list(s.toks)
            while toks and toks[0] in OPENERS:
                toks = toks[1:]
            if any(tuple(toks[: len(p)]) == p for p in NEWS_TAKEN_IN):
                dropped += take_out(markers, s, "defensiveness", "news taken in ('I didn't know you were doing that'), not a defence")
    return dropped


OWN_STATE = frozenset({"i'm", "we're"})
MUCKY = frozenset({"mucky", "wet", "soaked", "soaking", "filthy", "dirty", "muddy", "covered", "sweaty", "late", "knackered",
                   "freezing", "cold", "starving", "skint", "broke", "old", "ugly", "fat", "shattered", "sunburnt"})
CARED_ABOUT = frozenset({"anymore", "about", "what", "if", "how", "whether", "who", "where"})
YOU = frozenset({"you", "you're", "your", "you've", "you'll", "you'd", "yourself"})


def waved_off(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """ "I'm mucky but I don't care.": an obstacle of the speaker's own waved off, no withdrawal (not with the partner in
    the sentence: "Go on then, book it, I don't care.", "You can shout but I don't care.")."""
    dropped = []
    for s, *_ in read:
        at = next((k for k in range(1, len(s.toks)) if s.toks[k - 1 : k + 3] == ["but", "i", "don't", "care"]), None)
        if at is None or s.toks[0] not in OWN_STATE or not set(s.toks[1:at]) & MUCKY or set(s.toks) & YOU or s.toks[at + 3 : at + 4] and s.toks[at + 3] in CARED_ABOUT:
            continue
        dropped += take_out(markers, s, "stonewalling", "an obstacle of one's own waved off ('I'm mucky but I don't care')")
    return dropped


BACKHANDED = frozenset({"victim", "twisting", "lying", "excuses", "pretending", "drama", "sulking", "whining", "moaning"})


def backhanded(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """Praise for a fault ("…you're good at playing the victim.", "…you're great at twisting things."): no appreciation."""
    dropped = []
    for s, *_ in read:
        if not set(s.toks) & BACKHANDED:
            continue
        dropped += take_out(markers, s, "appreciation", "praise for a fault: a jibe")
    return dropped


def take_out(markers: list[dict], s, category: str, because: str) -> list[dict]:
    """The speaker's `category` markers in sentence `s`, taken out of `markers` and returned with the reason."""
    a, b = s.words[0]["start"], s.words[-1]["end"]
    out = [m for m in markers if m["category"] == category and m["speaker"] == s.words[0]["speaker"] and a - 0.05 <= m["t"] <= b + 0.05]
    for m in out:
        markers.remove(m)
    return [{**m, "dropped_because": because} for m in out]


def _ends_with(toks, phrase) -> bool:
    """`phrase` in `toks` with at most two words after it, none of them a verb's object ("…pull it off, honestly")."""
    n = len(phrase)
    at = next(k for k in range(len(toks)) if tuple(toks[k : k + n]) == phrase)
    after = toks[at + n :]
    return len(after) <= 2 and not {"by", "to", "for", "with", "on", "at"} & set(after) or after[:2] in (["when", "it"], ["every", "time"])
