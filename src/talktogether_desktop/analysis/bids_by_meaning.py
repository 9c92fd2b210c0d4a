"""Bids for connection no phrase marks, and how the reply met a bid, read by meaning (reaching.py calls these).

The sentence model's readings (meaning_model: the `bids` and `replies` families, and the safety and horsemen
examples as a second opinion) where the phrase rules of reaching.py find nothing. Measured on exchanges written
blind and reviewed on everyday conversations: benchmarks/clinical/measured/README.md, round 10.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from .lexicon import NEGATIVE_CATEGORIES
from .meaning_model import BIDS, REPLIES, probabilities
from .reply_forms import partner_feeling_said_back, reflects_without_check
from .reply_words import engaged_reply, reflects_back
from .settings import AnalysisSettings
from .words import QUOTE_MIN_PROBABILITY, is_question, join_words, sentence_bounds, token

# Bids no phrase marks ("Look at that sunset", "Guess who I bumped into at Tesco") are read by meaning
# (meaning_model.BIDS) when the folder of examples is given: a sentence of at least BID_TOKENS words,
# that is not the answer to the partner's question, read as a bid at least this surely, in a calm stretch:
# nothing tense, unsafe, withdrawn or repairing said by either partner in its turn or in the CALM_BEFORE_S
# before it (in a quarrel the phrase rules read what is reached for; by meaning, complaints read as news).
BID_SURE = 0.7
CALM_BEFORE_S = 20.0
# One the safety examples read as possibly self-harm (BID_SELF_HARM: a veiled disclosure the safety rules
# missed is no everyday bid) or clearly another safety kind (BID_UNSAFE_KIND) is low: "check the recording".
# So is one within CALM_BEFORE_S of a sentence the horsemen examples read as an attack (TENSE_BY_MEANING): a
# quarrel in plain words. (Tried and left: leaving such bids out lost bids the clinical splits label in tense
# talk, 78 -> 74 of 114; making low those read as an attack themselves hit as many good bids as bad ones.)
# A turn with nothing after it in the recording holds no bid by meaning: nobody can tell how it was met.
BID_SELF_HARM = 0.15
BID_UNSAFE_KIND = 0.6
TENSE_BY_MEANING = 0.8
BID_TOKENS = 3
NOT_A_BID = (*NEGATIVE_CATEGORIES, "stonewalling", "repair", "flooding")
# How a reply met a bid, by meaning (meaning_model.REPLIES), where the rules find no sign (no unsafe or
# tense words, no withdrawal) and no engagement: the likeliest of toward / away / against when at least
# this likely. The reply is read in its first two sentences.
REPLY_SURE = 0.6
AIMED = frozenset({"you", "you're", "your", "you've", "you'd", "you'll", "yourself", "ya", "ye", "yer"})
REPLY_WORDS = 40
# One read as "toward" must not read as an attack by the horsemen examples (TOWARD_NO_ATTACK); one read as
# "against" must also read as one, at least AGAINST_ATTACK ("You'll smash it. You know your stuff." reads as against
# by the replies examples, 0.71, and as an attack at 0.10: the two together are what a put-down looks like). Where
# nothing else decides, reaching.py still meets a bid against on the replies reading alone (REPLY_SURE), as a reading
# to check (reaching.AGAINST_UNCONFIRMED: right on 43 of 46 bid exchanges fitted without; that reply is one wrong).
TOWARD_NO_ATTACK = 0.5
AGAINST_ATTACK = 0.3
# Before the signs of taking a bid up (a question back, shared words) a reply meets it against when the replies
# examples read it as against at least PUT_DOWN and the horsemen examples as an attack at least PUT_DOWN_ATTACK (bid
# sets: against found 156 -> 169 of 264, no toward or away reply read so).
PUT_DOWN = 0.8
PUT_DOWN_ATTACK = 0.4
# The signs of taking a bid up (a question back, shared words, an answer) give way to the replies examples when
# they read the reply at least this clearly as against or away ("Without asking me? Great. Thanks for deciding my
# Friday for me.", "Yeah, lovely, anyway did you pay the council tax?"), unless it thanks or apologises, or (for away)
# asks after the bid itself (reaching._outweighed). Measured with the replies examples fitted without the set read
# (benchmarks/bid_sets.py --fitted-without) and on a set never used to fit: clinical/measured/README.md, round 16.
OVERRULES_TAKING_UP = {"against": 0.75, "away": 0.8}
REPLY_ATTACK = 0.7
ATTACK_WORDS = 6  # ... in six words or more ("Go on then." reads as an attack as often as not)
HORSEMEN_KINDS = ("criticism", "contempt", "defensiveness", "stonewalling")


def bids_by_meaning(turns, words, markers, safety_flags, folder: Path, held: set, bids: set,
                    settings: AnalysisSettings, lexicon=None) -> list[dict]:
    """Sentences no phrase marked that read as a bid (BID_SURE), at most one a turn and none in a turn
    (`held`: (start, speaker)) already shown reaching for something, nor in a turn that answers the partner's
    question or bid (`bids`: the turns holding one), as find_reaching's entries; never the partner's words said back
    ("What I heard is that you felt alone…": reflecting.txt, with `lexicon`)."""
    candidates = []
    for k, turn in enumerate(turns):
        if (turn.start, turn.speaker) in held:
            continue  # the phrase rules found what this turn reaches for
        tw = [words[i] for i in turn.word_ids]
        i = 0
        while i < len(tw):
            first, last = sentence_bounds(tw, i)
            i = last + 1
            sentence = tw[first : last + 1]
            toks = [t for t in (token(w["word"]) for w in sentence) if t]
            asked = is_question(sentence[-1]["word"])  # (nor the partner's feeling said back: "You're saying you…")
            if len(toks) < BID_TOKENS or lexicon is not None and reflects_back(toks, lexicon) \
                    or reflects_without_check(toks, asked) or partner_feeling_said_back(toks, asked):
                continue
            a, b = sentence[0]["start"] - CALM_BEFORE_S, max(sentence[-1]["end"], turn.end) + 0.05
            if any(a <= x["t"] <= b and x["category"] in NOT_A_BID for x in markers) \
                    or any(a <= f["t"] <= b for f in safety_flags):
                continue
            candidates.append((k, turn, sentence))
    texts = [join_words(s) for _, _, s in candidates]
    read = probabilities(texts, folder, BIDS)
    if read is None:
        return []
    # a bid the safety examples also read as unsafe is listed only to check against the recording ("I've been
    # looking up bridges near here")
    doubtful = _unsafe(texts, folder)
    best: dict[int, tuple] = {}  # one bid a turn: its likeliest sentence ("I made that soup you like. Want a bowl?")
    for (k, turn, sentence), p, doubt in zip(candidates, read["bid"], doubtful):
        if p >= BID_SURE and p > best.get(k, (0.0,))[0]:
            best[k] = (float(p), turn, sentence, doubt)
    out = []
    with_bid = {k for k, turn in enumerate(turns) if (turn.start, turn.speaker) in bids}
    tense = _tense_times(turns, words, folder)
    for k in sorted(best):
        _, turn, sentence, doubt = best[k]
        if k + 1 == len(turns):
            continue  # the recording ends: nobody can tell how it was met
        # in a stretch the horsemen examples read as a quarrel ("It's winter, what did you expect?") it is only
        # to check: the splits' writers label bids there too, but as often it is a complaint said as news
        doubt = doubt or any(sentence[0]["start"] - CALM_BEFORE_S <= t <= turn.end for t in tense)
        # the reply to the partner's question or bid is no bid of its own ("One sec, I'm finishing this email.")
        before = turns[k - 1] if k > 0 else None
        if before is not None and before.speaker != turn.speaker and before.word_ids \
                and turn.start - before.end <= settings.bid_response_s \
                and (k - 1 in with_bid or is_question(words[before.word_ids[-1]]["word"])):
            continue
        with_bid.add(k)
        out.append({"speaker": turn.speaker, "t": sentence[0]["start"], "end": sentence[-1]["end"],
                    "quote": join_words(sentence), "cues": {("needs_bids", "meaning")}, "turn": turn,
                    "sentence": sentence, "source": "meaning", **({"_strength": "low"} if doubt else {})})
    return out


def _tense_times(turns, words, folder) -> list[float]:
    """Start times of the sentences the horsemen examples read as an attack (TENSE_BY_MEANING or more)."""
    sentences = []
    for turn in turns:
        tw = [words[i] for i in turn.word_ids]
        i = 0
        while i < len(tw):
            first, last = sentence_bounds(tw, i)
            i = last + 1
            if last - first + 1 >= BID_TOKENS:
                sentences.append(tw[first : last + 1])
    attack = _attack([join_words(s) for s in sentences], folder)
    return [s[0]["start"] for s, a in zip(sentences, attack) if a >= TENSE_BY_MEANING]


def reply_attacks(reply_words: Sequence[dict], folder) -> bool:
    """The reply's first sentences (ATTACK_WORDS at least) read as an attack by the horsemen examples (REPLY_ATTACK or
    more), its words heard surely enough to quote: "Seriously? It's literally one formula. How do you even have a
    job." meets a bid against it, whatever it shares with the bid or asks (on the bid sets, 0.7 or more: 19 of 50
    replies labelled against, 2 of 50 toward, 3 of 50 away); so does a put-down (PUT_DOWN) of any length."""
    ws = _heard_reply(reply_words, ATTACK_WORDS) if folder is not None else []
    # (aimed at the partner: "Whatever's easiest. I'm not fussed.", "True. It's always too wet or we're too busy." are not)
    if len(ws) >= ATTACK_WORDS and _aimed(ws) and _attack([join_words(ws)], folder)[0] >= REPLY_ATTACK:
        return True
    # a put-down that asks or shares words ("Is that meant to be a dog? Looks like a potato.", "Yes, it's the moon.
    # Well done."): read clearly as against by the replies examples, and as an attack too
    ws = _heard_reply(reply_words) if folder is not None else []
    read = probabilities([join_words(ws)], folder, REPLIES) if ws else None
    return read is not None and _aimed(ws) and float(read["against"][0]) >= PUT_DOWN and _attack([join_words(ws)], folder)[0] >= PUT_DOWN_ATTACK


def _aimed(ws: Sequence[dict]) -> bool:
    """The reply speaks to the partner ("you") or asks ("Is that meant to be a dog?")."""
    return bool(AIMED & {token(w["word"]) for w in ws}) or any(is_question(w["word"]) for w in ws)


def _heard_reply(reply_words: Sequence[dict], at_least: int = 0) -> list[dict]:
    """A reply's first two sentences, and more until `at_least` words ("The allotment. Brilliant. Another Sunday
    watching you…"; REPLY_WORDS at most), or nothing when its words were too unsure to quote."""
    ws = reply_words[:REPLY_WORDS]
    n = _two_sentences(ws)
    while n < min(at_least, len(ws)):
        n = sentence_bounds(ws, n)[1] + 1
    ws = ws[:n]
    if not ws or sum(1.0 if w.get("probability") is None else float(w["probability"]) for w in ws) / len(ws) \
            < QUOTE_MIN_PROBABILITY:
        return []
    return ws


