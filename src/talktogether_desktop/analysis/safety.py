"""Safety first: the flags, the stretch after a threat, and what fear changes (DOMAIN.md §6).

Fear changes what words mean. After a threat or intimidation, "I'm sorry, forget I said anything" is appeasement, not a
repair; a calm that follows submission is not de-escalation; nothing in the following stretch counts as repair, turning
toward or easing. This module marks those stretches, re-reads the markers inside them and adds "possible fear response"
flags, so every later step (escalation, bids, observations, the report) sees the same reading."""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from ..timefmt import clock
from .lexicon import Lexicon
from .settings import AnalysisSettings
from .sentence_terms import FIRST_PERSON, YOU
from .care_after_harm import answers_harm
from .control_told import FIRST_PERSON_OBJECT as _FIRST_PERSON_OBJECT, you_did_it_to_me
from .told_apart import apologised_to, i_struck_you, lonely_only
from .words import is_question, quote, sentence_bounds, token
from .threat_forms import threat_form

# Flag categories (the lexicon file name without "safety_"), grouped for the report.
GROUPS = {
    "threat": "threat or intimidation",
    "therapy_threat": "threat about therapy",
    "violence": "violence",
    "fear": "fear of the partner",
    "self_harm": "self-harm",
    "coercion": "coercive control",
    "financial_control": "coercive control: money",
    "monitoring": "coercive control: monitoring",
    "isolation": "coercive control: isolation",
    "blaming": "coercive control: blaming",
    "appeasement": "possible fear response",
}
# Said by the one who threatens or controls; the stretch after them is read in fear.
BY_THE_ONE_WHO_THREATENS = ("threat", "therapy_threat", "coercion", "financial_control", "monitoring",
                            "isolation", "blaming")
POSSIBLE_THREATS = ("threat", "therapy_threat")  # read by meaning too unsure to flag as heard: still a *possible* stretch
# ... reaching only the replies to it, not the two minutes after (round 48: 12 -> 30 s; blind splits: an apology 18-29 s after
# one was a repair 3 times; no labelled repair of the read or unseen splits falls 12-30 s after one: threat_forms)
POSSIBLE_AFTER_S = 30.0
REPLY_S = 12.0  # a threat heard alone (no other unsafe words in the minute) reads only its reply in fear
HEARD_AGAIN_S = 60.0  # a flag read by meaning alone opens the whole stretch only when heard again this soon
# Said by the one who is afraid or was hurt: the other partner is the one they fear.
BY_THE_ONE_AFRAID = ("fear", "violence")
# Repairs and withdrawals that, from the threatened partner after a threat, read as appeasement.
APPEASING_CATEGORIES = ("repair", "stonewalling", "appreciation")
REFUSING = ("i'm not doing", "i am not doing", "i'm not having", "i am not having")  # ("I'm not doing this.": no giving in)
# A need or a feeling the threatened partner says in reply to a heard threat ("I just want us to have a nice
# evening", "I'm trying, I really am") may be fear speaking: listed to listen to, the need still shown.
PLEADING_CATEGORIES = ("needs_bids", "feelings")
FEAR_REPLY_S = 20.0
SAME_SENTENCE_S = 8.0


def flags_from_hits(hits: Sequence[dict], names: Mapping[str, str]) -> list[dict]:
    out = []
    for h in hits:
        category = h["category"].removeprefix("safety_")
        out.append({
            "t": h["t"], "end": h["end"], "speaker": h["speaker"], "name": names.get(h["speaker"], h["speaker"]),
            "category": category, "group": GROUPS.get(category, category.replace("_", " ")),
            "phrase": h["phrase"], "quote": h["quote"],
            **({"context": h["context"]} if h.get("context") else {}),
            **{k: h[k] for k in ("source", "probability_of_reading", "probability_of_kind", "_strength", "_listen",
                                    "told_by_the_one_controlled")
               if k in h},
            **({"_words": h["_rests_on"]} if h.get("_rests_on") else {}),  # how sure: the words a rule read (keeping_peace)
        })
    return out


