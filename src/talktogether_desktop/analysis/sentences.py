"""A speaker's words cut into sentences, each with its matching tokens and where its clauses start (context.py
reads them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .words import ends_sentence, spoken_token

CLAUSE_WORDS = frozenset({"but", "and", "so", "because", "though", "although", "while"})


@dataclass
class Sentence:
    words: list[dict]   # the sentence's words (one speaker)
    toks: list[str]     # their matching tokens ("" dropped)
    keep: list[int]     # toks[i] is words[keep[i]]
    clause_starts: list[int]  # token indices where a clause starts
    question: bool
    said_back: bool = False  # the partner's feeling said back, then checked ("So you felt alone. Is that right?")

    def clause_start(self, i: int) -> int:
        return max((c for c in self.clause_starts if c <= i), default=0)

    def clause_end(self, i: int) -> int:
        later = [c for c in self.clause_starts if c > i]
        return (later[0] - 1) if later else len(self.toks) - 1


def split_sentences(ids: Sequence[int], words: Sequence[dict]) -> list[Sentence]:
    out, current = [], []
    for i in ids:
        current.append(words[i])
        if ends_sentence(words[i]["word"]):
            out.append(current)
            current = []
    if current:
        out.append(current)
    sentences = [_sentence(ws) for ws in out]
    for s, after in zip(sentences, sentences[1:] + [None]):
        s.said_back = said_back(s.toks, after.toks) if after is not None and not s.question else s.question and said_back(s.toks)
    return sentences


def said_back(toks: Sequence[str], after: Sequence[str] = ()) -> bool:
    """A feeling said back ("So you felt…", "So you're feeling…") and checked; not what the partner wants, thinks or did
    ("So you want to go out with your mates. Is that it?" is a challenge). What the partner said, said back ("So you're
    saying the evenings wear you out…"), only with a check that asks to be put right ("…have I got that right?", in
    the sentence or the next: SAYING, CHECKED)."""
    opener = next((f for f in SAYING if list(toks[: len(f)]) == f), None)
    if opener is not None:  # (the partner's words said back: "you…", not "…is I'm useless. Did I get that right?")
        said = toks[len(opener) :]  # (about the partner: "…you need me to call", "…the evenings wear you out"; not "…is I'm useless")
        return bool(set(said) & PARTNER) and not set(said[:2]) & SPEAKER and any(list(toks[-len(c) :]) == c or list(after) == c for c in CHECKED)
    return any(list(toks[: len(f)]) == f for f in FELT) and list(after) in CHECKS


FELT = (["so", "you", "felt"], ["so", "you", "feel"], ["so", "you're", "feeling"], ["so", "you", "are", "feeling"],
        ["so", "you", "were", "feeling"], ["so", "you've", "been", "feeling"], ["so", "you", "was", "feeling"])


SAYING = (["so", "you're", "saying"], ["so", "what", "you're", "saying"], ["so", "you", "are", "saying"],
          ["so", "what", "you", "are", "saying"], ["so", "you'd"], ["so", "you", "would"], ["so", "you", "need"])
PARTNER = frozenset({"you", "you're", "your", "you'd", "you've", "you'll"})
SPEAKER = frozenset({"i'm", "me", "my", "myself", "i've"})
CHECKED = (["have", "i", "got", "that", "right"], ["did", "i", "get", "that", "right"], ["did", "i", "get", "it", "right"],
           ["is", "that", "what", "you", "mean"], ["is", "that", "close"], ["have", "i", "understood"])


# a question that checks a saying-back, after "So you…" (not "So you felt it was fine to lie? Really?", "So you were
# late. Right?")
CHECKS = (["is", "that", "right"], ["is", "that", "it"], ["did", "i", "get", "that", "right"], ["have", "i", "got", "that", "right"],
          ["did", "i", "get", "it", "right"], ["am", "i", "right"], ["is", "that", "what", "you", "mean"],
          ["is", "that", "what", "you're", "saying"], ["is", "that", "fair"], ["is", "that", "close"])


def _sentence(ws: list[dict]) -> Sentence:
    toks, keep, starts = [], [], [0]
    for k, w in enumerate(ws):
        t = spoken_token(w["word"])
        if not t:
            continue
        if toks and (t in CLAUSE_WORDS or ws[keep[-1]]["word"].rstrip().endswith((",", ";", ":", "—", "–"))):
            starts.append(len(toks))
        toks.append(t)
        keep.append(k)
    question = bool(ws) and ws[-1]["word"].rstrip().rstrip('"').endswith("?")
    return Sentence(ws, toks, keep, sorted(set(starts)), question)


# "Sorry I said it / anything / the truth, you're pathetic.": what follows "I said" is no quote of an insult
SAID_NOTHING = frozenset({"it", "anything", "something", "that", "this", "the", "so", "because", "but", "and"})


def quoted_in(s: Sentence) -> tuple:
    """(start, end) in time of the words an apology quotes: everything after "called you/him/her" ("sorry I called you
    useless"), or the clause after "I said" ("I'm sorry I said what's wrong with you."; not "Sorry, but I said it and I
    meant it, you're pathetic."); (None, None) where there is none."""
    for i in range(len(s.toks) - 1):
        if s.toks[i] == "called" and s.toks[i + 1] in ("you", "him", "her"):
            return s.words[s.keep[i]]["start"], float("inf")
        if s.toks[i - 1 : i + 1] == ["i", "said"] and s.toks[i + 1] not in SAID_NOTHING:
            return s.words[s.keep[i]]["start"], s.words[s.keep[s.clause_end(i + 1)]]["end"]
    return None, None
