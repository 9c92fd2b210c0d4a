"""Stonewalling signs found from the shape of the talk rather than a phrase alone: minimal replies
while the other talks at length, questions met with a long silence the asker has to break, a lone
one-word reply ("Fine.") that the speaker finder merged into the asking partner's turn, short replies
read as withdrawing in a tense stretch, and putting the partner off while they ask again."""

from __future__ import annotations

import bisect
import statistics
from typing import Sequence

from .lexicon import NEGATIVE_CATEGORIES, Lexicon
from .reply_words import accepts_later, listening, reflects_back
from .settings import AnalysisSettings
from .slow_replies import slow_short_replies
from .turns import Turn
from .words import QUOTE_MIN_PROBABILITY, ends_sentence, is_question, join_words, token


# What a partner says that asks for a response: a minimal reply to it, after a pause, is withdrawal.
ASKING = ("criticism", "contempt", "needs_bids", "defensiveness")
# What a long silence leaves unanswered: a question, a need or bid, a complaint. An insult or a
# counter-complaint asks for nothing, so the silence after one is not a bid turned away from.
BIDDING = ("criticism", "needs_bids")
# A reply of only these answers what was asked ("Yes.", "Of course."); "Okay." and "Fine." may be giving up
PLAIN_YES = frozenset({"yes", "yeah", "yep", "yup", "sure", "of", "course", "absolutely", "definitely", "please", "aye", "ja",
                       "deal", "agreed"})
# ... and a yes, an okay or the time said back to a plan ("I'll come back at eight." / "Okay. Eight.")
AGREED = PLAIN_YES | frozenset({"okay", "ok", "alright", "right", "then", "tonight", "later", "half", "past", "o'clock", "one",
                                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})
# what the speaker says they (or both) will do: "I'll…", "I'm coming…", "we'll…", "let's…"
PLANS = (("i'll",), ("i", "will"), ("we'll",), ("we", "will"), ("let's",), ("i'm", "coming"), ("i'm", "going", "to"),
         ("i'm", "taking"), ("i'm", "phoning"), ("i'm", "ringing"), ("i'm", "calling"))
# An answer that says how much of what was asked ("Some of them.", "Most days.", "Once or twice.")
PARTLY = frozenset({"some", "most", "half", "few", "couple", "bits", "mostly", "sometimes", "once", "twice", "nearly", "almost",
                    "partly"})
HOW_MUCH = PARTLY | frozenset({"of", "them", "it", "a", "the", "days", "times", "or", "yeah", "yes", "well", "um", "just"})
CONFIRMING = frozenset({"exactly", "right", "that's", "spot", "correct", "pretty", "much"})
# How far back in the turn a question, complaint or bid makes a lone one-word sentence a reply to it.
ASKED_WITHIN_S = 10.0


