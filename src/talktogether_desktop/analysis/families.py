"""Safety language by family: the shapes the field's frameworks name, not one phrase each (DOMAIN.md §6).

Every new wording of a threat or of control missed the phrase lists: "you won't see Mia again", "the
cat goes", "one phone call to immigration and you're on a plane". The frameworks clinicians use
(the Duluth power and control wheel; Stark's coercive control; the lethality questions about
strangulation; the suicide-risk questions about method) describe families, and each family has a
sentence shape. These rules look for the shape, with the words of each family in editable lists
(resources/lexicons/<language>/):

- a condition and what follows it (threat_outcomes): "if you / X and / X or / one word from me" + the children taken,
  a report to immigration, an outing, a pet or a belonging harmed, "don't bother coming back", "we're finished",
  "there'll be trouble". The partner must be in the sentence ("sign here and we're done" is not an ultimatum);
- an order to hand over what is the partner's own (handed_over): "give me / hand over / pass me" +
  "your" + phone or passcode (monitoring), card, wages or purse (money), keys or passport
  (isolation); "give me your hand" is no such thing;
- "if you hadn't …, I wouldn't have lost my temper" (loss_of_temper): the partner's doing made the
  reason for the speaker's anger or violence, which is blame-shifting;
- self-harm by method (self_harm_methods): the speaker counting, saving or looking up pills or tablets, or standing on
  a height (not "the edge of the pool": not_despair.seat_edge); and others "better off" as the end of a clause;
- fear of the partner said of "him" or "her" ("frightened of what he might do"), or with the first person after the
  fear word ("that's how scared of you I am");
- isolation: "her or me" as a choice forced between the partner and their people, taking or hiding the keys, forbidding
  a visit to someone's ("Jess's"); the cost of seeing people, told by the one isolated ("every time I see anyone you sulk");
- a threat told by the one threatened ("he threatened to…", "he said if I ever left he'd find me"): a disclosure;
- exposure promised ("I'll tell your whole church what you did"); the body's fear of the partner arriving ("I can't
  stop shaking when I hear his key"); self-harm by its shape (self_harm_shapes.py).

Pure functions over one sentence, called by the Reader (context.py) like structure.py's rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase
from .frames import negation_carried
from .keeping_peace import asked_not_feared, outburst_avoided
from .not_despair import seat_edge
from .means_away import means_put_away
from .self_harm_shapes import self_harm_by_shape
from .silencing import silenced_about_therapy
from .sentence_terms import OF_WHOM, THIRD_SINGULAR, YOU, is_in
from .told_apart import fear_for_partner

if TYPE_CHECKING:  # the Reader passes itself
    from .context import Reader, Sentence

CONDITION_CUES = frozenset({"if", "unless", "or", "and", "else", "otherwise", "cause", "'cause", "because"})
FIRST_SINGULAR = frozenset({"i", "i'm", "im", "i'll", "i've", "i'd", "me", "my"})
PROMISE = frozenset({"i'll", "ill", "i'm", "im"})
LOOKING = frozenset({"look", "looking", "looked", "see", "stare", "staring", "glance", "peek", "peep", "lean", "leaning"})
HAND_OVER_VERBS = frozenset({"give", "hand", "pass", "gimme", "handover"})
HAND_OVER_TO = frozenset({"me", "us", "over"})
WILL_HARM = frozenset({"he'll", "she'll", "you'll", "he'd", "she'd", "you'd", "he", "she", "you"})
HEIGHTS = frozenset({"bridge", "ledge", "edge", "roof", "cliff", "cliffs", "tracks", "railway", "balcony"})
ON_A_HEIGHT = frozenset({"stood", "standing", "sat", "sitting", "stand", "went", "drove", "walked"})
# All of a medicine taken at once ("I've still got the tablets from my back op, and I'll take the lot, and that's on
# you."): with the medicine named in the sentence ("I'll take the lot" alone is buying at a market)
MEDICINES = frozenset({"tablets", "pills", "paracetamol", "meds", "medication", "medicine", "painkillers", "sleepers",
                       "antidepressants", "insulin", "prescription", "bottle", "packet"})
ALL_AT_ONCE = (("take", "the", "lot"), ("take", "them", "all"), ("take", "all", "of", "them"), ("swallow", "the", "lot"),
               ("swallow", "them", "all"), ("take", "the", "whole"), ("swallow", "the", "whole"), ("take", "every", "one"))
KEYS_VERBS = frozenset({"hid", "hidden", "hide", "hiding", "took", "taken", "taking", "take", "keep", "keeping",
                        "kept", "locked", "confiscated"})
WE = frozenset({"we", "we'd", "we're", "we'll", "us"})


def _phrase(toks, a, b, text) -> Phrase:
    return Phrase(text, tuple(toks[a : b + 1]))


def _ordered(r: "Reader", s: "Sentence") -> bool:
    from .structure import NOT_AN_ORDER

    return bool(s.toks) and s.toks[0] not in NOT_AN_ORDER


def threat_by_outcome(r: "Reader", s: "Sentence") -> list[tuple]:
    """A condition (or an order, or "I'll …") and then one of the outcomes a threat promises."""
    if not any(t in YOU or t in PROMISE for t in s.toks) and not _ordered(r, s):
        return []
    out = []
    for a, b, ph in r.lex.find(s.toks, {0}, {len(s.toks) - 1}, "threat_outcomes"):
        before = s.toks[:a]
        cue = any(t in CONDITION_CUES for t in before) or any(t in PROMISE for t in before)
        cue = cue or (_ordered(r, s) and a > 0) or (a == 0 and ph.parts[0] in PROMISE)
        if ph.parts[0] in WE and not any(t in YOU for t in before):
            continue  # "sign here and we're done": no ultimatum without the partner in the condition
        if before and before[-1] in LOOKING:
            continue  # "look out the window, there's geese on the lawn": where to look, not what happens
        if before and before[-1] in ("while", "whilst", "when", "till", "until", "before"):
            continue  # "I'll put the kettle on while you're out there": a time, not what follows
        if cue and not speaker_negates(r, s, a) and not r.reported(s, a):
            out.append((a, b, "safety_threat", _phrase(s.toks, a, b, "a condition and what a threat promises")))
    return out


def speaker_negates(r: "Reader", s: "Sentence", a: int) -> bool:
    """A negation of the speaker's own act ("I would never hurt the dog") cancels a threat; one in
    what the partner is promised ("you'll never see the kids") is the threat itself."""
    if negation_carried(s.toks, a, r._negator, FIRST_SINGULAR):  # "I'm not taking your card off you, or going through…"
        return True
    subject = next((k for k in range(a - 1, -1, -1) if s.toks[k] in FIRST_SINGULAR | PROMISE | YOU), None)
    if subject is not None and s.toks[subject] in YOU:
        return False
    return r.negated(s, a)


def handing_over(r: "Reader", s: "Sentence") -> list[tuple]:
    """"Give me your phone", "hand over your wages": the partner's own, demanded."""
    out = []
    for i, t in enumerate(s.toks[:-2]):
        if t not in HAND_OVER_VERBS or s.toks[i + 1] not in HAND_OVER_TO:
            continue
        k = i + 2
        if s.toks[k] in HAND_OVER_TO:  # "hand me over your …"
            k += 1
        if k >= len(s.toks) or s.toks[k] not in ("your", "yer", "ya", "all"):
            continue
        thing = next(((j, cat) for j in range(k + 1, min(k + 4, len(s.toks)))
                      for cat in ("handed_over_monitoring", "handed_over_money", "handed_over_freedom")
                      if r.lex.find(s.toks[j : j + 1], {0}, set(), cat)), None)
        if thing is not None and thing[0] + 1 < len(s.toks) and s.toks[thing[0] + 1] in ("number", "numbers", "charger"):
            continue  # "give me your phone number": a number, not the phone
        if thing is not None:
            j, cat = thing
            category = {"handed_over_monitoring": "safety_monitoring", "handed_over_money": "safety_financial_control",
                        "handed_over_freedom": "safety_isolation"}[cat]
            out.append((i, j, category, _phrase(s.toks, i, j, "an order to hand over what is the partner's own")))
    return out


