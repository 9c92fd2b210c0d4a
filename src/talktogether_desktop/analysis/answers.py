"""Replies read by what they answer (DOMAIN.md §6): excuses, mocking echoes and mock praise.

A phrase list reads one sentence; some horsemen are only horsemen as an answer to the partner.

- An excuse: a reply that opens by accounting for the speaker's own doing ("I was going to do it
  tonight", "It was school stuff for the kids", "You only told me to take it!") or by denying the
  partner's own word for it ("I'm not sulking"), answering the partner's complaint: defensiveness
  (Gottman: excuses, counter-facts, innocence). The same words with no complaint before them
  ("Did you get milk?" "I was going to get it on the way back", in a calm talk) are an account.
  The openings are editable (`excuses.txt`).
- A mocking echo: the partner's own words handed back as a fragment, with a tell of sarcasm in the
  turn ("Busy. Busy lying on the couch.", "Ah, 'tonight'. Like the shelves were going up 'tonight'.",
  "Oh, after the match. Course."), in a tense stretch: contempt, low confidence (the voice that
  tells mockery from listening is not read). A question ("Thursday?") asks; words repeated back with
  no tell are listening, a reflect-back; the partner's question or proposal echoed is taken up ("A
  takeaway. Great idea.").
- Mock praise: "Grand. Lovely. Very mature altogether." answering the partner in a tense stretch is
  sarcasm (contempt), low confidence: the voice that tells it apart is not read here.

A complaint is the partner's criticism or contempt in the turn just before, their account of the
speaker's violence ("you grabbed my arm": "I didn't grab you, you fell" minimises it), or a question
to the partner with a complaint in it ("Did you book the service like you promised?") while the talk
is tense within TENSE_WITHIN_S either side. Words of despair or fear from the partner are no complaint,
and an account that owns a part or meets the partner's feeling is no excuse. An account answering a threat or an order about money or phones is no
excuse: it may be appeasement, a fear response (safety.py reads it after the threat).
"""

from __future__ import annotations

import bisect
from typing import Sequence

from .complaints import TENSE_WITHIN_S, complains
from .lexicon import NEGATIVE_CATEGORIES

# How soon after the partner's turn a reply answers it (across.ANSWERING_WITHIN_S).
ANSWERING_WITHIN_S = 15.0
TENSION = ("criticism", "contempt", "defensiveness", "stonewalling", "flooding")
# The partner's safety language (heard by the rules: a reading by meaning is too vague to hold this back) after which an account of oneself is not read as an excuse.
FEARED = frozenset({"threat", "therapy_threat", "coercion", "financial_control", "monitoring", "isolation", "blaming"})
# Words of a plea: an account said with them ("I swear", "I promise") placates.
PLEADING = frozenset({"swear", "promise", "please"})
# Words that own a part or meet the partner's feeling: an account said with them is no excuse ("I didn't know
# you felt that way", "I haven't been fair to you", "It was a stupid thing to do", "I did. I shouldn't have").
OWNING = frozenset({"sorry", "apologise", "apologize", "shouldn't", "should've", "ashamed", "fair", "better", "stupid",
                    "wrong", "felt", "feel", "realise", "realize", "realised", "realized", "hurt", "deserve", "deserved",
                    "funny", "hilarious"})  # ... or enjoy the partner's joke ("Ha ha. Okay, that was funny.")
# Words said before the excuse or the echo without changing it ("Well, I was going to…", "Oh, after the match.").
OPENERS = frozenset({"well", "oh", "ah", "look", "listen", "okay", "ok", "but", "aye", "yeah", "yes", "no", "naw",
                     "nah", "ja", "sure", "so", "now", "and", "um", "uh", "er", "hey", "right", "och", "ach", "it's", "its"})
# An echo is at most this many words (after its openers), all said by the partner in the turn before.
ECHO_WORDS = 4
# Words too common to make an echo on their own.
COMMON = frozenset({"a", "an", "the", "to", "and", "it", "is", "of", "in", "on", "at", "that", "this", "i", "you", "me",
                    "my", "your", "it's", "just", "so", "yes", "no", "not", "okay", "ok", "yeah", "be", "do", "for",
                    "was", "were", "are", "am", "i'm", "you're", "he", "she", "they", "what", "with"})
