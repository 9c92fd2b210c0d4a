"""Delight that sounds like scorn: "Shut up. No way." at news, a lone "Oh, wow." before a greeting."""

from __future__ import annotations

from typing import Sequence

from .across import _turns
from .owning import take_out
from .sentence_terms import LAUGHTER, pet_name
from .words import has_run


# What surprise and delight open with after "shut up" ("Shut up. No way.", "Shut up! Seriously? Come here.")
# What sincere gladness goes on with after "oh great" ("Oh great, thank you.", "Oh great! I'm so pleased.")
GLAD = (("thank", "you"), ("thanks",), ("i'm", "so", "pleased"), ("i'm", "pleased"), ("that's", "brilliant"), ("lovely",),
        ("brilliant",), ("i", "can't", "wait"), ("well", "done"), ("i", "love"), ("perfect",))
SCORNFUL_THANKS = (["a", "lot"], ["for", "nothing"], ["for", "that"], ["very", "much"])
# Bad news the partner has just given ("The car failed its MOT again."): "oh great" at it is sarcasm
BAD_NEWS = frozenset({"failed", "broke", "broken", "lost", "gone", "late", "cancelled", "dead", "flat", "stolen", "crashed",
                      "leaking", "overdrawn", "ticket", "forgot", "again", "spent", "reversed", "missed", "ruined", "didn't",
                      "can't", "won't", "not", "never", "sorry"})
# ... and good news it answers ("I rang your office to tell you the boiler's fixed.", "I got us tickets for Saturday.")
GOOD_NEWS = frozenset({"fixed", "booked", "sorted", "got", "tickets", "found", "won", "passed", "finished", "done", "ready",
                       "bought", "made", "cooked", "cleaned", "arrived", "paid", "picked", "saved", "offer", "yes"})
SURPRISE = (("no", "way"), ("seriously",), ("really",), ("you're", "kidding"), ("you're", "joking"), ("oh", "my"),
            ("omg",), ("get", "out"), ("no", "chance"))