DENIED = (("you", "don't", "get"), ("you", "do", "not", "get"), ("you're", "not", "getting"), ("you", "aren't", "getting"),
          ("you", "don't", "need"))
MEANS = frozenset({"phone", "mobile", "car", "card", "money", "job", "account", "keys", "say"})


def means_denied(r: "Reader", s: "Sentence") -> list[tuple]:
    """"You don't get a phone", "you're not getting the car": a means of living denied by rule."""
    toks = s.toks
    for i in range(len(toks)):
        for shape in DENIED:
            n = len(shape)
            if tuple(toks[i : i + n]) != shape:
                continue
            item = next((k for k in range(i + n, min(i + n + 3, len(toks))) if toks[k] in MEANS), None)
            if item is not None and all(x in ("a", "an", "the", "your", "any", "own") for x in toks[i + n : item]):
                return [(i, item, "safety_coercion", _phrase(toks, i, item, "a means denied by rule"))]
    return []


def anger_blamed_on_partner(r: "Reader", s: "Sentence") -> list[tuple]:
    """"If you didn't nag me I wouldn't shout": the partner's doing made the reason for the anger."""
    out = []
    for i, t in enumerate(s.toks[:-1]):
        if t != "if" or s.toks[i + 1] not in ("you", "you'd", "you're", "you've"):
            continue
        for j in range(i + 2, len(s.toks)):
            if s.toks[j] in ("i", "i'd", "i'll") and j + 1 < len(s.toks):
                rest = s.toks[j + 1 : j + 6]
                negated = any(x in ("wouldn't", "won't", "never", "not", "wouldnt") for x in rest[:2])
                hit = r.lex.find(rest, set(range(len(rest))), set(), "loss_of_temper")
                if negated and hit:
                    end = j + 1 + hit[0][1]
                    out.append((i, end, "safety_blaming", _phrase(s.toks, i, end, "anger blamed on the partner")))
                break
    return out