# The partner's "I" is the speaker's "you" ("I don't know." "You don't know. Course you don't.").
FLIPPED = {"i": "you", "me": "you", "my": "your", "mine": "yours", "i'm": "you're", "i've": "you've", "i'd": "you'd",
           "i'll": "you'll", "myself": "yourself", "you": "i", "your": "my", "yours": "mine", "you're": "i'm",
           "you've": "i've", "you'd": "i'd", "you'll": "i'll"}
# The partner's hardship asked back and topped ("It's hard for you? I'm the one who…", "You're tired? Try doing what I do.")
HARDSHIP = frozenset({"hard", "tired", "exhausted", "stressed", "busy", "difficult", "knackered", "shattered", "tough", "rough",
                      "overwhelmed", "struggling", "stress"})
# Praise followed this soon by the speaker's own scorn is sarcasm (thanks_in_scorn).
SCORN_AFTER_S = 4.0
MOCK_REWARDS = frozenset({"medal", "trophy", "certificate", "parade", "applause"})
# Tells of sarcasm in the turn of an echo (with the praise words of mock_praise.txt).
TELL_WORDS = frozenset({"course", "magic", "bless", "naturally", "obviously", "typical", "classic", "shocker"})
TELL_PAIRS = frozenset({("like", "the"), ("same", "as"), ("the", "way"), ("just", "like"), ("as", "usual"),
                        ("aye", "right"), ("yeah", "right"), ("oh", "right"), ("heard", "that"), ("that", "again")})
# "I'm not sulking": the speaker's denial of the partner's word for what they do.
# An excuse or denial opens one of the reply's first sentences ("Don't bring the kids into it. And when your brother stayed?"):
# on the unseen splits, reading the first 3 rather than the first only found 3 more defensive replies and no false one.
EXCUSE_SENTENCES = 3
# "I was going to say…" takes up the word again (after a cut-in, or to add something): no excuse.
SAYING = frozenset({"say", "ask", "tell", "mention", "suggest", "add", "explain", "finish"})
DENIALS = (("i'm", "not"), ("i", "am", "not"), ("i", "wasn't"), ("i", "was", "not"), ("i", "don't"), ("i", "didn't"),
           ("i", "never"), ("i", "haven't"))


EXCUSE = "an account of one's own doing, answering the partner's complaint: an excuse"
DENIAL = "denies the partner's own word for it, answering their complaint"
TURNING_AWAY = "turns to something else, answering the partner's complaint"
OFFERING = frozenset({"i'll", "ill", "shall", "let's", "want", "fancy"})  # a reply that offers to act or asks along
# Mock praise: a sentence of at most MOCK_WORDS words, all praise (mock_praise.txt) or these, answering
# the partner's finished sentence within ANSWERING_WITHIN_S, with a horseman or safety language within MOCK_TENSION_S.
MOCK_WORDS = 4
MOCK_TENSION_S = 20.0
# ("grand" is a filler: "Grand." alone is the Irish "fine", not praise.)
FLAT_FILLERS = frozenset({"oh", "very", "how", "well", "just", "really", "altogether", "aye", "right", "so", "that's",
                          "thats", "real", "hey", "ha", "wow", "ja", "isn't", "it", "absolutely", "simply", "truly", "grand"})


def read_as_reply(marker: dict) -> bool:
    """A marker of this module's (an excuse or a denial): across.violence_justified leaves these to the
    meaning and phrase readings ("I did. I shouldn't have done that." owns the violence)."""
    return marker.get("context") in (EXCUSE, DENIAL)


