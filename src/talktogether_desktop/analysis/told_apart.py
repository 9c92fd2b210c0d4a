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


# Control read by meaning in a sentence that names neither partner ("Maya was standing outside the school gate for forty
# minutes."): what happened to someone else, no rule between the two of them.
OURS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "we've", "we'll", "we'd",
                  "us", "our", "ours", "you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "im"})


def neither_partner(toks) -> bool:
    return not OURS & set(toks)


# Isolation keeps the partner from people or places: a sentence read so by meaning with no word of contact, going or
# people ("She's your daughter, not a meeting.") is a complaint of another kind.
CONTACT = frozenset({"see", "seeing", "saw", "seen", "go", "going", "goes", "went", "gone", "visit", "visiting", "meet", "meets",
                     "call", "calling", "ring", "ringing", "talk", "talking", "text", "texting", "out", "friend", "friends",
                     "mates", "allowed", "leave", "leaving", "stay", "staying", "invite", "invited", "church", "club", "gym",
                     "family", "contact", "phone", "alone", "anyone", "anybody", "people", "them", "him", "her", "group",
                     "party", "work", "job", "mum", "mom", "dad", "sister", "brother", "parents", "house", "home", "door",
                     "car", "keys", "need", "nobody", "else", "without", "away", "from", "lunch", "dinner", "drinks", "pub"})


def no_contact(toks) -> bool:
    return not CONTACT & set(toks)
