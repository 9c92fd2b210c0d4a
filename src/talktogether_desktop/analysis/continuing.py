"""A short sentence that goes on from its speaker's sentence just before says more of that sentence.

"I watch every word I say around you. I have done for a long time now.": read alone, the second sentence looked like
self-harm to the meaning reader (0.85); it is the fear said before it, kept up. A self-harm reading by meaning
in such a sentence, where the rules heard the sentence before it, is dropped, unless the short sentence has words
of its own of harm, death, ending or despair ("I'm scared of him. I can't go on." stays).

Loneliness told as a feeling ("I feel lonely in my own house.", self-harm by meaning, only to listen to: told_apart.lonely_only)
is a need for closeness where the speaker says nothing more of harm or despair in the LONELY_AFTER_S after it; the reading
stays where the next words are despair ("I just feel so alone with it all. I can't do it anymore.")."""

from __future__ import annotations

from typing import Sequence

from .control_lookalikes import DESPAIR, harm_said, harm_said_strictly, only_to_listen
from .told_apart import lonely_only
from .words import token

SHORT_WORDS = 8  # at most this many words
GAP_S = 1.0  # ... said this soon after the sentence before
OWN_DESPAIR = frozenset({"can't", "cannot", "anymore", "enough"})
LONELY_AFTER_S = 6.0
# ... and says nothing new: a verb standing for the one before, and time ("I have done for a long time now.", "I do,
# every day."); not "I won't be a problem much longer." nor "I'm not worth anything."
ELLIPTIC = frozenset({"i", "i've", "i'd", "i'm", "have", "has", "had", "done", "do", "did", "been", "am", "was", "for", "a",
                      "long", "time", "now", "years", "ages", "months", "weeks", "since", "still", "ever", "and", "so", "it",
                      "that", "this", "too", "as", "well", "the", "same", "way", "while", "every", "day", "night", "always",
                      "yes", "yeah", "really", "honestly"})


# What a "…weren't worth it" after a day or a night out weighs is that time, not a life ("Last time I went, the next few
# days weren't worth it.": the partner's reaction feared, not self-harm; "Life isn't worth it." stays)
NOT_WORTH = frozenset({"wasn't", "weren't", "isn't", "aren't", "won't"})
TIMES_AND_OUTINGS = frozenset({"days", "day", "nights", "night", "weeks", "week", "weekend", "weekends", "evening", "evenings",
                               "morning", "row", "rows", "fight", "fights", "hassle", "aggro", "drama", "trip", "trips", "party",
                               "pub", "quiz", "drinks", "holiday", "after"})
# "We'll see your heron on Sunday.": seeing a thing or a person, not "we'll see about that" (a threat read by meaning)
SEEN_THING = frozenset({"your", "the", "a", "my", "our", "his", "her", "their"})
WHEN_SEEN = frozenset({"on", "tomorrow", "tonight", "later", "next", "at", "this", "soon", "sunday", "saturday", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "weekend", "there"})
NOT_A_VISIT = frozenset({"when", "laugh", "laughing", "face", "judge", "police", "court", "lawyer", "solicitor", "pay", "sorry",
                         "regret", "kids", "believe"})
# Done to the speaker, asked for in play ("Kick me under the table if I disappear.", "Nudge me when I start snoring.")
ASKED_VERBS = frozenset({"kick", "nudge", "poke", "pinch", "elbow", "tap", "wake", "shake", "prod"})


def aftermath(toks: Sequence[str]) -> bool:
    """ "…the next few days weren't worth it": what is not worth it is a time or an outing."""
    return any(t in NOT_WORTH and toks[k + 1 : k + 3] == ["worth", "it"] and k > 0 and toks[k - 1] in TIMES_AND_OUTINGS
               for k, t in enumerate(toks))


def literal_seeing(toks: Sequence[str]) -> bool:
    """ "We'll see your heron on Sunday.": "see" with a thing or person seen when, not "we'll see about that" nor "We'll see
    the look on your face when the judge gives me the kids." """
    return not set(toks) & NOT_A_VISIT and any(
        t in ("we'll", "i'll") and toks[k + 1 : k + 2] == ["see"] and toks[k + 2 : k + 3] and toks[k + 2] in SEEN_THING
        and set(toks[k + 3 : k + 7]) & WHEN_SEEN for k, t in enumerate(toks))


