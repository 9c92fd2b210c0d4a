"""Repair words that repair nothing, read in the speaker's whole turn (a sentence alone cannot show it).

- Love given as leverage or as the reason for what was complained of: "You know I love you, so stop giving me a hard
  time about it.", "I love you, okay? Isn't that enough?", "Everything I do is because I love you." (Gottman: a
  repair softens and takes the partner in; this asks them to stop.) "I love you, you need to know that." and
  "I love you, let's sort this out together." stay repairs.
- An apology grudged or mocked in the same breath: "Fine, I'm sorry, happy now?", "Sorry, sorry, sorry. There, I said it
  three times.", "Sorry I didn't read your mind.", "I apologise that my existence is such an inconvenience to you."
  (contempt dressed as an apology), "Sorry you took it the wrong way, that's on you really."
- "My fault" said in protest: "Every time, it's my fault.", "…and the boiler's my fault an' all." (defensiveness).
- Thanks for a disclosure with no quarrel before it: "Thank you for telling me. We'll ring the GP together." after the
  partner's despair or fear is turning toward them, not a repair (there was no rupture to repair); after criticism,
  contempt, defensiveness or stonewalling it stays one ("Thank you for saying that. Can we start again?").
- A sorry that is asked for or refused, not said: "Don't hold your breath waiting for me to say sorry.", "I'm waiting
  for you to apologise." ("I just wanted to say sorry." stays an apology.)

Each dropped marker is returned with its reason, as the other context rules do.
"""

from __future__ import annotations

from typing import Sequence

from .words import has_run, token

TURN_GAP_S = 1.5  # the same speaker's words this close together are one turn
AFTER_WORDS = 24  # how far into the turn the words after a repair phrase are read
BEFORE_WORDS = 8

BECAUSE = frozenset({"because", "cause", "'cause", "cos", "coz", "cuz"})
STOPPING = frozenset({"stop", "quit"})
# "you should/must ...", "you have to / need to / got to ...": asked of the partner (not "you need to know that")
OBLIGED = frozenset({"should", "must", "shouldn't", "mustn't"})
NEEDED = frozenset({"have", "need", "got", "gotta"})
REASSURING = frozenset({"know", "believe", "understand", "remember", "hear", "feel"})
# said after an apology, in the same turn: the apology grudged, mocked, or handed back
GRUDGED = (("happy", "now"), ("satisfied", "now"), ("there", "i", "said", "it"), ("i", "said", "it", "twice"),
           ("said", "it", "three", "times"), ("said", "it", "twice"), ("that's", "on", "you"), ("your", "problem"),
           ("read", "your", "mind"), ("mind", "reader"), ("crystal", "ball"), ("my", "existence"), ("for", "existing"),
           ("i", "exist"), ("is", "that", "what", "you", "want"), ("that's", "what", "you", "wanted"))
APOLOGY = frozenset({"sorry", "apologise", "apologize", "apologies", "apology"})
PROTESTING_BEFORE = frozenset({"so", "now", "every", "always", "everything", "again", "when", "whenever"})
PROTESTING_AFTER = (("an'", "all"), ("and", "all"), ("as", "well"), ("again",), ("now",), ("every", "time"), ("as", "usual"))
THANKS = frozenset({"thank", "thanks"})
TOLD = frozenset({"telling", "saying", "told", "sharing"})
QUARREL = ("criticism", "contempt", "defensiveness", "stonewalling")
QUARREL_WITHIN_S = 60.0  # as across.TENSION_WITHIN_S
OTHERS = frozenset({"me", "you", "him", "her", "them"})  # "...for me to say sorry", "...you to apologise": not said


def repairs_that_repair_nothing(markers: list[dict], safety: Sequence[dict], words: Sequence[dict]) -> list[dict]:
    """Take out the repair markers with nothing to repair yet (across.repairs_without_tension) and those whose turn shows
    them to be no repair (drop_pseudo_repairs); return them."""
    from .across import repairs_without_tension

    return repairs_without_tension(markers, safety) + drop_pseudo_repairs(markers, words)


def drop_pseudo_repairs(markers: list[dict], words: Sequence[dict]) -> list[dict]:
    """Take out the repair markers whose turn shows them to be leverage, mockery or a sorry not said; return them."""
    dropped = []
    quarrel = [m["t"] for m in markers if m["category"] in QUARREL]
    for m in [m for m in markers if m["category"] == "repair"]:
        before, phrase, after = _turn_around(m, words)
        why = _why_no_repair(before, phrase, after)
        if not why and THANKS & set(phrase) and TOLD & set(phrase) and not any(
                m["t"] - QUARREL_WITHIN_S <= t < m["t"] for t in quarrel):
            why = "thanks for a disclosure with no quarrel before it: turning toward, no rupture to repair"
        if why:
            markers.remove(m)
            dropped.append({**m, "dropped_because": why})
    # ... and the same love, given as leverage, is no appreciation either ("You know I love you, so quit going on about it.";
    # love as the reason is left to keeping_peace.love_as_its_reason: "…'cause I love you, you daft thing" stays warm)
    for m in [m for m in markers if m["category"] == "appreciation" and "love" in str(m.get("phrase", "")).split()]:
        before, phrase, after = _turn_around(m, words)
        if "love" in phrase and _leverage(after):
            markers.remove(m)
            dropped.append({**m, "dropped_because": "love used as leverage or as a reason, not appreciation"})
    return dropped


