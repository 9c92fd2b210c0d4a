"""A short reply after a long silence that follows the partner's question: withdrawal (EFT's withdrawer).

"Does that bother you at all?" … five seconds … "I don't know. Work's been crazy."; "Do you even still want me?" … six
seconds … "I'm tired, Jen. That's all." (walk48a): replies of a few words more than a minimal reply, given only after
a silence the asker had to sit through, that put the question off ("I don't know", "that's all", "nothing", "fine",
"I'm tired", "not now"). A considered answer after a pause is none ("Let me think. Probably Tuesday.", "Honestly, I
felt lonely and a bit embarrassed.", "No, I think I'd rather go alone.": round 49's review), nor a yes, a question
back, a repair, thanks or a need of the replier's own, nor an engaged reply ("I'm listening.")."""

from __future__ import annotations

from typing import Sequence

from .lexicon import Lexicon
from .settings import AnalysisSettings
from .turns import Turn
from .words import QUOTE_MIN_PROBABILITY, is_question, join_words, token

SLOW_S = 3.0
MOST_WORDS = 8
YES = frozenset({"yes", "yeah", "yep", "yup", "sure", "okay", "ok", "alright", "aye", "ja", "deal", "agreed", "absolutely",
                 "definitely", "course"})
OWN = ("repair", "appreciation", "needs_bids")
# what puts a question off: not knowing, nothing, that's all, tiredness or busyness, not now
PUTTING_OFF = (("don't", "know"), ("dunno",), ("no", "idea"), ("that's", "all"), ("nothing",), ("fine",), ("whatever",),
               ("tired",), ("busy",), ("crazy",), ("not", "now"), ("leave", "it"), ("forget", "it"), ("doesn't", "matter"),
               ("same", "as", "always"), ("it's", "nothing"))


def slow_short_replies(turns: Sequence[Turn], words: Sequence[dict], settings: AnalysisSettings,
                       markers: Sequence[dict], lex: Lexicon | None) -> list[dict]:
    out = []
    for prev, nxt in zip(turns, turns[1:]):
        if prev.speaker == nxt.speaker or nxt.start - prev.end < SLOW_S or not is_question(words[prev.word_ids[-1]]["word"]):
            continue
        reply = [words[i] for i in nxt.word_ids]
        toks = [t for t in (token(w["word"]) for w in reply) if t]
        if not settings.minimal_reply_words < len(toks) <= MOST_WORDS or set(toks) & YES or is_question(reply[-1]["word"]):
            continue
        if lex is not None and lex.find(toks, {0}, {len(toks) - 1}, "engaged_replies"):
            continue
        if not any(tuple(toks[k : k + len(p)]) == p for p in PUTTING_OFF for k in range(len(toks))):
            continue
        if any(m["speaker"] == nxt.speaker and nxt.start <= m["t"] <= nxt.end and m["category"] in OWN for m in markers):
            continue
        out.append({"t": round(nxt.start, 3), "end": round(nxt.end, 3), "speaker": nxt.speaker, "category": "stonewalling",
                    "phrase": "a short reply after a long silence", "text": join_words(reply),
                    "quote": join_words(reply, QUOTE_MIN_PROBABILITY), "source": "timing",
                    "detail": f"{len(toks)}-word reply, {nxt.start - prev.end:.1f} s after the partner's question"})
    return out
