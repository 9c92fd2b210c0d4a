"""Appreciations told as a story, and thanks said in sarcasm.

The appreciation practice asks for "On Tuesday, when you …, I felt …": a deed of the partner's told back with what it
did for the speaker. Said that way it often carries no listed word of thanks ("You swapped your shift on Thursday so
you could pick me up from the clinic.", "The way you sat up with Jack … so I could sleep before my early start.") or
the thanks comes a sentence later ("… and that meant a lot."), so the appreciation was missed or quoted without its
deed. A sentence of the partner's deed ("you" and a past-tense verb, no negation, no question) with its benefit to the
speaker in it or in the next two of the speaker's sentences ("so I could", "that meant", "I felt cared for", "because
of you", "without being asked", or an appreciation the lists found) is one appreciation, quoted from the deed.

"Oh, thanks a lot for leaving the dishes for me again. Really great." is no appreciation: thanks of the sarcastic
kind ("thanks a lot", "thanks a bunch", "thanks for nothing") for a fault, or with a mocking tag after it, are dropped.
Pure: markers and words in, markers out.
"""

from __future__ import annotations

import re
from typing import Sequence

from .words import join_words, speaker_sentences, token

# a past-tense verb: regular ("swapped", "fetched", "sorted") or one of the common irregular ones
PAST = re.compile(r"^(?:[a-z]+ed|took|made|got|gave|sat|came|drove|brought|ran|let|kept|found|went|rang|put|paid|"
                  r"thought|held|set|bought|read|sent|wrote|spent|stood|stuck|taught|built|dealt|won|woke|saw|heard|"
                  r"knew|showed|did)$")
# the deed's own clause, "you didn't …", "you never …", "you forgot …": no deed to thank
NOT_A_DEED = frozenset({"didn't", "never", "not", "forgot", "ignored", "missed", "broke", "lost", "ruined",
                        "shouted", "yelled", "blamed", "laughed", "embarrassed", "interrupted", "promised", "said",
                        "wanted", "asked", "told", "decided", "agreed", "used", "tried", "expected", "needed",
                        "supposed", "left", "started", "called", "accused", "complained", "slammed", "snapped",
                        # (a reply taking praise in: "That means a lot that you noticed.")
                        "noticed", "liked", "enjoyed", "loved", "mentioned", "seemed", "looked", "sounded"})
# what is taken from the one speaking in control, never a deed to thank for
TAKEN = frozenset({"phone", "keys", "card", "cards", "money", "passport", "wallet", "purse", "laptop", "car", "wages", "pay"})
FILLER = frozenset({"really", "just", "actually", "even", "also", "all", "so", "both", "kindly", "quietly", "then"})
BENEFIT = re.compile(
    r"\bso (?:that )?i (?:could|can|didn't|did not|wouldn't|was able)\b(?!\s+(?:not|only|never|no longer)\b)|\b(?:which|that|it) (?:meant|helped)\b|"
    r"\bmeant i\b|\bmade my (?:whole )?(?:day|week|morning|evening|night|weekend)|\bbecause of you\b|"
    r"\bi felt (?:really |so |very |properly |truly )?(?:cared for|looked after|loved|supported|seen|special|proud|"
    r"relieved|grateful|lucky|safe|valued|appreciated|held|thought of|at ease|calm)|\bi (?:really )?noticed\b|"
    r"\bwithout (?:being asked|me asking|me having to ask|me reminding you|being reminded|a word)|"
    r"\bmade (?:it|things|everything|life|that) (?:so |a lot |much |so much )?easier|\bmade a (?:big |real |huge )?difference|"
    r"\bi was (?:so |really )?(?:grateful|touched|relieved|thankful)|\bi could (?:sleep|relax|rest|breathe|focus|finish|stay)",
    re.IGNORECASE)
SARCASTIC_THANKS = re.compile(r"\b(?:thanks|thank you) (?:a lot|a bunch|a million|for nothing)\b|\bcheers for nothing\b",
                              re.IGNORECASE)
FAULT = re.compile(r"\b(?:again|as usual|for once|nothing|leaving|forgetting|ruining|dumping|abandoning)\b", re.IGNORECASE)
MOCK_TAG = frozenset({"really great", "great", "love that", "brilliant", "lovely", "fantastic", "cheers", "nice one",
                      "classic", "perfect", "wonderful", "super", "amazing", "just great", "really helpful", "so helpful"})
NEXT_SENTENCE_S = 3.0  # a benefit told after the deed comes this soon, with the partner silent in between
QUOTE_WORDS = 40


