"""What the sentence rules (context.py, structure.py, families.py) all read: the pronouns that say who a sentence is
about, yes/no openers, lexicon word sets with stems, and the marker a rule's hit becomes. Kept apart from the Reader so
the rule modules import it at the top instead of reaching back into context.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .words import quote, spoken_token, token

if TYPE_CHECKING:
    from .context import Reader, Sentence

YES_NO_OPENERS = frozenset({"do", "does", "did", "are", "is", "was", "were", "have", "has", "can", "could",
                            "would", "will", "don't", "doesn't", "aren't", "isn't"})
FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "i'd", "i'll", "me"})
SECOND_PERSON = frozenset({"you", "your", "you'll", "you're", "you've", "you'd", "yours", "yourself"})
YOU = SECOND_PERSON | {"ya", "yer"}
THIRD_SINGULAR = frozenset({"he", "him", "she", "her", "he's", "she's", "he'll", "she'll", "he'd", "she'd"})
OF_WHOM = frozenset({"you", "him", "her", "what", "how"})  # "scared of you", "afraid of what he'll do"
# A contempt read by meaning this clear stands in a calm stretch without a cold word (cold_in_calm): on the five unseen
# splits two more found, none false; at 0.75 two fond sentence-set lines more flagged and nothing more found.
CALM_CONTEMPT_KIND = 0.85
SPEAKER_SIDE = frozenset({"i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "myself", "we", "us", "our"})
LAUGHTER = frozenset({"ha", "haha", "hahaha", "hah", "lol", "hehe"})  # said laughing: teasing, a joke
# Pet names: in a calm stretch they show the fondness an absolute is said with ("You never sit still, do you, bach?");
# in a quarrel they are said bitterly too, so they only count where nothing around is tense (across.absolutes_in_calm).
ENDEARMENTS = frozenset({"babe", "baby", "hon", "hun", "honey", "sweetheart", "sweetie", "darling", "darlin'", "darlin",
                         "sugar", "pet", "petal", "bach", "cariad", "bokkie", "doll", "chuck", "duck", "hen", "lovey",
                         "babes", "boo", "bae", "luv", "jaan", "mahal", "dear", "dearie"})
CONTRAST = frozenset({"but", "though", "although", "yet", "however", "except"})
# Where warmth said after an absolute stops being the speaker's own about it: a wish, someone else's view.
HYPOTHETICAL = frozenset({"would", "if", "could", "it'd", "i'd", "you'd", "they'd", "she'd", "he'd", "we'd", "which", "she",
                          "he", "they", "she's", "he's", "they're"})
# Things that "say" what someone did ("your screen time says…", "the bank statement says…"): no reported speech.
REPORTING_THINGS = frozenset({"time", "app", "map", "maps", "history", "statement", "tracker", "location", "camera",
                              "doorbell", "fitbit", "watch", "bank", "screen", "log", "receipt", "timeline",
                              "counter", "records", "mileage", "calendar"})


def is_in(tok: str, words: frozenset) -> bool:
    """`tok` is one of `words`, where a word ending in "*" stands for every word it starts."""
    return tok in words or any(w.endswith("*") and tok.startswith(w[:-1]) for w in words)


def hit(s: "Sentence", a: int, b: int, category: str, phrase: str, **extra) -> dict:
    first, last = s.keep[a], s.keep[b]
    return {
        "t": s.words[first]["start"],
        "end": s.words[last]["end"],
        "speaker": s.words[first]["speaker"],
        "category": category,
        "phrase": phrase,
        "text": " ".join(w["word"] for w in s.words[first : last + 1]),
        "quote": quote(s.words, first, last),
        "source": "lexicon",
        "_words": s.words[first : last + 1],
        **extra,
    }


def sentence_ends(s: "Sentence") -> set:
    """Where a phrase anchored to the sentence's end (`$`) may end: the last word, or the word before
    a name said to the partner after a comma ("Whatever, Kirsty." is "Whatever." said to Kirsty)."""
    last = len(s.toks) - 1
    ends = {last}
    if last >= 1:
        name = s.words[s.keep[last]]["word"].strip()
        before = s.words[s.keep[last - 1]]["word"].rstrip()
        if before.endswith(",") and name[:1].isupper() and s.toks[last] not in FIRST_PERSON:
            ends.add(last - 1)
    return ends


# Words between "I'm" and an insult said of oneself ("I'm such a total idiot", "I am just useless").
SELF_INSULT_BETWEEN = frozenset({"such", "a", "an", "so", "just", "really", "totally", "complete", "utter", "absolute",
                                 "bloody", "being", "the", "biggest", "proper", "right", "bit", "like", "of", "this"})


LINKING = frozenset({"been", "was", "am", "i'm", "im", "feel", "felt", "being"})


def of_oneself(toks, clause_start: int, a: int, b: int) -> bool:
    """An insult the speaker says of themself: "I'm such an idiot", "I am useless", "I've been so useless this week",
    "I feel like such an idiot", "useless, me", "When you were late, I felt stupid" (no "you" in its clause up to it: "I'm
    useless with the remote, can you show me?" is); "I'm done with this pathetic conversation" is not of oneself."""
    if 0 < clause_start < len(toks) and toks[clause_start] == "so" and toks[clause_start - 1] in LINKING:
        clause_start = max(0, clause_start - 2)  # "I've been so useless": an intensifier, not "so" starting a clause
    before = toks[clause_start:a]
    linked = [k for k, t in enumerate(before) if t in ("i'm", "im") or (t == "am" and "i" in before[:k])
              or (k > 0 and (t in ("was", "feel", "felt") and before[k - 1] == "i" or t == "being" and before[k - 1] in ("hate", "of")))
              or (k > 0 and t == "been" and before[k - 1] in ("i've", "ive"))]  # ("I hate being this useless to you.")
    said_of_me = bool(linked) and all(t in SELF_INSULT_BETWEEN for t in before[linked[-1] + 1 :])
    return (said_of_me or toks[b + 1 : b + 2] == ["me"]) and not any(t in SECOND_PERSON for t in toks[clause_start : b + 1])


WEARY = frozenset({"tired", "sick", "fed", "weary", "exhausted"})
LIVING = frozenset({"living", "being", "existing", "waking", "breathing", "trying", "fighting", "feeling", "going"})


def venting(toks) -> bool:
    """'Tired of doing everything', 'fed up with cleaning': weariness of a doing, not of living ('sick of trying')."""
    for k, t in enumerate(toks):
        if t in WEARY:
            after = [x for x in toks[k + 1 : k + 4] if x not in ("up", "so", "just", "really")]
            thing = after[1:2] and after[1].endswith("thing")  # ("of everything lately" is no doing; "being left to me" is)
            done = after[2:3] if thing else after[1:2]
            if len(after) >= 2 and after[0] in ("of", "with") and done and done[0].endswith("ing") and (thing or done[0] not in LIVING):
                return True
    return False


def with_a_body(r: "Reader", s: "Sentence") -> bool:
    """A verb of violence or harm, or the body or a mark on it or the home (physical_signs.txt): what
    violence read by meaning needs in its sentence."""
    every = set(range(len(s.toks)))
    return bool(set(s.toks) & (r.violence_verbs | r.harm_verbs)) or bool(r.lex.find(s.toks, every, every, "physical_signs"))


# The partner as the one who acts ("you'd…", "you'll…"), as against "your mother'd…".
YOU_ACTING = frozenset({"you", "you'll", "you're", "you've", "you'd", "ya"})
# How a sentence about someone else's act opens ("your mother'd…", "the boss will…", "she'll…"); an order
# ("push me again and see what happens") opens with its verb.
SOMEONE_ELSE = THIRD_SINGULAR | {"your", "my", "his", "their", "our", "the", "they", "they'll", "they'd"}


def threatened_by_another(r: "Reader", s: "Sentence") -> bool:
    """'Your mother'd murder me anyway', 'the boss will kill me': someone else, not the partner, would harm
    ("murder", "kill": with_a_body) the speaker ("me", "us"). No threat by the speaker, nor by the partner
    (who is not named acting: "you'd kill me if I told anyone" is fear of the partner), and the speaker does not act
    ("keep dragging me there and I'll cut off your card", "push me again and see what happens" are the speaker's)."""
    toks = set(s.toks)
    speaker_acts = toks & {"i'll", "i'd", "i'm"} or any(a == "i" and b in ("will", "would", "swear", "am")
                                                         for a, b in zip(s.toks, s.toks[1:]))
    return (bool(s.toks) and s.toks[0] in SOMEONE_ELSE and bool({"me", "us"} & toks)
            and not toks & YOU_ACTING and not speaker_acts and with_a_body(r, s))


def despair_of_another(toks) -> bool:
    """'My parents might as well not exist', 'they'd be better off without him': words of despair said of someone
    else, the sentence opening with them and no "I" or "me" in it ("they'd be better off without me" is the
    speaker's). An elided "I" ("Don't want to be here anymore.") and one's own life ("my life…") are the speaker's, as is
    a death's money or means ("The life insurance would clear it.")."""
    return (bool(toks) and toks[0] in SOMEONE_ELSE | {"they", "them", "he", "she"} and not set(toks) & (FIRST_PERSON | {"myself"})
            and list(toks[:2]) not in (["my", "life"], ["my", "whole"], ["my", "own"], ["the", "life"], ["the", "insurance"], ["the", "pills"]))


def pet_name(s) -> bool:
    """A pet name said to the partner, after a comma or opening the sentence with one ("…do you, bach?", "Babe, you…");
    not "take the baby to the park", "Oh dear."."""
    for k, t in enumerate(s.toks):
        if t in ENDEARMENTS:
            word, before = s.words[s.keep[k]]["word"].rstrip(), s.words[s.keep[k - 1]]["word"].rstrip() if k else ""
            if before.endswith(",") or (k == 0 and word.endswith(",")):
                return True
    return False


def said_to_partner(words: Sequence[dict], k: int) -> bool:
    """Word `k` is a pet name said to the partner: after a comma ("…do you, hon?") or opening a sentence before one
    ("Babe, pass the salt."); not "take the baby to the park", "Oh dear."."""
    if token(words[k]["word"]) not in ENDEARMENTS:
        return False
    before = words[k - 1]["word"].rstrip() if k and words[k - 1].get("speaker") == words[k].get("speaker") else ""
    return before.endswith(",") or (before[-1:] in ("", ".", "!", "?") and words[k]["word"].rstrip().endswith(","))


def cold_in_calm(reader, s, category: str, kind: float = 0.0) -> bool:
    """A horseman read by meaning in a calm stretch (no tension within the minute) stands only with nothing warm in
    the sentence: no warm word (contempt needs a cold one: praise reads as sarcasm, "You're a genius, that saved us
    a fortune."; a clear contempt, CALM_CONTEMPT_KIND, only no warm word, and it names the partner or not the speaker:
    not "Teething is torture for all of us, poor wee thing."), no pet name said to the partner, no laughter. On the
    unseen splits these readings added true criticism, defensiveness and contempt and no false one."""
    v, toks = reader._valence(list(s.toks)), set(s.toks)
    clear = category == "contempt" and kind >= CALM_CONTEMPT_KIND and (toks & SECOND_PERSON or not toks & SPEAKER_SIDE)
    return (v < 0 if category == "contempt" and not clear else v <= 0) and not pet_name(s) and not toks & LAUGHTER


def laughing_or_fond(t0: float, t1: float, words: Sequence[dict], lex) -> bool:
    """Laughter or words of affection (affection.txt), from either partner, within safety.JOKE_AROUND_S of [t0, t1]:
    a warm stretch, where a vague safety reading by meaning is play ("She's even done me bald patch, cheeky little
    beggar." read as isolation, 0.71). A pet name is not enough: the partner being controlled says "babe" too."""
    from .safety import JOKE_AROUND_S

    near = [token(w["word"]) for w in words if t0 - JOKE_AROUND_S <= w["start"] <= t1 + JOKE_AROUND_S]
    return bool(set(near) & LAUGHTER) or (lex is not None and bool(lex.find(near, {0}, set(), "affection")))


PARTNER_SUBJECT = frozenset({"you", "you're", "youre", "you've", "you'd", "you'll", "ya", "ye"})
NOT_BEING = frozenset({"never", "not", "aren't", "weren't", "isn't", "wasn't", "haven't", "hasn't", "won't", "wouldn't",
                       "couldn't", "ain't"})
I_SUBJECT = frozenset({"i", "i'm", "im", "i'd", "id", "i've", "ive", "i'll"})


def reassures_the_partner(toks) -> bool:
    """'You have never been a burden to me', 'You're not a bother, not to me': the partner told what they are not, with
    no "I" of the speaker's in it, is reassurance, not the speaker's despair ("You won't have to put up with me much
    longer" and "You'd never notice if I was gone" are not this: no "a …" said of the partner, or an "I")."""
    k = next((i for i, t in enumerate(toks[:2]) if t in PARTNER_SUBJECT), None)
    if k is None or set(toks) & I_SUBJECT:
        return False
    n = next((i for i in range(k + 1, min(k + 4, len(toks))) if toks[i] in NOT_BEING), None)
    rest = [t for t in toks[n + 1 : n + 4] if t not in ("been", "be", "ever", "even", "once", "really")] if n is not None else []
    return rest[:1] in (["a"], ["an"], ["any"])


def not_ones_despair_by_meaning(toks) -> bool:
    """A sentence read by meaning as self-harm that is someone else's despair, reassurance of the partner, or a wish
    about what the partner does."""
    return despair_of_another(toks) or reassures_the_partner(toks) or wish_of_the_partner(toks)


WOULD_FEEL = frozenset({"feel", "be", "sleep", "rest"})
DEATH = frozenset({"dead", "die", "died", "dying", "death", "gone", "off", "kill", "end", "over", "anymore", "alive", "here"})
EASIER = frozenset({"better", "safer", "happier", "calmer", "easier", "less", "more", "much", "a", "lot", "bit", "so",
                    "loads", "worried", "anxious", "nervous", "relaxed", "settled", "comfortable"})


def wish_of_the_partner(toks) -> bool:
    """'I'd feel safer if you slowed down on the motorway', 'I'd feel better if you wore your helmet': how the speaker
    would feel if the partner did something, a wish about the partner (read by meaning as self-harm, 0.89-0.91); "I'd
    be better off dead if you left" names death, and is not this."""
    for k in range(len(toks) - 3):
        would = toks[k] in ("i'd", "id") or toks[k : k + 2] == ["i", "would"]
        j = k + (1 if toks[k] != "i" else 2)
        if would and j < len(toks) and toks[j] in WOULD_FEEL:
            rest = toks[j + 1 :]
            n = next((i for i, t in enumerate(rest) if t not in EASIER), len(rest))
            if 0 < n and rest[n : n + 2] == ["if", "you"] and not set(toks) & DEATH:
                return True
    return False


# what going on doing would be one's life or despair, not a habit ("I can't go on living like this", "…pretending")
A_LIFE = frozenset({"living", "being", "existing", "breathing", "waking", "feeling", "pretending", "fighting", "trying",
                    "struggling", "hurting", "suffering", "coping", "carrying"})


def not_ones_own_despair(toks, b: int) -> bool:
    """Self-harm words not the speaker's despair: someone else's, a short retreat (not_despair.brief_retreat), or "can't go on" a habit ("I can't go on eating like this, ha"): a gerund after it that is no life."""
    from .not_despair import away_at_a_time, brief_retreat
    after = toks[b + 1 : b + 2]
    return despair_of_another(toks) or brief_retreat(toks) or away_at_a_time(toks) or (toks[b] == "on" and bool(after) and after[0].endswith("ing")
                                                               and after[0] not in A_LIFE)


# "can you imagine", "did you hear": the partner asked to share disbelief, not the one controlled
LISTENER_TAGS = (("can", "you"), ("could", "you"), ("did", "you"), ("would", "you"), ("do", "you"))
THIRD_ACTING = frozenset({"he", "she", "they", "he's", "she's", "they're", "he'll", "she'll", "they'll", "apparently",
                          "hear", "heard", "husband", "wife", "boyfriend", "girlfriend", "fella", "fiance", "fiancee"})


def told_of_others(toks) -> bool:
    """Control told of another couple ("My friend's husband tracks her phone, can you imagine?", "Apparently Tom
    takes Gemma's card off her"): someone else acting, no "you" but the listener's ("can you imagine", "did you
    hear"), no "I"/"me" and no "my" but a relation's ("my friend's"). "Who said you could see her?" and "You're
    not seeing him again" name the partner: they are not stories."""
    toks = list(toks)
    listener = {k + 1 for k in range(len(toks) - 1) if (toks[k], toks[k + 1]) in LISTENER_TAGS}
    if any(t in SECOND_PERSON and k not in listener for k, t in enumerate(toks)):
        return False
    if any(t in FIRST_PERSON or t in ("mine", "mine's", "myself") for t in toks):
        return False
    if any(t == "my" and not "".join(toks[k + 1 : k + 2]).endswith("'s") for k, t in enumerate(toks)):
        return False
    # someone else does it ("he", "she", "they", someone's "husband"), or it is heard news ("apparently", "did you
    # hear"); an order to the partner ("Carry on telling her all this and see…") and "Why's Tom on the guest list?"
    # name no one else acting
    return bool(set(toks) & THIRD_ACTING)


# "I'll text you when I leave work", "I will send you a message when I leave the office": the safety examples read such
# plans to keep in touch as threats (0.54, 0.69: a threat is often "I'll … you when …"); they are none.
# ("I'll tell you when you can go out" is no plan to keep in touch: "tell" and "let" are not among them)
CONTACTING = frozenset({"text", "call", "ring", "phone", "message", "send", "ping", "email", "facetime", "whatsapp",
                        "buzz"})
WHEN = frozenset({"when", "once", "after", "before", "as", "till", "until"})
SPEAKER_TIME = frozenset({"i", "i'm", "i've", "i'll", "we", "we're", "we've", "i'd"})
NOT_KIND_WORDS = frozenset({"sorry", "regret", "or", "else", "never", "hurt", "police", "lawyer", "solicitor", "boss"})


def keeping_in_touch(toks) -> bool:
    """The speaker's plan to get in touch with the partner at a time of their own: "I'll" (or "I will", "I'm going to")
    and a way of getting in touch with "you" right after it, then "when", "once", "after"… with "I" or "we"; no word
    of a threat's sting ("or else", "you'll be sorry", "I'll call the police")."""
    toks = list(toks)
    k = next((i for i, t in enumerate(toks) if t in CONTACTING), None)
    if k is None or not {"i'll", "will", "going", "gonna"} & set(toks[max(0, k - 3) : k]) or set(toks) & NOT_KIND_WORDS:
        return False
    # ... at a time of the speaker's own ("when I leave work"), not of the partner's ("once you've learned your lesson")
    return "you" in toks[k + 1 : k + 3] and any(t in WHEN and toks[j + 1 : j + 2] and toks[j + 1] in SPEAKER_TIME
                                                 for j, t in enumerate(toks[k + 2 :], start=k + 2))


# "never scared", "not afraid": the negation next to the fear word, or one of these between ("can't stop being frightened" is fear).
NEGATED_BETWEEN = frozenset({"be", "been", "being", "so", "that", "too", "really", "even", "ever"})
QUOTE_MARKS = frozenset({"'", '"', "\u201c", "\u2018"})
ELIDED = frozenset({"cause", "cos", "em", "ere", "til", "bout", "round", "kay", "n", "tis", "twas", "course", "scuse"})


def quoted_words(s) -> bool:
    """Words in quotation marks in the sentence (an opening mark that is no dropped letter: 'cause, 'em)."""
    return any(w["word"].lstrip()[:1] in QUOTE_MARKS and spoken_token(w["word"]).lstrip("'") not in ELIDED
               and len(w["word"].strip()) > 1 for w in s.words)


CLOSING_MARKS = frozenset({"'", '"', "\u201d", "\u2019"})


def in_quotes(s, a: int, b: int) -> bool:
    """Tokens a..b all inside one pair of quotation marks: someone's words repeated ('Your brother went "what is
    wrong with you two"', 'the kids think you're "so embarrassing"'), not said to the partner now."""
    inside, spans, start = False, [], 0
    for i, w in enumerate(s.words):
        text = w["word"].strip()
        opens = text[:1] in QUOTE_MARKS and len(text) > 1 and spoken_token(text).lstrip("'") not in ELIDED
        if opens and not inside:
            inside, start = True, i
        if inside and text.rstrip(".,!?;:")[-1:] in CLOSING_MARKS and (i > start or len(text.rstrip(".,!?;:")) > 1):
            inside = False
            spans.append((start, i))
    first, last = s.keep[a], s.keep[b]
    return any(x <= first and last <= y for x, y in spans)


def negated_at(reader, toks, k) -> bool:
    """A negation just before token `k`, or one word of NEGATED_BETWEEN between them."""
    return (k >= 1 and reader._negator(toks[k - 1])) or (
        k >= 2 and toks[k - 1] in NEGATED_BETWEEN and reader._negator(toks[k - 2]))


def same_turn(a, b) -> bool:
    """Two sentences in a row by one speaker with under a second between them."""
    return a.words[0].get("speaker") == b.words[0].get("speaker") and b.words[0]["start"] - a.words[-1]["end"] < 1.0


def turns_owning(read, owning) -> tuple[dict, set]:
    """Each sentence's turn (by id of the sentence in `read`'s (sentence, markers, flags, set aside) rows), and the
    turns in which the rules heard one of `owning` (its speaker owning a part, thanking)."""
    turn_of, owned, k = {}, set(), 0
    for i, (s, m, f, _) in enumerate(read):
        k += bool(i) and not same_turn(read[i - 1][0], s)
        turn_of[id(s)] = k
        if {x["category"] for x in [*m, *f]} & owning:
            owned.add(k)
    return turn_of, owned


# A plan for both ("we could…", "shall we…", "let us…"): see joint_proposal.
JOINT_PAIRS = {("we", "could"), ("we", "can"), ("we", "should"), ("we", "might"), ("shall", "we"), ("should", "we"),
               ("let", "us"), ("about", "we"), ("maybe", "we"), ("we", "both"), ("we'll", "both"), ("both", "of")}


def joint_proposal(reader, s) -> bool:
    """'I thought we could visit my parents on Saturday', 'let's look at the budget together', 'we both put…': a plan
    offered for both, with no negation, gives no rule about money, phones or people (a threat can still be read in it)."""
    head = s.toks[: s.clause_end(0) + 1][:8]
    if any(reader._negator(t) for t in s.toks):
        return False
    pairs = set(zip(head, head[1:]))
    # ... or an effort for both ("I'm trying to keep my job so we can pay for all of this.")
    return bool(pairs & JOINT_PAIRS) or any(t in ("let's", "lets") for t in head) or ("so", "we") in set(zip(s.toks, s.toks[1:]))


def location_offered(s) -> bool:
    """'I'll keep my location on while I'm driving up, you can see when I'm close': the speaker's own offered, not
    taken ("I've had to keep my location on since…" is not offered)."""
    return s.toks[:1] in (["i'll"], ["ill"]) and s.toks[1:2] in (["keep"], ["share"], ["leave"], ["turn"], ["put"]) and "my" in s.toks[2:4]


def control_not_between_them(reader, s, category: str) -> bool:
    """Money, phone or friends control told of another couple ("Apparently Tom takes Gemma's card off her"), a plan for
    both ("Should we both turn location sharing on for the festival?"), the speaker's own location offered, or care on
    a trip (control_lookalikes.care_on_a_trip): no rule between the partners."""
    if category not in ("safety_financial_control", "safety_monitoring", "safety_isolation"):
        return False
    from .control_lookalikes import care_on_a_trip
    shared = joint_proposal(reader, s) and bool({"both", "each"} & set(s.toks))
    return category == "safety_monitoring" and (location_offered(s) or care_on_a_trip(s.toks)) or told_of_others(s.toks) or shared


def about_someone(reader, s) -> bool:
    """Fear of the partner names them ("you", "he", "her"); fear of a test, a flight or a
    diagnosis does not, the rules' list of fears that are not of the partner wins, and a fear
    word said only in negation is no fear."""
    from .context import THIRD_PERSON

    if reader.lex.find(s.toks, {0}, {len(s.toks) - 1}, "fear_not_of_partner"):
        return False
    # "you're never scared of anything except chillies": every fear word said is negated
    feared = [k for k, t in enumerate(s.toks) if is_in(t, reader.fear)]
    if feared and all(negated_at(reader, s.toks, k) for k in feared):
        return False
    return any(t in SECOND_PERSON or t in THIRD_PERSON for t in s.toks)


def names_someone(s) -> bool:
    from .context import THIRD_PERSON

    return any(t in YOU or t in THIRD_PERSON for t in s.toks)
