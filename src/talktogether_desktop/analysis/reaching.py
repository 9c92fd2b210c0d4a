"""What each partner was reaching for: needs, wishes, feelings and bids in plain categories (cue words in
resources/lexicons/<lang>/reaching_*.txt; naming none, "other": nothing asked for is lost), with the partner's own words
and whether the other turned toward, away or against."""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Optional, Sequence

from .lexicon import NEGATIVE_CATEGORIES, Lexicon
from .bids_by_meaning import MEANING_REASONS, REPLY_SURE, bids_by_meaning, outweighed as _outweighed, reply_attacks
from .bids_by_meaning import reply_by_meaning, reply_leaning
from .reply_forms import accepts, invites_on, late_defence, partner_feeling_said_back, rebuffs, reflects_without_check, says_yes
from .reply_words import (
    ANSWERING_NODS, ASKED_BACK_WORDS, NOT_NOW, answers_request, asked_for, asks_after as _asks_after, empathic,
    reflects_back, second_toks_of, vague_marker, back as _back, follow_up as _follow_up, listening, joint_plan,
    agrees_to_break, shared_content as _shared_content, reassures, asks_to_wait)
from .needs_category import VULNERABLE, category_of, comfort_in_answer
from .settings import AnalysisSettings
from .sentence_terms import FIRST_PERSON, SECOND_PERSON, THIRD_SINGULAR
from .sentences import said_back
from .bid_context import controlled_by_meaning, read_after_threat_or_control, scorned_in
from .told_apart import disclosed_in_reply
from .turns import Spurt, Turn
from .words import QUOTE_MIN_PROBABILITY, is_question, join_words, sentence_bounds, token

MIN_WORDS_AFTER_NEED = 4
DEMANDS = frozenset({"monitoring", "financial_control", "isolation", "coercion", "threat", "therapy_threat"})
# The partner's next turn this soon after a bid, with nothing said by the one who made it in between, answers it
SLOW_REPLY_S = 12.0
AGAINST_UNCONFIRMED = "the reply reads as pushing it away, though not as an attack: check the recording"
FEAR_AFTER_S = 6.0  # a request followed this soon, in the same turn, by the speaker's fear of the partner is no bid
NOT_TAKEN_IN = frozenset({"hm", "hmm", "huh", "eh", "mm", "sorry", "pardon"})  # alone and asked, a bid not taken in ("Hm?")
# A first sentence this short that is an acknowledgement ("Yes, absolutely.") takes the bid up, unless
# it holds one of these ("Okay, whatever.", "Yeah, no.", "Sure, later.").
ACCEPTING_WORDS = 4
RECORDING_ENDED = "recording_ended"  # the response to a bid said last in the recording: not read either way
DISMISSING = frozenset({"whatever", "later", "busy"})
NOT_ACCEPTING = DISMISSING | {"no", "nah", "not", "fine"}
# A short question made of these takes a bid up ("Where?", "Really?", "Ooh, what?").
TAKING_IT_UP = frozenset({"where", "really", "what", "which", "who", "when", "how", "ooh", "oh", "seriously", "yeah"})
EXCLAIMED_WORDS = 4  # ... and a short exclamation ("Finally!", "You remembered!")
ANSWER_WORDS = 6  # ... and a short answer to a question ("She said about eleven."), not a bare "Mm."
# A feeling told with no horseman or safety language this near is a share (a bid); anger is no share.
SHARE_CALM_S = 20.0
FAILING = frozenset({"failing", "letting", "disappointing", "losing", "lose", "fail", "disappoint"})
CROSS = frozenset({"angry", "mad", "furious", "annoyed", "frustrated", "resentful", "fed", "sick"})
# A first sentence of only these is a nod, no more ("Yeah.", "Mm, okay.", "Ja.").
NODS = frozenset({"yeah", "yes", "yep", "yup", "ok", "okay", "mm", "mmm", "mhm", "mm-hm", "uh-huh", "hmm", "hm", "aye", "ja",
                  "sure", "right", "cool", "maybe", "nice", "lovely", "fine", "nah", "ha", "oh", "ah"})