def reply_by_meaning(reply_words: Sequence[dict], folder) -> Optional[tuple[str, float]]:
    """(toward, away or against, how likely) of a reply read by meaning in its first two sentences, when one is at
    least REPLY_SURE and its words were heard surely enough to quote; else None. "Against" only when the horsemen
    examples read the reply as an attack too (AGAINST_ATTACK): alone, the replies examples read plain replies as
    against ("Gorgeous, isn't it.", 0.64). On the bid sets (763 bids) put-downs with no horseman phrase ("Then make
    one. Your legs aren't broken.", "It's a bird. Do you want a medal for spotting it?") are now met against, not
    away: agreement 565 -> 600; of the replies called against, 86% -> 88% were."""
    ws = _heard_reply(reply_words) if folder is not None else []
    if not ws:
        return None
    text = join_words(ws)
    read = probabilities([text], folder, REPLIES)
    if read is None:
        return None
    label = max(read, key=lambda k: float(read[k][0]))
    p = float(read[label][0])
    if p < REPLY_SURE or label == "against" and _attack([text], folder)[0] < AGAINST_ATTACK:
        return None
    # "toward" is no attack by the horsemen examples ("Wow, amazing, you finally managed to bake something edible.")
    if label == "toward" and _attack([text], folder)[0] >= TOWARD_NO_ATTACK:
        return None
    return label, p