class _ByTime:
    """Items with a time `t`, found by time span without a scan (a long recording has thousands)."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda x: x["t"])
        self.times = [x["t"] for x in self.items]

    def between(self, a: float, b: float) -> list:
        return self.items[bisect.bisect_left(self.times, a) : bisect.bisect_right(self.times, b)]

    def near(self, a: float, b: float, within: float) -> bool:
        """Any item within `within` of the span [a, b] but not inside it."""
        return bool(self.between(a - within, a - 1e-9) or self.between(b + 1e-9, b + within))


def excuses_and_echoes(markers: Sequence[dict], safety: Sequence[dict], read: Sequence[tuple], lex) -> list[dict]:
    """The excuses and mocking echoes (module doc) as new markers; each reply turn is read once."""
    from .across import _turns

    turns = _turns(read)
    answered = answered_turns(turns)
    found: dict[int, dict] = {}
    praise = frozenset(p.parts[0] for p in lex.categories.get("mock_praise", []) if len(p.parts) == 1)
    marks, flags = _ByTime(markers), _ByTime(safety)
    # an echo can show the tension an excuse needs, and the other way round: read twice
    for _ in range(2):
        tense = _ByTime([m for m in [*markers, *found.values()] if m["category"] in TENSION]
                        + [h for h in safety if h["category"] != "appeasement"])
        for k, turn in enumerate(turns):
            before = answered[k]
            if before is None or k in found:
                continue
            item = (_excuse(turn, before, marks, flags, tense, lex)
                    or _echo(turn, before, marks, tense, praise))
            if item is not None:
                found[k] = item
    return list(found.values())


def answered_turns(turns: list[list[tuple]]) -> list:
    """For each turn, the partner's turn it answers: the last one to end before it began, not long before
    (None if none). One pass over the turns by end time (a long recording has thousands of turns); used here
    and by mock_praise."""
    by_end = sorted(range(len(turns)), key=lambda i: turns[i][-1][0].words[-1]["end"])
    ends = [turns[i][-1][0].words[-1]["end"] for i in by_end]
    out = []
    for turn in turns:
        speaker, t0 = turn[0][0].words[0]["speaker"], turn[0][0].words[0]["start"]
        j = bisect.bisect_right(ends, t0 + 0.05) - 1
        while j >= 0 and turns[by_end[j]][0][0].words[0]["speaker"] == speaker and t0 - ends[j] <= ANSWERING_WITHIN_S:
            j -= 1  # the speaker's own earlier turns
        last = turns[by_end[j]] if j >= 0 else None
        out.append(last if last is not None and last[0][0].words[0]["speaker"] != speaker
                   and t0 - last[-1][0].words[-1]["end"] <= ANSWERING_WITHIN_S else None)
    return out


def _span(turn) -> tuple[float, float]:
    return turn[0][0].words[0]["start"], turn[-1][0].words[-1]["end"]


def _opening(s) -> set:
    """Where the sentence's own words begin, after openers ("Well, I was going to…")."""
    starts, k = {0}, 0
    while k < len(s.toks) - 1 and s.toks[k] in OPENERS:
        k += 1
        starts.add(k)
    return starts


def _excuse(turn, before, marks, flags, tense, lex):
    from .sentence_terms import hit

    speaker = turn[0][0].words[0]["speaker"]
    a, b = _span(turn)
    if any(m["speaker"] == speaker and m["category"] in ("defensiveness", "repair", "appreciation", "needs_bids")
           for m in marks.between(a, b)):
        return None
    if not complains(before, marks, flags, tense, (a, b), lex):
        return None
    # after the partner's threat or control, an account of oneself may be appeasement (safety first)
    if any(h["speaker"] != speaker and h["category"].removeprefix("safety_") in FEARED and h.get("source") != "meaning"
           for h in flags.between(a - TENSE_WITHIN_S, a)):
        return None
    if any(t in PLEADING or t in OWNING for x, *_ in turn for t in x.toks):
        return None  # "It was for the school books, I swear": pleading; "It was a stupid thing to do": owning
    # the partner's word in a statement ("you sulk like a teenager"), not in a question ("Are you leaving me?")
    partner = {_stem(t) for x, *_ in before if not x.question for t in x.toks if t not in COMMON}
    walled = any(m["speaker"] == speaker and m["category"] == "stonewalling" for m in marks.between(a, b))
    for s, *_ in turn[:EXCUSE_SENTENCES]:
        starts = _opening(s)
        said = lex.find(s.toks, starts, {len(s.toks) - 1}, "excuses")
        if said and said[0][0] in starts and not set(s.toks[said[0][1] + 1 : said[0][1] + 2]) & SAYING:
            i, j, ph = said[0]
            return _marked(hit(s, i, j, "defensiveness", " ".join(ph.parts).replace("^ ", ""),
                               context=EXCUSE))
        away = [] if walled else lex.find(s.toks, starts, {len(s.toks) - 1}, "turning_away")
        if away and away[0][0] in starts and not any(set(x.toks) & OFFERING for x, *_ in turn):  # "…now then, I'll get some"
            i, j, ph = away[0]
            return _marked(hit(s, i, j, "stonewalling", " ".join(ph.parts).replace("^ ", ""),
                               context=TURNING_AWAY))
        for k in starts:
            for d in DENIALS:
                n = len(d)
                if tuple(s.toks[k : k + n]) == d and k + n < len(s.toks) and _stem(s.toks[k + n]) in partner:
                    return _marked(hit(s, k, k + n, "defensiveness", " ".join(d) + " …",
                                       context=DENIAL))
    return None