# ... and a question with these plans what the bid offered ("Chinese or curry?", "Shall I book it?")
PLANNING = frozenset({"or", "shall", "let's", "lets"})
# An offer of care in a reply takes the bid up, whatever else it says ("Nah. Just sitting. Kettle's not long boiled if you
# want one." to "You're up late. Couldn't sleep either?"); not where the reply attacks.
OFFERS = (("if", "you", "want", "one"), ("if", "you", "want", "some"), ("do", "you", "want", "one"), ("d'you", "want", "one"),
          ("i'll", "make", "you"), ("i'll", "put", "the", "kettle"), ("shall", "i", "make"), ("eat", "anything", "today"), ("eaten", "anything", "today"), ("are", "you", "okay"), ("are", "you", "alright"), ("can", "i", "get", "you"))
PROMISED = frozenset({"i'll", "ill", "coming", "then", "yours", "promise", "love", "babe", "honey", "darling", "sweetheart"})  # put off, kindly
CHANGING_SUBJECT = frozenset({"oh", "hey", "anyway", "anyways", "so", "um", "uh", "listen", "by", "also", "btw"})
MINIMAL = NOT_TAKEN_IN | {"uh", "huh", "uh-huh", "mhm", "mm-hm", "mmm", "hmm"}
REFUSING = frozenset({"can't", "cannot", "won't", "leave", "watching", "checking"})  # "Can't, I'm out.", "Leave it."
FLAT_NO = frozenset({"no", "god", "nope", "nah", "definitely", "absolutely"})  # "God, no." to a question (not "Oh no!")
BID_OPENINGS = ("can", "could", "will", "would", "please", "do", "how", "what", "let's", "fancy", "d'you", "want",
               "wanna", "shall", "why", "guess", "you'll", "did", "look", "come", "check", "i've", "remember", "listen",
               "you've", "you", "sent", "big", "some", "good", "d'you", "give")
BID_LABEL = "attention and connection"
CATEGORY_LABELS = {
    "closeness": "closeness and connection",
    "reassurance": "reassurance",
    "respect": "respect and being heard",
    "fairness": "fairness and help",
    "space": "space",
    "appreciation": "appreciation",
    "other": "something else",
}


