"""The words of a reply that show it takes a bid up: a short question pointing back at it, words shared
with it, a plain yes (reaching.py reads the reply with these)."""

from __future__ import annotations

from typing import Optional, Sequence

from .needs_category import VULNERABLE
from .words import is_question, sentence_bounds, token

# A short question pointing back at a bid takes it up ("Which one is it?", "At hers?", "Did he eat it?").
ASKED_BACK_WORDS = 6
# ... as does a short wh-question after the partner's telling ("Okay. What did you find?": follow_up)
FOLLOW_UP_WORDS = 4
# A question opening with these that points back at the bid asks about it ("Yeah? Which ward is it on?", "Was she
# alright?"): taken up, however the replies examples read it (they read "Yeah? Did you…" and "Yeah? Which…" alike).
ASKING_AFTER = frozenset({"which", "what", "where", "when", "who", "how"})
# ... or with these and one of ASKED_OF right after ("Is he still there?", "Was she alright?"; not "Is that the time?")
ASKING_AFTER_IS = frozenset({"is", "was", "were", "are"})
ASKED_OF = frozenset({"he", "she", "it", "they"})
BACK = frozenset({"it", "that", "this", "one", "he", "she", "they", "him", "her", "hers", "his", "them", "there", "then"})
# The nods that answer a question ("Can we get Thai?" / "Yes. Green curry.")
ANSWERING_NODS = frozenset({"yeah", "yes", "yep", "yup", "ok", "okay", "aye", "ja", "sure"})
EXISTENTIAL = frozenset({"is", "are", "was", "were", "any", "anything"})
STOPWORDS = frozenset(
    """i me my you your we us our it its a an the and or but so to of in on at for with is are was were
    be been do does did not no yes that this these those just really very too also have has had can
    could will would should about what when how why if then than there here am i'm you're it's
    put get got go going know think see want like said say one now all out up""".split()
)


def asks_after(toks: Sequence[str]) -> bool:
    """A short question about the bid itself (ASKED_BACK_WORDS words at most): it opens with ASKING_AFTER (after a word
    at most: "So which ward…") and points back at it ("Which ward is it on?", "Was she alright?"), not "Did you ring
    the garage?" nor "What about the council tax, did you pay it?"."""
    opens = any(t in ASKING_AFTER or t in ASKING_AFTER_IS and toks[k + 1 : k + 2] and toks[k + 1] in ASKED_OF
                for k, t in enumerate(toks[:2]))
    return 0 < len(toks) <= ASKED_BACK_WORDS and opens and (bool(back(toks)) or follow_up(toks))


# "Okay. I'm listening.", "Go on.": the partner asked to go on, said as a whole sentence (a nod or a name before it)
LISTENING = (("i'm", "listening"), ("i", "am", "listening"), ("i'm", "here"), ("i", "hear", "you"), ("go", "on"),
             ("tell", "me"), ("tell", "me", "more"), ("i'm", "all", "ears"), ("go", "ahead"),
             # "Yeah? What happened?", "What is it?": asked to tell it
             ("what", "happened"), ("what", "is", "it"), ("what's", "up"), ("what's", "wrong"), ("what's", "the", "matter"))


def listening(toks: Sequence[str]) -> bool:
    rest = list(toks)
    while rest and rest[0] in YES_FIRST | {"okay", "ok", "right", "sure", "love", "babe"}:
        rest = rest[1:]
    return tuple(rest) in LISTENING


# "I can't wait." / "Me neither.": the partner's feeling shared, or their proposal agreed ("…after dinner?" / "Deal."),
# said as the reply's first sentence
SHARING = (("me", "too"), ("me", "neither"), ("me", "either"), ("same", "here"), ("so", "do", "i"), ("nor", "me"),
           ("neither", "can", "i"), ("neither", "do", "i"), ("so", "am", "i"), ("me", "as", "well"), ("deal",), ("agreed",),
           ("you're", "on"))


# "Okay. Okay. Take a breath." to "Stop… my heart's going, I can't think.": comfort offered
COMFORTING = (("take", "a", "breath"), ("take", "a", "deep", "breath"), ("breathe",), ("take", "your", "time"),
              ("come", "here"), ("c'mere",), ("it's", "okay"), ("it's", "alright"), ("no", "rush"))


