"""Readings across sentences and turns, after each sentence was read in context (DOMAIN.md §6, §7).

- "that's not true, we need you" answering the partner's words of not wanting to live is reassurance, not defensiveness;
- defensiveness ("what was I supposed to do?") answering the partner's account of violence is
  justifying it: blame-shifting, a safety flag of its own (Duluth: minimising, denying, blaming);
- a counter-reminder ("…, remember?") is defensiveness only when it answers the partner's complaint;
- a repair phrase needs something to repair: "tell me more" in a calm stretch is curiosity;
- teasing: "you always know the trivia… forty-one years and you still surprise me", "it's
  disgusting. Love you": criticism or contempt in a turn its speaker makes plainly warm;
- inside an apology: "sorry I've been such a grump, I was just wound tight" explains, it does not
  defend; "sorry I called you useless" quotes the insult, it does not repeat it;
- a plea to stop in a flooded turn ("I can't breathe... please, please just stop shouting") is fear of the
  partner, to listen to;
- inside a threat or violence: "you take the kids anywhere and you'll never see 'em again": the safety flag
  says what it is; no horseman is read into the same sentence (blame-shifting, "you make me like this", stays
  defensiveness beside its blaming flag: Gottman's counter-blame).
"""

from __future__ import annotations

from typing import Sequence

from .safety import vague, warm_around
from .fondness import FONDABLE
from .sentence_terms import LAUGHTER, pet_name
from .sentences import quoted_in
from .warmed_after import warmed_at_once

# A repair attempt needs tension to repair: a horseman, flooding or safety language this recently.
TENSION_WITHIN_S = 60.0
TENSION = ("criticism", "contempt", "defensiveness", "stonewalling", "flooding")
# Apologies (they may mend an earlier hurt) and time-outs (protective whenever asked, and what a
# time-out practice rehearses) count in a calm stretch too.
KEPT_IN_CALM = frozenset({"sorry", "apologize", "apologise", "fault", "wrong", "forgive", "break", "pause",
                          "minute", "minutes", "step", "back", "five"})
# How long after a partner's words of despair a "that's not true" is read as reassurance.
REASSURANCE_WITHIN_S = 15.0
# How soon after the partner's complaint a counter-reminder answers it.
ANSWERING_WITHIN_S = 15.0
# How soon after the partner's account of violence a defence of it is read as justifying it.
JUSTIFYING_WITHIN_S = 20.0
WARM_AROUND = 2  # appreciations near an "always" that make a single cold word in it teasing (_warm_exchange)
CALM_S = 30.0  # an absolute or pet name with nothing tense this close either side of it is not read as an attack
# the partner's reply read for fondness: their first sentence starting within this after the absolute's sentence
REPLY_WITHIN_S = 8.0
FOND = LAUGHTER | {"aw", "aww", "awww", "guilty"}
# ("never" only with fondness shown, absolutes_in_calm: "you never put the bins out" is a complaint in any company;
# "only ever" is left out: "you only ever think about yourself".)
CALM_FRAMES = frozenset({"always", "never", "forever", "constantly", "such", "classic", "typical", "wrong", "every", "absolute"})
# Defensiveness phrases that explain ("I was just…"): after the speaker's own apology in the turn, part of it.
EXPLAINING = frozenset({"i was just", "i was only"})
APOLOGY_WORDS = frozenset({"sorry", "apologise", "apologize", "apologies"})
# Safety language that leaves no room for a horseman in the same sentence (control is said alongside them).
NO_HORSEMAN_BESIDE = frozenset({"threat", "therapy_threat", "violence"})
# What a plea asks the partner to stop ("please, please just stop shouting", "please don't").
PLEA_STOP = frozenset({"stop", "don't", "dont", "quit"})
NOT_A_PLEA_TO_STOP = frozenset({"leave", "go", "worry", "cry", "be"})
# Sentences of one speaker this close together are one turn.
SAME_TURN_GAP_S = 2.0
# How far back a counter-attack is read as answering the partner (comebacks_to_warmth).
COMEBACK_S = 10.0