def find_reaching(
    markers: Sequence[dict],
    turns: Sequence[Turn],
    spurts: Sequence[Spurt],
    words: Sequence[dict],
    lexicon: Lexicon,
    settings: AnalysisSettings,
    safety_flags: Sequence[dict] = (),
    threat_stretches: Sequence[dict] = (),
    folder: Optional[Path] = None,
    recording_end: Optional[float] = None,
) -> dict[str, list[dict]]:
    """Each partner's needs, wishes, feelings and bids, with how the other met them; `folder`: the meaning
    examples (None: the phrase rules alone); `recording_end`: where the recording stops (None: its last word), so a
    bid said too near it for a reply is not read as turned away."""
    word_index = {(w["start"], w["speaker"]): i for i, w in enumerate(words)}
    turn_starts = [t.start for t in turns]
    by_sentence: dict[tuple, dict] = {}
    # "I want to get better at that.": a want that opens a repair is a promise, not a need
    promised = {(m["t"], m["speaker"], "i") for m in markers if m["category"] == "repair" and str(m["phrase"]).startswith("i ")}
    for m in markers:
        if m["category"] not in ("needs_bids", "feelings") and m["category"] not in ("criticism",):
            continue
        if m["category"] == "needs_bids" and (m["t"], m["speaker"], (m["phrase"] or " ").split()[0]) in promised:
            continue
        wid = word_index.get((m["t"], m["speaker"]))
        turn = _turn_of(wid, m["t"], turns, turn_starts)
        if wid is None or turn is None:
            continue
        tw = [words[i] for i in turn.word_ids]
        pos = turn.word_ids.index(wid) if wid in turn.word_ids else 0
        first, last = sentence_bounds(tw, pos)
        key = (turn.start, turn.speaker, first)
        entry = by_sentence.setdefault(
            key,
            {"speaker": m["speaker"], "t": tw[first]["start"], "end": tw[last]["end"],
             "quote": join_words(tw[first : last + 1]), "cues": set(), "turn": turn, "sentence": tw[first : last + 1]},
        )
        entry["cues"].add((m["category"], m["phrase"]))
        if m["category"] == "needs_bids":
            entry["need_end"] = max(entry.get("need_end", 0.0), m["end"])
    # a feeling of one's own is told as a share only in a calm stretch: in a quarrel "I'm tired of this" is no bid (a
    # horseman read by meaning and judged low makes no quarrel: "Your mum had a bad night." … "…I'll fall apart.")
    tense = sorted([m["t"] for m in markers if m["category"] in (*NEGATIVE_CATEGORIES, "stonewalling") and not vague_marker(m)]
                   + [f["t"] for f in safety_flags if f.get("source") != "meaning"])
    for e in by_sentence.values():
        e["calm"] = not any(e["t"] - SHARE_CALM_S <= t <= e["end"] + SHARE_CALM_S for t in tense)
    chosen = [(e, *kc) for e in by_sentence.values() if (kc := _kept(e, lexicon, safety_flags)) is not None]
    if folder is not None:
        # turns the rules read: a need or bid shown, or a passing feeling or complaint set aside (a need or bid
        # set aside as too short, "I wish you were here.", is read again by meaning)
        shown = {id(e) for e, _, _ in chosen}
        held = {(e["turn"].start, e["speaker"]) for e in by_sentence.values()
                if id(e) in shown or _kind(e["cues"]) not in ("need", "bid", "feeling")}
        bids = {(e["turn"].start, e["speaker"]) for e, _, _ in chosen}
        chosen += [(e, *kc) for e in bids_by_meaning(turns, words, markers, safety_flags, folder, held, bids, settings, lexicon)
                   if (kc := _kept(e, lexicon, safety_flags)) is not None]
    out: dict[str, list[dict]] = {}
    reaching_turns = {(e["turn"].start, e["speaker"]) for e, _, _ in chosen}
    chosen = [c for c in chosen if not comfort_in_answer(c[0], turns, reaching_turns) and not scorned_in(c[0], markers)]
    for entry, kind, category in sorted(chosen, key=lambda c: c[0]["t"]):
        response = _response(entry, turns, spurts, words, markers, lexicon, settings, safety_flags, folder, recording_end)
        if category == "space" and response["response"] in ("away", "against") and agrees_to_break(response["response_quote"]):
            # a break asked for and agreed to ("Can we take a break…?" / "Okay.", "Okay. 20 minutes.") is granted
            response.update(response="toward", response_reason="the break was agreed to")
        response.update(disclosed_in_reply(response, safety_flags))
        response.update(read_after_threat_or_control(entry, response, threat_stretches, safety_flags, category, markers))
        out.setdefault(entry["speaker"], []).append(
            {
                "category": category,
                # a bid read by meaning that names no need is for the partner's attention (Gottman's bid)
                "label": BID_LABEL if category == "other" and (entry.get("source") == "meaning" or entry.get("shared"))
                else CATEGORY_LABELS[category],
                "kind": kind,
                "t": round(entry["t"], 3),
                "end": round(entry["end"], 3),
                "quote": join_words(entry["sentence"], QUOTE_MIN_PROBABILITY),
                **({"source": "meaning"} if entry.get("source") == "meaning" else {}),
                **({"_strength": entry["_strength"]} if "_strength" in entry else {}),
                **response,
            }
        )
    return out


def _kept(entry, lexicon, safety_flags) -> Optional[tuple[str, str]]:
    """(kind, category) of a sentence reaching for something, or None when it is not shown as such."""
    # A sentence with safety language ("I'm scared to bring anything up with you") is shown as
    # safety, first; it is not a bid to be met. A reading by meaning alone is not sure enough
    # to hide a need the words state ("I just need to feel safe with my own money").
    # So is a request the same turn goes on to explain by fear ("Can you just hold me for a sec? I
    # just don't want you mad at me."): comfort asked for to keep the partner calm. And a want in a turn that gives an
    # order of control ("Give me your phone. I want to see the messages.") is the demand, no need to be met.
    if any(f["speaker"] == entry["speaker"] and f["category"] != "appeasement" and f.get("source") != "meaning"
           and (entry["t"] - 0.05 <= f["t"] <= entry["end"] + 0.05
                or (f["category"] == "fear" and entry["end"] < f["t"] <= min(entry["turn"].end, entry["end"] + FEAR_AFTER_S))
                or f["category"] in DEMANDS and entry["turn"].start <= f["t"] <= entry["turn"].end)
           for f in safety_flags) or controlled_by_meaning(entry, safety_flags):
        return None
    kind = _kind(entry["cues"])
    toks = [t for t in (token(w["word"]) for w in entry["sentence"]) if t]
    if kind == "feeling" and toks[:1] and toks[0] in THIRD_SINGULAR and not set(toks) & (FIRST_PERSON | SECOND_PERSON):
        return None  # someone else's feeling told ("She's exhausted." of a daughter): no reaching of the speaker's own
    if kind in ("need", "feeling") and partner_feeling_said_back(toks, is_question(entry["sentence"][-1]["word"])):
        return None  # the partner's feeling said back to them ("…and you miss it."): a reflection, not the speaker's need
    category = category_of(entry["sentence"], lexicon, ("criticism", "contempt") if kind == "complaint" else ())
    if category is None and entry.get("source") == "meaning":
        category = "other"
    if category is None:
        # A passing feeling, question or complaint that names no need is left out, and so is
        # a short acceptance ("I would like that"); a need with content of its own is kept.
        said_after = sum(1 for w in entry["sentence"] if w["start"] >= entry.get("need_end", 1e18))
        # an invitation asked ("want a bowl?", "fancy a walk?") is a bid however short
        asked = kind == "bid" and is_question(entry["sentence"][-1]["word"])
        if kind == "feeling" and _shares_own_feeling(entry["sentence"], entry.get("calm")):
            entry["shared"] = True
            return kind, "other"
        if kind not in ("need", "bid") or (said_after < MIN_WORDS_AFTER_NEED and not asked):
            return None
        category = "other"
    return kind, category