def engaged_reply(reply_words: Sequence[dict]) -> bool:
    """The reply's first sentence past any bare nods ("Okay. Okay. Take a breath.") asks the partner to go on
    (LISTENING), shares their feeling or agrees (SHARING), or offers comfort (COMFORTING)."""
    k = 0
    while k < len(reply_words):
        end = sentence_bounds(reply_words, k)[1] + 1
        toks = [t for t in (token(w["word"]) for w in reply_words[k:end]) if t]
        if toks and set(toks) <= ANSWERING_NODS and end < len(reply_words):
            k = end
            continue
        while toks and toks[0] in YES_FIRST | {"oh", "aw", "ah", "ha"}:
            toks = toks[1:]
        return listening(toks) or tuple(toks) in SHARING or tuple(toks) in COMFORTING
    return False


# A longer wh-question is still a follow-up when it asks after the partner's feeling or need ("What part is the hardest
# for you?", "What would help you most right now?"; not "Where did you put the car keys?")
CARING_ASKS = frozenset({"hardest", "hard", "worst", "feel", "feeling", "felt", "need", "help", "scared", "worried", "upset",
                         "hurts", "hurt"})
COLD_ASKS = frozenset({"losing", "lose", "without", "more", "blood", "now"})


def follow_up(toks: Sequence[str]) -> bool:
    """A short wh-question about the partner's own telling ("What did you find?", "How did you know?"; not "Where did we
    park?"), or one asking after their feeling or need (CARING_ASKS)."""
    if tuple(toks[:2]) in (("can", "i"), ("let", "me"), ("may", "i")) and ({"heard", "understood"} & set(toks) or ("say", "back") in set(zip(toks, toks[1:]))):
        return True  # "Can I say back what I heard first?": an offer to say the partner back
    if not toks or toks[0] not in ASKING_AFTER or not set(toks) & {"you", "your"}:
        return False
    # (not a jibe: "How do you feel about losing the kids?", "What more do you need from me, my blood?")
    return len(toks) <= FOLLOW_UP_WORDS or len(toks) <= 9 and bool(set(toks) & CARING_ASKS) and not set(toks) & COLD_ASKS


def plain_yes(quote) -> bool:
    """A reply that is only a yes ("Okay.", "Sure.", "Of course."), not a grudging "Fine." nor a "Yes, but…"."""
    toks = [t for t in (token(w) for w in str(quote or "").split()) if t]
    return bool(toks) and set(toks) <= ANSWERING_NODS | {"alright", "all", "right", "of", "course"}


# A break agreed to in the words of its asking: the time given back ("Okay. 20 minutes.", "Okay. Twenty minutes. I'll be
# here.") or leave to go ("Take your time.", "I'll be here when you're ready."), with nothing else in it.
BREAK_TIME = frozenset("""minute minutes mins min hour hours half an a few couple of the five ten fifteen twenty thirty
    forty sixty two three then""".split())
BREAK_LEAVE = (("take", "your", "time"), ("i'll", "be", "right", "here"), ("i'll", "be", "here"), ("i'll", "wait"),
               ("i'll", "be", "waiting"), ("no", "rush"), ("when", "you're", "ready"), ("whenever", "you're", "ready"),
               ("see", "you", "in"), ("see", "you", "then"), ("that's", "fine"), ("that's", "okay"), ("good", "idea"))


def agrees_to_break(quote) -> bool:
    """A reply to a break asked for that grants it: a yes, the time said back, leave to go, and nothing else
    (walk49a b_affair: "I need a break. 20 minutes." / "Okay. 20 minutes. I'll be here." read as not taken up); not a
    question ("Twenty minutes? Again?") nor a yes with more in it ("Okay. But we finish this tonight.")."""
    if plain_yes(quote):
        return True
    text = str(quote or "")
    toks = [t for t in (token(w) for w in text.split()) if t]
    if not toks or "?" in text:
        return False
    rest, k, granted = [], 0, False
    while k < len(toks):
        phrase = next((p for p in BREAK_LEAVE if tuple(toks[k : k + len(p)]) == p), None)
        if phrase is not None:
            granted, k = True, k + len(phrase)
            continue
        rest.append(toks[k])
        k += 1
    granted = granted or bool(set(rest) & ANSWERING_NODS)
    return granted and all(t in ANSWERING_NODS or t in BREAK_TIME or t.isdigit() or t in {"alright", "sure", "go", "on"}
                           for t in rest)