# Control that one partner can also *describe* having suffered ("so you read my messages", "why are
# you tracking my phone", "you took my card"): then the speaker is the one controlled, not the controller.
DESCRIBABLE_CONTROL = ("monitoring", "financial_control", "isolation", "coercion")
_GIVEN_IN = {"keep", "leave", "put", "turn", "share", "send", "show", "hand", "give"}
_OWN_TRACKED = {"location", "phone", "passcode", "password", "passwords", "pin", "messages", "texts", "receipts", "statements",
                "tracker", "dot", "sharing", "laptop", "emails", "bank", "wages", "salary", "pay", "card", "cards", "money"}
_THE_PARTNERS = {"your", "yours", "you've", "you're", "you'd"}


def describes_control_suffered(flag: Mapping) -> bool:
    """True when a control flag is told by the one it was done to: "you" did it to "my"/"me", not as a rule; "I'm not allowed…"."""
    tokens = [token(w) for w in str(flag.get("quote", "")).replace("’", "'").split()]
    tokens = [t for t in tokens if t]
    for i, t in enumerate(tokens):
        # the one controlled giving in: "I'll keep my location on.", "I'm going to keep my location on from now on." (not
        # "I'll keep my hands on your bank card", "I'll give my brother your password": the partner's things taken)
        promise = 1 if t in ("i'll", "ill") else 2 if tokens[i : i + 2] == ["i", "will"] else 3 if tokens[i : i + 3] in (
            ["i'm", "going", "to"], ["im", "going", "to"]) else 2 if tokens[i : i + 2] in (["i'm", "gonna"], ["im", "gonna"]) else 0
        if promise and set(tokens[i + promise : i + promise + 2]) & _GIVEN_IN and not set(tokens) & _THE_PARTNERS:
            mine = [k for k in range(i + promise, min(i + promise + 5, len(tokens) - 1)) if tokens[k] == "my"]
            if any(tokens[k + 1] in _OWN_TRACKED for k in mine):
                return True
        if t in ("you", "you've", "you'd") and you_did_it_to_me(tokens, i):
            return True
    return any(tokens[k : k + 3] in (["i'm", "not", "allowed"], ["im", "not", "allowed"]) for k in range(len(tokens)))


# someone else as the one who did it ("you threw…", "when he strangled her…"); "her" in "not at her" is no doer
_SOMEONE_ELSE = {"you", "you've", "you'd", "you're", "he", "he's", "he'd", "she", "she's", "she'd", "they", "they'd", "they're"}
_I = FIRST_PERSON - {"me"}


def violence_told_by_the_one_who_did_it(flag: Mapping) -> bool:
    """Violence said by the one who did it, not the one it was done to ("you shoved me", "he had his hand
    round my throat", "my wrist was purple", "some older boy punched him"): nobody hurt in the first person
    and nobody else doing it, and the speaker doing it ("I chucked it at the wall, not at her") or playing
    it down ("It was one push."). The one who did it, minimising or justifying, is the one the other partner
    may fear."""
    words = [token(w) for w in str(flag.get("quote", "")).replace("’", "'").split()]
    tokens = set(words)
    if tokens & (_FIRST_PERSON_OBJECT | _SOMEONE_ELSE) and not i_struck_you(words):  # "…and I only shoved you."
        return False
    # "Some older boy punched him": someone named by a noun did it; only "I" or a played-down "it was…" is the teller's
    return bool(tokens & _I) or words[:2] in (["it", "was"], ["that", "was"]) or words[:1] in (["it's"], ["twas"])


def is_listen_only(flag: Mapping) -> bool:
    """A reading by meaning alone, below `meaning_sure`, or a rule's reading made only to listen to
    (across.pleas_in_fear): listed for the therapist to listen to ("check the recording"), but too
    unsure to change how anything after it is read."""
    return bool(flag.get("_listen") or flag.get("listen_only")) or (
        flag.get("source") == "meaning" and (flag.get("_strength") == "low" or flag.get("confidence") == "low"))


JOKE_AROUND_S = 20.0
TENSION = ("criticism", "contempt", "defensiveness", "stonewalling")