def _deed(toks: list[str]) -> bool:
    for k, tok in enumerate(toks):
        if tok != "you":
            continue
        if k > 0 and toks[k - 1] in ("if", "unless", "did", "do", "have", "had", "could", "would", "can", "will"):
            continue  # a question or a condition, not a deed told
        rest = [t for t in toks[k + 1 : k + 5] if t not in FILLER]
        if rest and rest[0] not in NOT_A_DEED and PAST.match(rest[0]) and rest[1:2] not in (["not"], ["nothing"]) and not (
                rest[1:2] == ["my"] and set(rest[2:4]) & TAKEN):  # ("You took my bank card so I didn't have to worry…")
            return True
    return False


def _hard(markers: Sequence[dict], speaker, start: float, end: float) -> bool:
    return any(m["speaker"] == speaker and m["category"] in ("criticism", "contempt", "defensiveness")
               and start - 0.05 <= m["t"] <= end + 0.05 for m in markers)


def _sentences(words: Sequence[dict]) -> list[tuple]:
    """(speaker, first word, last word, text) of each sentence, in time order."""
    out = [(mine[a]["speaker"], mine[a], mine[b], join_words(mine[a : b + 1]), mine[a : b + 1])
           for mine, a, b in speaker_sentences(words)]
    return sorted(out, key=lambda s: s[1]["start"])


def _follows(words: Sequence[dict], one: tuple, other: tuple) -> bool:
    """`other` is the same speaker's next sentence, soon after and with no word of the partner's between."""
    gap = other[1]["start"] - one[2]["end"]
    return (0 <= gap <= NEXT_SENTENCE_S and not any(w["speaker"] != one[0] and one[2]["end"] <= w["start"] < other[1]["start"]
                                                   for w in words))


def sarcastic_thanks(markers: list[dict], words: Sequence[dict]) -> list[dict]:
    """Appreciations less thanks said in sarcasm: for a fault ("…for leaving the dishes for me again") or with a mocking
    tag after it ("Really great.")."""
    sents = _sentences(words)
    out = []
    for m in markers:
        if m["category"] == "appreciation" and SARCASTIC_THANKS.search(m.get("quote") or ""):
            at = next((k for k, s in enumerate(sents) if s[0] == m["speaker"] and s[1]["start"] - 0.05 <= m["t"] <= s[2]["end"]), None)
            tag = at is not None and at + 1 < len(sents) and _follows(words, sents[at], sents[at + 1]) and " ".join(
                token(w["word"]) for w in sents[at + 1][4]) in MOCK_TAG
            if FAULT.search(m.get("quote") or "") or tag:
                continue
        out.append(m)
    return out


def story_appreciations(markers: list[dict], words: Sequence[dict], safety: Sequence[dict] = ()) -> list[dict]:
    """The markers with each appreciation told as a story added (category "appreciation", phrase "told as a story"),
    quoted from the deed to its benefit; the listed appreciations inside that quote are part of it, and dropped. Never
    where safety language was heard in the story or before it (what follows a threat or control is no appreciation)."""
    markers = sarcastic_thanks(markers, words)
    flagged = [f for f in safety if not f.get("_listen") and not f.get("listen_only")]
    sents = _sentences(words)
    found = []
    for k, s in enumerate(sents):
        toks = [token(w["word"]) for w in s[4]]
        if s[2]["word"].rstrip().endswith("?") or not _deed(toks):
            continue
        span = [s]
        for nxt in sents[k + 1 : k + 3]:
            if nxt[0] != s[0] or not _follows(words, span[-1], nxt):
                break
            span.append(nxt)
        told = next((n for n, x in enumerate(span) if BENEFIT.search(x[3]) or any(
            m["category"] == "appreciation" and m["speaker"] == s[0] and x[1]["start"] - 0.05 <= m["t"] <= x[2]["end"]
            for m in markers)), None)
        # (a reading by meaning of the story's own words is no safety language before it: "…so I could sleep in." read
        # as self-harm, only to listen to)
        if told is None or any(_hard(markers, s[0], x[1]["start"], x[2]["end"]) for x in span[: told + 1]) or any(
                f["t"] < s[1]["start"] - 0.05 or f.get("source") != "meaning" and f["t"] <= span[told][2]["end"] + 0.05
                for f in flagged):
            continue
        if any(f["speaker"] == s[0] and f["t"] <= s[1]["start"] <= f["end"] + 0.05 for f in found):
            continue  # (inside a story already told)
        said = [w for x in span[: told + 1] for w in x[4]]
        found.append({"t": s[1]["start"], "end": span[told][2]["end"], "speaker": s[0], "category": "appreciation",
                      "phrase": "told as a story", "text": " ".join(w["word"] for w in said),
                      "quote": join_words(said[:QUOTE_WORDS]) + (" \u2026" if len(said) > QUOTE_WORDS else ""),
                      "source": "lexicon"})
    kept = [m for m in markers if not (m["category"] == "appreciation" and any(
        f["speaker"] == m["speaker"] and f["t"] - 0.05 <= m["t"] <= f["end"] + 0.05 for f in found))]
    return sorted(kept + found, key=lambda m: (m["t"], m["category"]))
