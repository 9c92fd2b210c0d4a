"""Sentences the meaning reader takes for self-harm that are about something else (walk48a's appreciation practice).

- someone else's death, grieved: "You still pray for my mother, even now she is gone.", "…since Dad passed" (the
  speaker not the subject of anything in the sentence: "Now she's gone I don't see the point" stays);
- the speaker's own safety named as a reason, in jest or care: "That is why I make it early. For my own safety.";
- an edge to sit on: "I'm on the edge of the bed, come here." (not "the edge of the bridge");
- a load shared, not carried alone: "And we pump a bottle before bed, so it's not all on me." (walk48b);
- worry for the partner: "My head goes straight to the worst place, see, and I can't stop it." (when he is late),
  "Just a text. So my head knows you're alright." (walk48a); not "I'm in the worst place I've ever been";
- relief ("Thanks, babe. That actually feels way better already." after a soft start-up, walk50a): feeling better with
  no decision, plan or ending in the sentence ("I feel better now I've decided", a warning sign, stays);
- a refusal to hand something over ("I'm no handing it over. Not tonight.", the phone asked for, walk50a);
- a short retreat to a place or for a while ("I just want to disappear under the duvet till Monday.", "I'm going to vanish
  into the bath for an hour": round 51), with nothing for good or of despair ("…disappear for good", "…and never come out");
- harm promised to the partner on a condition, a threat's shape (the threat reading is its own): "You have until sunrise,
  or I'll bury you in the sand!" (a line from a film, walk49b)."""

from __future__ import annotations

from typing import Sequence

from .words import has_run

OTHERS = frozenset({"she", "he", "they", "she's", "he's", "they've", "mum", "mom", "dad", "mother", "father", "gran",
                    "granny", "grandma", "grandpa", "nan", "brother", "sister", "aunt", "uncle", "friend"})
DEATH = frozenset({"gone", "passed", "died", "dead"})
# the speaker as a subject: "I", or a sentence about the speaker's own state ("now she's gone I don't see the point")
SPEAKER = frozenset({"i", "i'm", "i'd", "i'll", "i've", "im", "myself", "me"})
SAFETY = (("my", "own", "safety"), ("my", "safety"), ("my", "own", "protection"))
# ... and the means, or the speaker distrusting themselves ("I gave my tablets to my sister for my own safety. I don't
# trust myself with them.", "I've locked the knives in the car, for my own safety.": round 49's review)
MEANS = frozenset({"pills", "tablets", "knife", "knives", "razor", "razors", "blade", "blades", "rope", "meds", "gun"})
HARM = frozenset({"die", "dead", "kill", "hurt", "end", "harm", "bridge", "cut", "point", "myself", "trust"}) | MEANS
PARTNER_WELL = (("you're", "alright"), ("you're", "all", "right"), ("you're", "okay"), ("you're", "ok"), ("you're", "safe"),
                ("you", "are", "alright"), ("you", "are", "okay"), ("you", "are", "safe"))
DESPAIR = frozenset({"die", "dying", "dead", "death", "kill", "killing", "suicide", "suicidal", "end", "ending", "hurt",
                     "hurting", "harm", "pills", "tablets", "bridge", "cut", "cutting", "disappear", "alive", "exist",
                     "anymore", "burden", "overdose", "matter", "here"})
MIND = frozenset({"head", "mind", "brain"})
SEATS = frozenset({"bed", "sofa", "couch", "chair", "seat", "pool", "table", "desk", "stage", "kerb", "curb"})


def grieved(toks: Sequence[str]) -> bool:
    """Another person gone or passed, and the speaker no subject in the sentence."""
    if set(toks) & SPEAKER:
        return False
    return any(t in OTHERS and (set(toks[k + 1 : k + 3]) & DEATH) for k, t in enumerate(toks))


def own_safety_named(toks: Sequence[str]) -> bool:
    return any(has_run(toks, p) for p in SAFETY) and not set(toks) & HARM


def seat_edge(toks: Sequence[str]) -> bool:
    """"The edge of the bed / the pool", with no means in the sentence ("…on the edge of the bath with your razor")."""
    toks = list(toks)
    return not set(toks) & MEANS and any(toks[k : k + 2] == ["edge", "of"] and set(toks[k + 2 : k + 4]) & SEATS
                                         for k in range(len(toks)))


def worry_for_partner(toks: Sequence[str]) -> bool:
    """Knowing the partner is well, or the mind going to the worst (catastrophising worry), with no harm word."""
    if set(toks) & DESPAIR:
        return False
    going = any(t in MIND and toks[k + 1 : k + 2] in (["goes"], ["went"], ["jumps"]) for k, t in enumerate(toks))
    # ("As long as you're okay, it doesn't matter if I'm not here." is the speaker's despair: no "I" beside the wish)
    return any(has_run(toks, p) for p in PARTNER_WELL) and not set(toks) & SPEAKER or going and "worst" in toks


def aimed_at_partner(toks: Sequence[str]) -> bool:
    return any(t == "or" and toks[k + 1 : k + 2] in (["i'll"], ["i'd"]) and "you" in toks[k + 3 : k + 5] for k, t in enumerate(toks))