def asked_for(toks: Sequence[str]) -> bool:
    """ "Kick me under the table if I disappear.": something asked for by the speaker, to be done to the speaker (not "Call
    me a liar one more time if you want to find out what happens.")."""
    k = next((k for k, t in enumerate(toks) if t not in ("just", "please", "and", "so", "oh", "yes", "yeah")), None)
    return k is not None and toks[k] in ASKED_VERBS and toks[k + 1 : k + 2] == ["me"] and bool({"if", "when"} & set(toks[k + 2 :]))


# Isolation read by meaning where the speaker only misses the partner ("Last year I barely saw you."): no one else named,
# nothing forbidden; "I'm not allowed out", "You never see your sister now" stay
OTHERS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "friends", "friend", "mates", "family", "mum",
                    "mother", "dad", "father", "sister", "brother", "brothers", "sisters", "parents", "work", "colleagues",
                    "pub", "club", "gym", "church", "anyone", "anybody", "people", "out"})
FORBIDDING = frozenset({"allowed", "let", "can't", "won't", "stop", "stopped", "mustn't", "shouldn't", "rather"})


def missing_the_partner(toks: Sequence[str]) -> bool:
    return (any(t in ("saw", "see", "seen", "with", "miss", "missed") and toks[k + 1 : k + 2] == ["you"] for k, t in enumerate(toks))
            and not set(toks) & (OTHERS | FORBIDDING) and not any(t.endswith("'s") for t in toks))


# Fear for someone else ("I'm scared about her, Mark.": her mother's health), read by meaning as fear of the partner
FEAR_WORDS = frozenset({"scared", "afraid", "frightened", "terrified", "worried", "anxious"})
THIRD_PARTIES = frozenset({"her", "him", "them", "mum", "dad", "mother", "father", "nan", "gran", "grandma", "grandad",
                           "sister", "brother", "kids", "baby", "son", "daughter", "friend"})
# A plan said as "we" ("And maybe we keep Friday nights just for us, whatever happens."), read by meaning as a threat
PROPOSING = frozenset({"maybe", "let's", "could", "perhaps", "shall"})
# "Last time I went, the next few days weren't worth it." after the partner's control: fear of the partner's reaction
CONTROL_HEARD = ("safety_isolation", "safety_coercion", "safety_monitoring", "safety_financial_control", "safety_threat")
CONTROL_BEFORE_S = 90.0


def fear_for_someone(toks: Sequence[str]) -> bool:
    # (not "I'm frightened for her when you get like that with her", "…when he's been drinking": someone is why)
    return not {"you", "you're", "you've", "your", "when", "if"} & set(toks) and any(
        t in FEAR_WORDS and toks[k + 1 : k + 2] in (["about"], ["for"]) and toks[k + 2 : k + 3] and toks[k + 2] in THIRD_PARTIES
        for k, t in enumerate(toks))


# Someone else spoken of just before ("When my sister came on Saturday…" / "I go in the garage because I never know what to
# say to her."): "her" is the sister, not the partner, so no fear of the partner by meaning
OTHERS_BEFORE_S = 20.0
SAME_SENTENCE_S = 4.0  # a listed phrase's own sentence, roughly
TALKING_TO = frozenset({"telling", "tell", "ringing", "ring", "calling", "call", "phoning", "asking", "ask", "facing", "texting"})
OBJECTS = frozenset({"her", "him", "them"})
TALK_TO_S = 120.0
# ... matched by the pronoun ("her" for a sister, "him" for a brother, either for a landlord): "My mum says I've gone quiet." /
# "I stay in the bedroom when he's had a drink" is the partner told of to the therapist. A temper word ("mood", "drink") makes
# it the partner unless the speaker named the other person themselves ("My dad came to stay… I keep out of his way when he's
# in one of his moods."; not "I told my boss I'd be late." / "I wait in the car until I can tell what mood he's in.")
SHE = (frozenset({"sister", "mum", "mom", "mother", "nan", "gran", "grandma", "aunt", "auntie", "daughter", "niece", "stepmum",
                  "stepmom", "stepmother", "mother-in-law", "sister-in-law"}), frozenset({"her", "she", "she's", "hers"}))
HE = (frozenset({"brother", "dad", "father", "grandad", "grandpa", "uncle", "son", "nephew", "stepdad", "stepfather",
                 "father-in-law", "brother-in-law"}), frozenset({"him", "he", "he's", "his"}))
THEY = (frozenset({"parents", "kids", "neighbours", "neighbors", "in-laws", "friends"}), frozenset({"them", "they", "they're", "their"}))
EITHER = (frozenset({"boss", "friend", "landlord", "landlady", "neighbour", "neighbor", "cousin", "colleague", "teacher", "flatmate",
                     "lodger", "manager"}), SHE[1] | HE[1])