def _echo(turn, before, marks, tense, praise):
    from .sentence_terms import hit

    speaker = turn[0][0].words[0]["speaker"]
    a, b = _span(turn)
    if not tense.near(a, b, TENSE_WITHIN_S):
        return None
    # the partner's question or proposal taken up ("Shall we get a takeaway?" "A takeaway. Great idea.")
    if any(x.question for x, *_ in before) or any(m["speaker"] != speaker and m["category"] == "needs_bids"
                                                  for m in marks.between(*_span(before))):
        return None
    if any(m["speaker"] == speaker and m["category"] in ("repair", "appreciation", "needs_bids") for m in marks.between(a, b)):
        return None
    said = {t for x, *_ in before for t in x.toks}
    heard = said | {FLIPPED.get(t, t) for t in said}
    toks = [t for s, *_ in turn for t in s.toks]
    pairs = set(zip(toks, toks[1:]))
    for n, (s, *_) in enumerate(turn[:2]):
        k = max(_opening(s))
        core = s.toks[k:]
        rest = [t for x, *_ in turn[n + 1 :] for t in x.toks]
        # ... asked back and topped with the speaker's own lot ("It's hard for you? I'm the one who spends four days…")
        topped = s.question and bool(set(core) & HARDSHIP) and any(
            rest[j : j + 4] in (["i'm", "the", "one", "who"], ["i'm", "the", "only", "one"], ["i", "am", "the", "one"])
            or rest[j : j + 2] in (["try", "being"], ["try", "doing"]) for j in range(len(rest)))
        if s.question and not topped or not core or len(core) > ECHO_WORDS or not set(core) - COMMON or not (
                set(core) <= heard or topped and set(core) - COMMON <= heard):
            continue
        again = bool(rest) and rest[0] == core[0] and core[0] not in COMMON
        if not (set(toks) & (TELL_WORDS | praise) or pairs & TELL_PAIRS or again or topped):
            continue
        item = hit(s, k, len(s.toks) - 1, "contempt", "the partner's words handed back",
                   context="the partner's own words echoed back with a tell of sarcasm, in a tense stretch: mockery")
        item["_strength"] = "low"
        return item
    return None


def _stem(t: str) -> str:
    """The word without its ending ("sulking", "sulks" -> "sulk"), to match the partner's word in a denial."""
    for end in ("ing", "ed", "es", "s"):
        if t.endswith(end) and len(t) - len(end) >= 3:
            return t[: -len(end)]
    return t


def _marked(item: dict) -> dict:
    item["_strength"] = "medium"
    return item


BARE_APOLOGIES = ("sorry", "excuse me", "pardon me")
MOCK_APOLOGY = frozenset({"sorry", "excuse", "pardon"})  # in a phrase of contempt: "sorry, I forgot I married the Queen"
# interest that scorn makes mock ("go on, tell me more about how normal people do things"); not a break proposed with a dig
# ("Let's take a break and talk tomorrow like normal people.": still a repair attempt)
MOCK_INTEREST = frozenset({"tell", "more", "listening", "hear", "point", "interesting", "fair", "enough", "right"})