def self_harm_by_method(r: "Reader", s: "Sentence") -> list[tuple]:
    """The speaker with the means (pills counted, saved, looked up) or on a height; others "better off"."""
    out = []
    first = [i for i, t in enumerate(s.toks) if t in FIRST_SINGULAR]
    if first and not any(t in WE for t in s.toks) and r._valence(s.toks) <= 0:
        for a, b, ph in r.lex.find(s.toks, set(range(len(s.toks))), set(), "self_harm_methods"):
            if any(f < a for f in first) and not r.negated(s, a):
                out.append((a, b, "safety_self_harm", _phrase(s.toks, a, b, "self-harm: the means")))
                break
        at_once = [(k, k + len(p) - 1) for k in range(len(s.toks)) for p in ALL_AT_ONCE if tuple(s.toks[k : k + len(p)]) == p]
        if at_once and set(s.toks) & MEDICINES and any(f < at_once[0][0] for f in first) and not r.negated(s, at_once[0][0]):
            out.append((*at_once[0], "safety_self_harm", _phrase(s.toks, *at_once[0], "self-harm: the means")))
        for i, t in enumerate(s.toks):
            if t in ON_A_HEIGHT and any(x in HEIGHTS for x in s.toks[i + 1 : i + 5]) and any(f < i for f in first):
                end = next(k for k in range(i + 1, i + 5) if s.toks[k] in HEIGHTS)
                if s.toks[end] == "edge" and seat_edge(s.toks):  # "sitting on the edge of the pool all afternoon"
                    continue
                out.append((i, end, "safety_self_harm", _phrase(s.toks, i, end, "self-harm: on a height")))
                break
    for i in range(len(s.toks) - 1):
        if s.toks[i : i + 2] == ["better", "off"] and s.clause_end(i + 1) == i + 1:
            if not any(t in WE or t in ("i", "i'd", "i'm") for t in s.toks[max(0, i - 4) : i]):
                out.append((i, i + 1, "safety_self_harm", _phrase(s.toks, i, i + 1, "others better off")))
    return out


SHE_HE = frozenset({"she", "he", "they", "she's", "he's", "they're", "she'd", "he'd", "they'd"})
I_SUBJECT = frozenset({"i", "i'm", "i've", "i'd", "i'll", "im"})