def _turn_of(wid, t, turns, starts):
    i = bisect.bisect_right(starts, t) - 1
    for j in (i, i - 1, i + 1):
        if 0 <= j < len(turns) and wid in turns[j].word_ids:
            return turns[j]
    return None


def _kind(cues: set) -> str:
    cats = {c for c, _ in cues}
    if ("needs_bids", "meaning") in cues:
        return "bid"
    if "needs_bids" in cats:
        phrases = [p for c, p in cues if c == "needs_bids"]
        return "bid" if all(p.replace("^", "").split()[0] in BID_OPENINGS for p in phrases) else "need"
    if "feelings" in cats:
        return "feeling"
    return "complaint"


def _shares_own_feeling(sentence: Sequence[dict], calm: bool) -> bool:
    """A feeling of one's own told, not one about the partner ("I've been feeling really low since Grandpa passed",
    "I'm so nervous about tomorrow"): a share, a bid for the partner's attention (DOMAIN.md §3), whoever it is
    about but the partner ("I feel invisible when you…" is a complaint, read with its need)."""
    toks = [t for t in (token(w["word"]) for w in sentence) if t]
    # "…I'm failing you", "…letting you down": the partner named as the one the speaker fears failing, a share
    toks = [t for k, t in enumerate(toks) if not (t == "you" and k and toks[k - 1] in FAILING)]
    return (bool(set(toks) & FIRST_PERSON) and not set(toks) & (SECOND_PERSON | CROSS)
            and not is_question(sentence[-1]["word"]) and (calm or bool(set(toks) & VULNERABLE)))


