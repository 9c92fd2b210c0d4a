"""Rules that read the shape of a sentence rather than one fixed phrase (DOMAIN.md §3, §6).

Phrase lists miss new wording: "you threw a glass at me" is not "threw _ at me", "tell anyone and
you'll lose the kids" is in no threat list, "why is it always your family first" has no "you
always". These rules look for the parts a clinician listens for, wherever the words between fall:

- taking the children on an errand ("I'll take the kids to school tomorrow", "Sweet as, I'll take the kids.") is help,
  not the threat "I'll take the kids" (an_errand);
- violence: a verb of physical violence with the speaker as the one it landed on ("… me", "… at
  me", "… my arm"), not said by the one who did it ("I hit …"), not a thing thrown away ("she'll throw
  away my lucky jersey") and not a game lost ("if you beat me at parkrun": a_game_won);
- conditional threat: "you'll / you will / you'd" + a harm (lose the kids, get hurt, be sorry …) in
  a sentence with a condition ("and", "or", "if", "unless") before it; a milder consequence
  ("you'll regret it") only after an order ("Say one more word and …"); after an order, "… and
  you'll …" with nothing good in what follows is a threat too ("keep arguing and you'll be
  sleeping in the car"), while "… and you'll feel better" is a promise;
- forbidding contact: "you're not going to / seeing / visiting …" + a person or place of the
  partner's social life (isolation);
- a promise of harm: "I'll / I will / I'm going to" + a harm verb + a person ("I'll break his
  legs"): a threat, whoever the person is;
- monitoring: looking through what is the other's own ("went through your messages", "you had no
  right to read my phone");
- an absolute about the partner: "always", "never", "constantly", "every single/time/night …" in a
  sentence about the partner (a "you" in it) whose clause is not about the speaker or a third
  person ("I'll always…", "my mum always…"), with no warmth after it: criticism.

The word lists are editable in resources/lexicons/<language>/ (violence_verbs, threat_consequences,
threat_consequences_ordered, prohibitions, social_contacts, harm_verbs, surveillance_verbs,
private_things). Pure functions over one sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .frames import denied
from .lexicon import Phrase
from .sentence_terms import LAUGHTER, SECOND_PERSON, YES_NO_OPENERS

if TYPE_CHECKING:  # the Reader passes itself; no import cycle at run time
    from .context import Reader, Sentence

ME = frozenset({"me", "my", "myself"})
YOU_WILL = frozenset({"you'll", "youll", "you'd", "youd"})
CONDITION = frozenset({"and", "or", "if", "unless", "else"})
SUBJECTS = frozenset({"i", "i'm", "im", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've", "he", "she",
                      "they", "he's", "she's", "they're", "my", "our", "his", "her", "their"})
NOT_AN_ORDER = frozenset({"i", "i'm", "you", "you're", "you'll", "youll", "we", "he", "she", "they", "it", "it's", "if", "when",
                          "and", "but", "so", "the", "a", "my", "your", "that", "this", "there", "what", "why",
                          "how", "where", "who", "do", "does", "did", "are", "is", "can", "could", "would",
                          "will", "should", "maybe", "please", "okay", "well", "oh", "yes", "no"})
ABSOLUTES = frozenset({"always", "never", "constantly", "forever"})
EVERY_WHAT = frozenset({"single", "time", "night", "day", "morning", "evening", "week", "weekend"})
SKIP = frozenset({"just", "even", "really", "also", "still", "literally", "basically"})
VIOLENCE_REACH = 4
I_WILL = frozenset({"i'll", "ill", "i'm", "im"})
PEOPLE = frozenset({"you", "your", "yourself", "him", "his", "her", "them", "their", "himself", "herself"})
OWNERS = frozenset({"your", "my"})
# Harm to a thing that, after "or", makes an ultimatum a threat ("…or I smash the phone"); "…or I'll hit the traffic" is none.
UNDOING = frozenset({"smash", "break", "destroy", "wreck", "trash", "snap"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "one", "little", "big"})
ORDINALS = frozenset({"first", "second", "last", "next", "other", "best", "worst", "hard", "tricky", "funny"})
SUBJECT_PRONOUNS = frozenset({"you", "he", "she", "they", "it", "someone", "somebody"})


GRAB = frozenset({"grab", "grabs", "grabbed", "grabbing"})
BODY = frozenset({"arm", "arms", "wrist", "wrists", "neck", "throat", "hair", "face", "head", "shoulder", "shoulders",
                  "hand", "hands", "leg", "legs", "back", "chest", "jaw", "chin", "cheek", "ear", "ears", "collar",
                  "shirt", "top", "jumper", "jacket", "coat", "hoodie", "dress", "clothes", "waist", "elbow", "breast",
                  "breasts", "bum", "ass", "arse", "crotch", "thigh", "leg", "body", "ponytail", "phone", "keys"})


# what "at" opens when it says where a blow fell rather than what game was won
PLACE_OPENERS = frozenset({"home", "night", "work", "school", "the", "a", "his", "her", "their", "my", "your", "our",
                           "that", "this", "church", "last", "3", "2", "1", "4", "5", "6", "7", "8", "9", "10"})


def a_game_won(toks, me: int) -> bool:
    """ "…beat me at parkrun", "…thrash me at Scrabble": "at" and a game after the one beaten, not a place or a
    time ("beat me at home", "…at the pub", "…at night" stay violence)."""
    return toks[me] == "me" and toks[me + 1 : me + 2] == ["at"] and bool(toks[me + 2 : me + 3]) and toks[me + 2] not in PLACE_OPENERS


# Taking the children somewhere ordinary is help, not a threat: "I'll take the kids to school tomorrow", "You go, I'll
# take the kids", "Sweet as, I'll take the kids." ("I'll take the kids to my mum's and you can sit here alone", "You
# leave and I'll take the kids", "… and you'll never see them again" stay threats.)
CHILDREN = frozenset({"kids", "children", "boys", "girls", "baby", "twins", "wee", "weans"})
ERRANDS = frozenset({"school", "nursery", "creche", "park", "swimming", "pool", "football", "practice", "training",
                     "dentist", "doctor", "doctor's", "bed", "shops", "cinema", "beach", "playground", "party", "walk",
                     "swim"})
OFFERING = frozenset({"sweet", "worries", "worry", "go", "rest", "course", "happy", "sure"})
LEAVING = frozenset({"if", "or", "unless", "otherwise", "never", "away", "leave", "leaving", "and", "alone", "without"})


def an_errand(toks, end: int) -> bool:
    """ "…take the kids" (ending at `end`) as an offer: an ordinary errand within three words after it, or a friendly
    opener before it and nothing after; never in a sentence of a condition or of leaving (LEAVING), nor with the
    partner named after it ("…to the park, and you'll not see them again")."""
    if toks[end] not in CHILDREN or set(toks) & LEAVING or any(t in SECOND_PERSON for t in toks[end + 1 :]):
        return False
    after = toks[end + 1 : end + 4]
    return bool(set(after) & ERRANDS) or (not after and bool(set(toks[: max(0, end - 3)]) & OFFERING))


def _phrase(toks, a, b, text) -> Phrase:
    return Phrase(text, tuple(toks[a : b + 1]))


def together(rest) -> bool:  # "I'll talk to her tonight, and you'll be there with me.": a plan shared, no consequence
    return bool({("with", "me"), ("with", "us"), ("beside", "me")} & set(zip(rest, rest[1:])) or "together" in rest)


# Blows in the past said by the one who gave them ("I pushed you down the stairs, I know, I lost it"; "I hit you, and
# I'm sorry"): the partner just after, and then no urging, favour or play ("I pushed you to apply", "hit you up", "pushed
# you away", "pushed you on the swing", "kicked you out of bed", "threw you a party").
DONE = frozenset({"hit", "pushed", "shoved", "slapped", "kicked", "punched", "choked", "strangled", "grabbed", "dragged",
                  "pinned", "shook", "threw"})
NOT_A_BLOW_AFTER = frozenset({"to", "up", "away", "on", "out", "a", "an", "the", "some", "too", "so", "hard", "back", "over",
                              "at", "by", "under", "around", "round", "along", "forward", "ahead", "off", "in"})


def blow_to_partner(toks, i: int) -> bool:
    """'I <blow> you' at `i`, with nothing after "you" that makes it an urging, a favour or play (NOT_A_BLOW_AFTER;
    "into" only before a place, not a doing: "pushed you into taking that job")."""
    if toks[i + 1 : i + 2] != ["you"]:
        return False
    after = toks[i + 2 : i + 4]
    if after[:1] and after[0] in NOT_A_BLOW_AFTER:
        return False
    return not (after[:1] == ["into"] and after[1:2] and after[1].endswith("ing"))


ASKING = frozenset({"just", "please", "and", "so", "oh", "yes", "yeah"})  # before a verb asked for in play
PLAYED = frozenset({"kick", "nudge", "poke", "pinch", "elbow", "tap", "prod"})  # ... not "shove me again when…"


def violence_against_speaker(r: "Reader", s: "Sentence") -> list[tuple]:
    out = []
    for i, t in enumerate(s.toks):
        if t in DONE and i and s.toks[i - 1] == "i" and blow_to_partner(s.toks, i):
            out.append((i - 1, i + 1, "safety_violence", _phrase(s.toks, i - 1, i + 1, "violence told by the one who did it")))
            continue
        # "I still feel the back of my head hitting it" (the door): the speaker's body struck; not "my head hit the pillow"
        if (t in r.violence_verbs and i > 1 and s.toks[i - 2] == "my" and s.toks[i - 1] in BODY
                and not set(s.toks[i + 1 : i + 4]) & {"pillow", "bed", "sack", "ceiling"}):
            out.append((i - 2, i, "safety_violence", _phrase(s.toks, i - 2, i, "violence against the speaker")))
            continue
        if t not in r.violence_verbs or (i and s.toks[i - 1] in ("i", "i'll", "i'd", "we")) or s.toks[max(0, i - 2) : i] == ["let", "me"]:
            continue
        if i and (s.toks[i - 1] in DETERMINERS | ORDINALS
                  or (i > 1 and s.toks[i - 2] in DETERMINERS and s.toks[i - 1] not in SUBJECT_PRONOUNS)):
            continue  # "a bit squeezed", "the push for", "the first bit of my speech": a noun, not a blow
        target = next((k for k in range(i + 1, min(len(s.toks), i + 1 + VIOLENCE_REACH)) if s.toks[k] in ME), None)
        if target is not None and t in GRAB and s.toks[target] == "my" and s.toks[target + 1 : target + 2] and \
                not any(x in BODY for x in s.toks[target + 1 : target + 4]):
            continue  # "grab my jandals before we leave": a thing fetched, not the speaker seized ("grabbed my left arm" is)
        if (target is not None and s.toks[target] == "my" and s.toks[i - 1] == "to" and "i" in s.toks[max(0, i - 4) : i - 1]
                and not any(x in BODY for x in s.toks[target + 1 : target + 4])):
            continue  # "I wanted to throw my brew at the wall": the speaker's own act with their own thing
        if target is not None and s.toks[i + 1 : i + 2] in (["away"], ["out"]):
            continue  # "she'll throw away my lucky jersey", "threw out my back": a thing discarded, a strain
        # "You push me and push me and then I'm the wicked one": pressure told over and over, not a blow ("He hit me and
        # hit me" stays a blow); "…what happens when you push me." is a veiled threat, no blow ("When you push me I…" is one)
        if target is not None and t in ("push", "pushes", "pushing") and (t in s.toks[max(0, i - 4) : i] + s.toks[target + 1 : target + 4] or s.toks[max(0, i - 2) : i] in (["when", "you"], ["if", "you"]) and "what" in s.toks[: i - 2] and not set(s.toks[target + 1 : target + 3]) & (BODY | {"down", "into", "against", "over", "off"})):
            continue
        if target is not None and a_game_won(s.toks, target) or target == i + 1 and set(s.toks[:i]) <= ASKING and t in PLAYED and {"if", "when"} & set(s.toks[i + 2 :]) and not {"again", "did", "last", "done"} & set(s.toks):
            continue  # ... or asked for by the speaker ("Kick me under the table if I disappear.", "Just nudge me if I snore.")
        if target is not None:
            out.append((i, target, "safety_violence", _phrase(s.toks, i, target, "violence against the speaker")))
    return out


def conditional_threats(r: "Reader", s: "Sentence") -> list[tuple]:
    out = []
    ordered = bool(s.toks) and s.toks[0] not in NOT_AN_ORDER
    for j, t in enumerate(s.toks):
        if t not in YOU_WILL and not (t == "you" and j + 1 < len(s.toks) and s.toks[j + 1] == "will"):
            continue
        k = j + 1 + (t == "you")
        if not any(x in CONDITION for x in s.toks[:j]):
            continue
        ends = {len(s.toks) - 1}
        rest = s.toks[k:]
        hit = [h for h in r.lex.find(rest, {0}, {e - k for e in ends}, "threat_consequences") if h[0] == 0]
        if not hit and ordered:
            hit = [h for h in r.lex.find(rest, {0}, {e - k for e in ends}, "threat_consequences_ordered") if h[0] == 0]
        if hit:
            out.append((j, k + hit[0][1], "safety_threat", _phrase(s.toks, j, k + hit[0][1], "conditional threat")))
        elif ordered and j and s.toks[j - 1] in ("and", "or") and r._valence(rest) <= 0 and not together(rest):
            # "Keep arguing and you'll be sleeping in the car": an order, then what follows if it
            # is not obeyed, with nothing good in it (a promise would be: "…and you'll feel better").
            end = min(len(s.toks) - 1, s.clause_end(k))
            # "…I keep the bank card, and you'll get an allowance every Friday": the consequence is control of money,
            # people or the phone, and is named so (coercive control, not a threat of harm)
            control = next((c for c in ("safety_financial_control", "safety_isolation", "safety_monitoring")
                            if r.lex.find(rest, {0}, set(), c)), None)
            out.append((j, end, control or "safety_threat",
                        _phrase(s.toks, j, end, "an order with a consequence" if control is None else "a rule with a consequence")))
    return out


# The children taken away as what follows a condition ("If you side with him again, I'm taking the girls to my mother's",
# "…or I'll have the kids at my mam's"); not "I'm taking the kids to the park" with no condition before it.
TAKING = (("i'm", "taking", "the"), ("i'll", "take", "the"), ("i", "will", "take", "the"), ("i'm", "gonna", "take", "the"),
          ("i'll", "have", "the"), ("i'm", "taking", "my"), ("i'll", "take", "my"))
TAKEN_CHILDREN = frozenset({"kids", "children", "girls", "boys", "baby", "kid", "twins", "wee", "bairns", "weans"})
# ... or the pets ("If you keep this up, I'll leave, and I'm taking the dog."), not taken out or somewhere for them
# ("If it rains I'm taking the dog to the vet.", "…I'll take the dog for a walk")
PETS = frozenset({"dog", "dogs", "cat", "cats", "puppy", "pets", "pup"})
PETS_OUT = frozenset({"for", "out", "to", "on", "round", "around", "along", "up", "down"})
IF_OR = frozenset({"if", "unless", "or", "else", "otherwise"})


def children_taken(r: "Reader", s: "Sentence") -> list[tuple]:
    for k in range(1, len(s.toks)):
        p = next((p for p in TAKING if tuple(s.toks[k : k + len(p)]) == p), None)
        taken, after = s.toks[k + len(p) : k + len(p) + 1] if p else [], s.toks[k + len(p) + 1 : k + len(p) + 2] if p else []
        if taken and (taken[0] in TAKEN_CHILDREN or taken[0] in PETS and not set(after) & PETS_OUT) and IF_OR & set(s.toks[:k]):
            what = "the children" if taken[0] in TAKEN_CHILDREN else "a pet"
            return [(k, k + len(p), "safety_threat", _phrase(s.toks, k, k + len(p), f"{what} taken, as a consequence"))]
    return []


def forbidden_contact(r: "Reader", s: "Sentence") -> list[tuple]:
    out = []
    for a, b, ph in r.lex.find(s.toks, {0}, set(), "prohibitions"):
        end = s.clause_end(b)
        contact = next((k for k in range(b + 1, end + 1) if s.toks[k] in r.social_contacts), None)
        if contact is not None:
            out.append((a, contact, "safety_isolation", _phrase(s.toks, a, contact, "forbidding contact")))
    return out


def promised_harm(r: "Reader", s: "Sentence") -> list[tuple]:
    """"I'll break his legs", "I'm gonna smash your phone": harm promised to a person or theirs; after "or",
    an ultimatum, harm to anything ("You're leaving that group. Or I smash the phone.")."""
    out = []
    for i, t in enumerate(s.toks):
        ultimatum = i > 0 and s.toks[i - 1] == "or"
        if t == "i" and ultimatum and i + 1 < len(s.toks) and s.toks[i + 1] in UNDOING:
            k = i + 1
        elif t == "i" and i + 1 < len(s.toks) and s.toks[i + 1] == "will":
            k = i + 2
        elif t in I_WILL:
            k = i + 1
            if t in ("i'm", "im"):  # "I'm going to" / "I'm gonna"
                if s.toks[k : k + 2] == ["going", "to"]:
                    k += 2
                elif s.toks[k : k + 1] == ["gonna"]:
                    k += 1
                else:
                    continue
        else:
            continue
        verb = next((j for j in range(k, min(k + 2, len(s.toks)))
                     if s.toks[j] in r.harm_verbs or ultimatum and s.toks[j] in UNDOING), None)
        if verb is None:
            continue
        person = next((j for j in range(verb + 1, min(verb + 3, len(s.toks)))
                       if s.toks[j] in PEOPLE or ultimatum and s.toks[verb] in UNDOING
                       and s.toks[j] in ("the", "that", "this", "it")), None)
        if person is not None:
            out.append((i, person, "safety_threat", _phrase(s.toks, i, person, "a promise of harm")))
    return out


def looking_through(r: "Reader", s: "Sentence") -> list[tuple]:
    out = []
    for a, b, _ in r.lex.find(s.toks, {0}, set(), "surveillance_verbs"):
        owner = next((j for j in range(b + 1, min(b + 3, len(s.toks))) if s.toks[j] in OWNERS), None)
        if owner is not None and s.toks[owner] in ("my", "your") and _asked_of_the_partner(s.toks[:a]):
            # "Can you check my phone? My hands are floury.": a favour asked, not the speaker's things searched; "Could
            # you check your email for the booking?": the partner asked to look at their own
            continue
        thing = next((k for k in range(owner + 1, min(owner + 3, len(s.toks))) if s.toks[k] in r.private_things),
                     None) if owner is not None else None
        if thing is not None:  # "your messages", "your bank statements"
            out.append((a, thing, "safety_monitoring", _phrase(s.toks, a, thing, "looking through the other's own")))
    return out


REQUEST_OPENERS = (("can", "you"), ("could", "you"), ("will", "you"), ("would", "you"))


def _asked_of_the_partner(before: Sequence[str]) -> bool:
    """The words before a verb ask the partner a favour: "can you", "could you please", "would you just"."""
    toks = [t for t in before if t not in ("please", "just", "quickly", "love", "babe")]
    return tuple(toks[-2:]) in REQUEST_OPENERS


# "you're so …", "you are being so …", "you can be so …", "you're the most …": a character judged (traits.txt)
TRAIT_FRAMES = (("you're", "so"), ("you", "are", "so"), ("youre", "so"), ("you're", "being", "so"), ("you're", "too"),
                ("you're", "just", "so"), ("you're", "always", "so"), ("you're", "really"), ("you", "can", "be", "so"),
                ("you're", "the", "most"), ("you", "are", "the", "most"), ("you're", "such", "a"), ("you", "are", "such", "a"),
                ("you're", "so", "damn"), ("you're", "a", "really"), ("you're", "being"))


LAUGHING = LAUGHTER | {"adorable", "cute", "bless"}


def trait_judgement(r: "Reader", s: "Sentence") -> list[tuple[int, int, str, str, str]]:
    """"You're so rude to waiters", "you're the most ungrateful person I know": criticism; warm words the
    speaker adds after make it teasing ("you're so stubborn, I love that about you"); "you're not so selfish" is
    not it."""
    if r.lex.find(s.toks, {0}, set(), "contempt"):
        return []  # "you're being needy and ridiculous": the insult is contempt, not a second finding
    words = {p.parts[0] for p in r.lex.categories.get("traits", []) if len(p.parts) == 1}
    for i in range(len(s.toks)):
        for frame in TRAIT_FRAMES:
            k = i + len(frame)
            if tuple(s.toks[i:k]) != frame or k >= len(s.toks):
                continue
            trait = next((j for j in range(k, min(k + 2, len(s.toks))) if s.toks[j] in words), None)
            if trait is None or r.negated(s, i) or r.reported(s, i) or r.polarity(s, i, trait, ()) > 0 \
                    or set(s.toks) & LAUGHING:
                continue  # "you're so mean, haha": teasing
            return [(i, trait, "criticism", "a character judged", "the partner's character judged")]
    return []


def absolute_about_partner(r: "Reader", s: "Sentence") -> list[tuple[int, int, str, str, str]]:
    """(first, last token, category, phrase, context) of each absolute about the partner: criticism,
    or warmth when the words after it are warm ("you've never once made me feel like I was too much");
    and a character judged (trait_judgement)."""
    if not any(t in SECOND_PERSON for t in s.toks):
        return []
    judged = trait_judgement(r, s)
    if judged:
        return judged
    if s.question and s.toks[0] in YES_NO_OPENERS:
        return []  # "do you always…?" asks about a habit
    out = []
    for i, t in enumerate(s.toks):
        every = t == "every" and i + 1 < len(s.toks) and s.toks[i + 1] in EVERY_WHAT
        if t == "everything":
            # "you've decided everything without me": an absolute object, the partner its subject, a cold word after it
            before = s.toks[s.clause_start(i) : i]
            if (r.polarity(s, i, i, (t,)) < 0 and any(x in SECOND_PERSON for x in before)
                    and not any(x in SUBJECTS for x in before) and not r.reported(s, i)):
                out.append((i, i, "criticism", "absolute about the partner", "an absolute in a sentence about the partner"))
            continue
        if t not in ABSOLUTES and not every:
            continue
        if i + 1 < len(s.toks) and s.toks[i + 1] in ("me", "i", "i'm", "my"):
            continue  # "why is it always me chasing you": about the speaker's lot, not the partner's character
        if s.clause_start(i) == i == s.clause_end(i):
            continue  # "Never, you always find the best places": a one-word answer, not a claim
        j = i - 1
        while j >= s.clause_start(i) and s.toks[j] in SKIP:
            j -= 1
        if j >= s.clause_start(i) and (s.toks[j] in SUBJECTS or s.toks[j] not in SECOND_PERSON | {"it", "it's", "is", "why"}):
            continue  # "I'll always…", "my mum always…": not about the partner
        if t == "never" and set(s.toks[max(0, i - 2) : i]) & {"it", "it's", "its"} and "you" in s.toks[i + 1 : i + 3] \
                and not set(s.toks[i + 2 : i + 5]) & {"who", "that", "what"}:
            continue  # "It's never been you", "It was never you, love": the partner cleared, not blamed
        head = s.toks[s.clause_start(i) : i]
        if head[:1] == ["i"] and any(head[k : k + 2] in (["don't", "want"], ["not", "want"]) for k in range(len(head))):
            continue  # "I don't want to be checking up on you forever": the speaker's own wish
        if r.reported(s, i) or 0 <= denied(s.toks) <= i <= s.clause_end(denied(s.toks)):
            continue  # "It's not that you never make time, it's that…": the absolute denied (frames.denied)
        if _partner_not_its_subject(s, i, j):
            continue
        if r.polarity(s, i, i + every, (t,)) > 0:
            out.append((i, i + every, "appreciation", "affectionate absolute", "affection: a warm absolute"))
            continue
        out.append((i, i + every, "criticism", "absolute about the partner", "an absolute in a sentence about the partner"))
    return out


def _partner_not_its_subject(s: "Sentence", i: int, j: int) -> bool:
    """The absolute's clause is not about the partner's habits: its subject left unsaid with the partner as the object
    ("Always got you covered, babe": the speaker's promise; "never tells you anything": someone else), a promise
    ("…always will"), or "you'd never" said on its own (the partner defended: "You'd never, you worship him")."""
    end = s.clause_end(i)
    after = s.toks[i + 1 : end + 1]
    if j < s.clause_start(i) and len(after) >= 2 and after[0] not in SECOND_PERSON and after[1] in ("you", "ya", "ye"):
        return True
    if after[:1] in (["will"], ["would"]) and len(after) == 1:
        return True
    return not after and j >= s.clause_start(i) and s.toks[j] in ("you'd", "youd", "you'd've")


# "Who forgot the council tax in March?", "And who spent forty dollars on a candle?": asked back at a
# complaint, the partner's own slip (a past act with "who" as its subject).
PAST_IRREGULAR = frozenset({"forgot", "spent", "left", "lost", "broke", "bought", "ran", "ate", "drank", "missed"})


def counter_reminders(s: "Sentence") -> list[tuple[int, int, str]]:
    """Questions answering a complaint with one of the partner's own slips, as (first, last, phrase):
    "we went to yours last year, remember?" and "(and / so) who forgot the bins last week?".
    across.counter_reminders_without_complaint keeps them only where they answer the partner's complaint."""
    if not s.question or len(s.toks) <= 2 or s.toks[0] in YES_NO_OPENERS:
        return []
    if s.toks[-1] == "remember":
        return [(len(s.toks) - 1, len(s.toks) - 1, "a counter-reminder")]
    k = 1 if s.toks[0] in ("and", "so", "well") else 0
    if s.toks[k] == "who" and len(s.toks) > k + 2 and (s.toks[k + 1] in PAST_IRREGULAR or s.toks[k + 1].endswith("ed")):
        return [(k, k + 1, "a counter-question about the partner's own slip")]
    return []