RELIEF = frozenset({"better", "lighter", "relief", "relieved", "calmer"})
DECIDED = frozenset({"decided", "decision", "made", "mind", "plan", "planned", "peace", "sorted", "soon", "goodbye", "gone",
                     "longer", "anymore", "everyone", "everybody", "without", "off", "now", "finally", "last"})
HANDING = (("hand", "it", "over"), ("handing", "it", "over"), ("hand", "them", "over"), ("handing", "them", "over"))
REFUSING = frozenset({"not", "no", "won't", "wont", "ain't", "isn't", "never", "nae"})
# Arrangements for after one is gone ("…the kids will be looked after when I'm not around", "since I wrote the letters")
LEAVING = frozenset({"around", "letters", "letter", "away", "settled", "over", "after", "goodbye", "will"})


# Relief at what was just done or said ("That feels better already."), not the speaker's own state ("Honestly, I feel
# lighter than I have in years.", after giving the dog away: a warning sign; rev50).
RELIEF_ABOUT = frozenset({"that", "this", "it", "that's", "this's", "it's"})


def relieved(toks: Sequence[str]) -> bool:
    """Feeling better at what was just done ("that", "already"), with nothing decided, planned or ended in the sentence."""
    toks = list(toks)
    about = toks[:1] and toks[0] in RELIEF_ABOUT or "already" in toks
    return bool(about and set(toks) & RELIEF) and not set(toks) & (DECIDED | DESPAIR | HARM | LEAVING)


def refuses_handing_over(toks: Sequence[str]) -> bool:
    """"I'm no handing it over." (the phone asked for); not "I'll hand over the keys… you won't need to worry about me"."""
    return any(has_run(toks, h) for h in HANDING) and bool(set(toks) & REFUSING) and not set(toks) & (DESPAIR | HARM)


RETREATING = frozenset({"disappear", "vanish", "hide", "hibernate", "escape", "crawl", "retreat", "disappearing", "vanishing",
                        "hiding", "hibernating", "escaping", "crawling"})
# where to, or for how long: a place to rest or be alone, a day, an hour
RETREATS = frozenset({"duvet", "covers", "quilt", "blanket", "bed", "bath", "shower", "shed", "garden", "garage", "caravan", "pub",
                      "sofa", "couch", "bedroom", "room", "allotment", "cave", "book", "telly", "tv", "headphones", "spa",
                      "till", "until", "hour", "hours", "minutes", "afternoon", "evening", "tonight", "weekend", "morning",
                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "while"})
FOR_GOOD = frozenset({"good", "forever", "ever", "permanently", "never", "longer", "gone", "everyone", "everybody", "nobody", "not",
                      "back", "return", "wake", "waking", "over", "again", "stop", "stops", "ends", "all", "life", "world", "away", "sleep",
                      "sleeping"})


def brief_retreat(toks: Sequence[str]) -> bool:
    """Disappearing, hiding or vanishing somewhere to rest or for a while, with no word of despair, harm or for good."""
    toks = list(toks)
    # the speaker's own retreat ("I just want to…", "I'm going to…"; not "The kids hide in their room when you shout")
    retreat = any(t in RETREATING and set(toks[k + 1 : k + 8]) & RETREATS and set(toks[max(0, k - 4) : k]) & SPEAKER
                  for k, t in enumerate(toks))
    return retreat and not (set(toks) - RETREATING) & (DESPAIR | HARM | FOR_GOOD)


def not_despair(toks: Sequence[str]) -> bool:
    """A self-harm reading by meaning that the sentence's words set aside (the module's docstring)."""
    toks = list(toks)
    return (grieved(toks) or own_safety_named(toks) or seat_edge(toks) or has_run(toks, ("not", "all", "on")) or worry_for_partner(toks) or aimed_at_partner(toks)
            or relieved(toks) or refuses_handing_over(toks) or brief_retreat(toks))


# "…if I wasn't here on Tuesday when the plumber comes", "I won't be around tomorrow night": an absence with a time after
# it ("at all", "for good", "for much longer", "for long" are no time of day)
ABSENT = frozenset({"wasn't", "weren't", "wasnt", "werent", "not", "won't"})
AWAY_WHEN = frozenset({"on", "tomorrow", "tonight", "today", "next", "this", "when", "till", "until", "while", "during",
                       "for", "at", "over", "after", "before"})  # not "by" or "in": "I won't be here by Christmas, will I."
NOT_A_TIME = frozenset({"all", "good", "long", "much", "ever", "anymore", "everyone", "everybody", "anyone", "you"})


def away_at_a_time(toks: Sequence[str]) -> bool:
    """The speaker not here or around at a time named after it, with no word of despair, harm or for good."""
    toks = list(toks)
    if (set(toks) - {"here", "around", "home"}) & (DESPAIR | HARM | FOR_GOOD):
        return False
    return any(t in ("here", "around", "home") and set(toks[max(0, k - 2) : k]) & ABSENT and toks[k + 1 : k + 2]
               and toks[k + 1] in AWAY_WHEN and not set(toks[k + 2 : k + 4]) & NOT_A_TIME for k, t in enumerate(toks))
