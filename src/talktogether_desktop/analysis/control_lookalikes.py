"""Sentences that only look like control (or harm) to the meaning reader (meaning.py): they name no rule given to anyone.

The safety examples teach the reader what money, phones and friends sound like in control; a plain sentence about the same
things reads like it ("It's the deposit on Dave's tinny." as financial control, 0.79). These shapes say the sentence gives
no one a rule: a thing described naming no one, the speaker asking leave or wishing for their own outing; the speaker's own
things with no "you" (and no rule decreed) is the one controlled speaking. Someone else getting in touch with the speaker
is news told, a promise asked of the partner is no threat, and feeling sick at a thought is no self-harm."""

from __future__ import annotations

from .complaints import left_out, stung
from .control_told import decreed, suffered
from .not_despair import not_despair
from .context import THIRD_PERSON
from .sentence_terms import FIRST_PERSON, SECOND_PERSON, THIRD_SINGULAR, YOU
from .told_apart import no_money, no_one_blamed, not_harm_in_words, offered_to_us, worry_about_a_thing

SELF = frozenset({"my", "mine", "myself"})
WE = frozenset({"we", "us", "our", "ours", "we're", "we'll", "we've", "wife", "husband"})
# How asking leave or wishing for one's own outing opens, and the outings (asking_for_oneself).
ASKING = (("can", "i"), ("could", "i"), ("am", "i", "allowed", "to"), ("i'd", "like", "to"), ("i'd", "love", "to"),
          ("i", "want", "to"), ("i", "wanna"))
# words that soften the asking ("And, um, can I still go to Sam's birthday on Friday?")
SOFTENERS = frozenset({"still", "just", "maybe", "please", "also", "even", "really", "um", "uh", "and", "so"})
OUTINGS = frozenset({"go", "see", "visit", "ask", "meet", "join", "pop", "head", "come", "stay", "spend"})
# How a sentence that describes a thing opens, and the words that make it a rule after all (thing_described).
DESCRIBING = (("it's",), ("its",), ("that's",), ("thats",), ("it", "is"), ("that", "is"), ("this", "is"), ("it", "was"),
              ("that", "was"))
RULE_WORDS = frozenset({"stays", "stay", "must", "anymore", "now", "until", "unless", "allowed", "only"})


def thing_described(s) -> bool:
    """'It's the deposit on Dave's tinny.', 'That's the gym membership.': a sentence that opens by saying what a thing is
    and names no person by pronoun (not the speaker, the partner, the two of them or a third person) nor a rule ("It
    stays in the drawer from now on", "That's the only card you get": RULE_WORDS)."""
    people = FIRST_PERSON | SELF | YOU | THIRD_PERSON | THIRD_SINGULAR | WE
    return (any(tuple(s.toks[: len(d)]) == d for d in DESCRIBING) and not people & set(s.toks)
            and not RULE_WORDS & set(s.toks))


def asking_for_oneself(s) -> bool:
    """'Can I go to Friday prayers with my cousins?', 'Can I ask why I wasn't invited?', 'I'd like to see my sister': the
    speaker asks leave for, or wishes for, their own outing, naming no "you": the one a rule would be given to, not the
    one giving it ("Can I have the bank card back. Right now." is no outing)."""
    toks = [t for t in s.toks if t not in SOFTENERS]
    return any(tuple(toks[k : k + len(f)]) == f and toks[k + len(f) : k + len(f) + 1] and toks[k + len(f)] in OUTINGS
               for f in ASKING for k in range(3)) and not YOU & set(toks)


def own_situation(s) -> bool:
    """'It's my salary, I need to feel safe with my own money': the speaker's own things with no "you" in the sentence is
    the one controlled speaking, never the controller giving a rule (unless decreed: "from now on the pay goes into my
    account"); the flag stays (control described is still control; safety.py reads the other as the one controlling)."""
    return bool(SELF & set(s.toks)) and not any(t in SECOND_PERSON for t in s.toks) and not decreed(s.toks) or suffered(s.toks)


