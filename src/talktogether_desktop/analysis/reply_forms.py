"""Plain forms of a reply to a bid that the phrase lists and the replies examples miss (reaching.py calls these): a
reflection with no "so" and no check ("You're saying when I'm quiet, you feel shut out."), a yes to what was asked
("Yes, man.", "Yeah, hold still.", "Coming."), a lone "Mm?" that invites the partner on, and a rebuff asked as a
question ("Can't you see I'm busy?"); and the partner's feeling said back, which is no need of the speaker's own
("You like our coffee time, just us two, and you miss it.")."""

from __future__ import annotations

from typing import Sequence

from .words import token

# A reflection's opener, not a question and with no blame in it ("So you're saying it's my fault?" is a challenge)
SAYING_OPENERS = (("you're", "saying"), ("you", "are", "saying"), ("so", "you're", "saying"), ("so", "you", "are", "saying"),
                  ("what", "you're", "saying", "is"), ("so", "what", "you're", "saying", "is"),)
# ... and what it says back is the partner's feeling: "you" (or "you're") then one of these within two words
FELT_BY_YOU = frozenset({"feel", "felt", "feeling", "worry", "worried", "miss", "missed", "wish", "like", "love",
                         "loved", "enjoy", "want", "need", "needed", "get", "hurt", "scared", "lonely", "alone", "tired",
                         "upset", "sad", "shut", "left", "invisible", "unheard", "don't", "didn't", "can't"})
BLAME = frozenset({"fault", "blame", "useless", "lazy", "selfish", "stupid", "liar", "lying", "crazy", "always", "never"})
# A feeling of the partner's said back (a need or feeling sentence with "you" as the one who feels and no "I" in it)
PARTNER_FEELS = frozenset({"miss", "missed", "like", "love", "loved", "enjoy", "feel", "felt", "feeling", "worry",
                           "worried", "wish"})
