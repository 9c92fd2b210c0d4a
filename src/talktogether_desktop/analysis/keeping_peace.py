"""Fear of the partner told as what the speaker does to keep them calm (DOMAIN.md §6).

"I told the kids Daddy's tired so they wouldn't set you off", "I deleted them because I knew you'd go
mental", "I couldn't face you kicking off at me": nobody says "scared", yet the speaker arranges their
life around the partner's anger. What is read: the speaker in the sentence, a reason or purpose
("so", "because", "in case", "without", "than"), and after it the partner's outburst
(resources/lexicons/<language>/outbursts.txt) with the partner as the one who bursts ("you'd go
mental", "you kicking off", "set you off"). An outburst of someone else ("so the baby doesn't kick
off") or with no reason given ("you went mental at the ref") is not read. One pure function over one
sentence, as in structure.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase
from .sentence_terms import FIRST_PERSON

if TYPE_CHECKING:  # the Reader passes itself; no import cycle at run time
    from .context import Reader, Sentence

REASONS = frozenset({"so", "because", "cause", "'cause", "cos", "coz", "case", "without", "avoid"})
# "so" is a reason only before a clause ("so you wouldn't…", "so they don't…"), not "so excited"
SO_BEFORE = frozenset({"you", "they", "he", "she", "it", "the", "i", "we", "that", "as", "nobody", "no"})
# the partner as the one who bursts: just before the outburst ("you'd go mental", "you kicking off") or in it
BURSTS = frozenset({"you", "you'd", "you'll", "you're", "you've", "youd", "youll", "ya", "ye", "yous"})
# the outburst as a verb with an object is something else: "kick off your shoes", "blow up a few balloons"
OBJECTS = frozenset({"your", "a", "an", "the", "some", "my", "few", "those", "these", "them", "it", "for", "without"})
REACH = 3


def outburst_avoided(r: "Reader", s: "Sentence") -> list[tuple]:
    toks = s.toks
    if not any(t in FIRST_PERSON for t in toks):
        return []
    for a, b, ph in r.lex.find(toks, {0}, {len(toks) - 1}, "outbursts"):
        if toks[b + 1 : b + 2] and (toks[b + 1] in OBJECTS or toks[b + 1].endswith("ing")) or r._valence(toks[b + 1 :]) > 0:
            continue  # "set you off dancing", "…you'd go mental, you love them"
        if toks[b + 1 : b + 2] in (["at"], ["with"]) and toks[b + 2 : b + 3] not in (["me"], ["us"]):
            continue  # "…you'd go mental at the ref", "so you don't get angry with hunger"
        said_of_you = any(x in BURSTS for x in ph.parts) or any(x in BURSTS for x in toks[max(0, a - REACH) : a])
        reason = next((k for k in range(a - 1, -1, -1) if toks[k] in REASONS
                       and (toks[k] != "so" or toks[k + 1 : k + 2] and toks[k + 1] in SO_BEFORE)), None)
        # "so you wouldn't…" keeps it off; "so you can get mad at the blue shell" makes room for it
        kept_off = reason is not None and (toks[reason] != "so" or any(
            x.endswith("n't") or x in ("not", "never", "no") for x in toks[reason + 1 : a]))
        if said_of_you and kept_off and any(t in FIRST_PERSON for t in toks[:reason]):
            return [(reason, b, "safety_fear", Phrase("the partner's anger kept off", tuple(toks[reason : b + 1])))]
    return []
