"""Not living to a time: "I won't make it to the new year.", "I don't think I'll make it to my next birthday.", "I
don't know if I'll make it to the summer." Passive words of self-harm that name no harm at all, so neither the lexicon
nor the meaning pass hears them. Said alone they are only to listen to (the same words are said of a party one cannot
go to, or of an illness); with the speaker's own words of not wanting to, or of the notes or letters written, in the
same turn ("I won't make it to the new year, I've already written the notes.", "…make it to the summer. I'm not sure I
want to.") they are heard.

Not read: going to something ("I won't make it to the new year's party", "…to Christmas, I'm working that day"), an
illness named ("the doctors say…", "with the chemo…"), anyone but the speaker ("Mum won't make it to Christmas"), or a
plain plan ("I'll make it to the summer sale")."""

from __future__ import annotations

from typing import Sequence

from .defied import harm_as_pressure
from .words import quote, speaker_sentences, token

# the speaker doubting they will last ("I won't", "I don't think I'll", "not sure I'll", "don't know if I'll")
DOUBTS = (("i", "won't"), ("i'm", "not", "going", "to"), ("i'm", "not", "gonna"), ("i", "will", "not"), ("i'll", "never"), ("think", "i'll"), ("sure", "i'll"), ("if", "i'll"),
          ("whether", "i'll"), ("doubt", "i'll"), ("i", "might", "not"), ("i", "may", "not"), ("i", "can't", "see", "myself"))
LASTING = (("make", "it", "to"), ("making", "it", "to"), ("make", "it", "past"), ("make", "it", "till"), ("make", "it", "until"), ("last", "till"),
           ("last", "until"), ("last", "to"), ("see",))
# ... or being here, also said of being away ("I won't be here for Christmas, we're at my sister's"): read only with
# the speaker's own confirming words (CONFIRM)
BEING_HERE = (("be", "here", "for"), ("be", "here", "at"), ("be", "here", "by"), ("be", "around", "for"), ("be", "around", "by"),
              ("be", "around", "at"))
TIMES = frozenset({"christmas", "easter", "summer", "winter", "spring", "autumn", "fall", "year", "birthday", "forty", "fifty",
                   "sixty", "thirty", "seventy", "40", "50", "60", "30", "70", "anniversary", "new"})
# what one goes to or works ("…the new year's party", "…Christmas, I'm on shift")
GOING = frozenset({"party", "parties", "dinner", "lunch", "sale", "sales", "concert", "match", "game", "drinks", "meal",
                   "fireworks", "show", "market", "service", "celebration", "bash", "trip", "holiday", "holidays", "break",
                   "work", "working", "shift", "shifts", "busy", "flight", "flights", "train", "traffic", "booked", "rota",
                   "deadline", "invite", "invited", "come", "coming", "tickets", "ticket",
                   "eve's", "year's", "conference", "meeting", "wedding", "appointment", "notice", "job",
                   "quit", "contract", "lease", "call", "save", "annual"})
ILLNESS = frozenset({"doctor", "doctors", "doctor's", "cancer", "chemo", "treatment", "diagnosis", "scan", "consultant",
                     "tumour", "tumor", "prognosis", "hospice", "terminal", "oncologist", "illness", "ill", "sick"})
# the speaker's own words in the same turn that make it heard ("I'm not sure I want to.", "I've written the notes.")
CONFIRM = (("sure", "i", "want", "to"), ("don't", "want", "to"), ("do", "not", "want", "to"), ("don't", "even", "want", "to"),
           ("if", "you", "leave"), ("if", "you", "go"), ("without", "you"), ("written", "you", "a", "letter"),
           ("wrote", "you", "a", "letter"), ("written", "the", "notes"), ("written", "notes"), ("written", "letters"), ("written", "a", "letter"),
           ("wrote", "the", "notes"), ("wrote", "letters"), ("my", "affairs"), ("said", "goodbye"), ("the", "point"),
           ("no", "point"), ("given", "away"), ("gave", "away"))
