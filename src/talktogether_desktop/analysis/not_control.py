"""Sentences read by meaning near control that are not control: urging the partner out to others, and a short answer
read with the partner's question it answers (meaning.py).

(Round 50 also tried keeping calm, middling-clear control readings as listen-only flags: on the labelled splits they
added 22 false flags for one line found, so they are not kept.)"""

from __future__ import annotations


# Urging the partner out to others ("You should go out with the girls on Friday, you've earned it.", "Why don't you go
# and see your sister? I'll mind the kids.") is the opposite of isolation, though it reads close to it (0.49-0.8).
URGING = (("you", "should"), ("you", "could"), ("you", "ought"), ("why", "don't"), ("go", "and"), ("you", "deserve"),
          ("you've", "earned"), ("you", "need", "to", "get", "out"), ("have", "fun"), ("enjoy", "yourself"))
# ... unless the urging is to see them less or not at all ("You should stop seeing her.", "You could see less of them.")
HOLDING_BACK = frozenset({"not", "don't", "shouldn't", "stop", "quit", "less", "fewer", "never", "no", "without", "instead",
                          "cut", "drop", "enough", "too", "can't", "won't", "mustn't", "only", "unless", "ditch", "block",
                          "delete", "away", "bin", "dump", "me", "us", "just"})  # (…with me every Friday; you've got me)


def urged_out(toks) -> bool:
    """The speaker urges the partner to go and see others, with nothing holding them back."""
    toks = list(toks)
    urged = any(tuple(toks[k : k + len(u)]) == u for u in URGING for k in range(len(toks)))
    rest = set(toks) - {"don't"} if ("why", "don't") in zip(toks, toks[1:]) else set(toks)
    return urged and not rest & HOLDING_BACK


def answered(order, i: int, within_s: float = 10.0) -> list[int]:
    """The partner's question just before sentence `i` (a short answer is read with it: "Have you thought about my mum
    moving in? / I've thought about it." is no self-harm, 0.69 alone), as a one-item list, or none."""
    if i == 0:
        return []
    q, s = order[i - 1], order[i]
    partner = q.words[0].get("speaker") != s.words[0].get("speaker")
    return [i - 1] if partner and q.question and s.words[0]["start"] - q.words[-1]["end"] <= within_s else []