def fear_said_of_partner(r: "Reader", s: "Sentence") -> list[tuple]:
    """"Frightened of what he might do", "that's how scared of you I am": fear with its object named."""
    out = []
    for i, t in enumerate(s.toks[:-1]):
        if is_in(t, r.fear) and s.toks[i + 1] in WILL_HARM and not r.negated(s, i) \
                and r.lex.find(s.toks[i + 2 : i + 5], {0, 1, 2}, set(), "harm_verbs"):
            end = min(len(s.toks) - 1, i + 4)  # "scared he'll hurt the kids"
            return [(i, end, "safety_fear", _phrase(s.toks, i, end, "fear of what the partner will do"))]
        if not is_in(t, r.fear) or s.toks[i + 1] != "of" or r.negated(s, i):
            continue
        # the speaker afraid, not someone else ("She called me because she was scared of him.")
        subject = next((x for x in reversed(s.toks[max(0, i - 4) : i]) if x in SHE_HE or x in I_SUBJECT), None)
        if not any(x in FIRST_SINGULAR for x in s.toks) or subject in SHE_HE:
            continue
        after = s.toks[i + 2 : i + 5]
        if not after or after[0] not in OF_WHOM:
            continue
        if after[0] in ("what", "how") and not any(x in YOU | THIRD_SINGULAR for x in after[1:]):
            continue
        if r.lex.find(s.toks[i:], {0}, set(), "fear_not_of_partner"):
            continue
        end = min(len(s.toks) - 1, i + 3)
        out.append((i, end, "safety_fear", _phrase(s.toks, i, end, "fear with the partner as its object")))
        break
    return out


def isolating_choice(r: "Reader", s: "Sentence") -> list[tuple]:
    """"Her or me", "me or your friends"; the keys taken or hidden; a visit to someone's forbidden."""
    out = []
    toks = s.toks
    for i in range(len(toks) - 2):
        pair = toks[i : i + 3]
        if pair[1] != "or":
            continue
        people = {pair[0], pair[2]}
        other = next(iter(people - {"me"}), "") if "me" in people else ""
        if other and (other in r.social_contacts or other in ("her", "him", "them", "friends", "family")
                      or (i + 3 < len(toks) and toks[i + 3] in r.social_contacts)):
            if len(toks) <= 6 or any(x in ("choose", "pick", "choice", "it's") for x in toks):
                out.append((i, i + 2, "safety_isolation", _phrase(toks, i, i + 2, "a choice between the partner and their people")))
    for i, t in enumerate(toks):
        if t in ("keys", "key") and any(x in KEYS_VERBS for x in toks[max(0, i - 4) : i]):
            # (the speaker's own keys with no one named keeping them, "Hiding my keys now.", is a protest, not the speaker's control)
            verb = next(k for k in range(max(0, i - 4), i) if toks[k] in KEYS_VERBS)
            if any(x in FIRST_SINGULAR for x in toks[:i]) and not s.question and not ("my" in toks[verb:i] and verb == 0):
                out.append((max(0, i - 3), i, "safety_isolation", _phrase(toks, max(0, i - 3), i, "the keys kept from the partner")))
                break
    for a, b, _ in r.lex.find(toks, {0}, set(), "prohibitions"):
        end = s.clause_end(b)
        place = next((k for k in range(b + 1, end + 1) if toks[k].endswith("'s") and toks[k] not in ("it's", "that's", "what's", "there's", "he's", "she's")), None)
        if place is not None:
            out.append((a, place, "safety_isolation", _phrase(toks, a, place, "forbidding a visit")))
    return out


SOCIAL_VERBS = frozenset({"see", "saw", "meet", "met", "visit", "ring", "call", "text", "phone", "go", "went", "talk"})
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "people", "friends", "out"})


def isolation_told(r: "Reader", s: "Sentence") -> list[tuple]:
    """"Every time I see anyone you sulk for a week": the cost of seeing people, told by the one isolated."""
    toks = s.toks
    for i, t in enumerate(toks):
        if t not in SOCIAL_VERBS or not any(x in FIRST_SINGULAR for x in toks[max(0, i - 2) : i]):
            continue
        whom = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k] in ANYONE or toks[k] in r.social_contacts), None)
        if whom is None:
            continue
        rest = toks[whom + 1 :]
        you = next((k for k, x in enumerate(rest) if x in YOU), None)
        if you is None:
            continue
        hit = r.lex.find(rest[you + 1 : you + 6], set(range(5)), set(), "punishing_reactions")
        if hit:
            end = whom + 1 + you + 1 + hit[0][1]
            return [(i, end, "safety_isolation", _phrase(toks, i, end, "the cost of seeing people, told by the one isolated"))]
    return []


EXPOSE_VERBS = frozenset({"tell", "show", "send", "post", "expose", "out", "email", "forward", "share", "hears", "hear",
                          "knows", "know", "finds", "find", "learns"})