# The two of them as the ones who did it, told in the past ("we have already spent far more than we planned"; not a
# routine set: "Tuesday is the day we write the shopping list"); "I've put a bit aside" (not "I've kept the cards").
DONE = frozenset({"have", "had", "spent", "went", "paid", "bought", "did", "got", "made", "took", "lost", "owed", "used", "put",
                  "saved", "set"})


def what_we_did(s) -> bool:
    """'I looked at the bank account this morning, and we have already spent far more than we planned.': what the couple
    did told, naming no "you" and no rule word, is their situation, not a rule one gives the other."""
    toks = s.toks
    told = any(t == "we've" or t == "we" and k + 1 < len(toks) and (toks[k + 1] in DONE or toks[k + 1].endswith("ed"))
               for k, t in enumerate(toks))
    return told and not set(toks) & (YOU | SECOND_PERSON) and not set(toks) & RULE_WORDS


# What makes a question about the partner's manner blaming after all ("Why do you make me do this?")
BLAME_WORDS = frozenset({"made", "make", "makes", "making", "fault", "because", "deserve", "deserved"})


def protest_of_manner(s) -> bool:
    """'Why are you talking to me like that?', 'Why would you say that to me?': the protest of someone just spoken to
    harshly, asked of the partner, is no blaming of them for one's own acts (coercive blaming: "you made me do it",
    "it's your fault I lost it")."""
    from .words import is_question

    return (bool(s.words) and is_question(s.words[-1]["word"]) and bool(set(s.toks[:2]) & {"why", "how"})
            and bool(set(s.toks) & YOU) and not set(s.toks) & BLAME_WORDS)



# How a complaint about the partner's manner opens ("You are way too strict with him.", "You're so hard on her.")
YOU_ARE = (("you", "are"), ("you're",), ("youre",), ("you've", "been"), ("you", "have", "been"), ("you're", "being"))
DEGREE = frozenset({"too", "so", "way", "really", "very", "being", "a", "bit", "far", "much", "always", "never"})
TOWARD = frozenset({"with", "on", "to", "about", "around"})
THIRD_OBJECT = frozenset({"him", "her", "them", "the", "kids", "children", "kid", "son", "daughter"})
LEADING = frozenset({"honestly", "but", "and", "well", "look", "seriously", "so", "i", "mean", "just", "frankly", "like"})
WH = frozenset({"where", "who", "what", "when", "whom", "how"})
THIRD_SUBJECT = frozenset({"he", "she", "they", "he's", "she's", "they're", "he'll", "she'll", "hes", "shes"})


def manner_with_another(s) -> bool:
    """'You are way too strict with him.', 'You're so soft on the kids.': the partner's manner toward someone else (a
    child, most often) complained of, no rule keeping the partner from anyone: no isolation (it may be criticism)."""
    toks = list(s.toks)
    while toks and toks[0] in LEADING:  # "Honestly, you are way too strict with him."
        toks = toks[1:]
    opens = next((len(o) for o in YOU_ARE if tuple(toks[: len(o)]) == o), 0)
    if not opens or opens >= len(toks) or toks[opens] not in DEGREE:
        return False
    return any(t in TOWARD and toks[k + 1 : k + 2] and toks[k + 1] in THIRD_OBJECT for k, t in enumerate(toks[opens:], opens))


def watching_another(s) -> bool:
    """'I just want to know where he is.', 'I need to know who she is going out with.': someone else's whereabouts
    asked after (a child's, most often), not the partner's: a reading as monitoring is only to listen to. Not "…where
    you are", nor "He wants to know where I am" (the one watched telling it)."""
    toks = s.toks
    return (any(t in WH and toks[k + 1 : k + 2] and toks[k + 1] in THIRD_SUBJECT for k, t in enumerate(toks))
            and not any(t in WH and toks[k + 1 : k + 2] and toks[k + 1] in YOU | FIRST_PERSON
                        for k, t in enumerate(toks)))


