"""Which plain category a need or bid names, from the cue words of resources/lexicons/<lang>/reaching_*.txt, and the
comfort offered in answer that is no bid of its own."""

from __future__ import annotations

from typing import Optional, Sequence

from .lexicon import REACHING_CATEGORIES, Lexicon
from .words import spoken_token, token


def category_of(sentence: Sequence[dict], lexicon: Lexicon, beyond: Sequence[str] = ()) -> Optional[str]:
    """The category whose cue words the sentence says most. A cue word shared by several categories counts for each a
    share ("together" is closeness and respect alike), so "I feel overwhelmed about the dishes piling up, and I need us to
    make a plan together." is fairness and help (the dishes), not closeness; a tie goes to the first category.
    `beyond`: lexicon categories whose phrases name no wish; their words are no cue ("What is wrong with you?" says no
    wish for closeness in its "with you", "Are you even listening to me?" none to be heard: the attack is all it says)."""
    toks = [t for t in (spoken_token(w["word"]) for w in sentence) if t]
    everywhere = set(range(len(toks)))
    attack = {k for cat in beyond for a, b, _ in lexicon.find(toks, everywhere, everywhere, cat) for k in range(a, b + 1)}
    toks = ["" if k in attack else t for k, t in enumerate(toks)]
    ends = {len(toks) - 1}
    found = {cat: lexicon.find(toks, {0}, ends, f"reaching_{cat}") for cat in REACHING_CATEGORIES}

    def sharing(a: int, b: int) -> int:
        return sum(any(x <= b and a <= y for x, y, _ in hits) for hits in found.values())

    best, best_score = None, 0.0
    for cat in REACHING_CATEGORIES:
        score = sum(1.0 / sharing(a, b) for a, b, _ in found[cat])
        if score > best_score + 1e-9:
            best, best_score = cat, score
    return best


# Comfort offered ("Come here.", "I'm right here."): said as the answer to the partner's share or bid just before
# ("I keep making lists, because if I stop, I'll fall apart." / "Come here."), it turns toward them; it is no bid of
# its own to be met, and the partner's next words are no reply to it.
COMFORT = (("come", "here"), ("c'mere",), ("come", "'ere"), ("i'm", "right", "here"), ("i'm", "here"), ("you're", "not", "alone"),
           ("you", "are", "not", "alone"), ("you're", "not", "on", "your", "own"), ("i've", "got", "you"), ("i've", "got", "her"),
           ("i've", "got", "him"))
ANSWERING_S = 3.0


def comfort_in_answer(entry: dict, turns: Sequence, reaching_partner_turns: set) -> bool:
    toks = [t for t in (token(w["word"]) for w in entry["sentence"]) if t]
    if not any(toks[k : k + len(c)] == list(c) for c in COMFORT for k in range(len(toks))):
        return False
    turn = entry["turn"]
    before = [t for t in turns if t.end <= turn.start + 0.05 and t is not turn]
    last = max(before, key=lambda t: t.end, default=None)
    return (last is not None and last.speaker != turn.speaker and turn.start - last.end <= ANSWERING_S
            and (last.start, last.speaker) in reaching_partner_turns)


# A feeling of one's own that shows where the speaker is soft ("I feel like such a failure. I can't even tell my brother."):
# a share to be met even in a quarrel (reaching.py; EFT's softening), where "I'm tired of this" is none.
VULNERABLE = frozenset({"failure", "alone", "lonely", "ashamed", "useless", "worthless", "unwanted", "unloved", "invisible",
                        "rejected", "humiliated", "embarrassed", "lost", "small", "broken", "hopeless", "inadequate"})

