"""What counts as the partner's complaint, for reading the reply to it as an excuse (answers.py).

A complaint is the partner's criticism or contempt in the turn just before, their account of the speaker's violence,
a question to the partner with a complaint in it ("Did you book the service like you promised?") while the talk is
tense, or a plain complaint about something the partner did, said as a statement with no horseman in it (Gottman: a
complaint names a behaviour; an excuse answering it is still defensiveness): "You signed the extension papers without
even asking me.", "You were on the phone with Tess until eleven again.", "Eighteen grand, Brendan. On a credit card I
didn't know we had." Words of despair or fear from the partner are no complaint; nor is a turn with thanks, praise or
an apology in it, or a question asked in a calm talk ("Did you eat anything today?").
"""

from __future__ import annotations

from .sentence_terms import SECOND_PERSON

# A question is a complaint only with a horseman or safety language this close, either side.
TENSE_WITHIN_S = 60.0
COMPLAINING = ("criticism", "contempt")
# A question is a complaint only with one of these in it ("Did you book the service like you promised?",
# "Did you RSVP at all, or were you waiting for a sign?"); "Did you eat anything today?" asks.
COMPLAINING_ASKS = frozenset({"why", "again", "still", "even", "promised", "meant", "supposed", "or", "ever", "never",
                              "always", "seriously", "honestly", "actually", "third", "once"})
# The partner's disclosure of despair or fear is no complaint: what answers it is reassurance or an account.
DISCLOSED = frozenset({"self_harm", "fear"})
# A statement about what the partner did is a complaint with one of these in it ("…without even asking me",
# "…until eleven again", "You said you'd be back for eleven.", "…I told you not to leave it open").
COMPLAINING_SAYS = frozenset({"again", "still", "without", "until", "till", "instead", "promised", "supposed", "meant", "third",
                              "fourth"})
TOLD = (("you", "said", "you'd"), ("you", "said", "you", "would"), ("i", "told", "you"), ("i", "asked", "you"),
        ("you", "promised"))
# ... or the money spent named ("Fourteen hundred pound, Rhian. For a corn cob.")
SUMS = frozenset({"hundred", "thousand", "grand", "quid", "bucks", "dollars", "euros", "pounds", "pound", "rand", "k"})
# ... but not with the partner's warmth or own part in it ("Thanks for sorting the car, even though you were tired.")
KIND = frozenset({"thanks", "thank", "sorry", "love", "proud", "lovely", "great", "glad", "brilliant", "appreciate",
                  "appreciated", "amazing", "kind", "sweet", "beautiful", "well", "happy", "legend", "exhausted", "shattered",
                  "knackered", "laugh", "mate"})
# ... nor sympathy ("You must be exhausted.", "…you poor thing", "Is everything okay?"), by its pairs of words
SYMPATHY = (("must", "be"), ("poor", "thing"), ("poor", "you"), ("poor", "love"), ("everything", "okay"), ("you", "okay"),
            ("everything", "alright"), ("you", "alright"), ("must", "feel"))
# ... nor good news ("We got five hundred quid back from the tax office!")
GOOD = frozenset({"back", "won", "refund", "bonus", "saved", "raise", "rise", "got"})


def complains(before, marks, flags, tense, reply_span, lex=None) -> bool:
    """The partner's turn `before` complains (module doc), for the reply spanning `reply_span`."""
    who = before[0][0].words[0]["speaker"]
    span = before[0][0].words[0]["start"], before[-1][0].words[-1]["end"]
    said = [h["category"].removeprefix("safety_") for h in flags.between(*span) if h["speaker"] == who]
    if set(said) & DISCLOSED:
        return False
    mine = [m for m in marks.between(*span) if m["speaker"] == who]
    if "violence" in said or any(m["category"] in COMPLAINING for m in mine):
        return True
    asks = any(s.question and any(t in SECOND_PERSON for t in s.toks) and set(s.toks) & COMPLAINING_ASKS
               for s, *_ in before)
    return asks and tense.near(*reply_span, TENSE_WITHIN_S) or plain_complaint(before, mine)


def plain_complaint(before, marks) -> bool:
    """A statement naming what the partner did, with a word of complaint or the sum spent (module doc)."""
    if any(m["category"] in ("appreciation", "repair") for m in marks):
        return False
    toks = [t for s, *_ in before for t in s.toks]
    if set(toks) & KIND or set(zip(toks, toks[1:])) & set(SYMPATHY) or not any(not s.question for s, *_ in before):
        return False
    told = any(tuple(toks[k : k + len(p)]) == p for p in TOLD for k in range(len(toks)))
    you = any(t in SECOND_PERSON for t in toks)
    exclaimed = any(s.words[-1]["word"].rstrip().endswith("!") for s, *_ in before)
    return told or you and bool(set(toks) & COMPLAINING_SAYS) or bool(set(toks) & SUMS) and not set(toks) & GOOD and not exclaimed


# Left out of a decision ("I just feel like it got decided without me.", "You booked the whole thing without me."): a
# complaint of not being asked, which the meaning reader takes for self-harm ("…better off without me", 0.87). Not with a
# word of despair or ending beside it ("…they'd all get on without me", "carry on without me when I'm gone"), nor as what
# would be ("Honestly, you'd all have it sorted without me.")
DONE_WITHOUT = frozenset({"decided", "booked", "arranged", "planned", "sorted", "organised", "organized", "agreed", "settled",
                          "bought", "signed", "chose", "chosen", "picked", "ordered", "invited", "started", "went", "gone"})
NOT_LEFT_OUT = frozenset({"better", "off", "happier", "easier", "anymore", "die", "dead", "gone", "end", "life", "live", "living",
                          "world", "everyone", "everybody", "carry", "cope", "fine", "would", "you'd", "they'd", "we'd", "it'd",
                          "wouldn't", "could", "manage", "way"})


def left_out(toks) -> bool:
    """A decision made or a thing done without the speaker, said as a complaint, with no word of despair in it."""
    toks = list(toks)
    return any(t == "without" and toks[k + 1 : k + 2] == ["me"] and DONE_WITHOUT & set(toks[max(0, k - 4) : k])
               for k, t in enumerate(toks)) and not NOT_LEFT_OUT & set(toks)


# Words that stung ("Okay. That stung a bit, I'm not going to lie.", self-harm by meaning 0.72; "That hurt, what you said
# about my mum."): the partner's words felt, said of "that" or "it" in a short sentence, with no word of the speaker's own
# harm, ending or means, and not hurting "so much" ("It hurts that much I've been thinking about taking all my tablets.")
STUNG = frozenset({"stung", "stings", "smarted", "smarts", "hurt", "hurts", "hurtful", "stang"})
NOT_ONLY_STUNG = frozenset({"myself", "die", "dead", "death", "kill", "end", "gone", "anymore", "living", "alive", "cut", "tablets",
                            "pills", "lot", "bridge", "sleep", "forever", "disappear", "wall", "thinking", "thought", "want",
                            "wanted", "wish", "point"})


def stung(toks) -> bool:
    toks = list(toks)
    k = next((k for k, t in enumerate(toks) if t in STUNG and set(toks[max(0, k - 2) : k]) & {"that", "it", "that's", "it's", "one"}), None)
    return k is not None and len(toks) <= 10 and not NOT_ONLY_STUNG & set(toks) and not {"so", "that", "much"} & set(toks[k + 1 : k + 3])
