"""Sentences the meaning reader takes for self-harm that are about something else (walk48a's appreciation practice).

- someone else's death, grieved: "You still pray for my mother, even now she is gone.", "…since Dad passed" (the
  speaker not the subject of anything in the sentence: "Now she's gone I don't see the point" stays);
- the speaker's own safety named as a reason, in jest or care: "That is why I make it early. For my own safety.";
- an edge to sit on: "I'm on the edge of the bed, come here." (not "the edge of the bridge")."""

from __future__ import annotations

from typing import Sequence

OTHERS = frozenset({"she", "he", "they", "she's", "he's", "they've", "mum", "mom", "dad", "mother", "father", "gran",
                    "granny", "grandma", "grandpa", "nan", "brother", "sister", "aunt", "uncle", "friend"})
DEATH = frozenset({"gone", "passed", "died", "dead"})
# the speaker as a subject: "I", or a sentence about the speaker's own state ("now she's gone I don't see the point")
SPEAKER = frozenset({"i", "i'm", "i'd", "i'll", "i've", "im", "myself"})
SAFETY = (("my", "own", "safety"), ("my", "safety"), ("my", "own", "protection"))
HARM = frozenset({"die", "dead", "kill", "hurt", "end", "harm", "pills", "bridge", "cut", "point"})
SEATS = frozenset({"bed", "sofa", "couch", "chair", "seat", "pool", "bath", "table", "desk", "stage", "kerb", "curb"})


def _has(toks: Sequence[str], phrase: tuple) -> bool:
    return any(tuple(toks[k : k + len(phrase)]) == phrase for k in range(len(toks)))


def grieved(toks: Sequence[str]) -> bool:
    """Another person gone or passed, and the speaker no subject in the sentence."""
    if set(toks) & SPEAKER:
        return False
    return any(t in OTHERS and (set(toks[k + 1 : k + 3]) & DEATH) for k, t in enumerate(toks))


def own_safety_named(toks: Sequence[str]) -> bool:
    return any(_has(toks, p) for p in SAFETY) and not set(toks) & HARM


def seat_edge(toks: Sequence[str]) -> bool:
    return any(toks[k : k + 2] == ["edge", "of"] and set(toks[k + 2 : k + 4]) & SEATS for k in range(len(toks)))


def not_despair(toks: Sequence[str]) -> bool:
    """A self-harm reading by meaning that the sentence's words set aside (the module's docstring)."""
    toks = list(toks)
    return grieved(toks) or own_safety_named(toks) or seat_edge(toks)