def _turn_around(m: dict, words: Sequence[dict]) -> tuple[list[str], list[str], list[str]]:
    """The speaker's tokens just before the marker's phrase, of the phrase, and after it in the same turn."""
    own = [k for k, w in enumerate(words) if w.get("speaker") == m.get("speaker")]
    inside = [k for k in own if m["t"] - 0.01 <= words[k]["start"] and words[k]["end"] <= m.get("end", m["t"]) + 0.01]
    if not inside:
        return [], [], []
    first, last = inside[0], inside[-1]
    lo = first
    while lo > 0 and first - lo < BEFORE_WORDS and _same_turn(words[lo - 1], words[lo]):
        lo -= 1
    hi = last
    while hi + 1 < len(words) and hi - last < AFTER_WORDS and _same_turn(words[hi], words[hi + 1]):
        hi += 1
    toks = [token(w["word"]) for w in words]
    return toks[lo:first], toks[first : last + 1], toks[last + 1 : hi + 1]


def _same_turn(a: dict, b: dict) -> bool:
    return a.get("speaker") == b.get("speaker") and b["start"] - a["end"] <= TURN_GAP_S


def _why_no_repair(before: list[str], phrase: list[str], after: list[str]) -> str | None:
    if "love" in phrase:
        if BECAUSE & set(before[-3:]):
            return "love given as the reason for what was complained of, not a repair"
        if _leverage(after):
            return "love used as leverage: the partner is asked to stop or to comply, not taken in"
    if phrase[-1:] == ["fault"] and (PROTESTING_BEFORE & set(before[-7:]) or any(has_run(after[:4], seq) for seq in PROTESTING_AFTER)):
        return "'my fault' said in protest ('every time, it's my fault'): defensiveness, not owning a part"
    if APOLOGY & set(phrase):
        if any(has_run(after, seq) for seq in GRUDGED) or any(has_run(phrase + after[:3], seq) for seq in GRUDGED):
            return "an apology grudged or mocked in the same breath (contempt or defensiveness), not a repair"
        if _forgot_mocking(after):
            return "a sorry that mocks the partner's standing ('sorry, I forgot you're such an expert'), not a repair"
        if before[-2:] in (["to", "say"], ["to", "give"]) and len(before) >= 3 and before[-3] in OTHERS or \
                before[-1:] == ["to"] and before[-2:-1] and before[-2] in OTHERS or before[-2:] in (["me", "say"], ["you", "say"]):
            return "a sorry asked for or refused, not said"
    return None


# "Sorry, I forgot my family's such an inconvenience to you", "Oh sorry, I forgot you're the expert": "I forgot" and then a
# state of things held up to scorn (a be-form, then such/so/the/a); not "Sorry, I forgot to ring you", "…your birthday",
# "…it's your mum's birthday", "…the bins are Tuesday".
HELD_UP = frozenset({"such", "so", "the", "a", "an", "too", "only", "always"})


def _forgot_mocking(after: list[str]) -> bool:
    if after[:2] != ["i", "forgot"]:
        return False
    rest = after[2:7]
    return any((t.endswith(("'s", "'re")) or t in ("is", "are")) and set(rest[k + 1 : k + 3]) & HELD_UP for k, t in enumerate(rest[:4]))


def _leverage(after: list[str]) -> bool:
    for k, t in enumerate(after):
        nxt = after[k + 1 : k + 4]
        if t in STOPPING:
            return True
        if t == "enough" and set(after[max(0, k - 3) : k]) & {"that", "isn't", "is", "be", "that's"}:
            return True
        if t == "you" and nxt[:1] and nxt[0] in OBLIGED:
            return True
        if t == "you" and (nxt[:2] and nxt[0] in NEEDED and nxt[1:2] == ["to"] or nxt[:1] == ["just"] and nxt[1:2] and nxt[1] in NEEDED | OBLIGED):
            rest = after[k + 1 : k + 6]
            if not set(rest) & REASSURING:
                return True
    return False


def love_as_leverage(toks: Sequence[str]) -> bool:
    """A reply that gives love to make the partner stop or comply ("You know I love you, so quit going on about it.",
    "I love you, isn't that enough?"): it meets a bid against it, however warm its words (reaching.py)."""
    toks = list(toks)
    return any(t == "love" and toks[k - 1 : k] == ["i"] and _leverage(toks[k + 2 :]) for k, t in enumerate(toks))
