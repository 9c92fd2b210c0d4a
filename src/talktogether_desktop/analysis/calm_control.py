"""Control said calmly, in passing, to the partner: listed to listen to (meaning.py).

In a calm stretch the meaning reader flags a safety reading only when its kind is near certain (meaning_alone): vague
readings there were mostly wrong on unseen talks. Coercive control is often said in exactly that calm voice, as a
plan or a kindness ("I've put you on forty a week. That's plenty for what you need.", "I'll know if you've been to your
mother's, the mileage tells me.", "I've cancelled your gym membership, you don't need it."), and its kind reads only
middling clear (0.49-0.66) though the sentence reads clearly unsafe. Such a reading, of money, phone or friends control,
said to the partner ("you", "your"), is kept as something to listen to (low confidence: never on the banner)."""

from __future__ import annotations

from .sentence_terms import YOU

CALM_KINDS = ("safety_financial_control", "safety_monitoring", "safety_isolation")
# How clearly the sentence reads unsafe at all, and its kind, for a calm control reading to be listed.
CALM_UNSAFE = 0.8
CALM_KIND = 0.45


def calm_control(s, r) -> bool:
    """A reading `r` of money, phone or friends control in sentence `s`, clear enough to list though said calmly."""
    return (r.category in CALM_KINDS and r.probability >= CALM_UNSAFE and r.kind_probability >= CALM_KIND
            and bool(set(s.toks) & YOU))


# Urging the partner out to others ("You should go out with the girls on Friday, you've earned it.", "Why don't you go
# and see your sister? I'll mind the kids.") is the opposite of isolation, though it reads close to it (0.49-0.8).
URGING = (("you", "should"), ("you", "could"), ("you", "ought"), ("why", "don't"), ("go", "and"), ("you", "deserve"),
          ("you've", "earned"), ("you", "need", "to", "get", "out"), ("have", "fun"), ("enjoy", "yourself"))
# ... unless the urging is to see them less or not at all ("You should stop seeing her.", "You could see less of them.")
HOLDING_BACK = frozenset({"not", "don't", "shouldn't", "stop", "quit", "less", "fewer", "never", "no", "without", "instead",
                          "cut", "drop", "enough", "too", "can't", "won't", "mustn't", "only", "unless"})


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