def joking_threats(flags: list[dict], markers: Sequence[dict], words: Sequence[dict], lex: Optional[Lexicon] = None) -> list[dict]:
    """A threat said in play: in a warm talk, with no other safety language heard within the minute and no horseman
    within JOKE_AROUND_S ("If you eat my chips one more time, I swear I'll kill you." / "Ha! You'd have to catch me
    first." … "Thank you."). Warm: laughter in the words, thanks from the one who said it, after it or a turn before
    ("Thank you. I really appreciate that." … "Deal. I'm going to kill you if you forget, though."; the other partner's
    thanks after it, or earnest apology within 10 s ("I'm sorry, forget I said anything."), may be fear), or the other partner's
    warmth just before it ("Come here. I miss you too." … "But if you check the score during dinner I'll kill you."; the
    speaker's own "I love you" before is no warmth: "I love you, babe, but if you ever see him again…"). Taken out of
    `flags`, returned as "playful_threat" markers to listen to: a joke must not mark the report clinician-only, nor read
    "Zipped. Scout's honour." as fear."""
    out = []
    for f in list(flags):
        if f["category"] != "threat" or is_listen_only(f) or _others_near(f, flags, listen_too=False):
            continue
        a, b = f["t"] - JOKE_AROUND_S, f["end"] + JOKE_AROUND_S
        if any(m["category"] in TENSION and a <= m["t"] <= b and not vague(m) for m in markers) or apologised_to(f, markers, words):
            continue
        if not (warm_around(f, words, lex) or _warm_before(f, markers) or any(
                m["category"] == "appreciation" and m["speaker"] == f["speaker"]
                and (f["end"] < m["t"] <= b or a <= m["t"] < f["t"] - 3.0 and "love" not in str(m.get("phrase")))
                for m in markers)):
            continue
        flags.remove(f)
        # what the meaning reader took for giving in to it ("You'd have to catch me first.") goes with it
        flags[:] = [g for g in flags if not (g["category"] == "appeasement" and g.get("source") == "meaning"
                                             and g["speaker"] != f["speaker"] and f["t"] < g["t"] <= b)]
        out.append({**f, "category": "playful_threat", "group": "threat words said in play",
                    "context": "said in a warm talk with nothing tense or unsafe around it: threat words in play; "
                               "listen if unsure", "_strength": "low", "_listen": True})
    return out


def vague(x: Mapping) -> bool:
    """A reading by meaning too unsure to flag as heard (listed to listen to): it shows no quarrel around threat
    words (joking_threats) or an absolute ("You never fail to make my Sunday" beside a hug read at 0.45 as fear:
    across.absolutes_in_calm)."""
    return x.get("source") == "meaning" and x.get("_strength") == "low"


def warm_around(f: Mapping, words: Sequence[dict], lex: Optional[Lexicon]) -> bool:
    """Laughter or a pet name said to the partner within JOKE_AROUND_S of a threat `f`, or affection (affection.txt)
    from the other partner in the JOKE_AROUND_S before it: what makes threat words possibly play (joking_threats, across.absolutes_in_calm)."""
    from .sentence_terms import LAUGHTER, said_to_partner

    a, b = f["t"] - JOKE_AROUND_S, f["end"] + JOKE_AROUND_S
    if any(a <= w["start"] <= b and token(w["word"]) in LAUGHTER for w in words):
        return True
    # a pet name said to the partner: by the other partner, or the speaker's own after it (not before or in it: "Babe,
    # if you ever see him again…")
    if any(a <= w["start"] <= b and (w.get("speaker") != f["speaker"] or w["start"] > f["end"]) and said_to_partner(words, k)
           for k, w in enumerate(words)):
        return True
    theirs = [token(w["word"]) for w in words if a <= w["start"] < f["t"] and w.get("speaker") != f["speaker"]]
    return lex is not None and bool(lex.find(theirs, {0}, set(), "affection"))


def _warm_before(f: Mapping, markers: Sequence[dict]) -> bool:
    """The other partner's appreciation within JOKE_AROUND_S before `f`."""
    a = f["t"] - JOKE_AROUND_S
    return any(m["category"] == "appreciation" and m["speaker"] != f["speaker"] and a <= m["t"] < f["t"] for m in markers)