def back(toks: Sequence[str]) -> set:
    """The words pointing back at the bid ("it", "that", "she", "there"…), not an existential "is there", nor in a
    question that puts the bid off ("Can it wait?", "Can this wait till tomorrow?")."""
    if asks_to_wait(toks):
        return set()
    return {t for k, t in enumerate(toks) if t in BACK and not (t == "there" and k and toks[k - 1] in EXISTENTIAL)}


def asks_to_wait(toks: Sequence[str]) -> bool:
    """A question that puts the bid off ("Can it wait?", "Babe, can this wait till the weekend?")."""
    return any(toks[k : k + 2] in (["can", "it"], ["can", "this"], ["can", "that"], ["could", "it"], ["could", "this"])
               and "wait" in toks[k + 2 : k + 4] for k in range(min(len(toks), 3)))


def shared_content(a: Sequence[dict], b: Sequence[dict]) -> bool:
    def content(ws):
        return {stem(t) for t in (token(w["word"]) for w in ws) if t and t not in STOPWORDS and len(t) > 2}

    return bool(content(a) & content(b))


def stem(t: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if t.endswith(suffix) and len(t) - len(suffix) >= 3:
            return t[: -len(suffix)]
    return t


# A plan offered for both of them ("We can figure out the money.", "Let's look at it tonight.")
JOINT_OPENINGS = (("we", "can"), ("we", "could"), ("we", "will"), ("we'll",), ("let's",), ("lets",), ("we", "should"))
NOT_WORDS = frozenset({"not", "no", "never", "can't", "cannot", "won't", "don't", "nothing"})


# ... or a proposal ("What if phones go on the kitchen charger at ten thirty on school nights?", "How about Sundays?"),
# not one put to the partner alone ("How about you do it for once?")
PROPOSING = (("what", "if"), ("how", "about"))
LEADING = frozenset({"then", "so", "okay", "ok", "right", "well", "alright"})


def joint_plan(toks: Sequence[str]) -> bool:
    """A reply opening with a plan for both of them and no negation takes the bid up, whatever the replies examples
    lean to ("We can figure out the money." read as against, 0.84)."""
    toks = toks[1:] if toks[:1] and toks[0] in LEADING else toks  # "Then let's get the agency in two mornings a week."
    proposed = any(tuple(toks[:2]) == o for o in PROPOSING) and toks[2:3] not in (["you"], ["you're"], ["your"])
    return (proposed or any(tuple(toks[: len(o)]) == o for o in JOINT_OPENINGS)) and not set(toks) & NOT_WORDS



# A time that names no time, or doubt about it: "Maybe tomorrow.", "Tomorrow I'm busy too." accept nothing.
VAGUE = frozenset({"maybe", "perhaps", "probably", "might", "sometime", "someday", "eventually", "busy", "whatever",
                   "dunno", "see"})
YES_FIRST = ANSWERING_NODS | {"definitely", "absolutely", "alright", "course", "of", "um", "uh", "but", "then"}
# "Not tonight." / "Can't now." before another time offered
NOT_NOW = frozenset({"not", "can't", "cannot", "no"})
ALONE_WORDS = 6  # "Tomorrow for sure." names a time and little more
# The nods before a reply that looks into a request ("Maybe. Let me check…", "Hmm, I'll see.")
HEDGED_NODS = YES_FIRST | {"maybe", "possibly", "hmm", "hm", "mm", "well", "oh"}


def accepts_later(sentences: Sequence[Sequence[str]], lex) -> Optional[str]:
    """A reply to a request that takes it up for a named later time (later_times.txt), or None: a yes with a time
    ("Sure, after dinner.", "Okay. Tomorrow."), a time alone ("Tomorrow for sure."), or not now and another time ("Not
    tonight. Tomorrow, I promise."). The time is what the reply says, first: "Yeah. Oh hey, I need the car on Saturday."
    names a time for something else. Not a vague "Later." nor "Maybe tomorrow.", nor a "Not tonight." alone."""
    first, second = (list(sentences[0]) if sentences else []), (list(sentences[1]) if len(sentences) > 1 else [])
    if not first or VAGUE & set(first + second):
        return None

    def time_first(ts, skip=frozenset(YES_FIRST)):
        """The sentence, past its nods, opens with a named time and is short."""
        k = 0
        while k < len(ts) and ts[k] in skip:
            k += 1
        rest = ts[k:]
        return (0 < len(rest) <= ALONE_WORDS and not NOT_NOW & set(rest)
                and any(a == 0 for a, _b, _p in lex.find(rest, {0}, set(range(len(rest))), "later_times")))

    if first[0] in YES_FIRST and not NOT_NOW & set(first):
        if time_first(first) or (set(first) <= YES_FIRST and second and time_first(second)):
            return "a yes, for a named later time"
        return None
    if time_first(first):
        return "another time offered"
    if first[0] in NOT_NOW and len(first) <= 3 + ALONE_WORDS:
        # "Not tonight, tomorrow for sure." / "Not tonight. Tomorrow?" / "Can't now, but after dinner."
        past = first[2:] if len(first) > 1 else []
        if (past and time_first(past)) or (len(first) <= 3 and second and time_first(second)):
            return "not now, and another time offered"
    return None


def looks_into(sentences: Sequence[Sequence[str]], lex) -> Optional[str]:
    """A reply to a request that says it will be looked into (looking_into.txt), or None: "Maybe. Let me check my
    shifts.", "I'll see if I can get off early." The words open the first sentence past its nods, or the second after a
    first of nods alone; not after a refusal ("No. I'll ask your mum.") nor anything said first ("Ugh, I'll try.")."""
    return "said they would look into it" if _opens_with(sentences, lex, "looking_into", HEDGED_NODS) else None


def takes_on(sentences: Sequence[Sequence[str]], lex) -> Optional[str]:
    """A reply to a request that says it will be done (doing_it.txt), or None: "Okay. I'll ring the helpline tomorrow
    morning.", "I'll book the GP." Opened as looks_into opens, past plain nods only ("Maybe. I'll call…" promises
    nothing), and never a promise to the partner ("I'll ring you later." puts the talk off)."""
    return "said they would do it" if _opens_with(sentences, lex, "doing_it", YES_FIRST, not_before={"you", "ya"}) else None


def answers_request(sentences: Sequence[Sequence[str]], lex, bid_toks: Sequence[str] = ()) -> Optional[str]:
    """How a reply takes a request up, if it does: a yes to one that asks something be done (`bid_toks`: "Yeah. Okay."
    to "Can we ring your doctor tomorrow, together?"; not "Okay." alone, which may be giving up, nor "Aye." to "See
    that wee robin on the fence?"), for a later time, looked into, or promised (None: it does not)."""
    nods = [t for ts in sentences[:2] for t in ts]
    asks_done = tuple(bid_toks[:2]) in ASKS_DONE or any(list(bid_toks[k : k + 3]) in (["want", "you", "to"], ["need", "you", "to"])
                                                        for k in range(len(bid_toks)))
    if asks_done and nods and set(nods) <= ANSWERING_NODS and set(nods) - {"ok", "okay"}:
        return "a yes to what was asked"
    return accepts_later(sentences, lex) or looks_into(sentences, lex) or takes_on(sentences, lex)


# A bid that asks for something to be done: "Can we…", "Will you…", "Could you…", "Shall we…"
ASKS_DONE = {(a, b) for a in ("can", "could", "will", "would", "shall") for b in ("we", "you")}


def _opens_with(sentences, lex, category: str, nods, not_before=frozenset()) -> bool:
    first, second = (list(sentences[0]) if sentences else []), (list(sentences[1]) if len(sentences) > 1 else [])

    def opens(ts):
        k = 0
        while k < len(ts) and ts[k] in nods:
            k += 1
        rest = ts[k:]
        return bool(rest) and not NOT_NOW & set(ts[:k]) and any(
            a == 0 and rest[b + 1 : b + 2] not in ([x] for x in not_before)
            for a, b, _p in lex.find(rest, {0}, set(range(len(rest))), category))

    return opens(first) or bool(first and set(first) <= nods and second and opens(second))


def reflects_back(toks: Sequence[str], lex) -> bool:
    """A sentence that says back what the partner said ("What I'm hearing is that you're worried about Sam…",
    reflecting.txt): its words are the partner's, not the speaker's own feeling, need, complaint or fear."""
    return bool(toks) and bool(lex.find(toks, {0}, set(range(len(toks))), "reflecting"))


# After "that sounds…", "that must be…" (empathy.txt), the words that make it a feeling met, besides feelings.txt
HARD_THINGS = frozenset({"hard", "awful", "scary", "tough", "rough", "horrible", "exhausting", "frightening", "painful",
                         "upsetting", "lonely", "isolating", "terrible", "difficult", "heavy", "overwhelming", "sad"})
NEEDS_A_FEELING = frozenset({"sounds", "be", "been", "feel", "so", "really"})


def empathic(toks: Sequence[str], lex) -> bool:
    """'That sounds lonely.', 'I didn't know you felt that way.', 'No wonder you're tired.': the partner's feeling met
    (empathy.txt); "That sounds stupid." meets nothing."""
    for a, b, _phrase in lex.find(toks, {0}, set(range(len(toks))), "empathy") if toks else []:
        rest = list(toks[b + 1 :])
        if toks[b] not in NEEDS_A_FEELING or set(rest[:4]) & HARD_THINGS or lex.find(rest[:4], set(range(4)),
                                                                                      set(range(4)), "feelings"):
            return True
    return False


def second_toks_of(reply_words, first_sentence) -> list[str]:
    """The tokens of the reply's second sentence."""
    rest = reply_words[len(first_sentence):]
    return [t for t in (token(w["word"]) for w in rest[: sentence_bounds(rest, 0)[1] + 1])] if rest else []


def asked_for(entry, words) -> bool:
    """The bid asks something of the partner: a question in its turn, or a request ("Can we…", "Let's…", "Please…")."""
    toks = [token(w["word"]) for w in entry["sentence"]]
    return (any(is_question(words[i]["word"]) for i in entry["turn"].word_ids)
            or any(t in ("please", "let's", "lets", "can", "could", "would", "will") for t in toks[:3])
            or any(toks[k : k + 3] in (["want", "you", "to"], ["need", "you", "to"], ["like", "you", "to"], ["love", "you", "to"])
                   for k in range(min(len(toks), 5))))


def vague_marker(marker: dict) -> bool:
    """A horseman read by meaning alone and judged low ("Mm. Did the plumber ever call back?" as contempt): too unsure to
    keep a nod, then another subject, from reading as turning away."""
    return marker.get("source") == "meaning" and marker.get("confidence") == "low"


# A worry the partner voices, and the short "no" that reassures it ("I was worried it was too spicy." / "Never. I could
# eat that every day."; "…scared you'd be cross" / "No, not at all."): taking the bid up, not pushing it away.
WORRIES = frozenset({"worried", "worry", "worrying", "afraid", "scared", "nervous", "anxious", "concerned"})
DENYING_IT = frozenset({"never", "no", "nope", "nah", "not"})
DENIAL_WORDS = DENYING_IT | {"at", "all", "of", "course", "way", "god", "oh", "silly", "don't", "be", "babe", "love"}


# ... unless what follows turns it cold ("No. Stop going on about it.")
COLD = frozenset({"stop", "shut", "leave", "enough", "whatever", "drop", "sick", "tired", "nagging", "moaning", "going",
                  "again", "ridiculous", "overreacting", "dramatic", "lazy", "bothering", "effort", "excuses"})


def reassures(bid_toks: Sequence[str], toks: Sequence[str], second_toks: Sequence[str]) -> bool:
    # ... and the partner's hard word about themselves denied ("I feel like such a failure." / "You're not a failure.")
    denied = bool(VULNERABLE & set(bid_toks) & set(toks)) and bool(DENYING_IT & set(toks)) and not COLD & set(toks) and not (
        {("not", "trying"), ("never", "try")} & set(zip(toks + second_toks, (toks + second_toks)[1:])))  # "…You're just not trying."
    return (denied or bool(WORRIES & set(bid_toks)) and bool(toks) and toks[0] in DENYING_IT | {"oh", "of"}
            and bool(DENYING_IT & set(toks)) and set(toks) <= DENIAL_WORDS) and not COLD & set(second_toks)