def safety_needed(toks) -> bool:
    """'I just need to feel safe with my own money', 'I want to feel secure': a need to feel safe, said as a need (an
    attachment need, or fear of what the partner does), is not the speaker's despair; not when negated, of oneself or
    safe from something ("I don't need to feel safe…", "I just need to feel safe from myself", "…from my own thoughts")."""
    k = next((k for k in range(len(toks)) if toks[k : k + 3] in (["to", "feel", "safe"], ["to", "feel", "secure"])), None)
    return k is not None and toks[k + 3 : k + 4] != ["from"] and not set(toks) & {"myself", "not", "don't", "can't", "never"}


# Someone else getting in touch with the speaker ("She sent me a message on Tuesday.", "He rang me at work."): news told
# (read by meaning as monitoring, 0.8), not the speaker watching anyone; not with a "you" ("He texted me where you were").
# Also in a later clause and as a habit ("Midnight on Fridays, and he texts me if he's running late.": a stepson's curfew).
KNOWN_HOW = (("how", "do", "you", "know"), ("how", "did", "you", "know"), ("how", "does", "she", "know"),
             ("how", "does", "he", "know"), ("how", "would", "you", "know"))
CONTACTED = frozenset({"sent", "texted", "messaged", "called", "rang", "phoned", "emailed", "wrote", "contacted", "dmed",
                       "dm'd", "whatsapped", "facetimed", "pinged", "sends", "texts", "messages", "calls", "rings",
                       "phones", "emails", "writes", "contacts"})


def contacted_by_another(s) -> bool:
    """Someone else got in touch with the speaker, or the speaker asks how the partner knows where they were ("How do you
    know where I parked?": the one watched, read by meaning as monitoring 0.96)."""
    toks = s.toks
    if any(tuple(toks[k : k + 4]) in KNOWN_HOW for k in range(len(toks))) and set(toks) & {"i", "i'm", "i've", "i'd", "me", "my"}:
        return True
    return not set(toks) & YOU and any(
        (t in THIRD_SINGULAR or t == "they") and (k == 0 or toks[k - 1] in LEAD_INS or k == s.clause_start(k))
        and toks[k + 1 : k + 2] and toks[k + 1] in CONTACTED and "me" in toks[k + 2 : k + 4] for k, t in enumerate(toks))


# A promise asked of the partner ("You promise you'll come back?", its "?" lost to the transcriber; "Promise me you'll
# ring when you land.", walk49b's "Say you'll back me."): a request read by meaning as a threat; rules hear a sting.
PROMISE_ASKED = (("you", "promise"), ("promise", "me"), ("promise", "you'll"), ("you'll", "promise"), ("say", "you'll"))


def asks_a_promise(s) -> bool:
    """A promise asked of the partner, or a loss the speaker fears (fears_a_loss): no threat (a promise given to a
    request for care: told_apart.yes_to_care, read with the request)."""
    return any(tuple(s.toks[k : k + 2]) in PROMISE_ASKED for k in range(min(2, len(s.toks)))) or fears_a_loss(s.toks)


# A loss the speaker (or the two of them) fears ("I'm going to lose my mum.", "We might lose the house."): grief or
# worry, read by meaning as a threat; not losing one's temper or mind ("I'm going to lose it with you"), nor a loss
# for the partner ("You're going to lose the kids").
LOSERS = frozenset({"i'm", "i'll", "i", "we're", "we'll", "we"})
NOT_LOST = frozenset({"it", "temper", "rag", "cool", "mind", "patience", "control", "head"})


def fears_a_loss(toks) -> bool:
    k = next((k for k, t in enumerate(toks) if t in ("lose", "losing")), None)
    return (k is not None and bool(LOSERS & set(toks[max(0, k - 4) : k])) and not set(toks) & (YOU | NOT_LOST)
            and not set(toks[:k]) & THIRD_SINGULAR)


# Feeling sick at a thought ("I still feel sick when I think about it.", "It makes me sick thinking about her."): the
# body's revulsion at something told, read by meaning as self-harm (0.6); not with a word of death or of hurting oneself.
SICK_AT = frozenset({"when", "about", "thinking", "whenever", "every", "at", "that", "to"})
SICK_NOT = frozenset({"die", "dead", "death", "kill", "end", "hurt", "myself", "gone", "anymore", "living", "alive"})


