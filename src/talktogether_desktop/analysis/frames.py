"""Frames that take a sentence's content back or make it supposed rather than said.

- a denial that frames the clause after it: "It's not that you never make time, it's that the time's when I'm
  asleep.", "It's not that I never want her in church." What follows "it's not that" is what the speaker says is NOT
  so; an absolute or a rule read inside it is no complaint and no control. (Not "it's not like…" or "it's not as
  if…": those are rhetorical and usually mean the opposite: "It's not like you ever help.")
- a supposition: "You'd think I'd nothing else in my life but your pillows.", "Anyone would think I was the maid."
  The speaker complains of how they are treated; the words after it are not their own state (no self-harm, no
  threat, no control read into them).
- money set aside: "The money doesn't matter next to you.", "Never mind the money." Reassurance, not money control;
  not "It doesn't matter what you think, you're not going" (a dismissal of the partner's say).
- a rule given by someone outside the couple: "The doctor says I'm not allowed to drive for six months.", "Mum won't
  let me help with the funeral.", "My boss won't let me take Friday off." No control between the partners.
- a negation carried over "or": "I'm not taking your card off you, or going through your phone." (the second act is
  disowned too).
- a chore of one's own: "I need to feed the dog.", "Hang on, I need to get the washing in before the rain." A task
  the speaker has to do, not a need of the partner to be met (whether it is a way out of the talk is read elsewhere).
"""

from __future__ import annotations

from typing import Sequence

# words that may open a sentence before the frame ("And it's not that…", "Look, you'd think…")
LEADERS = frozenset({"and", "but", "so", "well", "look", "no", "honestly", "um", "uh", "mean", "oh", "see", "listen"})
DENIALS = (("it's", "not", "that"), ("its", "not", "that"), ("it", "isn't", "that"), ("it", "is", "not", "that"),
           ("it", "wasn't", "that"), ("it's", "no", "that"), ("not", "that"), ("i'm", "not", "saying"),
           ("i", "am", "not", "saying"))
SUPPOSITIONS = (("you'd", "think"), ("you", "would", "think"), ("anyone", "would", "think"), ("anyone'd", "think"),
                ("anybody", "would", "think"), ("you'd", "swear"), ("you", "would", "swear"))
MONEY = frozenset({"money", "cash", "bill", "bills", "debt", "debts", "savings", "cost", "price", "mortgage", "loan"})
# the money named just before ("The money doesn't matter") or just after ("Never mind the money", "forget about the debt")
MATTERS_NOT = (("doesn't", "matter"), ("don't", "matter"), ("does", "not", "matter"))
NEVER_MIND = (("never", "mind"), ("forget", "about"), ("forget",), ("don't", "care", "about"), ("do", "not", "care", "about"))
DISMISSING = frozenset({"what", "how", "whether", "if", "who"})


def _opening(toks: Sequence[str], frames) -> int:
    """The index just after one of `frames` opening the sentence (after at most three leading words), or -1."""
    for k in range(min(4, len(toks))):
        if k and toks[k - 1] not in LEADERS:
            break
        for f in frames:
            if tuple(toks[k : k + len(f)]) == f:
                return k + len(f)
    return -1


def denied(toks: Sequence[str]) -> int:
    """Where the clause denied by an opening "it's not that…" starts, or -1."""
    return _opening(toks, DENIALS)


def supposed(toks: Sequence[str]) -> bool:
    return _opening(toks, SUPPOSITIONS) >= 0


def money_set_aside(toks: Sequence[str]) -> bool:
    """Money said not to matter: named just before "doesn't matter", or just after "never mind" / "forget about";
    not "No wife of mine needs her own money, so forget about that job." (the money is not what is let go)."""
    for k in range(len(toks)):
        for f in MATTERS_NOT:
            after = toks[k + len(f) : k + len(f) + 1]
            if tuple(toks[k : k + len(f)]) == f and set(toks[max(0, k - 3) : k]) & MONEY and not set(after) & DISMISSING:
                return True
        for f in NEVER_MIND:
            if tuple(toks[k : k + len(f)]) == f and set(toks[k + len(f) : k + len(f) + 3]) & MONEY:
                return True
    return False


PROPOSALS = (("what", "if"), ("how", "about"), ("why", "don't", "we"), ("shall", "we"), ("could", "we"), ("maybe", "we"))
CONTROL = ("financial_control", "monitoring", "isolation", "blaming")