def minimal_replies(turns: Sequence[Turn], words: Sequence[dict], settings: AnalysisSettings,
                    markers: Sequence[dict] = (), lex: Lexicon | None = None) -> list[dict]:
    """A reply of a few words after the other talked at length, or after a slow start to a turn
    that asked for something (a criticism, a bid, a question); not one that turns toward the partner
    ("I'm listening.", "Me too.", "Of course.": engaged_replies.txt)."""
    out = []
    for prev, nxt, reply, reply_tokens in _replies(turns, words):
        if len(reply_tokens) > settings.minimal_reply_words:
            continue
        asked_by = {m["category"] for m in markers
                    if m["speaker"] == prev.speaker and prev.start <= m["t"] <= prev.end and m["category"] in ASKING}
        # (to an attack, even "I'm listening." said without looking up is a minimal reply)
        if (lex is not None and not asked_by & set(NEGATIVE_CATEGORIES)
                and lex.find(reply_tokens, {0}, {len(reply_tokens) - 1}, "engaged_replies")):
            continue
        asked = bool(asked_by) or is_question(words[prev.word_ids[-1]]["word"])
        # (a plain yes answers a request or a question, however slow: "Can I hold your hand?" / "Yes.", "Yeah. Okay." to
        # "Can we ring your doctor tomorrow, together?"; so does how much of it: "Did you do the stretches?" / "Some of them.")
        said = set(reply_tokens)
        if asked and not asked_by & set(NEGATIVE_CATEGORIES) and (
                said <= PLAIN_YES or said <= AGREED and said & PLAIN_YES or said <= HOW_MUCH and said & PARTLY):
            continue
        # (a yes for a named time, "Sure, after dinner.", answers what was asked)
        if (asked and lex is not None and not asked_by & set(NEGATIVE_CATEGORIES)
                and accepts_later(_sentences(reply), lex)):
            continue
        # (a yes to the partner saying one's words back, "So what I'm hearing is…" / "Yeah, that's it.", confirms it)
        if lex is not None and said & (PLAIN_YES | CONFIRMING) and reflects_back([token(words[i]["word"]) for i in prev.word_ids], lex):
            continue
        slow = nxt.start - prev.end >= settings.withdrawal_latency_s
        if len(prev.word_ids) < settings.long_turn_words and not (asked and slow):
            continue
        # a yes to what the partner has just said they will do ("I'm phoning the GP the morning and I'm coming in with
        # you." / "Aye."): agreed to, not shut out
        if set(reply_tokens) <= AGREED and not asked_by & set(NEGATIVE_CATEGORIES) and _plans(prev, words):
            continue
        if any(m["speaker"] == nxt.speaker and nxt.start <= m["t"] <= nxt.end
               and m["category"] in ("repair", "appreciation", "needs_bids") for m in markers):
            continue
        out.append(_reply_sign(nxt, reply, "minimal reply", "timing",
                               f"{len(reply_tokens)}-word reply, {nxt.start - prev.end:.1f} s after {len(prev.word_ids)} words"))
    return out + slow_short_replies(turns, words, settings, markers, lex)


def _plans(turn: Turn, words: Sequence[dict]) -> bool:
    toks = [t for t in (token(words[i]["word"]) for i in turn.word_ids) if t]
    return any(tuple(toks[k : k + len(p)]) == p for p in PLANS for k in range(len(toks)))


def _replies(turns: Sequence[Turn], words: Sequence[dict]):
    """Each turn that answers the other partner's: (their turn, this turn, its words, its tokens)."""
    for prev, nxt in zip(turns, turns[1:]):
        if prev.speaker != nxt.speaker:
            reply = [words[i] for i in nxt.word_ids]
            yield prev, nxt, reply, [t for t in (token(w["word"]) for w in reply) if t]


def _sentences(reply: Sequence[dict]) -> list[list[str]]:
    """The reply's sentences as tokens."""
    out, current = [], []
    for w in reply:
        t = token(w["word"])
        if t:
            current.append(t)
        if ends_sentence(w["word"]) and current:
            out.append(current)
            current = []
    return out + ([current] if current else [])


# the speaker's own reason for not now ("My hips are bad.", "I'm shattered.", "I've got an early shift."), not a
# refusal of the talk ("I'm not interested.", "I've said all I'm going to say.", "My answer is no…")
A_REASON = frozenset({"hips", "back", "head", "headache", "migraine", "tired", "shattered", "knackered", "exhausted", "sore",
                      "ill", "poorly", "period", "cramps", "early", "shift", "up", "bad", "aching", "hurting", "wiped"})
SHUTTING = frozenset({"talking", "discussing", "discuss", "enough", "answer", "interested", "finished", "again", "said",
                      "subject", "end", "moaning", "sick", "done", "no", "over", "this", "it"})