# Caught between others ("I just feel stuck in the middle.", "torn between you and my mum"): a bind, no self-harm.
CAUGHT = (("stuck", "in", "the", "middle"), ("caught", "in", "the", "middle"), ("torn", "between"), ("caught", "between"),
          ("piggy", "in", "the", "middle"))


# A load that keeps falling one way ("I just feel like it always lands on me."): a complaint of a pattern, read by meaning
# as self-harm (0.81); not with a word of death, of ending or of being a burden ("I'm always a burden").
PATTERN = frozenset({"always"})
DESPAIR = frozenset({"wake", "exist", "existing", "disappear", "point", "burden", "without", "forever", "sleep", "pills",
                     "bridge", "rope", "worthless", "hopeless", "nothing", "nobody", "everyone", "better", "off", "tired",
                     "being", "here", "hate", "life", "want", "wish"})


# Words of harm, death, ending or the means, beside DESPAIR: a self-harm reading by meaning with none of them ("I feel
# like a spare part.", 0.80; "You'd think I'd nothing else in my life but your pillows.") is only to listen to.
HARM_SAID = frozenset({"die", "dying", "died", "dead", "death", "kill", "killing", "suicide", "suicidal", "end", "ending",
                       "gone", "alive", "live", "living", "hurt", "hurting", "harm", "harming", "cut", "cutting", "myself",
                       "overdose", "jump", "edge", "cliff", "tablet", "tablets", "pill", "lot", "anymore", "stop", "stopping", "over",
                       "leave", "away", "done", "enough", "can't", "cannot", "insurance", "goodbye", "sorry", "shot", "rid"})


def harm_said(toks) -> bool:
    """A word of harm, death, ending, the means or despair in the sentence (HARM_SAID, DESPAIR); tiredness played down
    ("…it's not a bad idea, I'm just tired.") is none, tiredness of something ("just tired of everything") is."""
    toks = list(toks)
    said = set(toks) & (HARM_SAID | DESPAIR)
    if said == {"tired"} and len(toks) <= 12 and all(toks[k - 1 : k] in (["just"], ["only"], ["bit"])
                                                     and toks[k + 1 :] in ([], ["that's", "all"], ["honestly"], ["love"])
                                                     for k, t in enumerate(toks) if t == "tired"):
        return False  # (ending the sentence: "I'm just tired, I keep thinking about driving into a tree." is read)
    return bool(said)


# An answer to the partner's rule that explains or objects ("But it is my salary.", "It's just that the allowance already
# goes on food."): the one controlled, not control of their own.
EXPLAINING = (("it's", "just"), ("its", "just"), ("it's", "only"), ("that's", "just"), ("it", "just"), ("i", "only"))


# Joining words that open a sentence before who speaks or acts ("And I will call my mother about Saturday."); not a yes
# or an okay, which may be giving in ("Okay, I'll leave it, I'll come off the group chat tonight.", after a threat)
LEAD_INS = frozenset({"and", "so", "then", "also", "plus", "um", "uh"})


def first_word(toks) -> str:
    return next((t for t in toks if t not in LEAD_INS), "")


OWN_FAMILY = frozenset({"mum", "mom", "mother", "dad", "father", "sister", "brother"})


def aims_at(toks, aimed) -> bool:
    """Someone the partner cares for is named (`aimed`), not the speaker's own relative ("I'll call my mother about
    Saturday"; "I'll take the kids to my mother's" still names the kids)."""
    return any(t in aimed and not (t in OWN_FAMILY and k and toks[k - 1] == "my") for k, t in enumerate(toks))


# ... or refuses the rule outright ("She's my oldest friend. You can't tell me who I can see.", "Nobody is turning me
# against you."): a protest, not giving in
REFUSING = (("you", "can't", "tell", "me"), ("you", "cannot", "tell", "me"), ("you", "can't", "stop", "me"),
            ("you", "don't", "get", "to"), ("nobody", "is", "turning"), ("no", "one", "is", "turning"), ("you", "can't", "make", "me"))


