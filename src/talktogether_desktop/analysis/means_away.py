"""The means of self-harm kept from oneself: "I don't trust myself with the pills any more.", "I gave the tablets to my
sister so I don't use them." (round 49's review). A means named with the speaker's distrust of themselves in one sentence;
not "…for my own safety" alone ("I've locked the knives in the car, for my own safety." may as well be fear of the
partner: left to the meaning reader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase
from .not_despair import MEANS

if TYPE_CHECKING:
    from .context import Reader, Sentence

OWN_SAFETY = (("don't", "trust", "myself"), ("can't", "trust", "myself"), ("do", "not", "trust", "myself"),
              ("so", "i", "don't", "use", "them"), ("so", "i", "can't", "use", "them"), ("away", "from", "myself"))


def means_put_away(r: "Reader", s: "Sentence") -> list[tuple]:
    toks = s.toks
    if not set(toks) & MEANS:
        return []
    for k in range(len(toks)):
        for p in OWN_SAFETY:
            if tuple(toks[k : k + len(p)]) == p:
                end = k + len(p) - 1
                return [(k, end, "safety_self_harm", Phrase("self-harm: the means kept from oneself", tuple(toks[k : end + 1])))]
    return []