def of_someone_spoken_of(h: dict, toks: Sequence[str], words: Sequence[dict], before_s: float = OTHERS_BEFORE_S) -> bool:
    from .told_apart import TEMPER

    # (not with a plea or a promise in it: "Please don't shout, the neighbours will hear again.", "I haven't told her. I promise.")
    if set(toks) & {"you", "you're", "you've", "your", "you'll", "you'd", "ya", "please", "promise", "swear", "sorry"}:
        return False
    temper = bool(set(toks) & (TEMPER - {"me", "us", "start"}) | {"mood", "moods"} & set(toks))
    near = [w for w in words if h["t"] - before_s <= w["start"] <= h["end"] and (not temper or w["speaker"] == h["speaker"])]
    named = {token(w["word"]) for w in near}
    pronouns = [p for _, p in (SHE, HE, THEY)]
    for nouns, said in (SHE, HE, THEY, EITHER):
        others = set().union(*[p for p in pronouns if not p <= said]) - said
        if set(toks) & said and named & nouns and not set(toks) & others:
            return True
    return False


# Worry for the partner ("I've been worried you're wearing yourself out."), read by meaning as self-harm
WORRY = frozenset({"worried", "worry", "worrying", "concerned", "scared", "afraid"})
ABOUT_YOU = frozenset({"you", "you're", "you'll", "you've", "your", "youre"})


def worry_for_partner(toks: Sequence[str]) -> bool:
    """ "I've been worried you're wearing yourself out.", not "I'm worried you'll be the one who finds me." (the speaker after it)"""
    at = next((k for k, t in enumerate(toks) if t in WORRY and set(toks[k + 1 : k + 4]) & ABOUT_YOU), None)
    return at is not None and not harm_said(toks) and not {"me", "my", "myself", "i", "i'll", "i'd", "i'm"} & set(toks[at + 1 :])


# Gladness shared ("I'm really glad you got the sleep." / "Me too. I felt human all day."): no self-harm by meaning
GLAD = frozenset({"glad", "thank", "thanks", "appreciate", "appreciated", "love", "lovely", "proud", "happy", "pleased"})
GOING_ON = frozenset({"longer", "going", "disappearing", "disappear", "anymore", "keep", "last", "cope", "coping"})
AGREEING = (("me", "too"), ("same",), ("same", "here"), ("i", "know"), ("yes",), ("yeah",))


def glad_reply(h: dict, words: Sequence[dict]) -> bool:
    """The speaker's turn opens by agreeing with the partner's gladness or thanks just said."""
    mine = [w for w in words if w["start"] <= h["end"]]
    k = len(mine) - 1
    while k >= 0 and mine[k]["speaker"] == h["speaker"]:
        k -= 1
    turn = [token(w["word"]) for w in mine[k + 1 :]]
    partner = [token(w["word"]) for w in mine[max(0, k - 25) : k + 1] if w["speaker"] != h["speaker"]]
    return (any(tuple(turn[: len(p)]) == p for p in AGREEING) and bool(set(partner) & GLAD) and not harm_said(turn)
            and len(turn) <= 10 and not set(turn) & GOING_ON and not any(t.endswith("n't") or t == "not" for t in turn))


