"""Sentences of a transcript's turns as (turn index, start, end) spans, for reading a practice (fidelity.py)."""

from __future__ import annotations


def sentences(turns) -> list[tuple]:
    """(turn index, start, end) of each sentence, in order."""
    out = []
    for k, t in enumerate(turns):
        words = t.get("words") or []
        begin = 0
        for i, w in enumerate(words):
            if str(w["word"]).rstrip().endswith((".", "?", "!")) or i == len(words) - 1:
                out.append((k, words[begin]["start"], w["end"]))
                begin = i + 1
    return out


def span_and_before(spans, t) -> list:
    """The sentence at `t` and the one before it in the same turn (None where there is none)."""
    i = next((i for i, s in enumerate(spans) if s[1] - 0.05 <= t <= s[2] + 0.05), None)
    if i is None:
        return [None]
    return [spans[i], spans[i - 1] if i and spans[i - 1][0] == spans[i][0] else None]


SAME_BREATH_S = 0.5


def concern_start(spans, t, praising) -> float:
    """Where the concern raised at `t` begins: the first sentence of its turn before it that is not praise ("So. I've been
    feeling a bit on my own on Sunday afternoons." opens the start-up whose need is said a sentence later, walk42b)."""
    i = next((i for i, s in enumerate(spans) if s[1] - 0.05 <= t <= s[2] + 0.05), None)
    if i is None:
        return t
    # (back over the sentences said in the same breath, not over a reply said before it: "Aw, thank you, love. I like doing
    # that for you." then "Okay, now the gentle complaint part. I feel a bit overwhelmed…" starts at "Okay, now…")
    while i > 0 and spans[i - 1][0] == spans[i][0] and not praising(spans[i - 1]) and spans[i][1] - spans[i - 1][2] < SAME_BREATH_S:
        i -= 1
    return spans[i][1]


# What a partner opens with when an apology did not land ("No, it's not okay. That really hurt."), and what accepts one
# ("Okay. Thank you. It hurt a bit, but I know you didn't mean it.", "Apology accepted.")
REFUSED = ("no", "not okay", "it's not okay", "that's not okay", "that hurt", "that really hurt", "too late", "save it",
           "don't sorry me", "that's not an apology", "not good enough")
ACCEPTED = ("thank", "accepted", "didn't mean", "forgive", "it's okay", "that's okay", "fair enough", "i know you")


def refused_after(turns, t: float, by, within: float = 10.0) -> bool:
    """The partner's next turn after `t` (within `within` s) opens by saying the apology did not land, accepting nothing."""
    nxt = next((x for x in turns if x.get("speaker") != by and x.get("start", 0.0) > t), None)
    if nxt is None or nxt["start"] - t > within:
        return False
    text = " ".join(str(w.get("word", "")) for w in nxt.get("words") or []).lower().replace("\u2019", "'").strip()
    opens = any(text.startswith(p) and text[len(p) : len(p) + 1] in ("", " ", ",", ".", "!") for p in REFUSED)
    return opens and not any(p in text for p in ACCEPTED)


def in_safety_language(analysis, start: float, end: float) -> bool:
    """Whether safety language (not a line only to listen to) was heard between `start` and `end`: an opening that
    holds "When you drink you throw things…" and "I'm scared to come home when you've been drinking." is no soft
    start-up, whatever I-statement it has (rep46 heldout3 drinking_fear: "soft start-up: yes", the fear its evidence)."""
    from ..analysis.safety import is_listen_only

    return any(start - 0.05 <= f["t"] <= end + 0.05 for f in analysis.get("safety_flags") or []
               if isinstance(f, dict) and f.get("t") is not None and not is_listen_only(f))


SAFETY_OPENING = "the opening holds safety language, so it is not read as a start-up"
OPENING_FOR_BOTH = "it is not read automatically this time; your therapist will go over it with you"