def protesting(toks) -> bool:
    return "but" in toks or tuple(toks[:2]) in EXPLAINING or any(tuple(toks[k : k + len(p)]) == p for p in REFUSING
                                                                  for k in range(len(toks)))


# What shared money was for ("That money was for the house deposit, and you know it.", money control by meaning 0.9):
# the grievance of one who was not asked, unless a rule is given with it.
MEANT_FOR = frozenset({("was", "for"), ("were", "for"), ("meant", "for"), ("saving", "for"), ("saved", "for"),
                       ("put", "aside"), ("set", "aside")})


# Others asked to do something, by the speaker ("Next Sunday I'll tell them to slow down, one at a time, and I'll sit on
# your good side.", a threat by meaning 0.87): often help; a threat only with more ("I'll tell the kids to pack").
# Telling others what happened ("I'll tell them what you did") asks nothing of them.
TELLING = frozenset({"tell", "ask"})
OTHERS = THIRD_OBJECT | frozenset({"everyone", "everybody", "people", "family", "kids", "them", "him", "her"})


def asks_others(toks) -> bool:
    return any(t in TELLING and "to" in toks[k + 2 : k + 4] and set(toks[k + 1 : k + 3]) & OTHERS
               and not set(toks[k + 1 : k + 4]) & YOU for k, t in enumerate(toks))


def own_payment(toks) -> bool:
    """'I have paid the deposit at Living Faith Academy.': the speaker's own act with money, told, with no rule for the
    partner and no "you" (a decision taken alone, to listen to; not "I've moved your wages into my account"), after an
    opening word ("Right, I've got…"); "…it would only be about one forty" is an amount ("…in my name only" a rule)."""
    toks = toks[1:] if toks[:1] and toks[0] in ("right", "okay", "ok", "well", "now") else toks
    amount = all(toks[k + 1 : k + 2] in (["be"], ["cost"], ["about"]) for k, t in enumerate(toks) if t == "only")
    return first_word(toks) in ("i", "i've") and bool(set(toks[1:3]) & DONE) and not set(toks) & YOU and not (
        set(toks) & RULE_WORDS - ({"only"} if amount else set()))


def only_to_listen(category: str, toks) -> bool:
    """A reading by meaning too unsure to be heard: self-harm with no word of harm or despair (harm_said) or of the speaker, money
    control in a sentence that says what the money was for, tells the speaker's own payment with no rule word or has no
    word of money (told_apart.no_money), blame with no partner blamed, or a threat that asks others to do something."""
    if category == "self_harm":  # ... or one with no word of the speaker ("…every time we stop, it just disappears.")
        return not harm_said(toks) or not set(toks) & (FIRST_PERSON | SELF | DESPAIR) and not harm_said_strictly(toks)
    if category == "threat":
        return asks_others(toks)
    return category == "financial_control" and (bool(set(zip(toks, toks[1:])) & MEANT_FOR) and not set(toks) & RULE_WORDS
                                                or own_payment(toks) or no_money(toks) or offered_to_us(toks)) or category == "blaming" and no_one_blamed(toks)


# Caring for someone ill or dying ("I was at the hospice again until ten last night.", self-harm by meaning 0.87): their
# illness, not the speaker's harm; not with a word of death, ending or despair of the speaker's own.
ILLNESS = frozenset({"hospice", "hospital", "ward", "icu", "chemo", "chemotherapy", "funeral", "surgery", "clinic", "nurse",
                     "nurses", "doctor", "doctors", "scan", "diagnosis", "treatment", "cancer", "dementia", "morphine"})


# Sleep lost, counted ("…a baby alive on three hours of sleep!", self-harm by meaning 0.94; "one long stretch of sleep"):
# exhaustion, not with a word of death, ending or harm ("sleep and not wake up", "sleep forever").
SLEEP = frozenset({"sleep", "slept", "nap", "kip"})
SLEEP_COUNTED = frozenset({"help", "hours", "hour", "hours'", "no", "any", "enough", "stretch", "wink", "night", "nights", "proper",
                           "week", "month", "days"})
