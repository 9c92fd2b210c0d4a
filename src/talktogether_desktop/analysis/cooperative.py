"""Overlap that joins in rather than takes over (Schegloff 2000; Lerner 1991 on collaborative completion).

Two ways a change of speaker looks like a cut-in on the words and is not one:
- a sentence finished for the partner and taken as theirs: "…what I wanted to talk about is the" / "holiday money
  for the summer." / "Yes, that is it." (`finished_for`);
- a listener's acknowledgement run on into their own turn: "Mm-hm, yeah, and also we could stop at the lake" said
  as the partner reaches the end of a sentence. The "mm-hm" comes under the partner's last words (so the turns
  overlap) and on one microphone is often given to the partner as a word or two ("…on Saturday night. And I"),
  which makes their turn look broken off (`acknowledged_then_went_on`). What stays a cut-in: the newcomer's own
  words (after the acknowledgement) begin while the partner is still talking, or the partner had not reached the
  end of a sentence ("Yeah, but that is not what" over "…and every time you").
Pure functions on the analysis's turns and words.
"""

from __future__ import annotations

from typing import Sequence

from .lexicon import Lexicon
from .turns import Turn
from .words import ends_sentence, looks_unfinished, token

# What the one whose sentence was finished for them says first to take the ending as theirs ("Yes! Exactly that.",
# "yes, that is it."): the opening clause is made of these and holds a yes
CONFIRMING = frozenset({"yes", "yeah", "yep", "exactly", "precisely", "that's", "thats", "it", "that", "right", "totally",
                        "absolutely", "oh", "god"})
AGREEING = frozenset({"yes", "exactly", "precisely", "yep"})
FINISH_TAKEN_S = 2.0
FINISH_WORDS = 12
# An acknowledgement opens the newcomer's turn within this many seconds of its start ...
ACK_WITHIN_S = 1.5
# ... after at most one clause this short that the lexicon does not know (a continuer heard as other words: "can.")
ACK_MISHEARD_WORDS = 2
# The partner's last sentence ended at most this many words before their turn did (the rest: the listener's
# acknowledgement given to them, or a breath of a next sentence the acknowledgement answered)
TRAILING_WORDS = 2
CLAUSE_ENDS = (",", ";", ":")


def _clauses(ids: Sequence[int], words: Sequence[dict]) -> list[list[int]]:
    """Word ids cut into clauses at sentence ends and commas."""
    out: list[list[int]] = [[]]
    for i in ids:
        out[-1].append(i)
        text = words[i]["word"].strip()
        if ends_sentence(text) or text.endswith(CLAUSE_ENDS):
            out.append([])
    return [c for c in out if c]


def finished_for(prev: Turn, nxt: Turn, after: Turn | None, words: Sequence[dict]) -> bool:
    """The partner whose sentence `nxt` finished goes on at once by agreeing with it (its opening clause is only
    CONFIRMING words, a yes among them). A finish is short: a long turn over the partner's unfinished sentence
    is a cut-in, whatever is said after it."""
    if after is None or after.speaker != prev.speaker or after.start - nxt.end > FINISH_TAKEN_S or len(nxt.word_ids) > FINISH_WORDS:
        return False
    clauses = _clauses(after.word_ids, words)
    first = [t for t in (token(words[i]["word"]) for i in clauses[0]) if t] if clauses else []
    return bool(first) and set(first) <= CONFIRMING and bool(set(first) & AGREEING)


def _own_words_start(nxt: Turn, words: Sequence[dict], lexicon: Lexicon) -> float | None:
    """When the newcomer's own words begin after an acknowledgement that opens the turn; None when it opens
    with none (or is nothing but one)."""
    clauses = _clauses(nxt.word_ids, words)
    acked = misheard = 0
    for k, clause in enumerate(clauses):
        if words[clause[0]]["start"] > nxt.start + ACK_WITHIN_S:
            break
        toks = [t for t in (token(words[i]["word"]) for i in clause) if t]
        if toks and lexicon.covers(toks, "backchannels"):
            acked += 1
            continue
        if not acked and not misheard and k == 0 and len(toks) <= ACK_MISHEARD_WORDS:
            misheard += 1
            continue
        return words[clause[0]]["start"] if acked else None
    return None


def acknowledged_then_went_on(prev: Turn, nxt: Turn, words: Sequence[dict], lexicon: Lexicon | None) -> bool:
    """`nxt` opens with an acknowledgement, the partner's last sentence had ended (but for at most TRAILING_WORDS),
    and the newcomer's own words start only once the partner's turn is over."""
    if lexicon is None or not prev.word_ids or not nxt.word_ids:
        return False
    own = _own_words_start(nxt, words, lexicon)
    if own is None or own < prev.end:
        return False
    # a full stop the recogniser put on a broken-off sentence ("... my side you just.") is no end of one
    tail = [words[i]["word"] for i in prev.word_ids[-(TRAILING_WORDS + 1):]]
    return any(ends_sentence(w) and not looks_unfinished(w) for w in tail)
