"""Control read by meaning that the sentence's own words tell apart from control between the partners: how the one kept
in the dark learned of a money secret (only to listen to), what happened to someone else (neither partner named), and
"isolation" with no word of contact, going or people."""

from __future__ import annotations

from typing import Optional


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


# Money control read by meaning with no word of money, work or spending ("Then that's between you and your manager.", 0.97,
# a shrug at the partner's trouble at work): a dismissal of another kind. Words of money by how they begin ("paycheck",
# "card's", "£40") and amounts ("forty", "2k").
MONEY_STEMS = ("money", "pay", "cash", "bank", "card", "spend", "spent", "wage", "salar", "account", "budget", "loan", "debt",
               "credit", "receipt", "allowance", "saving", "bill", "quid", "buck", "dollar", "pound", "euro", "naira", "cedi",
               "rupee", "rand", "peso", "tenner", "fiver", "grand", "penn", "cent", "price", "cost", "afford", "buy", "bought",
               "purchas", "shopping", "grocer", "rent", "mortgage", "job", "work", "shift", "earn", "income", "pension",
               "benefit", "inherit", "tax", "cheque", "ledger", "purse", "wallet", "tin", "kitty", "petrol", "fuel", "atm",
               "pin", "sum", "statement", "transfer", "fund", "finance", "financ", "business", "shop", "till", "gold", "sold",
               "sell", "jewel", "valuab", "owe", "lend", "lent", "borrow", "skint", "broke", "$", "£", "€")