EXPOSED = frozenset({"what", "about", "everything", "those", "you're", "secret", "secrets", "truth", "photos", "pictures",
                     "videos", "messages", "past", "it"})
AUDIENCE = frozenset({"everyone", "everybody", "whole", "world", "internet", "online", "judge", "court", "police",
                      "boss", "work", "parents", "family", "church", "friends", "colleagues", "mosque", "school"})
BODY_FEAR = frozenset({"shaking", "shake", "shakes", "tremble", "trembling", "freeze", "froze", "flinch", "flinched",
                       "panic", "panicking", "dread", "sick", "hide", "hiding", "hid", "stomach", "knot", "knots",
                       "tightens", "clench", "clenches", "rigid", "stiff", "tense", "tenses", "jump", "jumps", "breath",
                       "freezes", "freezing", "cower", "cowering", "pounding", "pounds", "racing", "races"})
# a racing heart is also love's ("my heart races every time you walk in"), and a held breath a joke about the
# partner's parking: these are fear only when what the partner does is anger or looming
TENSING = frozenset({"rigid", "stiff", "tense", "tenses", "jump", "jumps", "breath", "freezes", "freezing", "cower",
                     "cowering", "pounding", "pounds", "racing", "races"})
ANGER_OR_LOOMING = frozenset({"yell", "yells", "yelling", "shout", "shouts", "shouting", "angry", "anger", "temper",
                              "tone", "mood", "drunk", "slam", "slams", "slamming", "storm", "storms", "rage", "roar",
                              "roaring", "fists", "fist", "scream", "screaming"})
LOOMING = frozenset({("over", "me"), ("into", "me"), ("raise", "your"), ("raised", "your"), ("raises", "his"),
                     ("raises", "her"), ("your", "fists")})
BODY_WHEN = frozenset({"when", "whenever", "time", "minute", "moment", "second"})
ARRIVING = frozenset({"you", "your", "he", "his", "she", "her", "him", "he's", "she's", "you're", "he'd", "she'd"})


def _angry(words) -> bool:
    """The partner's anger or looming in these words ("you start yelling", "you stand over me", "you raise your voice")."""
    return any(x in ANGER_OR_LOOMING for x in words) or any(p in LOOMING for p in zip(words, words[1:]))


def exposure_promised(r: "Reader", s: "Sentence") -> list[tuple]:
    """"I'll tell your whole church what you did", "I'll make sure your boss hears all about it":
    outing or exposure promised to an audience that matters to the partner."""
    toks = s.toks
    for i, t in enumerate(toks[:-2]):
        if t not in PROMISE and not (t == "i" and toks[i + 1] in ("will", "swear")):
            continue
        window = toks[i + 1 : i + 10]
        verb = next((k for k, x in enumerate(window) if x in EXPOSE_VERBS), None)
        if verb is None or r.negated(s, i + 1 + verb):
            continue
        if any(x in AUDIENCE for x in window) and any(x in EXPOSED for x in window[verb + 1 :]) and any(x in YOU for x in toks):
            end = i + len(window)
            return [(i, end, "safety_threat", _phrase(toks, i, end, "exposure promised"))]
    return []


def body_fear_of_partner(r: "Reader", s: "Sentence") -> list[tuple]:
    """"I can't stop shaking when I hear his key in the door": the body's fear of the partner arriving."""
    toks = s.toks
    if not any(x in FIRST_SINGULAR for x in toks) or fear_for_partner(toks) or asked_not_feared(toks):  # (or "When you ask all at once, I freeze", walk48a)
        return []
    for i, t in enumerate(toks):
        w = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k] in BODY_WHEN), None)
        if t in BODY_FEAR and w is not None:
            after = toks[w + 1 : w + 8]
            if t in TENSING and not _angry(after):
                continue
            if t not in TENSING and toks[w] not in ("when", "whenever", "time"):
                continue  # "I'm off sick at the moment, can you…"
            if (any(x in ARRIVING for x in toks[w + 1 : w + 6]) and r._valence(toks) <= 0
                    and not r.lex.find(toks, {0}, set(), "fear_not_of_partner")):
                return [(i, min(len(toks) - 1, w + 5), "safety_fear", _phrase(toks, i, min(len(toks) - 1, w + 5), "the body's fear of the partner"))]
        # "When his car comes up the drive my stomach goes tight": the arrival first, then the body
        if (t in ("when", "whenever") and r._valence(toks) <= 0 and any(x in ARRIVING for x in toks[i + 1 : i + 5])
                and not r.lex.find(toks, {0}, set(), "fear_not_of_partner")):
            body = next((k for k in range(i + 2, min(i + 12, len(toks))) if toks[k] in BODY_FEAR), None)
            # "…I feel sick with nerves about my interview": the body's reaction names another cause
            if (body is not None and any(x in FIRST_SINGULAR for x in toks[i + 2 : body + 1])
                    and "about" not in toks[body + 1 : body + 6] and (toks[body] not in TENSING or _angry(toks[i + 1 : body]))):
                return [(i, body, "safety_fear", _phrase(toks, i, body, "the body's fear of the partner"))]
    return []