def _response(entry, turns, spurts, words, markers, lexicon, settings, safety_flags=(), folder=None,
              recording_end=None) -> dict:
    """How the other partner met it: toward (engaged), away (no reply, or a reply that passes
    it by) or against (a reply with criticism, contempt, defensiveness or stonewalling)."""
    speaker, turn = entry["speaker"], entry["turn"]
    limit = turn.end + settings.bid_response_s
    reply = next((t for t in turns if t.start > entry["t"] and t.speaker != speaker and t.start <= limit), None)
    if reply is None and not any(s.kind == "backchannel" and s.speaker != speaker and entry["t"] <= s.start <= turn.end + 1.0
                                 for s in spurts):
        # a slow answer in a quiet, tender talk ("I feel invisible." … seven seconds … "I've been so tired since the
        # new job."): still the reply, while the one who reached out has not had to speak again
        nxt = next((t for t in turns if t.start > turn.end), None)
        if nxt is not None and nxt.speaker != speaker and nxt.start <= turn.end + SLOW_REPLY_S:
            reply = nxt
    backchannel = next(
        (s for s in spurts if s.kind == "backchannel" and s.speaker != speaker and entry["t"] <= s.start <= turn.end + 1.0),
        None,
    )
    if reply is None:
        if backchannel is not None:
            return _result("toward", backchannel.speaker, backchannel.start,
                           join_words([words[i] for i in backchannel.word_ids], QUOTE_MIN_PROBABILITY),
                           "a brief acknowledgement")
        ends = recording_end if recording_end is not None else max((w["end"] for w in words), default=0.0)
        if ends - entry["end"] < settings.bid_response_s:
            # the last words of the recording: no reply could come, so none was withheld
            return {"response": RECORDING_ENDED, "response_by": None, "response_t": None, "response_quote": None,
                    "response_reason": "the recording ends before a reply could come"}
        return {"response": "away", "response_by": None, "response_t": None, "response_quote": None,
                "response_reason": "no reply from the other partner"}
    reply_words = [words[i] for i in reply.word_ids]
    first_sentence = reply_words[: sentence_bounds(reply_words, 0)[1] + 1]
    quote_text = join_words(first_sentence, QUOTE_MIN_PROBABILITY)
    unsafe = [f for f in safety_flags if f["speaker"] == reply.speaker and reply.start <= f["t"] <= reply.end
              and f["category"] not in ("appeasement", "fear", "self_harm") and not f.get("listen_only") and not (f.get("source") == "meaning"
                  and accepts([t for t in (token(w["word"]) for w in first_sentence) if t], second_toks_of(reply_words, first_sentence), lexicon))]
    if unsafe:
        return _result("against", reply.speaker, reply.start, unsafe[0]["quote"], f"reply with {unsafe[0]['group']}")
    toks = [t for t in (token(w["word"]) for w in first_sentence) if t]
    if invites_on([t for t in (token(w["word"]) for w in reply_words) if t], is_question(reply_words[-1]["word"]), [token(w["word"]) for w in entry["sentence"]]):
        return _result("toward", reply.speaker, reply.start, quote_text, "a brief invitation to go on")
    if rebuffs(toks):  # "Can't you see I'm busy?": the asking itself scorned
        return _result("against", reply.speaker, reply.start, quote_text, "the asking was rebuffed")
    # "Hm?", "Huh?": not taken in, whatever apology follows ("Hm? Sorry, I was answering a text"); "God, no.": refused
    refused = "no" in toks and set(toks) <= FLAT_NO and is_question(entry["sentence"][-1]["word"]) and not first_sentence[-1]["word"].endswith("!")
    if toks and set(toks) <= NOT_TAKEN_IN and is_question(first_sentence[-1]["word"]) or refused:
        return _result("away", reply.speaker, reply.start, quote_text, "refused" if refused else "the bid was not taken in")
    if reflects_back(toks, lexicon) or said_back(toks, second_toks_of(reply_words, first_sentence)) or reflects_without_check(toks, is_question(first_sentence[-1]["word"])):
        return _result("toward", reply.speaker, reply.start, quote_text, "said back what they heard")
    said = [m for m in markers if m["speaker"] == reply.speaker and reply.start <= m["t"] <= reply.end
            and m["t"] <= first_sentence[-1]["end"] + 4.0]
    # "I didn't know you felt that way. That sounds lonely.": the feeling met, however the replies examples read it
    if (empathic(toks, lexicon) or empathic(second_toks_of(reply_words, first_sentence), lexicon)) and not any(
            m["category"] in ("criticism", "contempt") for m in said):
        return _result("toward", reply.speaker, reply.start, quote_text, "met the feeling")
    # thanks or an apology in the reply: taken up, however the replies examples read the rest ("Oh, you're a star.
    # Thank you.")
    thanked = any(m["category"] in ("repair", "appreciation") and m["speaker"] == reply.speaker
                  and reply.start <= m["t"] <= reply.end for m in markers)
    # "Yes, absolutely." first: taken up, whatever the rest of the turn goes on to (an apology, an explanation),
    # unless it goes on to criticism or contempt ("Yeah, sure. God, you're so needy.") or the replies examples read it
    # clearly as against or away (_outweighed: "Aw, sweet. Anyway, did you ring the dentist?")
    opening = [m for m in said if m["t"] <= first_sentence[-1]["end"]]
    second = reply_words[len(first_sentence):][: sentence_bounds(reply_words[len(first_sentence):], 0)[1] + 1] \
        if len(reply_words) > len(first_sentence) else []
    second_toks = [t for t in (token(w["word"]) for w in second) if t]
    shared = _shared_content(entry["sentence"], reply_words[:40])
    asked_about_it = any(
        any(is_question(w["word"]) for w in sentence)
        and (shared or (len(ts) <= 3 and bool(set(ts) & TAKING_IT_UP)) or (len(ts) <= ASKED_BACK_WORDS and bool(_back(ts)))
             or _follow_up(ts))
        for sentence, ts in ((first_sentence, toks), (second, second_toks)))
    asked_after = any(any(is_question(w["word"]) for w in sentence) and _asks_after(ts) or listening(ts)
                      for sentence, ts in ((first_sentence, toks), (second, second_toks)))
    # "Yeah. Did you ring the bank about the mortgage?": a nod, then another subject (asked, or "oh hey", "anyway")
    # passes the bid by; a yes to a bid that asked something answers it ("...can we get Thai?" / "Yes. Green curry."), where
    # a "Cool." does not ("The Leafs actually won, can you believe it?" / "Cool. I'm thinking of painting the bathroom.")
    if not any(m["category"] in NEGATIVE_CATEGORIES for m in said):
        said_toks = [t for t in (token(w["word"]) for w in reply_words) if t]
        if any(said_toks[k : k + len(o)] == list(o) for o in OFFERS for k in range(len(said_toks))):
            return _result("toward", reply.speaker, reply.start, quote_text, "an offer of care in reply")
        later = asked_for(entry, words) and answers_request([toks, second_toks], lexicon, [token(w["word"]) for w in entry["sentence"]])
        if later:  # "Sure, after dinner.", "Not tonight. Tomorrow for sure."
            return _result("toward", reply.speaker, reply.start,
                           join_words(first_sentence + (second if not toks or toks[0] in NOT_NOW or set(toks) <= NODS
                                                        else []),
                                      QUOTE_MIN_PROBABILITY), later)
    yes = says_yes(toks, second_toks, lexicon, asked_for(entry, words), entry["sentence"])  # "Yes, man.", "Coming."
    bid_asked = set(toks) & ANSWERING_NODS and any(is_question(words[i]["word"]) for i in entry["turn"].word_ids)
    if (toks and set(toks) <= NODS and second_toks and not shared and not asked_about_it
            and (is_question(second[-1]["word"]) or second_toks[0] in CHANGING_SUBJECT
                 or not (_back(second_toks) or lexicon.find(second_toks, {0}, set(), "positive_words")
                         or bid_asked))
            and not set(second_toks) & PLANNING
            and not lexicon.find(second_toks, {0}, {len(second_toks) - 1}, "acknowledgement")
            and not any(m["category"] in ("repair", "appreciation", *NEGATIVE_CATEGORIES) and not vague_marker(m)
                        for m in said)):
        return _result("away", reply.speaker, reply.start, join_words(first_sentence + second, QUOTE_MIN_PROBABILITY),
                       "a nod, then another subject")
    if joint_plan(toks) and not any(
            m["category"] in (*NEGATIVE_CATEGORIES, "stonewalling") for m in said):
        return _result("toward", reply.speaker, reply.start, quote_text, "a plan for both of them in reply")
    if (lexicon.find(toks, {0}, {len(toks) - 1}, "acknowledgement") and len(toks) <= ACCEPTING_WORDS
            and not set(toks) & NOT_ACCEPTING
            and not any(m["category"] in (*NEGATIVE_CATEGORIES, "stonewalling") for m in opening)
            and not any(m["category"] in ("criticism", "contempt") for m in said)):
        leaning = reply_leaning(reply_words, folder)
        if _outweighed(leaning, reply_words, folder, thanked or yes or accepts(toks, second_toks, lexicon), asked_after):
            return _result(leaning[0], reply.speaker, reply.start, quote_text, MEANING_REASONS[leaning[0]])
        return _result("toward", reply.speaker, reply.start, quote_text, "the reply takes it up")
    against = [m for m in said if m["category"] in NEGATIVE_CATEGORIES and not late_defence(m, first_sentence, said, yes or accepts(toks, (), lexicon))]
    if yes and not against and not reply_attacks(reply_words, folder):  # "Yeah, hold still.", "Coming."
        return _result("toward", reply.speaker, reply.start, quote_text, "said yes to it")
    if against:
        return _result("against", reply.speaker, reply.start, against[0]["quote"], f"reply with {against[0]['category']}")
    # Going quiet or a minimal reply after a pause is turning away (Gottman), not against.
    withdrawn = [m for m in said if m["category"] == "stonewalling"]
    # ... but a lone dismissive word ("Whatever." to "Can you look at me?"; not "Whatever works.") waves it off: against
    if withdrawn and set(toks) & DISMISSING and set(toks) <= DISMISSING | NODS | {"man"}:
        return _result("against", reply.speaker, reply.start, withdrawn[0]["quote"] or quote_text, "a dismissive reply")
    if withdrawn:
        return _result("away", reply.speaker, reply.start, withdrawn[0]["quote"] or quote_text,
                       f"withdrawal ({withdrawn[0]['phrase']})")
    # (a question takes the bid up when it is about it, "Where?", "Really? Which one?"; one on another
    # subject, "Did you ring the gas man back?", or a "Hm?" from someone busy elsewhere turns away)
    warm = thanked or any(lexicon.find(ts, {0}, {len(ts) - 1}, "acknowledgement") and not set(ts) & DISMISSING
                          for ts in (toks, second_toks) if ts)
    # ... or love said anywhere in it ("I've been so tired since the new job. It's not about you. I still want you.")
    reply_toks = [t for t in (token(w["word"]) for w in reply_words) if t]
    loved = bool(lexicon.find(reply_toks, set(range(len(reply_toks))), set(range(len(reply_toks))), "affection"))
    warm = warm or loved
    # a question asked and answered ("What time's your mum coming?" / "She said about eleven.")
    answered = is_question(entry["sentence"][-1]["word"]) and not any(is_question(w["word"]) for w in first_sentence) \
        and 0 < len(toks) <= ANSWER_WORDS and not set(toks) <= MINIMAL and not set(toks) & (NOT_ACCEPTING | REFUSING) \
        and toks[0] not in CHANGING_SUBJECT
    # a short exclamation at it ("Finally!", "You remembered!", "No way!")
    exclaimed = 0 < len(toks) <= EXCLAIMED_WORDS and first_sentence[-1]["word"].rstrip().endswith("!") \
        and not set(toks) & NOT_ACCEPTING
    # a reply with no warm word that reads as an attack meets the bid against it, whatever it shares with it or asks
    # (in a calm talk no horseman is read by meaning alone, so the markers may not show it)
    reassured = reassures([token(w["word"]) for w in entry["sentence"]], toks, second_toks)  # "worried…" / "Never."
    # put off for now ("Hang on, I'm just answering this email from work."), not kindly, with no attack in it: away
    if not (warm or exclaimed or reassured or asked_about_it or shared or PROMISED & set(toks)) and (asks_to_wait(toks) or lexicon.find(
            toks, {0}, set(range(len(toks))), "deferrals")) and not any(m["category"] in NEGATIVE_CATEGORIES for m in said):
        return _result("away", reply.speaker, reply.start, quote_text, "put off for now")
    if not (warm or exclaimed or reassured) and reply_attacks(reply_words, folder):
        return _result("against", reply.speaker, reply.start, quote_text, "the reply reads as an attack (by its meaning)")
    leaning = reply_leaning(reply_words, folder)
    if warm or asked_about_it or shared or answered or exclaimed or reassured:
        if _outweighed(leaning, reply_words, folder, thanked or loved or yes or accepts(toks, second_toks, lexicon), asked_after, reassured):
            return _result(leaning[0], reply.speaker, reply.start, quote_text, MEANING_REASONS[leaning[0]])
        return _result("toward", reply.speaker, reply.start, quote_text, "the reply takes it up")
    read = reply_by_meaning(reply_words, folder)
    # a dismissive word ("Okay, whatever. Your choice.") is never read as taking the bid up
    if read is not None and not (read[0] == "toward" and set(toks + second_toks) & DISMISSING):
        return _result(read[0], reply.speaker, reply.start, quote_text, MEANING_REASONS[read[0]])
    # a put-down the horsemen examples do not read as an attack ("Calm down, it's only Blackpool."), read clearly as
    # against by the replies examples alone: against, as a reading to check
    if leaning is not None and leaning[0] == "against" and leaning[1] >= REPLY_SURE:
        return _result("against", reply.speaker, reply.start, quote_text, AGAINST_UNCONFIRMED)
    # words listed only to listen to for control ("I'm not bothered about stew. Why's there forty quid…"): to check
    if any(f["speaker"] == reply.speaker and reply.start <= f["t"] <= reply.end and f.get("listen_only") for f in safety_flags):
        return _result("against", reply.speaker, reply.start, quote_text, AGAINST_UNCONFIRMED)
    return _result("away", reply.speaker, reply.start, quote_text, "the reply moves elsewhere")


def _result(kind, by, t, quote, reason) -> dict:
    return {"response": kind, "response_by": by, "response_t": round(t, 3), "response_quote": quote,
            "response_reason": reason}