# "Yeah, okay. That's fair. You're a genius.": the praise word the rules read as mock ("genius $") said after the speaker's
# own yes in sentences of its own, in the same turn, is praise (walk38k's paint talk); "Oh, you're a genius, you are." stays
PRAISE_AS_MOCK = frozenset({"genius $"})
AGREEING = frozenset({"okay", "ok", "fair", "deal", "alright", "agreed", "yes", "great", "perfect", "brilliant", "lovely"})
# (not "yeah" or "good" alone: "Yeah, good. You're a genius." is said of a mishap)


def praise_after_agreeing(markers: list[dict], words) -> list[dict]:
    """Taken out and returned: contempt read from PRAISE_AS_MOCK where the speaker's words in the 4 s before its
    sentence end a sentence and hold a yes (AGREEING), with no horseman of theirs in between."""
    from .words import ends_sentence, token

    dropped = []
    for m in [m for m in markers if m["category"] == "contempt" and m.get("phrase") in PRAISE_AS_MOCK]:
        before = [w for w in words if w["speaker"] == m["speaker"] and m["t"] - 4.0 <= w["start"] < m["t"]]
        last_end = max((k for k, w in enumerate(before) if ends_sentence(w["word"])), default=None)
        agreed = last_end is not None and {token(w["word"]) for w in before[: last_end + 1]} & AGREEING
        if agreed and not any(x is not m and x["speaker"] == m["speaker"] and x["category"] in NEGATIVE_CATEGORIES
                              and before[0]["start"] <= x["t"] < m["t"] for x in markers):
            dropped.append(m)
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "praise after the speaker's own yes"} for m in dropped]


def fault_inside_defence(markers: list[dict]) -> list[dict]:
    """'It's always my fault, isn't it?', 'Here we go, everything's my fault again.': the repair phrase "my fault" said
    inside the speaker's own defensiveness phrase (the same words) is the innocent victim's complaint, no apology. Taken
    out and returned."""
    defence = [m for m in markers if m["category"] == "defensiveness" and m.get("source") == "lexicon"]
    dropped = [m for m in markers if m["category"] == "repair" and any(
        d["speaker"] == m["speaker"] and d["t"] - 0.05 <= m["t"] and m["end"] <= d["end"] + 0.05 for d in defence)]
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "inside the speaker's own defensiveness: no apology"} for m in dropped]


def thanks_in_scorn(markers: list[dict]) -> list[dict]:
    """'Thank you so much for your very generous offer.': thanks in a sentence that scorns (contempt found in it,
    the same quote) is sarcasm, not appreciation; so is praise the speaker follows at once with scorn ("Oh well
    done, the bins. Shall I get you a little certificate?": contempt starting within SCORN_AFTER_S of its end).
    Taken out and returned."""
    from .sentence_terms import SECOND_PERSON
    from .words import token

    scorned = {(m["speaker"], m.get("quote")) for m in markers if m["category"] == "contempt"}
    # (scorn by the rules, aimed at the partner or a mock reward: not "my manager was an absolute idiot today")
    then = [(m["speaker"], m["t"]) for m in markers if m["category"] == "contempt" and m.get("source") != "meaning" and (
        {token(w) for w in str(m.get("text", "")).split()} & SECOND_PERSON or set(str(m.get("phrase", "")).split()) & MOCK_REWARDS)]
    # (and a bare "sorry" that opens scorn of the partner: "Sorry, was I supposed to be impressed that you…?", not
    # "Sorry, that was a stupid thing to say")
    # (or any apology that is itself part of the scorn by the rules: "Oh, I'm sorry, I forgot I married the Queen.")
    mocked = {(m["speaker"], m.get("quote")) for m in markers if m["category"] == "contempt" and m.get("source") != "meaning"
              and set(str(m.get("phrase", "")).split()) & MOCK_APOLOGY}
    by_rules = {(m["speaker"], m.get("quote")) for m in markers if m["category"] == "contempt" and m.get("source") != "meaning"}
    at_partner = {(m["speaker"], m.get("quote")) for m in markers if m["category"] == "contempt"
                  and {token(w) for w in str(m.get("quote", "")).split()} & SECOND_PERSON}
    dropped = [m for m in markers if m["category"] == "appreciation" and (
        (m["speaker"], m.get("quote")) in scorned
        or any(who == m["speaker"] and 0 <= t - m.get("end", m["t"]) <= SCORN_AFTER_S for who, t in then))
        or m["category"] == "repair" and m.get("phrase") in BARE_APOLOGIES and (m["speaker"], m.get("quote")) in at_partner
        or m["category"] == "repair" and (m["speaker"], m.get("quote")) in mocked
        # a repair that is no apology, in a sentence that scorns by the rules ("No, go on, tell me more about how normal
        # people do things."): the interest is mock
        or m["category"] == "repair" and (m["speaker"], m.get("quote")) in by_rules
        and set(str(m.get("phrase", "")).split()) & MOCK_INTEREST]
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "an apology that opens scorn: sarcasm" if m["category"] == "repair"
             else "thanks or praise said with scorn: sarcasm"} for m in dropped]