def readings_going_on(hits: Sequence[dict], words: Sequence[dict]) -> list[dict]:
    """`hits` less the readings by meaning of short sentences that go on from a sentence the rules heard of another kind."""
    heard = [h for h in hits if h.get("source") == "lexicon"]

    def going_on(h: dict) -> bool:
        if h["category"] != "safety_self_harm":  # (a threat or control read on its own stays: it adds to what was heard)
            return False
        toks = [token(w["word"]) for w in words if w["speaker"] == h["speaker"] and h["t"] - 0.05 <= w["start"] <= h["end"]]
        if len(toks) > SHORT_WORDS or not set(toks) <= ELLIPTIC or harm_said_strictly(toks) or set(toks) & (DESPAIR | OWN_DESPAIR):
            return False
        return any(g["speaker"] == h["speaker"] and g["category"] != h["category"] and -0.05 <= h["t"] - g["end"] <= GAP_S
                   for g in heard)
    def lonely(h: dict) -> bool:
        said = [w for w in words if w["speaker"] == h["speaker"] and h["t"] - 0.05 <= w["start"] <= h["end"] + LONELY_AFTER_S]
        own = [token(w["word"]) for w in said if w["start"] <= h["end"]]
        return (h["category"] == "safety_self_harm" and lonely_only(own) and not harm_said(own) and "pointless" not in own
                and not {"didn't", "don't", "not", "never", "wasn't"} & set(own)  # ("I didn't feel so alone once I'd written the letters…")
                and not harm_said([token(w["word"]) for w in said if w["start"] > h["end"]]))
    def controlled(h: dict) -> bool:  # the partner's control or threat heard by the rules not long before: fear readings stay
        return any(g["speaker"] != h["speaker"] and g["category"] in CONTROL_HEARD and 0 <= h["t"] - g["t"] <= CONTROL_BEFORE_S
                   for g in heard)
    def literal(h: dict) -> bool:
        toks = [token(w["word"]) for w in words if w["speaker"] == h["speaker"] and h["t"] - 0.05 <= w["start"] <= h["end"]]
        return (h["category"] == "safety_self_harm" and (aftermath(toks) and not harm_said_strictly(toks) or glad_reply(h, words)
                                                        or worry_for_partner(toks))
                or h["category"] == "safety_threat" and (literal_seeing(toks) or asked_for(toks))
                or h["category"] == "safety_isolation" and missing_the_partner(toks)
                or h["category"] == "safety_fear" and (fear_for_someone(toks) or of_someone_spoken_of(h, toks, words) and not controlled(h))
                or h["category"] == "safety_threat" and set(toks) & PROPOSING and {"us", "our", "together"} & set(toks)
                and not {"you", "your", "you'll", "you're"} & set(toks))
    def feared_aftermath(h: dict) -> bool:  # ... after the partner's control the rules heard: the reaction feared
        toks = [token(w["word"]) for w in words if w["speaker"] == h["speaker"] and h["t"] - 0.05 <= w["start"] <= h["end"]]
        return h["category"] == "safety_self_harm" and aftermath(toks) and not harm_said_strictly(toks) and any(
            g["speaker"] != h["speaker"] and g["category"] in CONTROL_HEARD and 0 <= h["t"] - g["t"] <= CONTROL_BEFORE_S for g in heard)
    out = [{**h, "category": "safety_fear", "context": "the days after told as the price of going, after the partner's control"}
           if h.get("source") == "meaning" and feared_aftermath(h) else h for h in hits]
    def named_in_it(h: dict) -> bool:  # a listed fear phrase in a sentence naming another ("…when my mum phones, I never know what mood she's in")
        mine = [w for w in words if w["speaker"] == h["speaker"] and h["t"] - SAME_SENTENCE_S <= w["start"] <= h["end"] + SAME_SENTENCE_S]
        toks = [token(w["word"]) for w in mine]
        # (dread of speaking to that person, "I just freeze when I think about telling her.", may name them minutes before)
        telling = any(t in TALKING_TO and toks[k + 1 : k + 2] and toks[k + 1] in OBJECTS for k, t in enumerate(toks))
        return h["category"] == "safety_fear" and (of_someone_spoken_of(h, toks, mine, SAME_SENTENCE_S) or telling and not controlled(h)
                                                   and of_someone_spoken_of(h, toks, words, TALK_TO_S))
    return [h for h in out if (not (going_on(h) or lonely(h) or literal(h)) if h.get("source") == "meaning"
                               else not (h.get("source") == "lexicon" and named_in_it(h)))]


# Words of self-harm heard by the rules, and what the same speaker goes on to say this soon after: read by meaning as
# self-harm, it is part of the disclosure ("Sometimes I think you'd all be better off without me." … "The insurance would
# cover the house. You wouldn't have to worry about any of it."), to be heard, not only listened to.
HARM_GOES_ON_S = 30.0


def only_to_listen_here(flag: dict, words: Sequence[dict], flags: Sequence[dict]) -> bool:
    """A reading by meaning too unsure to be heard (control_lookalikes.only_to_listen), unless it is self-harm going on
    from the speaker's own words of self-harm heard by the rules (HARM_GOES_ON_S)."""
    toks = [token(w["word"]) for w in words if w["speaker"] == flag["speaker"] and flag["t"] <= w["start"] <= flag["end"]]
    if not only_to_listen(flag["category"], toks):
        return False
    return not (flag["category"] == "self_harm" and any(
        f is not flag and f["category"] == "self_harm" and f.get("source") == "lexicon" and f["speaker"] == flag["speaker"]
        and f.get("_strength") != "low" and not f.get("_listen") and 0.0 <= flag["t"] - f["end"] <= HARM_GOES_ON_S
        for f in flags))