def threat_stretches(flags: Sequence[dict], speakers: Sequence[str], settings: AnalysisSettings) -> list[dict]:
    """[t, t + after_threat_s] after each threat-like flag, with who threatened (None when unknown).

    A threat read by meaning alone, too unsure to flag as heard ("listen to it"), still opens a short
    *possible* stretch (POSSIBLE_AFTER_S, the reply to it): an apology there is not counted as a repair on
    the strength of it (an apology after a threat nobody listed is the harm this guards against). The other
    partner's is listed as a possible fear response to listen to, the speaker's own as a repair after a
    threat; withdrawal and warmth are read as usual."""
    heard = []  # (flag, who threatened), for every flag that can open a stretch
    for f in flags:
        if is_listen_only(f) and f["category"] not in POSSIBLE_THREATS:
            continue
        done_by_speaker = f["category"] == "violence" and violence_told_by_the_one_who_did_it(f)
        afraid = (f["category"] in BY_THE_ONE_AFRAID and not done_by_speaker) or (
            f["category"] in DESCRIBABLE_CONTROL and (describes_control_suffered(f) or f.get("told_by_the_one_controlled")))
        if (f["category"] in BY_THE_ONE_WHO_THREATENS or done_by_speaker) and not afraid:
            heard.append((f, f["speaker"]))
        elif afraid:
            others = [s for s in speakers if s != f["speaker"]]
            heard.append((f, others[0] if len(others) == 1 else None))
    out = []
    for f, by in heard:
        # Read by meaning alone (no listed phrase) and heard only once, a flag reaches only the reply to it: one misreading
        # ("can I ask why I wasn't invited?" as isolation, "the one where you knocked ketchup all over me?" as violence) must
        # not undo two minutes of repairs and warmth. With any other safety flag within the minute (the kind read by meaning is
        # often the neighbour's: a threat read as fear), the whole stretch.
        possible = is_listen_only(f) or (f.get("source") == "meaning" and not any(
            g is not f and g["category"] != "appeasement" and not is_listen_only(g) and abs(g["t"] - f["t"]) <= HEARD_AGAIN_S
            for g in flags))
        # (30 s for a threat's form only: "I need us to decide these things together…" read as one must not undo an apology)
        reach = POSSIBLE_AFTER_S if threat_form([token(w) for w in str(f.get("quote", "")).split()]) else REPLY_S
        after = min(settings.after_threat_s, reach) if possible else settings.after_threat_s
        out.append({"start": f["t"], "end": f["end"] + after, "by": by, "flag": f, "possible": possible})
    return out


def in_stretch(t: float, stretches: Sequence[dict]) -> Optional[dict]:
    """The stretch of the most recent threat before `t`, if `t` falls in one."""
    inside = [s for s in stretches if s["start"] <= t <= s["end"]]
    return max(inside, key=lambda s: s["start"]) if inside else None


def reread_after_threats(markers: list[dict], stretches: Sequence[dict], lex: Lexicon,
                         names: Mapping[str, str], words: Sequence[dict], flags: Sequence[dict] = ()) -> list[dict]:
    """Markers inside a threat stretch are re-read; returns the new "possible fear response" flags.

    From the threatened partner, a repair, an appreciation, a withdrawal phrase or an appeasing
    phrase ("forget I said anything", "okay, you're right") becomes `appeasement`; from the one who
    threatened, a repair becomes `repair_after_threat` (listed, never counted as a repair). `flags`: every
    safety flag so far (a threat with no other unsafe words in the minute around it reads only its reply
    in fear)."""
    heard = flags
    flags = []
    for m in markers:
        s = in_stretch(m["t"], stretches)
        if s is None or m["t"] <= s["flag"]["end"]:
            continue
        if not s["possible"] and _read_in_fear(m["t"], stretches, heard) is None:
            # long after one threat heard alone (the only unsafe words in the minute: as often a joke misread,
            # "I will kill you dead if you touch that rub"), a repair is still not counted, and nothing
            # else is read as fear
            if m["category"] == "repair":
                m["read_as"], m["category"] = "repair", "repair_after_threat"
                m["context"] = (f"after the {s['flag']['group']} at {clock(s['flag']['t'])} (heard once): "
                                "not read as a repair")
            continue
        threatened = m["speaker"] != s["by"] if s["by"] is not None else True
        if answers_harm(m, heard):
            continue
        if m["category"] in APPEASING_CATEGORIES and threatened and not (s["possible"] and m["category"] != "repair") and not (
                m["category"] == "stonewalling" and str(m.get("phrase", "")).lower().startswith(REFUSING)):
            m["read_as"] = m["category"]
            m["category"] = "appeasement"
            m["context"] = f"after the {_what(s)} at {clock(s['flag']['t'])}: a possible fear response"
        elif m["category"] == "repair":
            m["read_as"] = "repair"
            m["category"] = "repair_after_threat"
            m["context"] = f"after the {s['flag']['group']} at {clock(s['flag']['t'])}: not read as a repair"
    markers += _appeasing_phrases(markers, stretches, lex, words, heard)
    for m in markers:
        if m["category"] != "appeasement" or answers_harm(m, heard):
            continue
        # one flag a sentence ("I'm sorry, you're right, I should have asked" holds three appeasing phrases)
        if any(f["speaker"] == m["speaker"] and (abs(f["t"] - m["t"]) < 0.05 or f["quote"] == m["quote"]
                                                  and abs(f["t"] - m["t"]) < SAME_SENTENCE_S) for f in flags):
            continue
        s = in_stretch(m["t"], stretches)
        flags.append({
            "t": m["t"], "end": m["end"], "speaker": m["speaker"], "name": names.get(m["speaker"], m["speaker"]),
            "category": "appeasement", "group": GROUPS["appeasement"], "phrase": m["phrase"], "quote": m["quote"],
            "context": f"said after the {_what(s)} at {clock(s['flag']['t'])} "
                       f"(“{s['flag']['quote']}”); an apology or agreement here may be fear, not repair",
            "after_flag_t": s["flag"]["t"],
            # after a reading by meaning alone: listed to listen to, like the reading itself
            **({"source": "meaning", "_strength": "low"} if s["possible"] else {}),
        })
    markers.sort(key=lambda m: (m["t"], m["category"]))
    return flags


