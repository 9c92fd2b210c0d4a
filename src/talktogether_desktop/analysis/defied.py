"""Words that are pressure only in a quarrel or as the answer to the partner going, leaving or telling
(threat_when_defied.txt, self_harm_when_left.txt): "Careful. Accidents happen, you know. People fall down stairs." after
"I'm telling the counsellor about last week." is a threat, and "Then I'll take every pill." after "I'm going to my
sister's and I'm not coming back." self-harm used as pressure; the same words in a calm talk, after a broken vase, the
antibiotics or a sore knee, are nothing."""

from __future__ import annotations

from typing import Sequence

from .lexicon import Lexicon
from .words import quote, sentence_bounds, speaker_sentences, token

# what the partner's words just before say: going, leaving, telling someone, or the partner's worry
DEFYING = frozenset({"leave", "leaving", "left", "going", "moving", "out", "tell", "telling", "told", "counsellor",
                     "counselor", "therapist", "police", "solicitor", "lawyer", "divorce", "whether", "worry", "worrying",
                     "worried", "over", "finished", "sister's", "mum's", "mom's", "mother's", "brother's"})
ANSWER_S = 15.0  # the partner's words this long before the sentence, at most
TENSE_S = 60.0  # ... or a horseman or safety language by the rules this long before it (a quarrel)
TENSE = ("criticism", "contempt", "defensiveness", "stonewalling")
KINDS = (("threat_when_defied", "safety_threat"), ("self_harm_when_left", "safety_self_harm"))
# ... and words that may be self-harm or the relationship ("If you leave I'll end it."), only after the partner's own
# leaving (packing, moving out, a break-up), and only to listen to (self_harm_maybe_when_left.txt)
LEAVING = (("i'm", "leaving"), ("i", "am", "leaving"), ("leaving", "you"), ("leave", "you"), ("moving", "out"), ("move", "out"),
           ("not", "coming", "back"), ("packed", "a", "bag"), ("packed", "my"), ("packing", "my"), ("divorce",), ("separate",),
           ("separating",), ("break", "up"), ("it's", "over"), ("we're", "over"), ("we're", "done"))


def _leaving(before: list, toks: list) -> bool:
    """The partner says they are leaving (LEAVING), or the speaker names it: "If you leave (me), I'll…"."""
    said = any(tuple(before[k : k + len(p)]) == p for p in LEAVING for k in range(len(before)))
    return said or any(toks[k : k + 2] == ["you", "leave"] and toks[k + 2 : k + 3] in ([], ["me"], ["i'll"], ["i"], ["then"])
                       for k in range(len(toks)))


MAYBE = ("self_harm_maybe_when_left", "safety_self_harm")


def said_when_defied(words: Sequence[dict], lex: Lexicon, hits: Sequence[dict], markers: Sequence[dict]) -> list[dict]:
    """Safety hits (as the lexicon's) for these phrases in a sentence whose speaker answers the partner's going, leaving,
    telling or worry said in the ANSWER_S before it, or said within TENSE_S of a horseman or safety language found by the
    rules; none where a hit of the kind already covers the words."""
    tense = sorted(m["t"] for m in [*markers, *hits] if m.get("source") == "lexicon"
                   and (m["category"] in TENSE or m["category"].startswith("safety_")))
    out: list[dict] = []
    for mine, first, last in speaker_sentences(words):
        speaker = mine[0]["speaker"]
        toks = [token(w["word"]) for w in mine[first : last + 1]]
        every = set(range(len(toks)))
        start = mine[first]["start"]
        said_before = [token(w["word"]) for w in words if w["speaker"] != speaker and start - ANSWER_S <= w["start"] < start]
        before = set(said_before)
        leaving = _leaving(said_before, toks)  # (the partner leaving, said by either of them: "If you leave…")
        if not before & DEFYING and not any(start - TENSE_S <= t < start for t in tense) and not leaving:
            continue
        for file, category in [*KINDS, MAYBE] if leaving else KINDS:
            for a, b, ph in lex.find(toks, every, every, file)[:1]:
                t, end = mine[first + a]["start"], mine[first + b]["end"]
                if any(h["category"] == category and h.get("source") == "lexicon" and h["speaker"] == speaker
                       and h["t"] <= end and t <= h["end"] for h in [*hits, *out]):
                    continue
                out.append({"t": t, "end": end, "speaker": speaker, "category": category, "phrase": ph.text,
                            "text": " ".join(w["word"] for w in mine[first + a : first + b + 1]),
                            "quote": quote(mine, first + a, first + b), "source": "lexicon",
                            "context": "said in answer to the partner's going, leaving or telling",
                            **({"_strength": "low", "_listen": True} if file == MAYBE[0] else {})})
    return out + harm_as_pressure([*hits, *out], words)


# Self-harm said as the price of the partner's act or as their fault ("If you walk out that door I'll kill myself and
# it'll be on you.", "…I'll take the lot, and that's on you."): coercion, heard as a threat too, so that giving in after
# it ("Okay, okay. I'm sorry. I'll stay.") is read as a possible fear response.
PRESSURE = (("if", "you", "go"), ("if", "you", "leave"), ("you", "go", "to"), ("walk", "out"), ("that's", "on", "you"),
            ("be", "on", "you"), ("it's", "on", "you"), ("your", "fault"), ("live", "with", "it"), ("see", "how", "you"),
            ("you", "did", "this"))
NOT_PRESSURE = frozenset({"didn't", "wasn't", "never", "don't", "not", "notice", "call", "tell"})  # told gently, or a plan for care


def harm_as_pressure(hits: Sequence[dict], words: Sequence[dict]) -> list[dict]:
    out = []
    for h in hits:
        if h["category"] != "safety_self_harm" or h.get("source") != "lexicon" or h.get("_listen"):
            continue
        mine = [w for w in words if w["speaker"] == h["speaker"]]
        at = next((k for k, w in enumerate(mine) if w["start"] >= h["t"] - 0.05), None)
        if at is None:
            continue
        first, last = sentence_bounds(mine, at)
        toks = [token(w["word"]) for w in mine[first : last + 1]]
        plain = [t for k, t in enumerate(toks) if not (t == "don't" and toks[k + 1 : k + 3] == ["know", "what"])]  # "I don't know what I'll do…"
        # (or the answer to the partner's leaving: "I'm leaving you." / "Then I don't know what I'd end up doing to myself.")
        before = [token(w["word"]) for w in words if w["speaker"] != h["speaker"] and 0 < mine[first]["start"] - w["start"] <= ANSWER_S]
        answer = toks[:1] in (["then"], ["fine"]) and _leaving(before, [])
        if (answer or any(tuple(toks[k : k + len(p)]) == p for p in PRESSURE for k in range(len(toks)))) and not set(plain) & NOT_PRESSURE and not any(
                x["category"] == "safety_threat" and x["speaker"] == h["speaker"] and x["t"] <= mine[last]["end"]
                and mine[first]["start"] <= x["end"] for x in [*hits, *out]):
            out.append({"t": mine[first]["start"], "end": mine[last]["end"], "speaker": h["speaker"], "category": "safety_threat",
                        "phrase": "self-harm used as pressure", "text": " ".join(w["word"] for w in mine[first : last + 1]),
                        "quote": quote(mine, first, last), "source": "lexicon",
                        "context": "self-harm said as the price of the partner's act, or as their fault: coercion"})
    return out
