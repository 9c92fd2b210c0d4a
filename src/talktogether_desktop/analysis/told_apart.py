"""Control read by meaning that the sentence's own words tell apart from control between the partners: how the one kept
in the dark learned of a money secret (only to listen to), what happened to someone else (neither partner named), and
"isolation" with no word of contact, going or people."""

from __future__ import annotations


# How the speaker learned of the partner's money secret ("I found out from the bank app, not from you.", "I opened the
# letter from the credit card people."): the one kept in the dark telling it; a control reading by meaning is only to
# listen to (not "I saw the payslip in your bag": going through the partner's things).
FOUND_OUT = (("found", "out"), ("opened", "the", "letter"), ("opened", "a", "letter"), ("letter", "came"), ("got", "a", "letter"))


def found_out(toks) -> bool:
    return any(t in ("i", "i've", "i'd") for t in toks[:3]) and any(
        tuple(toks[k : k + len(f)]) == f for f in FOUND_OUT for k in range(len(toks)))


# Control read by meaning in a sentence told of someone else, naming neither partner ("Maya was standing outside the school
# gate for forty minutes."): its subject is another ("she", "he", or a name before "was", "is", "has"…), with no word of
# either partner in it, in any English ("mi", "yuh", "ye"). Not an order said without a pronoun ("Receipts in the tin by
# Sunday night.", "Leave di bank card pon di table."): there the partner is the one told.
OURS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "we've", "we'll", "we'd",
                  "us", "our", "ours", "you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "im",
                  "mi", "ma", "wi", "yuh", "yu", "ye", "ya", "yer", "youse", "y'all", "yall", "u", "ur", "unu", "thee", "thou"})