THREAT_TOLD = frozenset({"threatened", "threatens", "threatening", "threaten"})
PARTNER_SUBJECT = frozenset({"he", "she", "you", "he's", "she's", "you've", "he'd", "she'd"})
WOULD_DO = frozenset({"he'd", "she'd", "he'll", "she'll", "would", "will"})


def threat_told(r: "Reader", s: "Sentence") -> list[tuple]:
    """A threat told by the one threatened: "he threatened to take the kids", "he said if I ever
    left he'd find me" (reported, but the one threatened is the speaker, so it is a disclosure)."""
    toks = s.toks
    for i, t in enumerate(toks):
        if t in THREAT_TOLD and i and toks[i - 1] in PARTNER_SUBJECT | {"has", "keeps", "always", "never"}:
            at_me = any(x in ("me", "my", "myself", "us", "our", "kids", "children") for x in toks[i + 1 : i + 9])
            if at_me and any(x in PARTNER_SUBJECT for x in toks[max(0, i - 3) : i]) and not r.negated(s, i):
                return [(max(0, i - 1), i, "safety_threat", _phrase(toks, max(0, i - 1), i, "a threat told by the one threatened"))]
    for i, t in enumerate(toks[:-3]):
        if t in ("said", "told", "says", "tells") and i and toks[i - 1] in ("he", "she"):
            rest = toks[i + 1 :]
            if "if" in rest[:3] and any(x in ("i", "i'd", "i'm") for x in rest[:5]):
                later = next((k for k, x in enumerate(rest) if x in WOULD_DO), None)
                if later is not None and any(x in ("me", "my", "herself", "himself", "kids", "children") for x in rest[later:]):
                    end = i + len(rest)
                    return [(i - 1, end, "safety_threat", _phrase(toks, i - 1, end, "a threat told by the one threatened"))]
    return []


LIMITED = frozenset({"get", "go", "leave", "call", "phone", "ring", "see", "use", "drive", "contact", "reach", "text",
                     "message", "visit", "talk", "email"})
REASON_OF = (("you're", "the", "reason", "i"), ("you", "are", "the", "reason", "i"))


def restricted_on_purpose(r: "Reader", s: "Sentence") -> list[tuple]:
    """"…so you can't get online": something done so the partner cannot reach out or get out;
    "you're the reason I drink": the speaker's own doing laid on the partner (blame-shifting)."""
    toks = s.toks
    for i in range(len(toks) - 3):
        if toks[i] == "so" and toks[i + 1 : i + 3] in (["you", "can't"], ["you", "cannot"], ["you", "won't"]):
            if any(x in LIMITED for x in toks[i + 3 : i + 5]) and any(x in FIRST_SINGULAR for x in toks[:i]):
                return [(i, min(len(toks) - 1, i + 4), "safety_coercion", _phrase(toks, i, min(len(toks) - 1, i + 4), "restricted on purpose"))]
    for i in range(len(toks)):
        for shape in REASON_OF:
            if tuple(toks[i : i + len(shape)]) == shape and r._valence(toks[i + len(shape) :]) <= 0:
                end = min(len(toks) - 1, i + len(shape))
                return [(i, end, "safety_blaming", _phrase(toks, i, end, "the partner made the reason"))]
    return []


RULES = (restricted_on_purpose, means_denied, threat_told, exposure_promised, body_fear_of_partner, isolation_told, threat_by_outcome, handing_over,
         anger_blamed_on_partner, self_harm_by_method, fear_said_of_partner, isolating_choice,
         silenced_about_therapy, outburst_avoided, means_put_away, self_harm_by_shape)