def reply_leaning(reply_words: Sequence[dict], folder) -> Optional[tuple[str, float]]:
    """(toward, away or against, how likely): the likeliest reading of a reply by the replies examples in its first
    two sentences, however likely, when its words were heard surely enough to quote; else None."""
    ws = _heard_reply(reply_words) if folder is not None else []
    read = probabilities([join_words(ws)], folder, REPLIES) if ws else None
    if read is None:
        return None
    label = max(read, key=lambda k: float(read[k][0]))
    return label, float(read[label][0])


def overrules_taking_up(reply_words: Sequence[dict], folder, leaning: Optional[tuple[str, float]]) -> bool:
    """Whether the replies examples read a reply clearly enough as against or away (OVERRULES_TAKING_UP) to outweigh
    the signs of taking the bid up; against, only when the horsemen examples read it as an attack too
    (AGAINST_ATTACK: "Course you can. Kettle's off, come and sit down." reads as against, 0.76, by the replies
    examples alone)."""
    if leaning is None or leaning[1] < OVERRULES_TAKING_UP.get(leaning[0], 2.0):
        return False
    return leaning[0] != "against" or _attack([join_words(_heard_reply(reply_words))], folder)[0] >= AGAINST_ATTACK


def _attack(texts: Sequence[str], folder) -> list[float]:
    """How likely each text is criticism, contempt, defensiveness or stonewalling (the horsemen examples)."""
    read = probabilities(list(texts), folder, "horsemen") if texts else None
    if read is None:
        return [0.0] * len(texts)
    return [float(sum(read[k][i] for k in HORSEMEN_KINDS if k in read)) for i in range(len(texts))]