THEIRS = frozenset({"he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "they'd", "his", "her", "their"})
TOLD_OF = frozenset({"was", "is", "has", "had", "got", "gets", "did", "does", "said", "says", "rang", "called", "came",
                     "went", "were", "will", "would", "kept", "keeps"})


def neither_partner(toks) -> bool:
    return bool(toks) and not OURS & set(toks) and (toks[0] in THEIRS or toks[1:2] and toks[1] in TOLD_OF)


# Isolation keeps the partner from people or places: a sentence read so by meaning with no word of contact, going or
# people ("She's your daughter, not a meeting.") is a complaint of another kind.
CONTACT = frozenset({"see", "seeing", "saw", "seen", "go", "going", "goes", "went", "gone", "visit", "visiting", "meet", "meets",
                     "call", "calling", "ring", "ringing", "talk", "talking", "text", "texting", "out", "friend", "friends",
                     "mates", "allowed", "leave", "leaving", "stay", "staying", "invite", "invited", "church", "club", "gym",
                     "family", "contact", "phone", "alone", "anyone", "anybody", "people", "them", "him", "her", "group",
                     "party", "work", "job", "mum", "mom", "dad", "sister", "brother", "parents", "house", "home", "door",
                     "car", "keys", "need", "nobody", "else", "without", "away", "from", "lunch", "dinner", "drinks", "pub",
                     "come", "coming", "came", "list", "guest", "guests", "wedding", "invite", "lot", "crowd", "mam", "ma"})
CONTACT_WORDS_AT_LEAST = 5
# ... and people, or a way to reach them, named within a word ("ex-colleagues", "girlfriends", "Facebook", "WhatsApp")
PEOPLE_PARTS = ("friend", "colleague", "mate", "neighbour", "neighbor", "cousin", "aunt", "uncle", "book", "gram", "chat",
                "app", "delet", "block", "number", "contact", "message")


def no_contact(toks) -> bool:
    """(a short sentence, "Keep pushing.", says too little either way: left to the reading; the speaker's own going
    elsewhere, own_going, isolates nobody)"""
    return len(toks) >= CONTACT_WORDS_AT_LEAST and not CONTACT & set(toks) and not any(
        t.endswith("'s") and t[:-2] in CONTACT or any(p in t for p in PEOPLE_PARTS) for t in toks) or own_going(toks)


# The speaker's own going elsewhere as a limit ("But if she's still here at Easter, I'm going to stay at my brother's
# for a bit.", isolation by meaning 0.97): where the speaker will be, taking no one and keeping the partner from no one.
GOING = (("i'm", "going", "to"), ("i'll",), ("i", "will"), ("i'm", "gonna"))
STAYING = frozenset({"stay", "sleep", "go", "move", "stop", "head", "crash"})
TAKEN_ALONG = frozenset({"you", "your", "kids", "children", "kid", "baby", "girls", "boys", "dog", "cat", "with", "them"})


def own_going(toks) -> bool:
    for k in range(len(toks)):
        g = next((g for g in GOING if tuple(toks[k : k + len(g)]) == g), None)
        if g and toks[k + len(g) : k + len(g) + 1] and toks[k + len(g)] in STAYING:
            return not set(toks[k + len(g) :]) & TAKEN_ALONG
    return False


# Worry about a thing ("Honestly though, I'm a bit worried about it.", "I'm stressed about the bills."; self-harm by
# meaning 0.89 in a talk about a budget): a worry, not harm, with no word of harm or despair (control_lookalikes).
WORRY = frozenset({"worried", "worry", "worrying", "stressed", "anxious", "nervous", "fretting"})
THINGS = frozenset({"it", "that", "this", "money", "the", "bills", "our", "work", "christmas", "january", "rent", "mortgage",
                    "them", "him", "her", "his", "tomorrow", "tonight"})


def worry_about_a_thing(toks) -> bool:
    return any(toks[k] in WORRY and toks[k + 1 : k + 2] == ["about"] and toks[k + 2 : k + 3] and toks[k + 2] in THINGS
               for k in range(len(toks)))


# Self-harm read by meaning in words that say otherwise: the phone hung up ("I'd have hung up on them otherwise."), a
# task off the mind ("That is one thing less for me to think about."), the
# partner's own state offered help ("And wake me if you're drowning, yeah?"), loneliness said to have eased ("I didn't
# feel so on my own with it."); not with a word of harm or despair of the speaker's own (control_lookalikes.harm_said).
SAID_OTHERWISE = (("hung", "up"), ("hang", "up"), ("hanging", "up"), ("one", "thing", "less"), ("one", "less", "thing"))
IF_YOU = (("if", "you're"), ("if", "you"), ("when", "you're"), ("if", "youre"))
EASED = (("didn't", "feel", "so"), ("don't", "feel", "so"), ("didn't", "feel", "as"), ("don't", "feel", "as"),
         ("didn't", "feel"), ("don't", "feel"))
LONELY = frozenset({"alone", "lonely", "own"})


def not_harm_in_words(toks, despair: bool, despair_awake: bool) -> bool:
    """`despair`: a word of harm or despair in the sentence ("I hung up and took the pills.", "If I didn't wake up one
    morning it'd be one less thing for you to worry about." are still read); `despair_awake`: one besides waking (the
    partner asked to wake the speaker: "wake me if you're drowning")."""
    pairs = lambda ps: any(tuple(toks[k : k + len(p)]) == p for p in ps for k in range(len(toks)))  # noqa: E731
    eased = any(tuple(toks[k : k + len(p)]) == p and LONELY & set(toks[k + len(p) : k + len(p) + 4])
                for p in EASED for k in range(len(toks)))
    return (pairs(SAID_OTHERWISE) or eased) and not despair or pairs(IF_YOU) and not despair_awake and "i" not in toks


# A yes given as a promise ("Of course I will.", "Yes, I will, love.", a threat by meaning 0.96 answering "Will you sit
# with me when I ring?"): nothing but the yes, "I will" and a fond word (control_lookalikes.asks_a_promise).
YES_WORDS = frozenset({"of", "course", "yes", "yeah", "yep", "sure", "absolutely", "definitely", "oh", "aye", "ja",
                       "love", "babe", "darling", "sweetheart", "honey", "hon", "always", "promise", "do", "i"})


def promise_given(toks) -> bool:
    rest = [t for t in toks if t not in YES_WORDS]
    return rest in ([], ["will"], ["i'll"], ["would"], ["i'd"]) and bool({"will", "i'll", "promise", "do", "would", "i'd"} & set(toks))