def reassurance_after_despair(markers: list[dict], safety: Sequence[dict]) -> list[dict]:
    """'That's not true, we need you' answering a partner's words of not wanting to live is
    reassurance, not defensiveness: such markers are taken out and returned (with the reason)."""
    despair = [h for h in safety if h["category"] == "safety_self_harm"]
    dropped = [m for m in markers if m["category"] == "defensiveness" and m.get("phrase", "").startswith("that")
               and any(h["speaker"] != m["speaker"] and 0 <= m["t"] - h["end"] <= REASSURANCE_WITHIN_S
                       for h in despair)]
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "reassurance after the partner's words of despair"} for m in dropped]


def with_violence_justified(markers: Sequence[dict], safety: Sequence[dict]) -> list[dict]:
    """The safety matches with violence justified added (below); the rules' reading wins over the
    meaning's: a sentence read by meaning as violence told, and by the rules as violence justified, is justified."""
    justified = violence_justified(markers, safety)
    return [h for h in safety if not (h.get("source") == "meaning" and any(
        j["speaker"] == h["speaker"] and j["t"] < h["end"] and h["t"] < j["end"] for j in justified))] + justified


def pleas_in_fear(markers: Sequence[dict], safety: Sequence[dict], read: Sequence[tuple]) -> list[dict]:
    """"I can't breathe, my hands won't stop shaking... please, please just stop shouting": a plea to
    the partner to stop, in a turn where the speaker's body shows flooding, is fear of the partner, to
    listen to (low: the same words can be a flooded partner in a safe quarrel). A plea alone ("please
    stop shouting, the baby's asleep") is not."""
    from .sentence_terms import hit

    flooded = [m for m in markers if m["category"] == "flooding"]
    out = []
    for turn in _turns(read):
        speaker = turn[0][0].words[0]["speaker"]
        t0, t1 = turn[0][0].words[0]["start"], turn[-1][0].words[-1]["end"]
        if not any(m["speaker"] == speaker and t0 <= m["t"] <= t1 for m in flooded):
            continue
        for s, *_ in turn:
            a, b = s.words[0]["start"], s.words[-1]["end"]
            plea = next((k for k, t in enumerate(s.toks) if t == "please" and _asks_to_stop(s.toks[k + 1 :])), None)
            if plea is None or any(h["speaker"] == speaker and a <= h["t"] <= b for h in safety):
                continue
            item = hit(s, plea, len(s.toks) - 1, "safety_fear", "a plea to stop, with the body flooded",
                       context="a plea to the partner to stop, in a turn where the speaker's body shows flooding")
            item["_strength"], item["_listen"] = "low", True
            out.append(item)
    return out


def _asks_to_stop(after: Sequence[str]) -> bool:
    """"(please) just stop", "(please,) please don't shout": stop or don't next, not "don't leave me"."""
    rest = [t for t in after if t not in ("just", "please")]
    return bool(rest) and rest[0] in PLEA_STOP and not (len(rest) > 1 and rest[1] in NOT_A_PLEA_TO_STOP)


def violence_justified(markers: Sequence[dict], safety: Sequence[dict]) -> list[dict]:
    """Defensiveness ("what was I supposed to do?") answering the partner's account of violence is
    justifying it: blame-shifting in the Duluth sense, a safety flag of its own."""
    # an account of violence heard (a listed phrase, or a clear reading by meaning), not one to listen to
    told = [h for h in safety if h["category"] == "safety_violence"
            and not (h.get("source") == "meaning" and h.get("_strength") == "low")]
    from .answers import read_as_reply

    out = []
    for m in markers:
        if m["category"] != "defensiveness" or read_as_reply(m) or any(h["speaker"] == m["speaker"] and h["category"] == "safety_blaming"
                                                    and h["t"] <= m["t"] <= h["end"] for h in safety):
            continue
        if any(h["speaker"] != m["speaker"] and 0 <= m["t"] - h["end"] <= JUSTIFYING_WITHIN_S for h in told):
            out.append({**m, "category": "safety_blaming", "phrase": "violence justified",
                        "context": "defensiveness answering the partner's account of violence"})
    return out


