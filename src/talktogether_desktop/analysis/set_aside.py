"""Readings by meaning that the words themselves set aside.

- a short reply to praise (after_thanks.py): "Thank you for the dinner." / "It was on my way anyway."
- the partner's words said back, a statement not a challenge ("So you're saying a room of his own in the garage, and
  Fridays stay ours.", "You feel guilty leaving him there.", walk44a's reflect-back practice): control read by meaning
  in them (isolation, monitoring, money, coercion, blame) is the partner's plan or feeling restated, not the speaker's
  rule. Not a question ("So you're saying I can't see my sister anymore?" stays) and not with the speaker in it ("You
  feel you can decide who I see now.")."""

from __future__ import annotations

from typing import Sequence

from .after_thanks import readings_dropped
from .words import token

CONTROL = frozenset({"isolation", "monitoring", "financial_control", "coercion", "blaming"})
HORSEMEN = frozenset({"criticism", "contempt", "defensiveness", "stonewalling"})
BESIDE_S = 8.0
OPENERS = (("you're", "saying"), ("you", "are", "saying"), ("you", "feel"), ("you", "felt"), ("you're", "worried"),
           ("you're", "feeling"))  # (not "you need…", "you want…": as often a rule as a restatement)
LEADERS = frozenset({"so", "okay", "ok", "right", "yeah", "and", "mm"})
SPEAKER = frozenset({"i", "me", "my", "i'm", "i've", "mine", "myself"})


def said_back(quote: str, about_speaker: bool = False) -> bool:
    """The quote's first sentence restates the partner (OPENERS after at most a leading word), as a statement; with
    `about_speaker`, also one naming the speaker ("You're saying when I'm quiet, you worry it's about you.")."""
    first = quote.strip()
    for end in (".", "?", "!"):
        k = first.find(end)
        if k >= 0 and end != "?" and first[k + 1 : k + 2] in ("", " "):
            first = first[: k + 1]
            break
    if first.rstrip().endswith("?"):
        return False
    toks = [token(w) for w in first.split()]
    toks = toks[1:] if toks[:1] and toks[0] in LEADERS else toks
    return any(tuple(toks[: len(p)]) == p for p in OPENERS) and (about_speaker or not set(toks) & SPEAKER)


def readings_set_aside(markers: list[dict], safety: list[dict], words: Sequence[dict]) -> tuple[list[dict], list[dict]]:
    markers, safety = readings_dropped(markers, safety, words)
    # (nor a horseman: "You're saying when I'm quiet, you don't know what it means…", walk49a, read as criticism; unless the
    # rules hear one beside it: "So you're saying your week was harder than mine, as usual. You always have to win.")
    heard = [(m["speaker"], m["t"]) for m in markers if m["category"] in HORSEMEN and m.get("source") != "meaning"]
    markers = [m for m in markers if not (m.get("source") == "meaning" and m["category"] in HORSEMEN
                                          and said_back(str(m.get("quote", "")), about_speaker=True)
                                          and not any(w == m["speaker"] and abs(t - m["t"]) <= BESIDE_S for w, t in heard))]
    return markers, [f for f in safety if not (f.get("source") == "meaning" and f["category"] in CONTROL
                                               and said_back(str(f.get("quote", ""))))]