def _what(stretch: Mapping) -> str:
    group = stretch["flag"]["group"]
    return f"possible {group} (read by meaning, to listen to)" if stretch.get("possible") else group


def needs_in_reply(markers, stretches, flags, words, names: Mapping[str, str]) -> list[dict]:
    """Needs and feelings the threatened partner says to the partner ("you", "please", a question) within
    FEAR_REPLY_S of a threat's end, the threat heard with another within the minute: "possible fear
    response" flags to listen to, one a sentence, none where a flag of the speaker is already said. The
    need stays a need; its flag only asks the therapist to hear whether it was said in fear. A need about
    a thing ("I need money for the dentist") is not read so."""
    out: list[dict] = []
    for m in markers:
        if m["category"] not in PLEADING_CATEGORIES:
            continue
        s = max((x for x in stretches if not x["possible"] and x["by"] is not None and x["by"] != m["speaker"]
                 and 0 < m["t"] - x["flag"]["end"] <= FEAR_REPLY_S and _heard_again(x, stretches)),
                key=lambda x: x["flag"]["t"], default=None)
        if s is None:
            continue
        # the one who threatened took it back first ("Sorry, that was out of order." / "I miss you too.")
        if any(x["speaker"] == s["by"] and x.get("read_as") == "repair" and s["flag"]["end"] < x["t"] < m["t"]
               for x in markers):
            continue
        mine = [w for w in words if w["speaker"] == m["speaker"]]
        at = next((i for i, w in enumerate(mine) if w["start"] >= m["t"] - 1e-6), None)
        if at is None:
            continue
        first, last = sentence_bounds(mine, at)
        # one flag a sentence: none where the speaker's words already carry one ("…it hurt me, and I don't feel safe")
        if any(f["speaker"] == m["speaker"] and f["t"] <= mine[last]["end"] and f["end"] >= mine[first]["start"]
               for f in [*flags, *out]):
            continue
        toks = [token(w["word"]) for w in mine[first : last + 1]]
        if not (set(toks) & (YOU | {"please"}) or is_question(mine[last]["word"])):
            continue
        out.append({
            "t": m["t"], "end": m["end"], "speaker": m["speaker"], "name": names.get(m["speaker"], m["speaker"]),
            "category": "appeasement", "group": GROUPS["appeasement"], "phrase": m["phrase"], "quote": m["quote"],
            "context": f"a {'need' if m['category'] == 'needs_bids' else 'feeling'} said just after the {_what(s)} at "
                       f"{clock(s['flag']['t'])} (“{s['flag']['quote']}”); it may be fear speaking",
            "after_flag_t": s["flag"]["t"], "read_as": m["category"], "_strength": "low", "_listen": True,
        })
    return out


