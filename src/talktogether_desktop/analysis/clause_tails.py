"""Safety said in passing at the end of a long everyday sentence, read on its own (meaning.py).

The meaning reader reads a sentence whole. A long sentence that opens on the day's business and ends on the point
("I know the car's due its MOT and your mum's coming Sunday, but I don't think I'll be here much longer, love.") is read
as mostly the business: its meaning is diluted and nothing is flagged, though the same words alone read clearly as
self-harm. So a long sentence is read again from each place a clause starts (a clause word, or after a comma), and
what a tail reads clearly of the kinds below is added to the sentence's readings, then held to every rule the
sentence's own readings are held to (meaning.MeaningPass)."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .meaning_model import Reading, read_sentences

# Sentences at least this long are read again in parts ...
LONG_TOKENS = 14
# ... each part (the sentence from a clause start to its end) this long at least, after at least this much before it.
PART_TOKENS = 5
LEAD_TOKENS = 4
# The kinds a tail can add. Self-harm is what a busy opening hides most dangerously (on sentences of ours said alone and
# after an everyday opening: 37 of 40 read alone, 20 of 40 after the opening).
KINDS = ("safety_self_harm",)
# A tail's reading is weaker evidence than a sentence's own: it must be this clear, of its kind and of being unsafe at
# all. On the labelled splits the tails' false readings ("…I can't do it on my own every night and I'm worn out.",
# 0.72 / 0.86; "…I knew the road would be bad.", 0.55 / 0.84) all fell below; of our 40 self-harm sentences after an
# everyday opening, 31 tails stand above.
TAIL_KIND = 0.73
SELF = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "im", "ive", "id"})
ATTACKS = ("criticism", "contempt", "defensiveness")
ATTACK_KIND = 0.6
TAIL_UNSAFE = 0.88


def tails(s) -> list[str]:
    """The sentence's tails: from each clause start (a clause word, or the word after a comma) to its end."""
    n = len(s.toks)
    if n < LONG_TOKENS:
        return []
    starts = set(s.clause_starts)
    starts |= {i + 1 for i in range(n - 1) if s.words[s.keep[i]]["word"].rstrip().endswith((",", ";", ":", "—", "-"))}
    out = []
    for c in sorted(starts):
        # (said of oneself: "and if it ever starts to feel like", a line cut off, names nobody)
        if c >= LEAD_TOKENS and n - c >= PART_TOKENS and SELF & set(s.toks[c:]):
            out.append(" ".join(w["word"].strip() for w in s.words[s.keep[c]:]))
    return out


def with_tails(sentences: Sequence, readings: list[list[Reading]], folder: Path, threshold: float,
               kinds: Sequence[str] = KINDS) -> list[list[Reading]]:
    """`readings` with, for each long sentence not already read as one of `kinds`, the clearest tail reading of them."""
    asked, owner = [], []
    for k, (s, found) in enumerate(zip(sentences, readings)):
        # (a sentence read clearly as an attack is no errand hiding self-harm: "Did you RSVP at all, or were you waiting for a
        # sign from God?", heldout11, whose tail read as self-harm would have held its contempt back)
        if any(r.category in kinds or r.category in ATTACKS and r.kind_probability >= ATTACK_KIND for r in found):
            continue
        for text in tails(s):
            asked.append(text)
            owner.append(k)
    if not asked:
        return readings
    out = [list(found) for found in readings]
    best: dict[int, Reading] = {}
    for k, found in zip(owner, read_sentences(asked, folder, threshold)):
        for r in found:
            if (r.category in kinds and r.kind_probability >= TAIL_KIND and r.probability >= TAIL_UNSAFE
                    and (k not in best or r.kind_probability > best[k].kind_probability)):
                best[k] = r
    for k, r in best.items():
        out[k].append(r)
        out[k].sort(key=lambda x: -x.probability)
    return out