AMOUNTS = frozenset({"ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                     "thousand", "million", "k"})


def no_money(toks) -> bool:
    """(nor "how much he makes")"""
    return not any(t.startswith(MONEY_STEMS) or t in AMOUNTS or any(c.isdigit() for c in t) for t in toks) and not (
        "how", "much") in set(zip(toks, toks[1:]))


# Money offered to the two of them by others ("Your parents have offered to lend us the deposit.", money control by
# meaning): help from outside, told; not with a rule word ("…but only if you stay home").
OFFERED = frozenset({("offered", "to"), ("lend", "us"), ("lent", "us"), ("give", "us"), ("gave", "us"), ("help", "us"),
                     ("offering", "to"), ("gift", "us"), ("gifted", "us")})


def offered_to_us(toks) -> bool:
    from .control_lookalikes import RULE_WORDS

    return bool(set(zip(toks, toks[1:])) & OFFERED) and "us" in toks and not set(toks) & (RULE_WORDS | {"if", "unless"})


# Blame read by meaning with no partner to blame ("And I'm telling you I had it under control.", 0.97: a denial): the
# partner is in it only as the one told ("telling you", "I promise you"), and nobody else is named to blame ("If she
# didn't wind me up…", told to the therapist, is read).
SECOND_PERSON = frozenset({"you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "yuh", "yu", "ya", "ye",
                           "u", "ur", "unu", "youse", "y'all", "yall", "yer"})
OTHERS_BLAMED = frozenset({"him", "them", "wife", "husband", "missus", "man", "woman"})
TOLD = frozenset({"telling", "tell", "told", "promise", "promised", "asking", "ask", "asked", "warning", "warned", "swear",
                  "thank", "thanking"})


def no_one_blamed(toks) -> bool:
    return not (THEIRS | OTHERS_BLAMED) & set(toks) and not any(t in SECOND_PERSON and not (toks[k - 1 : k] and toks[k - 1] in TOLD or toks[k - 2 : k] == ["swear", "to"])
                   for k, t in enumerate(toks))


def off_kind(category: str, toks) -> bool:
    """Control read by meaning whose words are of another kind: isolation with no word of contact (no_contact); money
    control with no word of money (no_money) and blame with no partner blamed (no_one_blamed) are only to listen to
    (control_lookalikes.only_to_listen: a listen there kept lines of fear and monitoring in view on the sets)."""
    return category == "safety_isolation" and no_contact(toks)


# The speaker's own going elsewhere as a limit ("But if she's still here at Easter, I'm going to stay at my brother's
# for a bit.", isolation by meaning 0.97): where the speaker will be, taking no one and keeping the partner from no one.
GOING = (("i'm", "going", "to"), ("i'll",), ("i", "will"), ("i'm", "gonna"))
STAYING = frozenset({"stay", "sleep", "move", "head", "crash"})
TAKEN_ALONG = frozenset({"you", "your", "kids", "children", "kid", "baby", "girls", "boys", "dog", "cat", "with", "them", "her",
                         "him", "his", "us", "we"})


def own_going(toks) -> bool:
    """(somewhere named: "at", "in" or someone's place within three words; "I'll stop her seeing…" is no going)"""
    for k in range(len(toks)):
        g = next((g for g in GOING if tuple(toks[k : k + len(g)]) == g), None)
        if g and toks[k + len(g) : k + len(g) + 1] and toks[k + len(g)] in STAYING:
            where = toks[k + len(g) + 1 : k + len(g) + 5]
            return bool(set(where) & {"at", "in"} or any(t.endswith("'s") for t in where)) and not set(toks[k + len(g) :]) & TAKEN_ALONG
    return False


# Worry about a thing ("Honestly though, I'm a bit worried about it.", "I'm stressed about the bills."; self-harm by
# meaning 0.89 in a talk about a budget): a worry, not harm, with no word of harm or despair (control_lookalikes).
WORRY = frozenset({"worried", "worry", "worrying", "stressed", "anxious", "nervous", "fretting"})
THINGS = frozenset({"it", "that", "this", "money", "the", "bills", "our", "work", "christmas", "january", "rent", "mortgage",
                    "them", "him", "her", "his", "tomorrow", "tonight"})


def worry_about_a_thing(toks) -> bool:
    """(not a worry denied, "I'm not worried about it, I've made my plan.", nor one with a reason after it)"""
    return any(toks[k] in WORRY and toks[k + 1 : k + 2] == ["about"] and toks[k + 2 : k + 3] and toks[k + 2] in THINGS
               and len(toks) - (k + 3) <= 2 and not {"not", "isn't", "aren't", "wasn't"} & set(toks[:k])
               and not any(t.endswith("n't") for t in toks[:k]) for k in range(len(toks)))


# Self-harm read by meaning in words that say otherwise: an act denied as meant (not_on_purpose), the phone hung up ("I'd have hung up on them otherwise."), a
# task off the mind ("That is one thing less for me to think about."), the
# partner's own state offered help ("And wake me if you're drowning, yeah?"), loneliness said to have eased ("I didn't
# feel so on my own with it."); not with a word of harm or despair of the speaker's own (control_lookalikes.harm_said).
SAID_OTHERWISE = (("hung", "up"), ("hang", "up"), ("hanging", "up"), ("one", "thing", "less"), ("one", "less", "thing"))
IF_YOU = (("wake", "me", "if", "you're"), ("wake", "me", "if", "you"), ("wake", "me", "when", "you're"), ("wake", "me", "if", "youre"))
# (not the speaker as the thing less: "I'd be one less thing for you to worry about.")
SPEAKER_AS_IT = frozenset({"i", "i'd", "i'm", "i'll", "id", "im"})
EASED = (("didn't", "feel", "so"), ("don't", "feel", "so"), ("didn't", "feel", "as"), ("don't", "feel", "as"),
         ("didn't", "feel"), ("don't", "feel"))
LONELY = frozenset({"alone", "lonely", "own"})
FEELING = frozenset({"feel", "feeling", "felt", "feels"})


def not_harm_in_words(toks, despair: bool, despair_awake: bool) -> bool:
    """`despair`: a word of harm or despair in the sentence ("I hung up and took the pills.", "If I didn't wake up one
    morning it'd be one less thing for you to worry about." are still read); `despair_awake`: one besides waking (the
    partner asked to wake the speaker: "wake me if you're drowning")."""
    pairs = lambda ps: any(tuple(toks[k : k + len(p)]) == p for p in ps for k in range(len(toks)))  # noqa: E731
    # (the sentence ending with the loneliness eased: not "…so alone once I'd written the letters to the kids.")
    eased = any(tuple(toks[k : k + len(p)]) == p and any(t in LONELY and (len(toks) - 1 - j <= 3 or toks[-2:] == ["with", "it"])
                                                         for j, t in enumerate(toks[k + len(p) : k + len(p) + 4], k + len(p)))
                for p in EASED for k in range(len(toks)))
    less = any(tuple(toks[k : k + len(p)]) == p for p in SAID_OTHERWISE[3:] for k in range(len(toks)))
    said_otherwise = pairs(SAID_OTHERWISE) and not (less and SPEAKER_AS_IT & set(toks))
    return (said_otherwise or eased or not_on_purpose(toks)) and not despair or pairs(IF_YOU) and not despair_awake


# An act denied as meant ("I'm not doing it on purpose!", self-harm by meaning 0.92, of forgetting the bins): an excuse;
# not an act owned as meant ("I stopped taking my meds on purpose, I don't care what happens to me now.") nor one with
# the means in it.
MEANS_NAMED = frozenset({"meds", "medication", "medicine", "pills", "tablets", "insulin", "pill", "tablet", "dose"})


def not_on_purpose(toks) -> bool:
    return not MEANS_NAMED & set(toks) and any(
        toks[k : k + 2] == ["on", "purpose"] and any(t in ("not", "never") or t.endswith("n't") for t in toks[max(0, k - 5) : k])
        for k in range(len(toks)))


# Loneliness told as a feeling ("I just feel so alone with it.", self-harm by meaning 0.82, of a loss shared): a reading
# only to listen to that raises no risk prompt of its own (safety.raises_prompt); the listen stays, since the next words
# may be despair ("I just feel so alone with it all. I can't do it anymore.").
def lonely_only(toks) -> bool:
    return bool(set(toks) & LONELY) and bool(set(toks) & FEELING) and not set(toks) & {"without", "nobody", "no", "one", "out"}


# A yes given as a promise to a request for care ("Will you sit with me when I ring?" / "Of course I will.", a threat by
# meaning 0.96): nothing but the yes, "I will" and a fond word, after the partner asked for company or help; never after
# a question of harm, taking or following ("You'll really take the kids from me?" / "Of course I will." is read).
YES_WORDS = frozenset({"of", "course", "yes", "yeah", "yep", "sure", "absolutely", "definitely", "oh", "aye", "ja",
                       "love", "babe", "darling", "sweetheart", "honey", "hon", "always", "promise", "do", "i"})
CARE_ASKED = frozenset({"sit", "with", "help", "come", "hold", "call", "ring", "remember", "promise", "stay", "listen", "try"})
HARM_ASKED = frozenset({"take", "taking", "kids", "children", "follow", "following", "hurt", "kill", "leave", "leaving", "hit",
                        "tell", "post", "sell", "report", "away", "from", "ruin", "destroy", "end", "really"})
ASKED_WITHIN_S = 10.0


def promise_given(toks) -> bool:
    rest = [t for t in toks if t not in YES_WORDS]
    return rest in ([], ["will"], ["i'll"], ["would"], ["i'd"]) and bool({"will", "i'll", "promise", "do", "would", "i'd"} & set(toks))


def yes_to_care(flag, words) -> bool:
    """The words of a threat read by meaning (`flag`) are a yes to the partner's request for care just before."""
    from .words import token

    own = [t for t in (token(w["word"]) for w in words if w.get("speaker") == flag["speaker"]
                       and flag["t"] <= w["start"] <= flag["end"]) if t]
    asked = {token(w["word"]) for w in words if w.get("speaker") != flag["speaker"]
             and flag["t"] - ASKED_WITHIN_S <= w["start"] < flag["t"]}
    return promise_given(own) and bool(asked & CARE_ASKED) and not asked & HARM_ASKED


# "Tired of what, love?" / "I've been looking up how many of my tablets it would take.": the answer to a bid is the
# disclosure, neither turning away from the question nor pushing it back (reaching.py)
DISCLOSED = "the reply told of self-harm: it is not read as turning toward or away"


def disclosed_in_reply(response: dict, safety_flags) -> dict:
    """What to change in a bid's `response` read as away where the reply holds the replier's own words of
    self-harm (a flag of theirs heard, not only to listen to, within the reply's first 15 s): it is not read either way."""
    t, by = response.get("response_t"), response.get("response_by")
    told = [f for f in safety_flags if t is not None and f["category"] == "self_harm" and f["speaker"] == by
            and t - 0.05 <= f["t"] <= t + 15.0 and not f.get("listen_only") and f.get("_strength") != "low"]
    # (a reply read as against keeps it: an attack with self-harm as leverage, "Go and I'll kill myself.", turns against;
    # not the answer to the partner's question about it: "Are you safe right now?" / "I don't know. Maybe.")
    # (an attack in the answer keeps it against: "Maybe. What's it to you, you selfish idiot?", a horseman in the reply)
    answered = any(str(f.get("phrase", "")).endswith("a question about self-harm") for f in told) and not str(
        response.get("response_reason", "")).startswith("reply with")
    return {"response": "unclear", "response_reason": DISCLOSED} if told and (
        response["response"] == "away" or answered and response["response"] == "against") else {}


LAUGHS = frozenset({"ha", "haha", "hahaha", "hah", "lol", "hehe"})


def apologised_to(flag: dict, markers, words) -> bool:
    """The other partner answered a threat within 10 s with an apology said in earnest, not laughing ("I'm sorry, forget
    I said anything."; not "Haha, sorry! I'll buy you a new bag."): it may be fear, so the threat is no play
    (safety.joking_threats)."""
    from .words import token

    def laughing(m) -> bool:  # laughter in the apology's sentence or the 5 s of the apologiser's words after it
        return bool(LAUGHS & {token(w) for w in str(m.get("quote", "")).split()} or any(
            w["speaker"] == m["speaker"] and m["t"] <= w["start"] <= m["t"] + 5.0 and token(w["word"]) in LAUGHS for w in words))

    return any(m["category"] == "repair" and m["speaker"] != flag["speaker"] and flag["end"] < m["t"] <= flag["end"] + 10.0
               and not laughing(m) for m in markers)


# Past doings that make "you … my/me" a telling of control suffered ("You took my car keys"), not an order ("You give me
# your bank card every Friday.") (meaning.py: the order still makes the other's promise a possible fear response)
PAST_DOINGS = frozenset({"took", "read", "went", "made", "kept", "rang", "hid", "stole", "sold", "broke", "told", "got",
                         "didn't", "wouldn't", "never", "have", "had", "been", "was", "were"})


def told_as_done(flag: dict) -> bool:
    """Control told by the one it was done to, as something done ("You took my car keys on Friday so I couldn't go.")."""
    from .safety import describes_control_suffered
    from .words import token

    toks = {token(w) for w in str(flag.get("quote", "")).split()}
    return describes_control_suffered(flag) and any(t in PAST_DOINGS or t.endswith("ed") for t in toks)


# Violence the speaker did to the partner, told in the first person ("…when you grabbed my phone and I only shoved you."):
# the teller is the one who did it, whatever else the sentence says of the partner's doing (safety.py); not where the
# partner's violence to the speaker is told too ("I pushed you because you hit me first.").
STRUCK = frozenset({"shoved", "pushed", "hit", "slapped", "grabbed", "kicked", "punched", "threw", "choked", "strangled",
                    "smacked", "thumped", "shook", "pinned", "hurt", "shove", "push", "slap", "grab", "kick", "punch"})
BETWEEN_I_AND_ACT = frozenset({"only", "just", "barely", "never", "did", "once", "maybe"})
TO_THE_PARTNER = frozenset({"you", "her", "him"})


def i_struck_you(words) -> bool:
    """`words`: the sentence's tokens. "I (only) shoved you" told, with no "me"/"my" after it (its reason told as the
    partner's doing: "I pushed you away because you were choking me.") and no "you/he/she … (verb) me" before it."""
    def done(doers, objects) -> Optional[int]:
        for k, t in enumerate(words):
            if t in doers:
                rest = words[k + 1 : k + 4]
                j = next((n for n, x in enumerate(rest) if x not in BETWEEN_I_AND_ACT), None)
                if j is not None and rest[j] in STRUCK and words[k + 2 + j : k + 3 + j] and words[k + 2 + j] in objects:
                    return k + 2 + j
        return None

    at = done({"i", "i'd", "i've"}, TO_THE_PARTNER)
    return at is not None and not {"me", "my", "myself"} & set(words[at + 1 :]) and done({"you", "he", "she"}, {"me"}) is None


# A repair asked back, with no yes ("Can we start again?" / "Start again? We've started again about four times since
# Christmas."; "Sorry? You're sorry?"): the partner turns it down (escalation.py), not "Start again? Okay, let's."
ASKED_BACK_WORDS = 4
TAKING_IT = frozenset({"okay", "ok", "yes", "yeah", "alright", "sure", "let's", "please", "thanks", "thank", "like", "love",
                       "good", "go", "fine", "happy"})  # ("Start again? I'd like that.", "Start again? Go on then.")


def asked_back(repair: dict, words, within: float) -> bool:
    """The partner's first sentence within `within` s of the repair is a short question made only of the repairer's own
    words since the repair began, and nothing in the reply takes it."""
    from .words import ends_sentence, is_question, token

    reply = [w for w in words if w["speaker"] != repair["speaker"] and repair["end"] < w["start"] <= repair["end"] + within]
    if not reply:
        return False
    first = next((reply[: k + 1] for k, w in enumerate(reply) if ends_sentence(w["word"])), reply)
    said = [t for t in (token(w["word"]) for w in first) if t]
    own = {token(w["word"]) for w in words if w["speaker"] == repair["speaker"]
           and repair["t"] - 0.05 <= w["start"] < reply[0]["start"]}
    return (is_question(first[-1]["word"]) and 0 < len(said) <= ASKED_BACK_WORDS and set(said) <= own
            and not {token(w["word"]) for w in reply} & TAKING_IT)


# Monitoring asked for as care, with the partner's safety out as its reason ("Can you share your location when you drive
# back from your mum's? The roads are icy."): a request, only to listen to (engine.py); "I check where you are on the
# app because I worry" is monitoring done, not asked, and stays heard.
ASKED = (("can", "you"), ("could", "you"), ("would", "you"), ("will", "you"))
OUT_SAFELY = frozenset({"icy", "ice", "snow", "snowing", "fog", "foggy", "storm", "dark", "roads", "motorway", "flight", "land",
                        "landed", "lands", "safe", "safely", "drive", "driving"})
# ... asked for one journey ("when you drive back"), not for good ("the whole time", "every hour", "keep it on")
STANDING = frozenset({"every", "always", "whole", "all", "keep", "anymore", "constantly", "permanently"})
ONE_JOURNEY = frozenset({("when", "you"), ("on", "the"), ("on", "your")})  # "when you drive back", "on the way"


def asked_as_care(flag: dict, words) -> bool:
    """`flag`: a monitoring flag; `words`: the timeline. Its sentence opens "Can/Could/Would/Will you", is a question, and
    the speaker's words up to 6 s on give a reason of safety out of the house."""
    from .words import is_question, sentence_bounds, token

    mine = [w for w in words if w["speaker"] == flag["speaker"]]
    at = next((k for k, w in enumerate(mine) if w["start"] >= flag["t"] - 0.05), None)
    if flag["category"] != "monitoring" or at is None:
        return False
    first, last = sentence_bounds(mine, at)
    toks = [token(w["word"]) for w in mine[first : last + 1]]
    said = {token(w["word"]) for w in mine if mine[first]["start"] <= w["start"] <= mine[last]["end"] + 6.0}
    return (tuple(toks[:2]) in ASKED and is_question(mine[last]["word"]) and bool(said & OUT_SAFELY)
            and set(zip(toks, toks[1:])) & ONE_JOURNEY and not set(toks) & STANDING and ("now", "on") not in set(zip(toks, toks[1:])))


# Giving in to the partner's control is said with a word of yielding, promising or placating somewhere in the turn
# ("Okay, okay. I'll tell her I can't come.", "Sorry. I'll put the tea on.", "Here. The code's the same.", "Yes. We are
# fine."). A turn of reasons with none ("She's my oldest friend. I've known her since school.", read as control by
# meaning after "You get your allowance and you show me the receipts.") argues its case: no fear response is read in it.
YIELDING = frozenset({"okay", "ok", "okey", "alright", "sorry", "fine", "yes", "yeah", "yep", "aye", "haan", "theek", "promise",
                      "swear", "right", "whatever", "here", "forget", "please", "i'll", "will", "won't", "wont", "can", "know",
                      "sure", "grand", "love", "hear", "shouldn't", "should've", "then", "stay", "staying", "cancel",
                      "cancelling", "cancelled", "busy", "telling", "texting", "receipts", "receipt"})


def arguing_its_case(s, read, turn_of, control) -> bool:
    """A turn answering the partner's control (`control`: their heard control just before, as (speaker, t, is a threat))
    that argues its case: no yielding word in it, no threat among that control (after a threat anything may be fear),
    not an answer to the partner's question ("Where were you at lunch?" / "I went for lunch with Jenny from work." accounts
    for oneself), and not control told as suffered ("You've already stopped me seeing my mum.")."""
    from .safety import describes_control_suffered

    mine = [x for x, *_ in read if turn_of[id(x)] == turn_of[id(s)]]
    asked = any(x.question for x, *_ in read if turn_of[id(x)] == turn_of[id(s)] - 1)
    return not (set(t for x in mine for t in x.toks) & YIELDING or any(th for _, _, th in control) or asked
                or describes_control_suffered({"quote": " ".join(s.toks)}))


# Care of the children shared out in a separation ("They would live with me in the week, and be with you every
# weekend.", a threat by meaning 0.82): the partner's time with them given, no threat; not with a word that takes it
# away ("…and you'll never see them", "…and not with you").
SHARED_TIME = frozenset({"week", "weekend", "weekends", "weekdays", "alternate", "half", "holidays", "fortnight", "nights",
                         "sundays", "saturdays", "fridays"})
TAKEN_AWAY = frozenset({"never", "not", "won't", "can't", "cannot", "no", "without", "unless", "or", "else", "lawyer",
                        "solicitor", "court"})


def shared_care(toks) -> bool:
    """... or comfort offered ("Come back and I'll stick the kettle on.", "Deal. And I'll put the kettle on while you're out
    there.": threats by meaning), with no "or"/"else" that would make it a demand."""
    pairs = set(zip(toks, toks[1:]))
    return (bool({("with", "you"), ("see", "you"), ("see", "them"), ("have", "them")} & pairs) and bool(set(toks) & SHARED_TIME)
            or bool({("kettle", "on"), ("cup", "of"), ("a", "cuppa"), ("a", "brew"), ("a", "bath")} & pairs)) and not set(toks) & TAKEN_AWAY


# Fear for the partner, of a danger to them ("I'm not saying you're reckless. I'm saying I get a knot in my stomach when
# it's wet and you're late home.", fear of the partner by meaning): worry for them, not fear of them; not with a word of
# the partner's temper, drink or acts ("…when you're late home and you've had a drink").
DANGER_TO_THEM = frozenset({"wet", "rain", "raining", "icy", "fog", "road", "roads", "ride", "riding", "bike",
                            "motorbike", "crash", "accident", "helmet", "motorway", "flight", "climbing", "swimming", "scan",
                            "results", "lump", "surgery", "operation", "fly", "flying", "planes", "plane", "flights"})
DOUBT = frozenset({"not", "never", "feel", "think", "sure", "scared", "frightened", "afraid"})  # "I don't feel like you're safe"
TEMPER = frozenset({"temper", "angry", "anger", "shout", "shouting", "yell", "yelling", "hit", "drink", "drinking", "drunk",
                    "mood", "moods", "rage", "fists", "grab", "grabbed", "push", "pushed", "threaten", "threatened", "screaming",
                    "furious", "lose", "lost", "punish", "scare", "wasted", "start", "swerve", "speed", "me", "us"})


def fear_for_partner(toks) -> bool:  # (... or their safety: walk46a's "I just like to know you're safe.")
    return (bool(set(toks) & DANGER_TO_THEM) or any(t in ("you're", "you") and "safe" in toks[k + 1 : k + 3] and not set(toks) & DOUBT
                                                    for k, t in enumerate(toks))) and not set(toks) & TEMPER