def offered_another_time(markers: Sequence[dict], turns: Sequence[Turn], words: Sequence[dict], lex: Lexicon) -> list[dict]:
    """The markers less a refusal phrase ("^ not tonight", "^ not now") whose reply goes on to offer a named time ("Not
    tonight. Tomorrow for sure.") or the speaker's own reason ("Not tonight, Dan. My hips are bad."): a deferral, not a
    withdrawal (not "Not tonight. I'm not discussing this.", itself a refusal)."""
    def offered(m):
        if m["category"] != "stonewalling" or m.get("source") != "lexicon" or not str(m.get("phrase", "")).startswith("^ not"):
            return False
        turn = next((t for t in turns if t.speaker == m["speaker"] and t.start <= m["t"] <= t.end), None)
        if turn is None:
            return False
        reply = [words[i] for i in turn.word_ids if words[i]["start"] >= m["t"] - 0.01]
        said = _sentences(reply)
        reason = said[1] if len(said) > 1 and len(said[0]) <= 4 else []
        return accepts_later(said[:2], lex) is not None or (reason[:1] in (["my"], ["i'm"], ["i've"]) or reason[:2] == ["i", "am"]) and bool(
            set(reason) & A_REASON) and not set(reason) & SHUTTING and not any(
            lex.find(reason, {0}, set(range(len(reason))), c) for c in ("stonewalling", "contempt", "criticism", "defensiveness"))

    return [m for m in markers if not offered(m)]


def _reply_sign(turn: Turn, reply: Sequence[dict], phrase: str, source: str, detail: str, **extra) -> dict:
    """A stonewalling sign for a whole reply turn."""
    return {"t": round(turn.start, 3), "end": round(turn.end, 3), "speaker": turn.speaker, "category": "stonewalling",
            "phrase": phrase, "text": join_words(reply), "quote": join_words(reply, QUOTE_MIN_PROBABILITY),
            "source": source, **extra, "detail": detail}


def unanswered_questions(silences: Sequence[dict], markers: Sequence[dict] = (), words: Sequence[dict] = ()) -> list[dict]:
    """A long silence after a question or a bid (a need, a request, a complaint), broken by the one
    who asked: the partner did not answer. A bid the partner already answered before the silence ("Can you do it
    tomorrow?" / "Yes, first thing." / "I was thinking about the holiday." … ) leaves nothing unanswered."""
    out = []
    starts = [w["start"] for w in words]

    def answered(m, s):
        lo, hi = bisect.bisect_right(starts, m["t"]), bisect.bisect_left(starts, s["start"])
        return any(words[i]["speaker"] != s["after"] for i in range(lo, hi))

    for s in silences:
        asked = s["after_question"] or any(
            m["speaker"] == s["after"] and m["category"] in BIDDING and s["start"] - 8.0 <= m["t"] <= s["start"]
            and not answered(m, s) for m in markers)
        if asked and s["broken_by"] == s["after"]:
            out.append(
                {
                    "t": s["start"],
                    "end": s["end"],
                    "speaker": None,  # the silent partner; filled in by the caller for two speakers
                    "asked_by": s["after"],
                    "category": "stonewalling",
                    "phrase": "silence after a question" if s["after_question"] else "silence after a bid",
                    "text": "",
                    "quote": "",
                    "source": "timing",
                    "detail": f"{s['duration_s']:.1f} s silence after a "
                              + ("question" if s["after_question"] else "bid or complaint"),
                }
            )
    return out