def repairs_without_tension(markers: list[dict], safety: Sequence[dict]) -> list[dict]:
    """Repair phrases with nothing to repair (no horseman, flooding sign or safety language in the
    last TENSION_WITHIN_S seconds, from either partner), apologies and time-outs apart: taken out
    and returned."""
    tense = sorted([m["t"] for m in markers if m["category"] in TENSION] + [h["t"] for h in safety])
    dropped = [m for m in markers if m["category"] == "repair"
               and not KEPT_IN_CALM & set(str(m.get("phrase", "")).split())
               and not any(m["t"] - TENSION_WITHIN_S <= t <= m["t"] for t in tense)]
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "nothing to repair yet: curiosity or warmth"} for m in dropped]


def counter_reminders_without_complaint(markers: list[dict]) -> list[dict]:
    """Counter-reminders ("we went to yours last year, remember?") with no criticism or contempt from
    the partner in the ANSWERING_WITHIN_S before them are a shared memory, not defensiveness."""
    complaints = [m for m in markers if m["category"] in ("criticism", "contempt")]
    dropped = [m for m in markers if m.get("answering") and not any(
        c["speaker"] != m["speaker"] and 0 <= m["t"] - c["t"] <= ANSWERING_WITHIN_S for c in complaints)]
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "a shared memory: no complaint to answer"} for m in dropped]


def absolutes_in_calm(markers: list[dict], safety: Sequence[dict], read: Sequence[tuple], reader) -> list[dict]:
    """'You always did have the green fingers', 'you never could resist a baby', 'you're such a
    princess': an absolute or a name-calling frame about the partner, with no cold word in its sentence
    and not a "why…" question, and no other horseman, flooding sign or safety language from either
    partner within CALM_S before or after it, is not an attack the talk shows (criticism starts or feeds
    a quarrel: the partner defends, the speaker goes on); it is taken out and returned. "You never listen
    to me" (a warm word under "never") and "you always leave a mess" (a cold word) stay criticism; "never" and
    "what's wrong with you" (its own "wrong" no cold word) stand unless fondness shows ("What's wrong with you,
    buying me flowers on a random Tuesday?" "Ha! Somebody has to.")."""
    # what shows a quarrel: a horseman of another form (two absolutes traded in banter prove nothing), not threat
    # words said with laughter or after the partner's affection (play: safety.joking_threats)
    words = [w for s, *_ in read for w in s.words]
    tense = ([m for m in markers if m["category"] in TENSION and not (m["category"] in ("criticism", "contempt") and _frame(m))
              and not vague(m)] + [h for h in safety if h["category"] != "appeasement" and not vague(h)
                                    and not (h["category"] == "threat" and warm_around(h, words, reader.lex))])
    dropped = []
    for m in [m for m in markers if m["category"] in ("criticism", "contempt") and _frame(m)
              and not (_cold(_sentence_of(m, read), reader, set(str(m.get("phrase", "")).split()) & {"wrong"})
                       and not _warm_exchange(m, markers, read, reader))]:
        if any(x is not m and abs(x["t"] - m["t"]) <= CALM_S and not (x["speaker"] == m["speaker"] and x.get("quote") == m.get("quote"))
               for x in tense) and not warmed_at_once(m, _sentence_of(m, read), markers, safety, read, reader):
            continue  # (unless warmed at once: "You're such a nerd about the stats, y'know. It's cute.")
        if _landed_hard(m, markers, read):
            continue
        # "you never …" is a complaint ("You never put the bins out." "Okay.") unless fondness shows: a warm word,
        # affection or laughter in its sentence or in the partner's reply ("You never could resist a baby." "Ha, guilty.")
        own = set(str(m.get("phrase", "")).split()) & {"wrong"}  # "what's wrong with you": its own cold word
        # (so must an absolute found by its shape, "You're on your phone every time I try to talk about Dad.")
        if {"never", "wrong", "every", "absolute"} & set(str(m.get("phrase", "")).split()) and not _fond(m, read, reader.lex, markers, own):
            continue
        markers.remove(m)
        dropped.append({**m, "dropped_because": "an absolute or a pet name in a calm stretch: nothing around it is tense"})
    return dropped


STUNG = frozenset({"ouch", "stung", "hurt", "ow"})


def _landed_hard(m: dict, markers: Sequence[dict], read: Sequence[tuple]) -> bool:
    """The partner says it hurt in the reply ("Ouch. That stung a bit."): the absolute was an attack, however calm the
    talk. (An apology after it is not enough: a warm talk holds many.)"""
    reply = [t for s, *_ in read if s.words[0]["speaker"] != m["speaker"] and 0 < s.words[0]["start"] - m["t"] <= REPLY_WITHIN_S
             for t in s.toks]
    return bool(set(reply) & STUNG)