NOT_ONLY_TIRED = frozenset({"die", "dying", "dead", "death", "kill", "suicide", "end", "ending", "wake", "waking", "forever",
                            "disappear", "myself", "hurt", "harm", "gone", "exist", "pills", "tablets"})


# Stopping a habit ("I want to stop needing to.", "I just want to stop checking.", after "I don't want to be checking up
# on you forever": self-harm by meaning 0.93): not stopping living, breathing, existing, waking or feeling.
STILL_HARM = frozenset({"existing", "living", "breathing", "being", "waking", "feeling", "hurting"})


def stopping_a_habit(toks) -> bool:
    """... or not wanting to go on doing it ("I don't want to be doing this forever, you know.", about checking the
    partner's phone; "I don't want to be living like this" is still read)."""
    stop = any(t in ("stop", "stopping", "quit") and toks[k + 1 : k + 2] and toks[k + 1].endswith("ing")
               and toks[k + 1] not in STILL_HARM for k, t in enumerate(toks))
    tired_of = any(toks[k : k + 4] in (["don't", "want", "to", "be"], ["don't", "want", "to", "keep"]) and toks[k + 4 : k + 5]
                   and toks[k + 4].endswith("ing") and toks[k + 4] not in STILL_HARM for k in range(len(toks)))
    return (stop or tired_of) and not harm_said_strictly(toks)


def harm_said_strictly(toks) -> bool:
    return bool(set(toks) & (HARM_SAID - {"stop", "stopping", "anymore", "over", "leave", "away", "done", "enough", "can't",
                                          "cannot", "sorry"}))


# Pain complained of ("I'm sick of this pain, honestly.", self-harm by meaning 0.91; "This back is killing me."): not
# with a word of death, ending, the means or despair ("I'm sick of this pain, I don't want to be here" is still read).
PAIN = frozenset({"pain", "pains", "hip", "hips", "knee", "knees", "migraine", "migraines", "ache", "aches", "aching",
                  "arthritis", "joints", "sciatica", "flare-up", "flare-ups"})


def in_pain(toks) -> bool:
    return bool(PAIN & set(toks)) and not harm_said_strictly(toks) and not set(toks) & (DESPAIR - {"tired", "sleep"})


# The means asked for by the partner, to keep them safe ("And will you give me the pills you've saved, just for now?",
# self-harm by meaning): the one who asks is protecting, not disclosing.
MEANS = frozenset({"pills", "tablets", "paracetamol", "meds", "medication", "blades", "razor", "razors", "rope", "gun",
                   "keys", "knife", "knives"})
ASKED_FOR = (("give", "me"), ("let", "me", "keep"), ("let", "me", "have"), ("let", "me", "hold"), ("hand", "over"),
             ("can", "i", "have"), ("could", "i", "have"), ("can", "i", "keep"))


def means_asked_for(toks) -> bool:
    return bool(MEANS & set(toks)) and bool(YOU & set(toks)) and any(
        tuple(toks[k : k + len(p)]) == p for p in ASKED_FOR for k in range(len(toks)))


def distress_not_harm(toks) -> bool:
    """Feeling sick at a thought, caught between others, a load that always falls one way, caring for someone ill, or
    sleep lost, a habit to stop, pain, or the means asked for by the partner: read by meaning as self-harm, none is."""
    pattern = bool(PATTERN & set(toks)) and not set(toks) & (SICK_NOT | DESPAIR)
    caring = bool(ILLNESS & set(toks)) and not set(toks) & (SICK_NOT | DESPAIR)
    tired = bool(SLEEP & set(toks)) and bool(SLEEP_COUNTED & set(toks)) and not set(toks) & NOT_ONLY_TIRED
    habit_or_pain = stopping_a_habit(toks) or in_pain(toks) or means_asked_for(toks) or sheepish(toks) or carrying(toks)
    worry = (worry_about_a_thing(toks) or "tired" in toks) and not harm_said(toks)  # (harm_said: "just tired" played down)
    worry = worry or not_harm_in_words(toks, harm_said(toks), harm_said([t for t in toks if t not in ("wake", "waking")]))
    return pattern or caring or tired or habit_or_pain or worry or sick_at_the_thought(toks) or left_out(toks) or stung(toks) or any(
        tuple(toks[k : k + len(c)]) == c for c in CAUGHT for k in range(len(toks))) or not_despair(toks)