def _read_in_fear(t: float, stretches: Sequence[dict], flags: Sequence[dict]) -> Optional[dict]:
    """The latest stretch around `t` that reads what is said at `t` in fear: a heard threat's reply
    (REPLY_S), or any time in the stretch of a threat with other unsafe words within the minute."""
    full = [x for x in stretches if x["start"] <= t <= x["end"] and not x["possible"]
            and (t - x["flag"]["end"] <= REPLY_S or not _alone(x, flags))]
    return max(full, key=lambda x: x["start"]) if full else None


def _alone(stretch, flags: Sequence[dict]) -> bool:
    """No other safety reading within the minute of the stretch's flag, not even one to listen to."""
    return not _others_near(stretch["flag"], flags)


def _others_near(flag, flags: Sequence[dict], listen_too: bool = True) -> bool:
    """Another safety flag (no fear response) within HEARD_AGAIN_S of `flag`; `listen_too`: one to listen to counts."""
    return any(g is not flag and g["category"] != "appeasement" and abs(g["t"] - flag["t"]) <= HEARD_AGAIN_S
               and (listen_too or not is_listen_only(g)) for g in flags)


def _heard_again(stretch, stretches) -> bool:
    """Another flag of the same side heard within the minute (as threat_stretches): one threat heard alone
    may be a joke misread ("I'll kill you if you tell them"), and a need after it is then just a need."""
    return any(x is not stretch and not x["possible"] and x["by"] == stretch["by"]
               and abs(x["flag"]["t"] - stretch["flag"]["t"]) <= HEARD_AGAIN_S for x in stretches)


def _appeasing_phrases(markers, stretches, lex: Lexicon, words, flags: Sequence[dict]) -> list[dict]:
    """Appeasing phrases (appeasement.txt) from the threatened partner that no marker covers yet."""
    out = []
    covered = {(m["speaker"], m["t"]) for m in markers if m["category"] == "appeasement"} | {(f["speaker"], f["t"]) for f in flags if f["category"] == "threat"}
    for s in stretches:
        end = s["end"] if s["possible"] or not _alone(s, flags) else s["flag"]["end"] + REPLY_S
        # (not where the speaker's own threat is the latest: "Thanks, love. I knew you'd see sense.", walk49b)
        ws = [w for w in words if s["flag"]["end"] < w["start"] <= end and w["speaker"] != s["by"]
              and in_stretch(w["start"], stretches)["by"] != w["speaker"]]
        toks, everywhere = [token(w["word"]) for w in ws], set(range(len(ws)))  # "Sorry doesn't…" no apology:
        unsaid = {k for x, y, _ in lex.find(toks, everywhere, everywhere, "non_apologies") for k in range(x, y + 1)}
        for a, b, ph in lex.find(toks, everywhere, everywhere, "appeasement"):
            if (a in unsaid or a and toks[a - 1] in ("say", "saying", "said", "says")  # the partner's word quoted: "Don't just say fine."
                    or any(sp == ws[a]["speaker"] and abs(t - ws[a]["start"]) < 2.0 for sp, t in covered)):
                continue
            covered.add((ws[a]["speaker"], ws[a]["start"]))
            text = " ".join(w["word"] for w in ws[a : b + 1])
            out.append({"t": ws[a]["start"], "end": ws[b]["end"], "speaker": ws[a]["speaker"], "category": "appeasement",
                        "phrase": ph.text, "text": text, "quote": quote(ws, a, sentence_bounds(ws, b)[1]), "source": "lexicon",
                        "context": f"after the {_what(s)}: a possible fear response"})
    return out


LISTEN_PROMPT_KIND = 0.8  # a listen-only reading alone raised the prompt wrongly in 32 of 33 splits' talks (0.44-0.79)


UNSURE_WORDS = frozenset({"words the recogniser was unsure of", "some words not clearly recognised"})  # (confidence.py)


def raises_prompt(flag: Mapping) -> bool:
    """A self-harm flag that calls for the risk prompt: heard by a rule, or only to listen to with its kind clear
    (LISTEN_PROMPT_KIND; not loneliness alone: told_apart.lonely_only); else it stays listed."""
    # (nor a reading of words the recogniser was unsure of: "…all over the end. Internet." for "…all over the internet.")
    return not is_listen_only(flag) or (flag.get("probability_of_kind") or 0.0) >= LISTEN_PROMPT_KIND and not lonely_only(
        [token(w) for w in str(flag.get("quote", "")).split()]) and not set(flag.get("confidence_reasons") or []) & UNSURE_WORDS