def _warm_exchange(m: dict, markers: Sequence[dict], read: Sequence[tuple], reader) -> bool:
    """An "always" said amid appreciation ("You always make me laugh…" "And you always remember how I take my
    coffee…" "Well, you always leave me the last biscuit, so it's only fair."): at least WARM_AROUND appreciations
    within CALM_S, one cold word at most in its sentence, and not a "why" question. (The caller still wants nothing
    tense near it.)"""
    s = _sentence_of(m, read)
    if s is None or not s.toks or s.toks[0] == "why" or "always" not in str(m.get("phrase", "")).split():
        return False
    if len(reader.lex.find(list(s.toks), {0}, set(), "negative_words")) > 1 or any(reader._negator(t) for t in s.toks):
        return False
    return sum(1 for x in markers if x["category"] == "appreciation" and x is not m
               and abs(x["t"] - m["t"]) <= CALM_S) >= WARM_AROUND


def _fond(m: dict, read: Sequence[tuple], lex, markers: Sequence[dict], own=frozenset()) -> bool:
    """A warm word, pet name, affection or laughter in the absolute's sentence, the speaker's next one, or the partner's
    reply; not when the reply owns a part ("You never put the bins out." "Can I have a hug?": heard as a complaint)."""
    s = _sentence_of(m, read)
    if s is None:
        return False
    end = s.words[-1]["end"]
    if any(x["category"] == "repair" and x["speaker"] != m["speaker"] and end - 0.05 <= x["t"] <= end + REPLY_WITHIN_S
           for x in markers):
        return False
    after = [next((e[0] for e in read if e[0] is not s and e[0].words and (e[0].words[0]["speaker"] == m["speaker"]) == own
                   and end - 0.05 <= e[0].words[0]["start"] <= end + (1.0 if own else REPLY_WITHIN_S)), None) for own in (1, 0)]
    said = [x for x in (s, *after) if x is not None]
    # a cold word or a character judged in either ("You're so rude, great, just great.") is no fondness
    traits = {p.parts[0] for p in lex.categories.get("traits", []) if len(p.parts) == 1}
    if any(lex.find([t for t in x.toks if t not in own], {0}, set(), "negative_words") or set(x.toks) & traits for x in said):
        return False
    return any(set(x.toks) & FOND or lex.find(list(x.toks), {0}, set(), "affection") or lex.find(
        list(x.toks), {0}, set(), "positive_words") or (x is not after[1] and pet_name(x)) for x in said)


def _sentence_of(m: dict, read: Sequence[tuple]):
    return max((e[0] for e in read if e[0].words and e[0].words[0]["speaker"] == m["speaker"]  # the last begun by then
                and e[0].words[0]["start"] - 0.05 <= m["t"] <= e[0].words[-1]["end"] + 0.05),
               key=lambda s: s.words[0]["start"], default=None)


def _cold(s, reader, own=frozenset()) -> bool:
    """A cold word in the sentence (but the frame's `own`: "what's wrong with you"), a warm one under a negation
    ("never listen", "don't help"), or a "why" question ("why do you always…"): a complaint in its own words. No
    sentence found: cold."""
    if s is None or (s.toks and s.toks[0] == "why"):
        return True
    toks = [t for t in s.toks if t not in own]
    if reader.lex.find(toks, {0}, set(), "negative_words"):
        return True
    return any(reader._negator(t) for t in toks) and bool(reader.lex.find(toks, {0}, set(), "positive_words"))


def _frame(m: dict) -> bool:
    """An absolute ("you always", "you're always") or a name-calling frame ("you're such a")."""
    parts = str(m.get("phrase", "")).replace("^", "").split()
    return bool(set(parts) & CALM_FRAMES)