def framed_away(toks: Sequence[str], category: str) -> bool:
    """A safety reading by meaning that the sentence's frame takes back: any kind in a supposition; any but self-harm
    in a denial ("It's not that I want to die, I just…" is still listened to); money control where money is said not to
    matter; control offered as a proposal ("…what if you take the phone with the map on, just for your walks, and I
    stop ringing every hour?"; not a threat: "What if I just took the kids?")."""
    if supposed(toks) or category.endswith(CONTROL) and _opening(toks, PROPOSALS) >= 0:
        return True
    if "self_harm" not in category and denied(toks) >= 0:
        return True
    if category.endswith("self_harm") and arrived(toks):
        return True
    return category.endswith("financial_control") and money_set_aside(toks)


# A journey that nearly failed ("I just nearly didn't make it to the servo.", "We only just made it home in time."):
# getting to a place, not surviving; not to a time or an age ("…make it to my next birthday", "…to forty", "…to the
# summer") nor with a word of death or harm ("…didn't make it to the hospital alive").
PLACE_AFTER_IT = frozenset({"home", "back", "there"})
NOT_ARRIVAL = frozenset({"alive", "die", "dead", "kill", "myself", "end", "anymore", "life", "living", "night", "morning",
                         "tomorrow", "week", "year", "christmas", "birthday", "summer", "winter", "spring", "autumn", "weekend",
                         "want", "new", "next", "month", "months", "years", "forty", "fifty", "sixty", "thirty", "old"})
HARM_MEANS = frozenset({"wall", "tree", "bridge", "driving", "crash", "crashing", "rails", "train"})


def arrived(toks: Sequence[str]) -> bool:
    """ "make/made it" followed by a place reached ("…to the servo", "…home", "…in time")."""
    def place(rest: Sequence[str]) -> bool:
        return (rest[:1] and rest[0] in PLACE_AFTER_IT or rest[:2] in (["in", "time"], ["on", "time"])
                or rest[:1] == ["to"] and rest[1:2] in (["the"], ["a"], ["work"], ["school"], ["church"]))
    from .control_lookalikes import DESPAIR, HARM_SAID

    # (no word of harm, ending or despair beside it: "…I sat in the car thinking about driving it into a wall.")
    return any(t in ("make", "made", "making") and toks[k + 1 : k + 2] == ["it"] and place(toks[k + 2 :])
               for k, t in enumerate(toks)) and not (NOT_ARRIVAL | HARM_SAID | DESPAIR | HARM_MEANS) & set(toks)


# verbs of a household or daily task ("I need to feed the dog", "I need to go and check the tank")
ERRANDS = frozenset({"feed", "check", "get", "grab", "fetch", "pick", "put", "walk", "wash", "hang", "bring", "collect",
                     "finish", "send", "call", "ring", "answer", "pay", "book", "charge", "fix", "cook", "clean", "tidy",
                     "empty", "water", "pop", "nip", "lock", "shut", "pack", "sort", "post", "move", "defrost", "iron",
                     "hoover", "vacuum", "mow", "bath", "change", "phone", "drop", "return", "renew", "order"})
ON_THE_WAY = frozenset({"go", "and", "just", "quickly", "run", "nip", "pop", "to"})
WITH_THE_PARTNER = frozenset({"you", "your", "you're", "yourself", "us", "we", "we're", "our", "together"})


def errand(toks: Sequence[str], b: int) -> bool:
    """The need phrase ending at `b` ("i need", "i just need") goes on to a chore of the speaker's: "to" and a task verb,
    after at most "go (and)"; nothing of the partner or the two of them in the sentence ("I need to hear it from you",
    "I need to check we're okay" stay needs; "I need to go." alone is leaving, read elsewhere)."""
    if toks[b + 1 : b + 2] != ["to"] or set(toks) & WITH_THE_PARTNER:
        return False
    k = b + 2
    while k < len(toks) and k < b + 5 and toks[k] in ON_THE_WAY and toks[k] not in ERRANDS:
        k += 1
    return k < len(toks) and toks[k] in ERRANDS