def mock_praise(markers: Sequence[dict], safety: Sequence[dict], read: Sequence[tuple], lex) -> list[dict]:
    """Praise said flat in reply ("Riveting.", "Grand. Lovely. Very mature altogether.", "Brilliant.
    Genius plan."): a sentence made only of praise words and fillers, with nothing else read in it,
    answering the partner (who asked nothing and said no repair, thanks or good news in the sentence
    before), in a turn that is all such praise or goes on to a horseman or safety language, while a
    horseman or safety language was heard within MOCK_TENSION_S: contempt, low confidence (the tone is
    what tells sarcasm from praise). "Great. I'll have the water boiling by then." is praise."""
    from .across import TENSION, _turns
    from .sentence_terms import hit

    praise = frozenset(p.parts[0] for p in lex.categories.get("mock_praise", []) if len(p.parts) == 1)
    tense = [m for m in markers if m["category"] in TENSION] + [h for h in safety if h["category"] != "appeasement"]

    def flat(s, praised=True) -> bool:
        return (bool(s.toks) and len(s.toks) <= MOCK_WORDS and set(s.toks) <= praise | FLAT_FILLERS
                and (bool(set(s.toks) & praise) or not praised))

    out, turns = [], _turns(read)
    for turn, before in zip(turns, answered_turns(turns)):
        speaker = turn[0][0].words[0]["speaker"]
        # the partner's last turn finished before this one began (side remarks come after the turns in `read`)
        if before is None:
            continue
        last = before[-1]
        # a question answered ("Where shall we go, the Chettinad place?" "Perfect.") or an offer taken up
        if last[0].question or any(m["category"] in ("repair", "appreciation", "needs_bids") for m in last[1]):
            continue
        t0, t1 = turn[0][0].words[0]["start"], turn[-1][0].words[-1]["end"]
        rest_tense = any(t0 <= m["t"] <= t1 and m["speaker"] == speaker for m in tense)
        for s, *_ in turn:
            a, b = s.words[0]["start"], s.words[-1]["end"]
            # (nor in a turn read whole as contempt: turn_meaning)
            if not flat(s) or any(m["speaker"] == speaker and (a <= m["t"] <= b or m.get("read_whole_turn") and m["t"] <= a <= m["end"])
                                  for m in markers):
                continue
            if not (rest_tense or all(flat(x, praised=False) for x, *_ in turn)):
                continue
            if not any(abs(m["t"] - a) <= MOCK_TENSION_S and not a <= m["t"] <= b for m in tense):
                continue
            item = hit(s, 0, len(s.toks) - 1, "contempt", "mock praise",
                       context="praise said flat in reply, in a tense stretch: sarcasm")
            item["_strength"] = "low"
            out.append(item)
    return out