def teasing_in_warm_turns(markers: list[dict], safety: Sequence[dict], read: Sequence[tuple], lex) -> list[dict]:
    """Criticism and contempt in a turn whose speaker says something plainly warm in another sentence
    (affection.txt: "love you", "c'mere", "you still surprise me"), or later in the same one ("you always
    burn the Yorkshires, and I eat them anyway, 'cause I love you, you daft thing"), are teasing: taken out
    and returned. Not when the warmth goes on with "but" ("I love you, but you never…"), not in a
    turn with safety language, and not when the turn holds a horseman of another kind."""
    dropped = []
    for turn in _turns(read):
        speaker = turn[0][0].words[0]["speaker"]
        t0, t1 = turn[0][0].words[0]["start"], turn[-1][0].words[-1]["end"]
        # each warm sentence, with when its warmth last ends ("Never change, you ridiculous man, I adore you.")
        warm = [(s, s.words[s.keep[max(b for _, b, _ in found)]]["end"]) for s, *_ in turn
                for found in [lex.find(s.toks, {0}, set(), "affection")] if found and "but" not in s.toks[found[0][0]:]]
        # a dare ("don't you dare walk off. Come here.") is a protest, whatever warm word follows it
        if not warm or any(h["speaker"] == speaker and t0 <= h["t"] <= t1 for h in safety if not vague(h)) or any(
                "dare" in s.toks for s, *_ in turn):
            continue
        inside = [m for m in markers if m["speaker"] == speaker and t0 <= m["t"] <= t1]
        # a "well, you…" opening is banter here ("Well, you always know the trivia. …you still surprise me.")
        banter = [m for m in inside if m["category"] == "defensiveness" and str(m.get("phrase", "")).replace("^", "").split()[:1] == ["well"]]
        if any(m["category"] in ("defensiveness", "stonewalling") and m not in banter for m in inside):
            continue
        # scorn answering the partner's standing complaint is sarcasm, whatever warm word it wears ("Every night I'm the
        # only one getting up." / "Oh, my hero. I should get you a little medal.")
        # (not an absolute or pet name that may itself be banter: "You always steal the whole duvet, you menace.")
        answering = any(m["speaker"] != speaker and m["category"] in ("criticism", "contempt") and not _frame(m)
                        and t0 - REPLY_WITHIN_S <= m["t"] < t0 for m in markers)
        for m in inside:
            if (m["category"] in ("criticism", "contempt") or m in banter) and not (
                    answering and m["category"] == "contempt" and m.get("source") == "lexicon"
                    and not set(str(m.get("quote", "")).lower().replace(",", " ").split()) & FONDABLE) and not any(
                    s.words[0]["start"] <= m["t"] <= s.words[-1]["end"] and m["t"] >= said for s, said in warm):
                markers.remove(m)
                dropped.append({**m, "dropped_because": "teasing: the same turn is plainly warm"})
    return dropped + comebacks_to_warmth(markers, safety)


def comebacks_to_warmth(markers: list[dict], safety: Sequence[dict]) -> list[dict]:
    """A counter-attack phrase ("Look who's talking!", "Well, your feet are like ice cubes") answering the
    partner's warmth, with no horseman or safety language from the partner just before, is banter: there was no
    attack to defend against. Taken out and returned."""
    dropped = []
    for m in [m for m in markers if m["category"] == "defensiveness" and m.get("source", "lexicon") == "lexicon"]:
        before = [x for x in [*markers, *safety] if x.get("speaker") != m["speaker"] and 0 < m["t"] - x["t"] <= COMEBACK_S]
        if any(x["category"] == "appreciation" for x in before) and not any(
                x["category"] in TENSION or x in safety for x in before):
            markers.remove(m)
            dropped.append({**m, "dropped_because": "banter: it answers the partner's warmth, not an attack"})
    return dropped