def excited_shut_up(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """A sentence opening with "shut up" whose next words, in it or in the turn's next sentence, are surprise
    ("Shut up, no way!", "Shut up. Seriously? I gotta find my boots.") is delight at news, not contempt: taken out
    and returned. "Shut up. I'm not listening to this." stays. So is a lone "Oh, wow." after a short question or before
    a greeting ("Where? Oh, wow. There she is. Hello, little one."); not "Oh, wow. That's a first" (mock praise)."""
    dropped = []
    for turn in _turns(read):
        for k, (s, *_) in enumerate(turn):
            after = s.toks[2:] or (turn[k + 1][0].toks if k + 1 < len(turn) else [])
            asked = k > 0 and turn[k - 1][0].question and len(turn[k - 1][0].toks) <= 2
            wow = s.toks in (["oh", "wow"], ["wow"]) and (asked or after[:1] in (["hello"], ["hi"])
                                                          or after[:1] == ["there"] and after[2:3] in (["is"], ["are"]))
            if not (wow or s.toks[:2] == ["shut", "up"] and any(tuple(after[: len(p)]) == p for p in SURPRISE)
                    or _glad(s, turn[k + 1][0] if k + 1 < len(turn) else None, read)):
                continue
            a, b = s.words[0]["start"], s.words[-1]["end"]
            for m in [m for m in markers if m["category"] == "contempt" and a <= m["t"] <= b]:
                markers.remove(m)
                dropped.append({**m, "dropped_because": "surprise: \"Shut up. No way.\" is delight"})
    return dropped


def _glad(s, following, read: Sequence[tuple]) -> bool:
    """ "Oh great" going on with thanks or gladness ("Oh great, thanks.", "Oh great! I'm so pleased."), not at bad news the
    partner has just given ("The car failed its MOT again." "Oh great, thanks a lot.") nor with scornful thanks: only at
    good news the partner has just given."""
    if s.toks[:2] != ["oh", "great"]:
        return False
    after = s.toks[2:] or (following.toks if following is not None else [])
    thanks = 2 if after[:2] == ["thank", "you"] else 1 if after[:1] == ["thanks"] else 0
    if not any(tuple(after[: len(p)]) == p for p in GLAD) or thanks and after[thanks : thanks + 2] in SCORNFUL_THANKS:
        return False
    start = s.words[0]["start"]
    before = max((e[0] for e in read if e[0].words and e[0].words[0]["speaker"] != s.words[0]["speaker"]
                  and e[0].words[-1]["end"] <= start + 0.05), key=lambda x: x.words[-1]["end"], default=None)
    return before is not None and bool(set(before.toks) & GOOD_NEWS) and not set(before.toks) & BAD_NEWS


# "You never told me you'd booked the cottage!": what was kept back is a lovely surprise, not a complaint. The good thing
# named: something made or planned for the partner, or a talent ("…you could cook like this", "…you play the piano")
UNTOLD_VERBS = frozenset({"told", "said", "mentioned"})
KEPT_GOOD = frozenset({"booked", "planned", "organised", "organized", "arranged", "saved", "framed", "painted", "learned", "learnt",
                       "bought", "wrote", "written", "remembered", "play", "speak", "sing", "cook", "bake", "dance", "draw", "paint",
                       "knit"})
# ... or a thing found, kept or made, or what the partner could do: only with admiration or warmth beyond an exclamation
KEPT_MAYBE = frozenset({"found", "kept", "made", "could", "can", "had"})
# ... what makes it a complaint after all ("…you'd be back this late again", "…you'd spent it", "…you were seeing someone")
COMPLAINT_CUES = frozenset({"again", "late", "later", "back", "home", "away", "out", "till", "until", "anymore", "spent",
                            "lent", "owe", "owed", "sold", "lost", "quit", "invited", "agreed", "signed", "without", "instead",
                            "going", "leaving", "moving", "working", "drinking", "debt", "loan", "ex", "money", "seeing", "else",
                            "married", "texting", "talking", "lawyer", "solicitor", "divorce", "mates", "cruel", "cold", "mean",
                            "nasty", "selfish", "sorry", "fired", "redundant", "lying", "lied", "affair", "gambling", "bet"})
# "You never told me you were learning Spanish!", "…you'd been saving up for this!": a good thing under way
UNDER_WAY = frozenset({"learning", "saving", "planning", "practising", "practicing", "training", "taking", "making", "writing"})
WARM_OPENERS = (("oh",), ("aw",), ("aww",), ("wow",), ("look", "at"), ("come", "here"), ("you", "sneaky"), ("you", "clever"),
                ("you", "old", "romantic"), ("you", "softie"), ("you", "soppy"), ("that's", "so", "lovely"), ("i", "love"),
                ("seriously", "this", "is"), ("i'm", "going", "to", "cry"), ("this", "is", "gorgeous"), ("it's", "gorgeous"),
                ("it's", "beautiful"), ("this", "is", "beautiful"))
ADMIRED = (("like", "this"), ("so", "well"), ("so", "good"), ("like", "that"), ("our", "first"))


def untold_surprise(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    """ "You never told me you'd booked the cottage!", "You never told me you could cook like this.", "You never said
    you'd found the old photos. Oh, look at us.": a good thing kept back, said with delight (an exclamation, admiration,
    or warmth the speaker goes on with), is a happy surprise, not criticism: taken out and returned. "You never told me
    you'd be back this late again." and "…you'd spent the savings!" stay complaints."""
    dropped = []
    for turn in _turns(read):
        for k, (s, *_) in enumerate(turn):
            t = s.toks
            at = next((i for i in range(len(t) - 2) if t[i] == "never" and t[i + 1] in UNTOLD_VERBS), None)
            if at is None:
                continue
            told = t[at + 2 :]
            told = told[1:] if told[:1] == ["me"] else told
            if not told or told[0] not in ("you'd", "you") or set(told) & COMPLAINT_CUES:
                continue
            made = told[1:2] and (told[1] in KEPT_GOOD or told[1] in ("were", "been", "was") and told[2:3] and told[2] in UNDER_WAY)
            talent = told[1:2] and told[1] in KEPT_MAYBE
            if not (made or talent):
                continue
            following = turn[k + 1][0] if k + 1 < len(turn) else None
            warm_after = following is not None and (any(following.toks[: len(p)] == list(p) for p in WARM_OPENERS)
                                                    or set(following.toks) & LAUGHTER or pet_name(following))
            # (an exclamation alone shows surprise, not which kind: it counts for a thing made, planned or a talent only)
            delighted = (made and s.words[-1]["word"].rstrip().endswith("!") or any(has_run(told, p) for p in ADMIRED)
                         or pet_name(s) or warm_after)
            if not delighted:
                continue
            dropped += take_out(markers, s, "criticism", "a happy surprise: a good thing kept back, said with delight")
    return dropped


def surprises(markers: list[dict], read: Sequence[tuple]) -> list[dict]:
    return excited_shut_up(markers, read) + untold_surprise(markers, read)