def replies_inside_turns(turns: Sequence[Turn], words: Sequence[dict], settings: AnalysisSettings,
                         markers: Sequence[dict], lex: Lexicon, speakers: Sequence[str]) -> list[dict]:
    """A sentence of one or two closing words ("Fine.", "Whatever.") standing alone inside a turn,
    after a pause that follows the turn's own question, complaint or bid, with the speaker finder
    less sure of it than of the words on either side (some of the other voice heard over just this
    word): in a two-person talk that is the other partner's minimal reply, merged into the asker's
    turn because it was so short. It is a stonewalling sign of the other partner, low confidence
    ("check the recording")."""
    if len(speakers) != 2:
        return []
    closing = frozenset(p.parts[0] for p in lex.categories.get("minimal_replies", []) if len(p.parts) == 1)
    out = []
    for turn in turns:
        ws = [words[i] for i in turn.word_ids]
        sentences, current = [], []
        for w in ws:
            current.append(w)
            if ends_sentence(w["word"]):
                sentences.append(current)
                current = []
        for k in range(1, len(sentences)):
            before, lone = sentences[k - 1], sentences[k]
            after = sentences[k + 1] if k + 1 < len(sentences) else []
            toks = [t for t in (token(w["word"]) for w in lone) if t]
            if not toks or len(toks) > 2 or not all(t in closing for t in toks):
                continue
            unsure = [w.get("speaker_confidence") for w in lone]
            if any(c is None or c >= 1.0 for c in unsure):
                continue  # the speaker finder heard only the asker's voice there (or words were corrected)
            sides = [[c for c in (w.get("speaker_confidence") for w in side) if c is not None]
                     for side in (before[-3:], after[:3])]
            if any(side and max(unsure) >= statistics.median(side) for side in sides):
                continue  # no less sure than the words on either side: the doubt is not about this word
            pause = lone[0]["start"] - before[-1]["end"]
            asked = is_question(before[-1]["word"]) or any(
                m["speaker"] == turn.speaker and lone[0]["start"] - ASKED_WITHIN_S <= m["t"] <= before[-1]["end"]
                and m["category"] in ASKING for m in markers)
            if pause < settings.withdrawal_latency_s or not asked:
                continue
            other = next(s for s in speakers if s != turn.speaker)
            out.append(
                {
                    "t": round(lone[0]["start"], 3),
                    "end": round(lone[-1]["end"], 3),
                    "speaker": other,
                    "category": "stonewalling",
                    "phrase": "minimal reply",
                    "text": join_words(lone),
                    "quote": join_words(lone, QUOTE_MIN_PROBABILITY),
                    "source": "timing",
                    "_strength": "low",  # the speaker is inferred, not heard
                    "_words": lone,
                    "detail": f"{len(toks)}-word reply {pause:.1f} s after a question or complaint, heard inside "
                              "the other partner's turn (speaker uncertain)",
                }
            )
    return out


# A reply of at most this many words that reads as withdrawing (by_meaning.withdrawing), in a tense
# stretch: "Mm.", "Fine. Forget it.", "I'm going round the block.", "Grand. We won't go so."
WITHDRAWN_WORDS = 8
# ... read as stonewalling at least this clearly. On the read clinical splits (heldout7-11) short
# replies in tense stretches at or above it were stonewalling 9 times in 10; below it, "I have work
# to finish" (0.81) and "Go on then, tell me" (0.85, in a calm talk) come in.
WITHDRAWN_KIND = 0.85
# What a reply owning, thanking or asking is not, however short.
NOT_WITHDRAWING = ("repair", "appreciation", "needs_bids", "stonewalling")
# The signs of a tense stretch (criticism, contempt, defensiveness, a stonewall) near the reply.
TENSE = ("criticism", "contempt", "defensiveness", "stonewalling")