def counters_with_nothing_before(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """A counter-attack opening ("Well, you said you'd ring the plumber…") said before the partner has said anything
    in the recording opens the talk: there is nothing yet to defend against, so it is no defensiveness. Taken out and
    returned."""
    firsts: dict = {}
    for s, *_ in read:
        for w in s.words:
            firsts[w["speaker"]] = min(firsts.get(w["speaker"], w["start"]), w["start"])
    dropped = []
    for m in [m for m in markers if m["category"] == "defensiveness" and m.get("source", "lexicon") == "lexicon"
              and str(m.get("phrase", "")).replace("^", "").split()[:1] == ["well"]]:
        if not any(sp != m["speaker"] and t < m["t"] for sp, t in firsts.items()):
            markers.remove(m)
            dropped.append({**m, "dropped_because": "it opens the talk: nothing was said yet to defend against"})
    return dropped


def absolutes_in_appreciation(markers: list[dict]) -> list[dict]:
    """"I appreciate how you always make me coffee before my early shifts.": an absolute in the sentence of an
    appreciation is what the partner can be counted on for, no criticism; not where a "but" turns it ("I appreciate the
    flowers, but you never listen"). Taken out and returned."""
    praised = {(m["speaker"], m.get("quote")) for m in markers if m["category"] == "appreciation" and m.get("quote")}
    dropped = [m for m in markers if m["category"] == "criticism" and _frame(m) and (m["speaker"], m.get("quote")) in praised
               and "but" not in str(m.get("quote")).lower().replace(",", " ").split()]
    for m in dropped:
        markers.remove(m)
    return [{**m, "dropped_because": "an appreciation: what the partner can be counted on for"} for m in dropped]


def _turns(read: Sequence[tuple]) -> list[list[tuple]]:
    """The sentences read, grouped into turns: one speaker, no gap over SAME_TURN_GAP_S."""
    out: list[list[tuple]] = []
    for entry in read:
        s = entry[0]
        if not s.words:
            continue
        last = out[-1][-1][0] if out else None
        if (last is not None and last.words[0]["speaker"] == s.words[0]["speaker"]
                and 0 <= s.words[0]["start"] - last.words[-1]["end"] <= SAME_TURN_GAP_S):
            out[-1].append(entry)
        else:
            out.append([entry])
    return out


def inside_apologies_and_threats(markers: list[dict], safety: Sequence[dict], read: Sequence[tuple]) -> list[dict]:
    """What belongs to what else the sentence or turn says (module doc): an explanation after the speaker's own apology, an insult quoted
    in an apology ("sorry I called you useless"), a horseman read as a threat, violence or blaming, a repair before the speaker's threat."""
    dropped = []
    for turn in _turns(read):
        speaker = turn[0][0].words[0]["speaker"]
        t0, t1 = turn[0][0].words[0]["start"], turn[-1][0].words[-1]["end"]
        sorry = [m["t"] for m in markers if m["speaker"] == speaker and t0 <= m["t"] <= t1 and m["category"] == "repair"
                 and set(str(m.get("phrase")).split()) & APOLOGY_WORDS]
        threats = [h["t"] for h in safety if h["speaker"] == speaker and t0 <= h["t"] <= t1 and h["category"].endswith("threat")
                   and h.get("source") != "meaning"]
        for s, *_ in turn:
            a, b = s.words[0]["start"], s.words[-1]["end"]
            inside = [m for m in markers if m["speaker"] == speaker and a <= m["t"] <= b]
            unsafe = any(h["speaker"] == speaker and a <= h["t"] <= b
                         and h["category"].removeprefix("safety_") in NO_HORSEMAN_BESIDE
                         and h.get("source") != "meaning" for h in safety)
            afraid = any(h["speaker"] == speaker and a <= h["t"] <= b and h["category"] == "safety_fear"
                         and h.get("source") != "meaning" for h in safety)
            # "sorry I called you useless", "sorry I said what's wrong with you": the words after, in an apology, are quoted
            called, until = quoted_in(s)
            quoting = called is not None and any(m["category"] == "repair" and m["t"] < called for m in inside)
            for m in inside:
                why = None
                if m["category"] == "defensiveness" and str(m.get("phrase")) in EXPLAINING and any(t < m["t"] for t in sorry):
                    why = "an explanation inside the speaker's own apology"
                elif m["category"] in ("criticism", "contempt") and quoting and called < m["t"] <= until:
                    why = "an insult quoted in an apology"
                elif m["category"] in ("criticism", "contempt", "defensiveness") and unsafe:
                    why = "said inside a threat, violence or blaming: the safety flag says what it is"
                elif m["category"] == "repair" and any(m["t"] < t for t in threats):
                    why = "said before the speaker's own threat in the turn ('I know I shut down. But you don't want to see…')"
                elif m["category"] == "defensiveness" and afraid:
                    why = "fear of the partner told ('I didn't tell you because I knew you'd go mental'), not a defence"
                if why:
                    markers.remove(m)
                    dropped.append({**m, "dropped_because": why})
    return dropped