SPEAKER_ALONE = frozenset({"i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "mine", "myself"})
YOU_SUBJECT = frozenset({"you", "you're", "you've", "you'd"})
# A yes to what was asked ("Yes, man.", "Yeah, hold still.", "Of course, love.", "Coming."): the first sentence opens
# with one of these, is short, and holds no word that puts it off or turns it down
YES_WORDS = frozenset({"yes", "yeah", "yep", "yup", "sure", "okay", "ok", "alright", "aye", "ja", "coming", "absolutely",
                       "definitely", "certainly", "gladly", "course"})
YES_WORDS_AT_MOST = 5
INVITING = frozenset({"come", "look", "listen", "sit", "taste", "try", "watch", "help", "hold", "give"})
NOT_A_YES = frozenset({"no", "nah", "not", "later", "busy", "whatever", "fine", "but", "can't", "cannot", "won't", "don't",
                       "leave", "watching", "checking", "minute", "sec", "second", "hang", "after", "tomorrow", "maybe"})
# A lone "Mm?" or "Hm?" with nothing after it in the turn: the partner is asked to go on, briefly (Gottman: a minimal turn
# toward); "Hm? Sorry, I was answering a text" is still a bid not taken in (reaching.NOT_TAKEN_IN)
INVITING_ALONE = frozenset({"mm", "mmm", "hm", "hmm", "mhm", "yeah", "yes"})
# A rebuff asked as a question: the asking itself is scorned ("Can't you see I'm busy?", "Do I look like I care?")
REBUFFS = (("can't", "you", "see"), ("cannot", "you", "see"), ("can", "you", "not", "see"), ("don't", "you", "see", "i'm"),
           ("can't", "you", "tell", "i'm"), ("do", "i", "look", "like", "i"), ("does", "it", "look", "like", "i"),
           ("are", "you", "blind"), ("what", "is", "it", "now"), ("what", "do", "you", "want", "now"),
           ("can't", "i", "get", "five", "minutes"), ("can", "i", "not", "get", "five", "minutes"))


NOTICING = (("see",), ("did", "you", "see"), ("have", "you", "seen"), ("did", "you", "hear"), ("can", "you", "see"),
            ("d'you", "see"), ("guess", "what"))


def _opens(toks: Sequence[str], openers) -> int:
    """The length of the opener `toks` starts with, or 0."""
    return max((len(o) for o in openers if tuple(toks[: len(o)]) == o), default=0)


def _you_feel(toks: Sequence[str]) -> bool:
    """ "you" (or "you're") followed within two words by a word of feeling: "you miss it", "you don't know", "you feel"."""
    return any(t in YOU_SUBJECT and set(toks[k + 1 : k + 3]) & FELT_BY_YOU for k, t in enumerate(toks))


def reflects_without_check(toks: Sequence[str], asked: bool) -> bool:
    """'You're saying when I'm quiet, you don't know what it means, and you worry it's about you.': the partner's feeling
    said back, not asked as a challenge and with no blame in it."""
    n = _opens(toks, SAYING_OPENERS)
    return bool(n) and not asked and not set(toks) & BLAME and _you_feel(toks[n:])


def partner_feeling_said_back(toks: Sequence[str], asked: bool) -> bool:
    """'You like our coffee time, just us two, and you miss it.': a feeling of the partner's told back to them, with no
    "I" of the speaker's own in it; no need or feeling the speaker reaches for."""
    return (not asked and bool(toks) and toks[0] in YOU_SUBJECT | {"so"} and not set(toks) & (SPEAKER_ALONE | BLAME)
            and any(t in YOU_SUBJECT and set(toks[k + 1 : k + 3]) & PARTNER_FEELS for k, t in enumerate(toks)))


def says_yes(toks: Sequence[str], second_toks: Sequence[str], lex, asked: bool, bid: Sequence[dict]) -> bool:
    """The first sentence of a reply says yes to what was asked (`asked`) or invited (`bid` opens "Come and sit…",
    "Look…": INVITING): "Yes, man.", "Yeah, hold still.", "Alright, budge up."; it puts nothing off ("Yeah, in a minute.":
    deferrals.txt) and the next sentence takes nothing back ("Sure. Whatever.")."""
    bid_toks = [t for t in (token(w["word"]) for w in bid) if t]
    if not (asked or set(bid_toks[:2]) & INVITING):
        return False
    # (a bare "Aye." to something pointed out, "See that wee robin on the fence?", is a nod, not a yes to a request)
    if len(toks) == 1 and not second_toks and _opens(bid_toks, NOTICING):
        return False
    first = toks[1] if list(toks[:2]) == ["of", "course"] else (toks[0] if toks else "")
    return (first in YES_WORDS and len(toks) <= YES_WORDS_AT_MOST and not (set(toks) | set(second_toks[:3])) & NOT_A_YES
            and not lex.find(toks, set(range(len(toks))), set(range(len(toks))), "deferrals"))


def invites_on(turn_toks: Sequence[str], asked: bool, bid_toks: Sequence[str] = ()) -> bool:
    """The whole reply is a lone "Mm?" or "Hm?" (asked), or the bid's own word asked back and nothing more ("Lonely?" to
    "…I get lonely talking to the side of your head."): the partner is invited to go on."""
    echoed = 0 < len(turn_toks) <= ECHO_WORDS and set(turn_toks) <= set(bid_toks) and bool(set(turn_toks) - ECHO_NOT)
    return asked and (len(turn_toks) == 1 and turn_toks[0] in INVITING_ALONE or echoed)


ECHO_WORDS = 2
# (not a word that carries nothing of the bid's: "You?", "Now?", "What?", nor a word that takes it badly: "Serious?")
ECHO_NOT = frozenset({"you", "me", "i", "it", "that", "this", "now", "what", "why", "really", "seriously", "serious",
                      "again", "so", "and", "then", "the", "a", "tonight", "today", "here", "there", "never", "always"})


def rebuffs(toks: Sequence[str]) -> bool:
    """The reply's first sentence scorns the asking ("Can't you see I'm busy?"), or gives love to make it stop ("You know
    I love you, so quit going on about it.": pseudo_repairs.love_as_leverage)."""
    from .pseudo_repairs import love_as_leverage

    return bool(_opens(toks, REBUFFS)) or love_as_leverage(toks)


# A sentence of the reply, among its first two, that accepts what was asked or offered in so many words ("Yes.", "Okay.",
# "Yes, that's fair.", "Aye, I can do that.", "I'd like that."): short, opening with a yes or wholly an acknowledgement
# (acknowledgement.txt; not one opening "I'll…": "I'll slit my wrists, I swear."), with no word that puts it off or turns
# it down, and nothing cold after it ("Sure. Whatever.")
ACCEPTING_AT_MOST = 6
COLD_AFTER = frozenset({"whatever", "later", "busy", "but", "anyway", "anyways", "no", "not", "can't", "won't", "wait"})


def accepts(toks: Sequence[str], second_toks: Sequence[str], lex) -> bool:
    """Whether the first or second sentence of a reply (`toks`, `second_toks`) is a plain yes to the bid: the replies
    examples do not outweigh it ("Maybe. Yes. I think I'd like that, if you came too." read as against, "Yeah. Okay. I
    don't want to feel like this." as away)."""
    if (set(toks) | set(second_toks)) & COLD_AFTER or len(toks) == 1 and not second_toks:
        return False  # (a bare "Aye." or "Okay." alone is a nod: "See that wee robin?" / "Aye.")
    return any(0 < len(ts) <= ACCEPTING_AT_MOST and not set(ts) & NOT_A_YES
               and (ts[0] in YES_WORDS or any(a == 0 and b == len(ts) - 1
                                              for a, b, _p in lex.find(list(ts), {0}, set(range(len(ts))), "acknowledgement")))
               for ts in (toks, second_toks))


def late_defence(marker: dict, first_sentence: Sequence[dict], said: Sequence[dict], said_yes: bool) -> bool:
    """Defensiveness heard only after a first sentence that said yes (`said_yes`: "Aye, I can do that. But I'm no doing it
    if…") or after thanks (a repair or appreciation among the reply's markers `said`: "Sige, I'll heat up the sinigang. And
    hon, thank you for… I didn't even ask you."): the reply met the bid first, so the defence does not decide how. A defence
    that opens the reply ("I did look at it.", "That's not fair."), follows anything else ("Hmm. I literally just sat
    down.") or comes before the thanks ("I did say thank you first, no?") still meets it against."""
    thanked = any(m["category"] in ("repair", "appreciation") and m["t"] < marker["t"] for m in said)
    return ((said_yes or thanked) and marker["category"] == "defensiveness" and bool(first_sentence)
            and marker["t"] > first_sentence[-1]["end"])