def withdrawn_by_meaning(turns: Sequence[Turn], words: Sequence[dict], settings: AnalysisSettings,
                         markers: Sequence[dict], lex: Lexicon, withdrawing) -> list[dict]:
    """A short reply to the partner, in a tense stretch, that reads by its meaning as withdrawing
    (`withdrawing(texts)`: how clearly each reads as stonewalling): a closing word ("Mm.",
    "Whatever."), dropping it ("Fine. Forget it.") or leaving ("I'm gonna sleep on the couch.").
    The rules' minimal replies need a long turn or a slow answer to a question; these need neither,
    but need the tension: the same "Okay." in a calm talk is agreement. Not a question, nothing the
    rules read as owning, thanks or a bid in it, a reply of closing words only ("Yeah.") comes
    after a pause (said at once, it is a backchannel in the partner's flow), and it answers a
    finished sentence."""
    closing = frozenset(p.parts[0] for p in lex.categories.get("minimal_replies", []) if len(p.parts) == 1)
    todo = []
    for prev, nxt, reply, toks in _replies(turns, words):
        if not toks or len(toks) > WITHDRAWN_WORDS or any(is_question(w["word"]) for w in reply):
            continue
        # a piece of one sentence split between the voices ("...when something | bothered you.",
        # "The edge, | the grass") is no reply: the partner's sentence ended, and this one does not run on
        if not ends_sentence(words[prev.word_ids[-1]]["word"]) or reply[-1]["word"].strip().endswith(","):
            continue
        if all(t in closing for t in toks) and nxt.start - prev.end < settings.withdrawal_latency_s:
            continue
        if any(m["speaker"] == nxt.speaker and nxt.start <= m["t"] <= nxt.end and m["category"] in NOT_WITHDRAWING
               for m in markers):
            continue
        # "Sounds good.", "Lovely.": a warm word takes up what was said (reaching.py reads how a bid was met)
        if lex.find(toks, {0}, {len(toks) - 1}, "positive_words"):
            continue
        # "Aye." to "…I'm coming in with you."; "Deal." to "…can we do the list after dinner?"; "Sure. Go ahead."
        if set(toks) <= AGREED and (_plans(prev, words) or is_question(words[prev.word_ids[-1]]["word"])) or listening(toks):
            continue
        near = [m["t"] for m in markers if m["category"] in TENSE and abs(m["t"] - nxt.start) <= settings.meaning_tension_s
                and not nxt.start <= m["t"] <= nxt.end]
        if not near or nxt.start - prev.end < settings.withdrawal_latency_s and _made_up(near, nxt, markers):
            continue
        todo.append((nxt, reply))
    out = []
    for (nxt, reply), p in zip(todo, withdrawing([join_words(r) for _, r in todo]) if todo else []):
        if p < WITHDRAWN_KIND:
            continue
        # read by meaning: never better than medium
        out.append(_reply_sign(nxt, reply, "withdrawing reply", "meaning",
                               f"a short reply in a tense stretch, read as withdrawing (p={p:.2f})",
                               probability_of_kind=round(p, 3), _strength="medium"))
    return out


def _made_up(tense: Sequence[float], reply: Turn, markers: Sequence[dict]) -> bool:
    """The tension near a reply was all before it, and a repair and thanks or appreciation came between the last of it
    and the reply ("That was unfair, sorry." … "Thank you for saying that." … "Deal."): the talk had made up (read only
    for a reply said at once: "Yep." three seconds after "Thanks, I guess. I felt so stupid…" still withdraws)."""
    if any(t > reply.end for t in tense):
        return False
    last = max(tense)
    between = {m["category"] for m in markers if last < m["t"] < reply.start}
    return "repair" in between and "appreciation" in between


# A putting-off reply ("After this round.", "Two secs.") of at most this many words ...
DEFERRAL_WORDS = 6
# ... is withdrawal when the partner, who had asked, asks or complains again this soon after it.
PURSUED_WITHIN_S = 15.0