def _unsafe(texts: Sequence[str], folder) -> list[bool]:
    """Whether the safety examples read each text as possibly self-harm (BID_SELF_HARM) or clearly another
    safety kind (BID_UNSAFE_KIND)."""
    read = probabilities(list(texts), folder, "safety") if texts else None
    if read is None:
        return [False] * len(texts)
    kinds = [k for k in read if k != "neutral"]
    return [float(read.get("self_harm", [0.0] * len(texts))[i]) >= BID_SELF_HARM
            or max(float(read[k][i]) for k in kinds) >= BID_UNSAFE_KIND for i in range(len(texts))]


MEANING_REASONS = {"toward": "the reply reads as taking it up", "away": "the reply reads as passing it by",
                   "against": "the reply reads as pushing it away"}


def _two_sentences(ws: Sequence[dict]) -> int:
    """How many of `ws` the first two sentences take."""
    if not ws:
        return 0
    end = sentence_bounds(ws, 0)[1] + 1
    return sentence_bounds(ws, end)[1] + 1 if end < len(ws) else end


def outweighed(leaning, reply_words, folder, thanked: bool, asked_after: bool, reassured: bool = False) -> bool:
    """The signs of taking a bid up give way to a clear reading of the reply as against or away by the replies examples
    (overrules_taking_up), except where the reply thanks or apologises, and, for a reading as away,
    where it asks after the bid itself ("A ukulele? Like the guitar you…?" asks after it), and, for a reading as against,
    where it reassures a worry (reply_words.reassures), and where it asks the partner to go on or shares their feeling."""
    if thanked or leaning is None or (leaning[0] == "away" and asked_after) or (leaning[0] == "against" and reassured) or engaged_reply(reply_words):
        return False
    return overrules_taking_up(reply_words, folder, leaning)