TURN_S = 12.0  # the speaker's own words this long after the sentence, at most
GOES_ON_S = 30.0  # ... or self-harm heard in the speaker's words this long before it


def _has(toks: Sequence[str], phrases) -> int:
    """The end (exclusive) of the first phrase found in `toks`, or -1."""
    for k in range(len(toks)):
        for p in phrases:
            if tuple(toks[k : k + len(p)]) == p:
                return k + len(p)
    return -1


def not_lasting(raw: Sequence[str]) -> str:
    """ "lasting" for a doubt that the speaker will last to a time named at its clause's end ("…to the new year, I've
    written…"), "here" for a doubt of being here then (BEING_HERE), in a sentence going to nothing and with no illness
    ("sick of it" is no illness); "" for neither."""
    toks = [token(w) for w in raw]
    ends = [k + 1 for k, w in enumerate(raw) if w.rstrip("\"'”’").endswith((",", ";", ":", "-", "—"))]
    d = _has(toks, DOUBTS)
    ill = {t for k, t in enumerate(toks) if t in ILLNESS and not (t == "sick" and toks[k + 1 : k + 2] == ["of"])}
    if d < 0 or set(toks) & GOING or ill:
        return ""
    rest = toks[d:]
    for kind, phrases in (("lasting", LASTING), ("here", BEING_HERE)):
        at = _has(rest, phrases)
        if at < 0:
            continue
        clause_end = next((e for e in ends if e > d + at), len(toks))
        after = [t for t in toks[d + at : clause_end] if t not in ("the", "my", "next", "this", "another", "a")]
        after = after[2:] if after[:2] == ["end", "of"] else after  # "…to the end of the year"
        if after and after[0] in TIMES and after[1:] in ([], ["year"], ["like", "this"], ["honestly"], ["to", "be", "honest"]):
            return kind
    return ""


def not_living_to(words: Sequence[dict], hits: Sequence[dict]) -> list[dict]:
    """Self-harm hits (as the lexicon's) for not lasting to a time (not_lasting); only to listen to unless the speaker's
    own words within TURN_S after it say not wanting to, or the notes written (CONFIRM)."""
    out: list[dict] = []
    for mine, first, last in speaker_sentences(words):
        speaker = mine[0]["speaker"]
        toks = [token(w["word"]) for w in mine[first : last + 1]]
        kind = not_lasting([w["word"] for w in mine[first : last + 1]])
        if not kind:
            continue
        t, end = mine[first]["start"], mine[last]["end"]
        if any(h["category"] == "safety_self_harm" and h["speaker"] == speaker and h.get("source") == "lexicon"
               and not h.get("_listen") and h["t"] <= end and t <= h["end"] for h in hits):
            continue
        later = [token(w["word"]) for w in mine if end < w["start"] <= end + TURN_S
                 and not any(o["speaker"] != speaker and end < o["start"] < w["start"] for o in words)]
        if set(later) & (GOING | ILLNESS):  # "I won't make it to Christmas. I want to, but I'm on call."
            continue
        heard = _has(later, CONFIRM) >= 0 or _has(toks, CONFIRM) >= 0 or any(  # (or self-harm heard just before it)
            h["category"] == "safety_self_harm" and h["speaker"] == speaker and not h.get("_listen")
            and h.get("_strength") != "low" and 0.0 <= t - h["end"] <= GOES_ON_S for h in hits)
        if kind == "here" and not heard:
            continue
        out.append({"t": t, "end": end, "speaker": speaker, "category": "safety_self_harm",
                    "phrase": "not lasting to a time", "text": " ".join(w["word"] for w in mine[first : last + 1]),
                    "quote": quote(mine, first, last), "source": "lexicon",
                    "context": "doubt of lasting to a time, no harm named",
                    **({} if heard else {"_strength": "low", "_listen": True})})
    return out + harm_as_pressure(out, words)  # "If you leave me, I won't make it to Christmas.": a threat too
