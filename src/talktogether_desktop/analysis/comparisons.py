"""The partner held up against someone else's partner, to their cost: contempt (Gottman: comparing the partner
unfavourably with others is one of contempt's everyday forms).

"My sister's husband fixes things himself; you can't even change a lightbulb." "Compared to Priya's husband you're a
total failure." "My ex at least had some ambition; you just sit there." "Your friends' wives manage to hold down jobs;
what's your excuse?" No phrase list holds these: the other partner is named in the speaker's own words, and the
partner falls short in the next clause. Read here, on one sentence or two in a row by one speaker:

- another's partner: a name or a relation in the possessive before a partner word ("Priya's husband", "my sister's
  boyfriend", "your friends' wives"), "my ex", "other husbands", or "compared to / compared with";
- the partner falling short: "you" with a word of lack within three words ("you can't even", "you just sit", "you
  never", "you're a total failure"), or "what's your excuse".

"My sister's husband is coming Friday, can you get wine?" holds no lack; "My sister's husband never helps her, you
know" says nothing of the partner. Said in a turn already read as contempt, nothing is added.
"""

from __future__ import annotations

from typing import Sequence

from .sentence_terms import hit, same_turn

PARTNER_WORDS = frozenset({"husband", "husbands", "wife", "wives", "boyfriend", "boyfriends", "girlfriend", "girlfriends",
                           "partner", "partners", "fella", "fiance", "fiancee", "missus", "hubby"})
NOT_POSSESSIVE = frozenset({"it's", "that's", "what's", "he's", "she's", "there's", "here's", "let's", "who's",
                            "where's", "how's", "one's", "everyone's", "nobody's", "somebody's", "someone's"})
OTHERS = frozenset({"other", "others'", "everyone", "everybody"})
YOU = frozenset({"you", "you're", "youre", "you've", "you'd", "ye", "ya"})
LACK = frozenset({"can't", "cant", "cannot", "couldn't", "don't", "didn't", "never", "won't", "just", "even", "barely",
                  "hardly", "failure", "useless", "nothing", "only"})
# How many words after "you" a word of lack may come ("you can't even", "you're a total failure").
LACK_WITHIN = 3


def another_partner(toks: Sequence[str]) -> bool:
    """Another's partner named: a possessive before a partner word, "my ex", "other husbands", "compared to/with"."""
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if nxt in PARTNER_WORDS and (t.endswith("'s") and t not in NOT_POSSESSIVE or t.endswith("s'") or t in OTHERS):
            return True
        if t == "ex" and k and toks[k - 1] in ("my", "her", "his") or t == "compared" and nxt in ("to", "with"):
            return True
    return False


def falls_short(toks: Sequence[str]) -> bool:
    """The partner falling short: "you" with a word of lack within LACK_WITHIN words, or "what's your excuse"."""
    if any(toks[k : k + 3] == ["what's", "your", "excuse"] for k in range(len(toks))):
        return True
    return any(t in YOU and set(toks[k + 1 : k + 1 + LACK_WITHIN]) & LACK for k, t in enumerate(toks))


def unfavourable_comparisons(markers: Sequence[dict], read: Sequence[tuple]) -> list[dict]:
    """Contempt markers for the comparisons (module doc), on the sentence where the partner falls short."""
    contempt = [(m["speaker"], m["t"], m["end"]) for m in markers if m["category"] == "contempt"]
    out = []
    for k, (s, *_) in enumerate(read):
        if not falls_short(s.toks):
            continue
        before = read[k - 1][0] if k and same_turn(read[k - 1][0], s) else None
        if not (another_partner(s.toks) or before is not None and another_partner(before.toks)):
            continue
        first = before if before is not None and another_partner(before.toks) else s
        who, a, b = s.words[0].get("speaker"), first.words[0]["start"], s.words[-1]["end"]
        if any(w == who and a - 0.05 <= t <= b for w, t, _ in contempt):
            continue
        out.append(hit(s, 0, len(s.toks) - 1, "contempt", "compared with another's partner",
                       context="the partner held up against someone else's partner, to their cost"))
    return out
