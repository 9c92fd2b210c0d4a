"""Self-harm said again as a denial of intent (DOMAIN.md §6).

After someone has said they think of not waking up, "I'm not going to do anything. It's just a thought
that keeps coming at night." is not reassurance to file away: it is the rest of the disclosure (the
thoughts come back; acting on them is denied), and exactly what a risk assessment asks about. Said with
no disclosure before it ("I'm not going to do anything tonight, I'm shattered"), it is nothing.

So a denial (self_harm_denials.txt) is flagged as self-harm language when the partner who says it has,
within FOLLOW_S before, said something that raises the risk prompt (a listed phrase, or a reading by
meaning whose kind is clear: safety.raises_prompt), or answers the other partner asking about it
(self_harm_questions.txt: "Are you thinking of hurting yourself?").
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..timefmt import clock
from .lexicon import Lexicon
from .safety import GROUPS, raises_prompt
from .words import quote, sentence_bounds, taunted, token

FOLLOW_S = 120.0  # a denial this soon after the disclosure belongs to it
ANSWER_S = 20.0  # ... or, answering a question about it (a sentence ending "?"), this soon after it


def denials_after_disclosure(flags: Sequence[dict], words: Sequence[dict], lex: Lexicon,
                             names: Mapping[str, str]) -> list[dict]:
    """Self-harm flags for denials of intent said after a disclosure or in answer to a question about it."""
    cues = []  # (who may deny, from when, until when, what it follows, a disclosure?)
    for a, b, _, _ in _found(words, lex, "self_harm_questions"):
        # asked, not told of ("a documentary about thoughts of suicide"), and no taunt ("Why don't you go and kill yourself?")
        if not words[b]["word"].rstrip().endswith("?") or taunted(lex, [w["word"] for w in words[a:b + 1]]):
            continue
        other = next((w["speaker"] for w in words[b + 1:] if w["speaker"] != words[a]["speaker"]), None)
        if other is not None:
            cues.append((other, words[b]["end"], words[b]["end"] + ANSWER_S, f"the question at {clock(words[a]['start'])}",
                         False))
    cues += [(f["speaker"], f["end"], f["end"] + FOLLOW_S, f"{names.get(f['speaker'], f['speaker'])}'s words at "
              f"{clock(f['t'])}", True) for f in flags if f["category"] == "self_harm" and raises_prompt(f)]
    out: list[dict] = []
    taken = [(f["speaker"], f["t"], f["end"]) for f in flags if f["category"] == "self_harm"]
    for a, b, phrase, text in _found(words, lex, "self_harm_denials"):
        who, start, end = words[a]["speaker"], words[a]["start"], words[b]["end"]
        # the latest disclosure it follows, else the question it answers
        after = [what for _, _, what in sorted((disclosed, t, what) for by, t, until, what, disclosed in cues
                                               if by == who and t <= start <= until)]
        if not after or any(by == who and t <= end and start <= e for by, t, e in taken):
            continue  # no disclosure before it, or its sentence is flagged already
        taken.append((who, start, end))
        out.append({"t": start, "end": end, "speaker": who, "name": names.get(who, who), "category": "self_harm",
                    "group": GROUPS["self_harm"], "phrase": phrase.text, "quote": text, "source": "lexicon",
                    "context": f"after {after[-1]}: denying intent after such thoughts is part of the disclosure;"
                               " ask about it directly"})
    return out


def _found(words: Sequence[dict], lex: Lexicon, category: str) -> list[tuple]:
    """Matches of `category` in each speaker's own run of words (never across a change of speaker), widened to
    their sentence: (first index, last index, phrase, the sentence quoted)."""
    out, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1]["speaker"] == words[i]["speaker"]:
            j += 1
        run = words[i:j + 1]
        every = set(range(len(run)))
        for a, b, ph in lex.find([token(w["word"]) for w in run], every, every, category):
            first, last = sentence_bounds(run, a)[0], sentence_bounds(run, b)[1]
            out.append((i + first, i + last, ph, quote(run, a, b)))
        i = j + 1
    return out
