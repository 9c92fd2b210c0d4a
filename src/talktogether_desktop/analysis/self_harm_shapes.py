"""Self-harm said by its shape, where no listed phrase and no clear reading by meaning catches it (DOMAIN.md: a
statement of self-harm must never be missed; the suicide-risk questions ask about thoughts, method and plans).

A probe written blind (benchmarks/clinical/sentences/round53_self_harm.tsv) found 17 of 80 missed, and the sentence
reader calling "Tell the girls I love them, I can't promise I'll still be here in the morning." a threat. The shapes:

- the means weighed: the speaker thinking about, looking at or working out a way to die ("looking at the train tracks
  and wondering how quick it would be", "working out whether the fall would be enough", "stepping in front of a
  lorry", "would it hurt much, jumping from the bridge", "borrowing his gun");
- the speaker gone for good ("when I'm gone, and it won't be long now", "you'll need them once I'm gone", "I won't be
  needing them where I'm going", "once I'm out of the picture for good", "I can't promise I'll still be here in the
  morning");
- wanting to be dead or not alive, in the words of many Englishes ("want fi dead", "no wantin' tae be alive",
  "disappointed I woke up", "better off if I just carked it").

Each needs the speaker (first person) and no second person as the one acted on by the means ("I'll push you off the
bridge" is a threat, read by the threat rules). Pure functions over one sentence, like families.py's rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase
from .words import find_run

if TYPE_CHECKING:  # the Reader passes itself
    from .context import Reader, Sentence

FIRST = frozenset({"i", "i'm", "im", "i'll", "i've", "i'd", "me", "my", "ahm", "mi"})
WEIGHING = frozenset({"thinking", "think", "thought", "wondering", "wonder", "wondered", "working", "worked", "looking",
                      "looked", "staring", "googling", "googled", "searched", "planning", "planned", "picturing",
                      "imagining", "imagine", "dreaming", "asked", "asking"})
MEANS = frozenset({"tracks", "bridge", "balcony", "ledge", "cliff", "roof", "fall", "drop", "gun", "rope", "overdose",
                   "noose", "razor", "blade", "jump", "jumping"})
STEPPING_IN = (("in", "front", "of"), ("under", "a"), ("under", "the"))  # "stepping in front of one of the lorries"
STEPPING = frozenset({"step", "stepping", "stepped", "walk", "walking", "jump", "jumping", "drive", "driving", "fall", "falling"})
# what the means are weighed for: whether enough, whether it would hurt, how quick it would be (said last), kept secret
FOR_DYING = (("would", "hurt"), ("it", "hurt"), ("be", "enough"), ("painless",), ("end", "it"), ("didn't", "tell", "you", "why"))
QUICK_AT_THE_END = (("how", "quick", "it", "would", "be"), ("how", "quickly", "it", "would", "happen"), ("how", "fast", "it", "would", "be"))
ACTED_ON = frozenset({"you", "your", "him", "her", "them", "you're", "yourself"})
GONE = (("i'm", "gone"), ("i", "am", "gone"), ("i've", "gone"), ("i'm", "dead"), ("i'm", "out", "of", "the", "picture"),
        ("where", "i'm", "going"))
# ... for good, not for a week: what marks a going as an ending ("When I'm gone, make sure you lock up" is a trip)
FOR_GOOD = (("won't", "be", "long", "now"), ("for", "good"), ("forever",), ("you'll", "need"), ("won't", "be", "needing"),
            ("no", "point"))
STILL_HERE = (("still", "be", "here"), ("be", "around", "much"), ("be", "here", "much"), ("be", "here", "for", "much"))
# ... with no reason for being away said ("I won't be here by the summer, I want a divorce.", "…I'm moving to Leeds")
AWAY_FOR = frozenset({"want", "wanna", "going", "moving", "move", "leaving", "leave", "divorce", "separate", "job", "work",
                      "trip", "holiday", "visa", "lease", "contract", "travelling", "traveling", "abroad", "flat", "house"})
CANNOT = frozenset({"can't", "cannot", "won't", "not", "don't", "doubt"})
DEAD_WISHED = (("want", "fi", "dead"), ("want", "to", "be", "dead"), ("wanna", "be", "dead"), ("want", "tae", "be", "deid"),
               ("woke", "up", "at", "all"), ("disappointed", "i", "woke"), ("disappointed", "that", "i", "woke"),
               ("carked", "it"), ("better", "oot", "the", "road"), ("done", "with", "life"), ("done", "wid", "life"),
               ("want", "to", "die"), ("wanna", "die"), ("want", "fi", "die"), ("wish", "i", "hadn't", "woken"),
               ("wish", "i", "didn't", "wake"))
ALIVE_UNWANTED = (("wantin'", "tae", "be", "alive"), ("wantin", "tae", "be", "alive"), ("want", "to", "be", "alive"),
                  ("wanna", "be", "alive"), ("want", "tae", "be", "alive"), ("wanting", "to", "be", "alive"))
# "would anyone even notice if I just disappeared?", "would you miss me if I was gone?"
MISSED_IF = (("notice", "if", "i"), ("miss", "me", "if", "i"), ("care", "if", "i"), ("notice", "if", "i'm"))
GONE_WORDS = frozenset({"disappeared", "vanished", "gone", "died", "dead", "wasn't", "weren't", "dropped"})
# "…better off if me just wasn't here at all", "easier for everyone if I weren't around any more" (not "if I wasn't here
# on Tuesday": an ending word must be in the sentence)
IF_NOT_HERE = frozenset({"wasn't", "weren't", "wasnt", "werent"})
HERE = frozenset({"here", "around", "alive", "breathing"})
ENDING = (("better", "off"), ("at", "all"), ("anymore",), ("any", "more"), ("for", "good"), ("easier",), ("no", "more"),
          ("one", "less"), ("happier",))
WHEN = frozenset({"on", "tomorrow", "tonight", "today", "when", "for", "next", "this", "until", "till", "while", "during",
                  "in", "at", "by", "over", "to", "so", "because", "cause"})  # "…if I wasn't here on Tuesday": a time, no ending
NOT = frozenset({"no", "not", "don't", "dont", "didn't", "never", "nae", "dinnae", "cyaan", "can't"})


def self_harm_by_shape(r: "Reader", s: "Sentence") -> list[tuple]:
    """(a, b, "safety_self_harm", phrase) for the first shape found in the sentence."""
    toks = s.toks
    if not FIRST & set(toks):
        return []
    for a, b, text, negatable in _shapes(toks):
        if not (negatable and r.negated(s, a)):
            return [(a, b, "safety_self_harm", Phrase(f"self-harm: {text}", tuple(toks[a : b + 1])))]
    return []


def _shapes(toks: list[str]):
    for seq in DEAD_WISHED:
        k = find_run(toks, seq)
        if k is not None:
            yield k, k + len(seq) - 1, "wanting to be dead", True
    for seq in ALIVE_UNWANTED:
        k = find_run(toks, seq)
        if k is not None and NOT & set(toks[max(0, k - 3) : k]):
            yield k, k + len(seq) - 1, "not wanting to be alive", False
    for seq in MISSED_IF:
        k = find_run(toks, seq)
        if k is not None and GONE_WORDS & set(toks[k + len(seq) : k + len(seq) + 3]):
            yield k, k + len(seq) - 1, "asking whether anyone would notice the speaker gone", False
    for k in range(len(toks) - 2):
        if toks[k] == "if" and toks[k + 1] in ("i", "me") and any(
                t in IF_NOT_HERE and toks[j + 1 : j + 2] and toks[j + 1] in HERE and not (toks[j + 2 : j + 3] and toks[j + 2] in WHEN
                                                                                          and toks[j + 2 : j + 4] != ["at", "all"])
                for j, t in enumerate(toks[k + 2 : k + 5], k + 2)):
            if any(find_run(toks, seq) is not None for seq in ENDING):
                yield k, min(len(toks) - 1, k + 5), "the speaker not here", False
    weigh = next((k for k, t in enumerate(toks) if t in WEIGHING), None)
    means = next((k for k, t in enumerate(toks) if t in MEANS), None)
    step = next((k for k in range(1, len(toks)) for seq in STEPPING_IN if toks[k - 1] in STEPPING and find_run(toks[k:], seq) == 0), None)
    means = means if means is not None else step
    if weigh is not None and means is not None and not ACTED_ON & set(toks[max(0, means - 3) : means + 4]):
        if step is not None or any(_for_dying(toks, seq) for seq in FOR_DYING) or any(
                find_run(toks, seq) == len(toks) - len(seq) for seq in QUICK_AT_THE_END):
            yield min(weigh, means), max(weigh, means), "the means weighed", True
    for seq in GONE:
        k = find_run(toks, seq)
        if k is not None and any(find_run(toks, end) is not None for end in FOR_GOOD):
            yield k, k + len(seq) - 1, "the speaker gone for good", False
    for seq in STILL_HERE:
        k = find_run(toks, seq)
        if k is not None and CANNOT & set(toks[max(0, k - 4) : k]) and not AWAY_FOR & set(toks):
            yield k, k + len(seq) - 1, "the speaker gone for good", False


def _for_dying(toks: list[str], seq: tuple) -> bool:
    """The sequence said, and not as "would it hurt to ask?" (an idiom)."""
    k = find_run(toks, seq)
    return k is not None and toks[k + len(seq) : k + len(seq) + 1] != ["to"]