# The partner's act told as done once more ("You slept through her crying again.", "You forgot the bins again."):
# criticism, the partner the subject of a past act, "again" closing the sentence; not a warm one ("You made my favourite
# again!"), a question, or what may yet be ("You can do it again.", "You'll see her again.").
AGAIN_OPENERS = frozenset({"you", "you've", "youve"})
PAST_ACTS = frozenset({"forgot", "slept", "left", "took", "went", "did", "said", "broke", "lost", "spent", "came", "got",
                       "let", "put", "ran", "told", "threw", "drank", "ate", "missed", "ignored", "cancelled", "canceled",
                       "forgotten", "done", "gone", "been", "left", "brought", "bought", "picked", "walked", "stormed"})


CONTROLLED_THINGS = frozenset({"wages", "card", "money", "phone", "keys", "key", "account", "cash", "car", "passport", "bank",
                               "salary", "pay", "benefits", "pin", "password", "laptop", "messages", "texts", "emails", "email",
                               "location", "chats", "chat", "photos", "diary", "bag", "handbag", "pockets", "tracker", "app",
                               "computer", "post", "letters", "statements", "friends", "mum", "mom", "sister"})


def done_again(r, s) -> list[tuple]:
    toks = s.toks
    k = 1 if toks[:1] and toks[0] in LEADERS else 0
    if s.question or len(toks) < k + 3 or toks[-1] != "again" or toks[k] not in AGAIN_OPENERS:
        return []
    act = toks[k + 1]
    if not (act in PAST_ACTS or act.endswith("ed")) or r.polarity(s, k, k + 1, ()) > 0 or r._valence(toks) > 0:
        return []
    if set(toks) & CONTROLLED_THINGS:  # "You took my wages again.": control, left to the safety reading
        return []
    return [(k, len(toks) - 1, "criticism", "the partner's act, again", "the partner's act told as done once more")]


# How the partner treats the speaker (or a child) put as a likeness of something less ("You talk to my daughter like she's
# a lodger in your house.", "…you look at me like a draught coming under the door.", "You treat these calls like a
# dentist appointment…"): criticism. Not a fond or plain likeness ("You look at me like I'm the only person in the room.",
# "You talk to the baby like she understands every word."): what follows "like" must be a lesser thing or cold.
TREATING = frozenset({"talk", "talks", "speak", "speaks", "treat", "treats", "look", "looks", "switch", "float", "floats"})
LESSER = frozenset({"lodger", "lodgers", "child", "kid", "baby", "toddler", "teenager", "idiot", "servant", "maid", "skivvy",
                    "slave", "dog", "staff", "employee", "stranger", "furniture", "draught", "dentist", "appointment",
                    "meeting", "chore", "doormat", "dirt", "rubbish", "garbage", "nothing", "criminal", "suspect", "nuisance",
                    "burden", "fool", "moron", "inconvenience", "intern", "secretary", "cleaner", "nanny", "housekeeper",
                    "fan", "wall", "object", "prisoner", "nobody", "stupid", "thick", "dumb", "useless", "invisible",
                    "robot", "machine", "cashpoint", "atm", "bank", "taxi", "hotel", "lodging", "flatmate", "roommate"})
LIKE_WITHIN = 6


def likeness(r, s) -> list[tuple]:
    toks = s.toks
    for k, t in enumerate(toks[:-2]):
        if t not in ("you", "you're", "ye") or toks[k + 1] not in TREATING and toks[k + 1 : k + 2] != ["just"]:
            continue
        like = next((j for j in range(k + 1, min(len(toks), k + LIKE_WITHIN)) if toks[j] == "like"), None)
        if like is None or s.question or not set(toks[k + 1 : like]) & TREATING or r.negated(s, k + 1) or r.reported(s, k):
            continue
        after = toks[like + 1 : like + 1 + LIKE_WITHIN]
        if after[:1] and after[0] in ("you", "you've", "you're", "you'd"):
            continue  # the partner's own look or manner ("You look at me like you've seen a ghost.")
        if (set(after) & LESSER or r._valence(after) < 0) and r._valence(after) <= 0:
            return [(k, like, "criticism", "how the partner treats the speaker, as a likeness",
                     "how the partner treats the speaker (or a child) put as a likeness of something less")]
    return []