# Sheepish at one's own asking ("I feel a bit silly asking, honestly.", "It's daft saying it out loud"): no self-harm.
SHEEPISH = frozenset({"silly", "daft", "stupid", "embarrassed", "awkward", "foolish", "soppy", "needy", "embarrassing"})
ASKING_OR_SAYING = frozenset({"asking", "saying", "bringing", "mentioning", "admitting", "telling", "ask", "say", "admit"})


def sheepish(toks) -> bool:
    return bool(SHEEPISH & set(toks)) and bool(ASKING_OR_SAYING & set(toks)) and not set(toks) & (SICK_NOT | DESPAIR)


# The load carried alone ("…I feel like I'm carrying the whole house on my own."): a complaint of fairness, no self-harm.
CARRYING = frozenset({"carrying", "carry", "carried", "holding", "juggling", "running"})
ALONE = (("on", "my", "own"), ("by", "myself"), ("single-handed",), ("single", "handed"))


def carrying(toks) -> bool:
    """... or everything done alone ("I feel alone when I do everything by myself."; not "I can't do this by myself anymore")."""
    doing = (bool({"do", "doing"} & set(toks)) and "everything" in toks and len(toks) <= 12
             and not set(toks) & {"anymore", "can't", "cannot", "think", "thinking", "keep", "sometimes", "days"})
    return bool(CARRYING & set(toks) or doing) and any(tuple(toks[k : k + len(a)]) == a for a in ALONE for k in range(len(toks))) \
        and not {t for k, t in enumerate(toks) if not (t == "myself" and toks[k - 1 : k] == ["by"])} & (SICK_NOT | DESPAIR)


def sick_at_the_thought(toks) -> bool:
    return any(t in ("sick", "ill", "nauseous", "queasy") and toks[k + 1 : k + 2] and toks[k + 1] in SICK_AT
               for k, t in enumerate(toks)) and not set(toks) & SICK_NOT


# Looking out for the partner on a journey ("Can you share your location while you drive back in the snow, so I know you're
# safe?"): care for one trip, said with its reason; not with a standing rule ("from now on", "always", "every time").
SAFE_WORDS = frozenset({"safe", "safely", "okay", "ok", "alright", "home", "made"})
TRIP_WORDS = frozenset({"drive", "driving", "drives", "way", "trip", "flight", "fly", "walk", "walking", "journey", "ride",
                        "cycle", "cycling", "snow", "ice", "storm", "motorway", "highway", "train", "bus"})
STANDING = RULE_WORDS | frozenset({"always", "every", "all", "whenever", "everywhere"})
PICKING_UP = frozenset({"leave", "pick", "collect", "meet", "set", "come", "fetch", "head"})


def care_on_a_trip(toks) -> bool:
    """Care for one trip with its reason (above); a trip's timing ("I'll have the tracker up on my phone so I know when to
    leave for the airport."); or someone else's location kept because they asked ("And I'll keep his location on my
    phone for the night bus, he asked me to."): none with a standing rule."""
    k = next((k for k in range(len(toks) - 2) if toks[k : k + 3] == ["so", "i", "know"]), None)
    trip = k is not None and bool(SAFE_WORDS & set(toks[k + 3 : k + 8])) and bool(TRIP_WORDS & set(toks))
    timing = k is not None and toks[k + 3 : k + 5] == ["when", "to"] and bool(PICKING_UP & set(toks[k + 5 : k + 7]))
    asked = any(toks[j : j + 4] == [who, "asked", "me", "to"] for who in ("he", "she", "they") for j in range(len(toks)))
    return not STANDING & set(toks) and (trip or timing or asked and not {"you", "your", "you're"} & set(toks))