def deferrals(turns: Sequence[Turn], words: Sequence[dict], markers: Sequence[dict], lex: Lexicon) -> list[dict]:
    """A short reply that puts the partner off ("Mm. After this round.", "Yep, yep. Two secs.",
    deferrals.txt) when they had asked for something (a question, a need, a complaint) and they ask
    or complain again within PURSUED_WITHIN_S: the pursuer pursues, the other withdraws. The same
    "In a sec." to a passing request that is not asked again is an answer."""
    out = []
    seq = list(_replies(turns, words))
    for k, (prev, nxt, reply, toks) in enumerate(seq):
        if not toks or len(toks) > DEFERRAL_WORDS or any(is_question(w["word"]) for w in reply):
            continue
        if not lex.find(toks, set(range(len(toks))), set(range(len(toks))), "deferrals"):
            continue
        if any(m["speaker"] == nxt.speaker and nxt.start <= m["t"] <= nxt.end and m["category"] in NOT_WITHDRAWING
               for m in markers):
            continue
        if not _asks(prev, words, markers):
            continue
        after = next((again for _, again, *_ in seq[k + 1 :] if again.speaker == prev.speaker), None)
        if after is None or after.start - nxt.end > PURSUED_WITHIN_S or not _asks(after, words, markers):
            continue
        # ... not one who takes it back ("Hang on, that's not" / "No, sorry. That came out wrong. Let me try that again."), asking
        # nothing again ("Sorry, I know you're busy, but can you please come and look at it?" still asks)
        if any(m["speaker"] == after.speaker and after.start <= m["t"] <= after.end and m["category"] == "repair" for m in markers) \
                and not any(is_question(words[i]["word"]) for i in after.word_ids):
            continue
        out.append(_reply_sign(nxt, reply, "putting off", "lexicon",
                               "a reply that puts off the partner, who asks again: pursue and withdraw",
                               _strength="medium"))
    return out


def _asks(turn: Turn, words: Sequence[dict], markers: Sequence[dict]) -> bool:
    """The turn asks something of the partner: a question, or a need, bid or complaint."""
    return any(is_question(words[i]["word"]) for i in turn.word_ids) or any(
        m["speaker"] == turn.speaker and turn.start <= m["t"] <= turn.end and m["category"] in ASKING for m in markers)


# The words that close a quarrel's topic on their own ("Fine.", "Whatever."), and what makes the reply a shutting down:
# the other partner's criticism or contempt just before it, then a silence that they break.
SHUTTING = frozenset({"fine", "whatever"})
ATTACKS = ("criticism", "contempt")


def closed_then_silent(turns: Sequence[Turn], words: Sequence[dict], silences: Sequence[dict],
                       markers: Sequence[dict]) -> list[dict]:
    """"Fine." after the partner's sarcasm, then four seconds of silence that the partner breaks: the topic shut, a
    stonewalling sign (Gottman), however quickly the word came."""
    out = []
    for prev, nxt, reply, reply_tokens in _replies(turns, words):
        if not reply_tokens or not set(reply_tokens) <= SHUTTING:
            continue
        if not any(m["speaker"] == prev.speaker and prev.start <= m["t"] <= prev.end and m["category"] in ATTACKS
                   for m in markers):
            continue
        silent = any(s["after"] == nxt.speaker and s["broken_by"] == prev.speaker and abs(s["start"] - nxt.end) <= 0.3
                     for s in silences)
        if silent and not any(m["speaker"] == nxt.speaker and m["category"] == "stonewalling" and nxt.start <= m["t"] <= nxt.end
                              for m in markers):
            out.append(_reply_sign(nxt, reply, "a closing word, then silence", "timing",
                                   "a closing word after the partner's criticism or contempt, then a silence they broke"))
    return out


# After leaving, the leaver says nothing more this long before the recording ends (or ever)
GONE_FOR_S = 5.0
LEAVING_SENTENCE_S = 2.0


def left_the_talk(markers: Sequence[dict], words: Sequence[dict]) -> dict | None:
    """A partner who leaves ("I'm going for a walk.", a stonewalling phrase) and says nothing more while the other goes
    on talking: {"by", "t", "quote"} of the leaving, or None."""
    last_start = {}  # when each speaker's last word began
    for w in words:
        last_start[w["speaker"]] = max(last_start.get(w["speaker"], 0.0), w["start"])
    end = max((w["end"] for w in words), default=0.0)
    for m in markers:
        # (the rest of the leaving sentence, "…a walk.", may follow the phrase)
        if (m["category"] == "stonewalling" and m.get("source") == "lexicon" and m["speaker"] in last_start
                and last_start[m["speaker"]] <= m["end"] + LEAVING_SENTENCE_S and end - m["end"] >= GONE_FOR_S):
            return {"by": m["speaker"], "t": round(m["t"], 3), "quote": m.get("quote") or m.get("text") or ""}
    return None