# Those outside the couple whose rules a partner may tell of (ruled_by_another)
OUTSIDERS = frozenset({"doctor", "doctors", "doctor's", "gp", "nurse", "consultant", "surgeon", "hospital", "physio", "midwife",
                       "mum", "mom", "mother", "dad", "father", "parents", "gran", "grandma", "nan", "boss", "manager", "work",
                       "employer", "company", "school", "teacher", "coach", "bank", "landlord", "council", "court", "judge",
                       "police", "insurance", "insurer", "solicitor", "lawyer", "vet", "rules", "law", "lease", "contract"})
SUBJECTS = frozenset({"you", "you're", "you'll", "your", "i", "i'll", "i'm", "he", "she", "we", "they", "it", "it's"})
INSISTING = frozenset({"kidding", "joking", "arguing", "asking", "messing", "playing", "tell", "telling", "saying", "repeat"})
PARTNER_NAMED = frozenset({"you", "you're", "your", "he", "she", "he's", "she's", "him", "her"})


def ruled_by_another(toks: Sequence[str], a: int) -> bool:
    """A rule on the speaker ("won't let me…", "I'm not allowed…") whose giver, named just before it, is outside the
    couple ("Mum won't let me…", "The doctor says I'm not allowed…"), in a sentence naming no partner ("I don't care
    what the doctor says, you're not allowed to drive.", "He told the doctor I'm not allowed…", "Mum rang, Dan won't let
    me go." all stay)."""
    rest = tuple(toks[a : a + 3])
    if rest[:2] not in (("won't", "let"), ("wont", "let"), ("will", "not")) and rest not in (("i'm", "not", "allowed"), ("i", "am", "not")):
        return False
    giver = a - 2 if a >= 2 and toks[a - 1] in ("says", "said") else a - 1 if rest[0] not in ("i'm", "i") else -1
    return giver >= 0 and toks[giver] in OUTSIDERS and not set(toks) & PARTNER_NAMED and "care" not in toks[:a]


def negation_carried(toks: Sequence[str], a: int, negator, speaker: frozenset) -> bool:
    """The act at `a` follows "or"/"nor" after the speaker's own negated act ("I'm not taking your card off you, or going
    through your phone"), with no "but" between; not a new subject after "or" ("I'm not kidding, do it now or you're not
    seeing your sister") nor a negated word that only insists ("not kidding", "won't tell you again")."""
    if a < 2 or toks[a - 1] not in ("or", "nor") or toks[a] in SUBJECTS:
        return False
    for k in range(a - 2, max(-1, a - 12), -1):
        if toks[k] in ("but", "and") and k > 0:
            return False
        if negator(toks[k]):
            return not set(toks[k + 1 : k + 3]) & INSISTING and any(t in speaker for t in toks[max(0, k - 3) : k + 1])
    return False


# The speaker's own promise not to do it, just before the act: "I won't check your location", "I'll never read your
# texts again", "I'm not going to go through your phone" (not "don't make me check…", "you won't let me…").
OWN_NEVER = (("i", "won't"), ("i", "wont"), ("i'll", "never"), ("i", "will", "never"), ("i", "will", "not"), ("i'm", "not", "going", "to"),
             ("im", "not", "going", "to"), ("i", "promise", "not", "to"), ("i", "swear", "i", "won't"), ("i'm", "never", "going", "to"))
PROMISE_FILLERS = frozenset({"ever", "again", "even", "go", "and", "be", "anymore", "more", "any", "honestly"})
CONDITIONS = frozenset({"if", "unless", "till", "until", "provided"})  # "I will not check your location if you're home by nine": a rule


def own_promise_not(toks: Sequence[str], a: int) -> bool:
    """`a` begins an act the speaker promises not to do, the promise closing just before it (fillers aside)."""
    k = a
    while k > 0 and toks[k - 1] in PROMISE_FILLERS and a - k < 3:
        k -= 1
    return any(tuple(toks[k - len(p) : k]) == p for p in OWN_NEVER if k >= len(p))


def own_act_disowned(toks: Sequence[str], a: int, negator) -> bool:
    """"I won't check your location", "I won't read your texts, or check your location": the speaker's own promise not to
    (not one with a condition after it, and not "I'm not going to just check…, I'm going to…")."""
    if set(toks[a:]) & CONDITIONS:
        return False
    return own_promise_not(toks, a) or negation_carried(toks, a, negator, frozenset({"i", "i'm", "im", "i'll", "i've", "i'd", "me", "my"}))
