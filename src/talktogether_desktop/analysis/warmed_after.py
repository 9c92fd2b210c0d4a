"""A tease the speaker warms at once: "You're such a nerd about the stats, y'know. It's cute.", "You always know when
I'm hiding something. Reckon that's why I married you."

An absolute or a name-calling frame followed, in the same turn, by a short sentence of plain warmth says how it was
meant, whatever else was said in the half minute around it (across.absolutes_in_calm sets this against the tension
near). Not when that sentence holds a cold word, a negation, a "but", a character judged or a question ("Oh, lovely.
Why do you always do this?"), not when the turn answers the partner's complaint ("Oh, that's cute." after "You never
help."), and not beside the speaker's own safety language heard by the rules.

Likewise a horseman the meaning reader alone was unsure of, in a turn where the rules heard the same speaker's
affectionate absolute ("Chai, it really has a ring. You never fail to surprise me, you this man."): read_beside_affection.
"""

from __future__ import annotations

from typing import Sequence

from .fondness import WARM_WORDS
from .sentence_terms import CONTRAST, LAUGHTER

GAP_S = 2.0  # the next sentence this soon after, with no word from the partner between: the same turn
ANSWERING_S = 8.0  # a partner's criticism or contempt this soon before the tease: it answers a complaint
WARM = WARM_WORDS | LAUGHTER | {"romantic", "adorable", "gorgeous", "darling"}


def warmed_at_once(m: dict, sentence, markers: Sequence[dict], safety: Sequence[dict], read: Sequence[tuple], reader) -> bool:
    """Whether the speaker's next sentence in the turn of `m` (a frame found in `sentence`) is plainly warm."""
    if sentence is None:
        return False
    order = [e[0] for e in read if e[0].words]
    k = next((i for i, s in enumerate(order) if s is sentence), None)
    if k is None or k + 1 >= len(order):
        return False
    nxt = order[k + 1]
    speaker, start, end = m["speaker"], sentence.words[0]["start"], sentence.words[-1]["end"]
    if nxt.words[0]["speaker"] != speaker or not 0 <= nxt.words[0]["start"] - end <= GAP_S:
        return False
    toks = list(nxt.toks)
    lex = reader.lex
    traits = {p.parts[0] for p in lex.categories.get("traits", []) if len(p.parts) == 1}
    if (nxt.question or set(toks) & (CONTRAST | traits) or any(reader._negator(t) for t in toks)
            or lex.find(toks, {0}, set(), "negative_words")):
        return False
    if not (set(toks) & WARM or lex.find(toks, {0}, set(), "affection")):
        return False
    if any(x["speaker"] != speaker and x["category"] in ("criticism", "contempt") and 0 <= start - x["t"] <= ANSWERING_S
           for x in markers):
        return False
    return not any(h["speaker"] == speaker and h.get("source") != "meaning" and start - GAP_S <= h["t"] <= nxt.words[-1]["end"]
                   for h in safety)


HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")


def read_beside_affection(markers: list[dict]) -> list[dict]:
    """A horseman read by meaning alone, unsure (low), in a turn where the rules heard the same speaker's affectionate
    absolute ("Chai, it really has a ring. You never fail to surprise me, you this man."): the rules read the turn as
    warm, and no horseman of theirs is in it. Taken out and returned."""
    warm = [x for x in markers if x["category"] == "appreciation" and str(x.get("phrase", "")).startswith("affectionate")
            and x.get("source", "lexicon") == "lexicon"]
    heard = [x for x in markers if x["category"] in HORSEMEN and x.get("source") != "meaning"]
    dropped = []
    for m in [m for m in markers if m["category"] in HORSEMEN and m.get("source") == "meaning" and m.get("_strength") == "low"]:
        near = [x for x in markers if x["speaker"] == m["speaker"] and m["t"] - GAP_S <= x["t"] <= m.get("end", m["t"]) + GAP_S]
        if any(x in warm for x in near) and not any(x in heard for x in near):
            markers.remove(m)
            dropped.append({**m, "dropped_because": "read by meaning beside the speaker's affectionate absolute in the turn"})
    return dropped
