"""The short reply to the partner's thanks or praise ("Thank you for the dinner, it was lovely." / "It was on my way
anyway.", "Oh, it was nothing.", "Anyone would have."). Praise brushed aside is modest, awkward or a missed moment of
closeness; it is not self-harm ("…on my way anyway" read by meaning, to listen to) and not defensiveness by meaning.
Readings by meaning in such a reply are dropped; words of harm or death in it keep them ("Thanks for the lift." / "It
won't matter soon, I won't be here."), and so do readings by the rules (a listed phrase: "Whatever." stays)."""

from __future__ import annotations

from typing import Sequence

from .control_lookalikes import harm_said_strictly
from .words import sentence_bounds, token

BRUSHING = frozenset({"oh", "stop", "no", "nah", "aw", "honestly", "please", "give", "over", "go", "on", "it"})
REPLY_S = 6.0  # the reply starts this soon after the thanks
PRAISE_S = 20.0  # ... and this soon after the thanks began
SHORT = 10  # words in the reply's first sentence, at most
HORSEMEN = ("criticism", "contempt", "defensiveness")  # (a minimal "Yep." after thanks stays withdrawal)
# words that keep the readings: the speaker not being there ("…for when I'm not around", "…where I'm going"), the
# partner in it ("…only way to shut you up"), or a grievance ("Somebody has to do everything round here.", "I can't drop
# everything.", "They'd have found out anyway, so don't.")
KEEPING = frozenset({"going", "gone", "soon", "anymore", "needing", "won't", "around", "here", "long", "longer", "ready",
                     "without", "you", "you're", "your", "yourself", "everything", "always", "never", "somebody", "someone",
                     "everyone", "can't", "don't", "busy", "had", "choice", "finally"})


def _sarcastic(m: dict, words: Sequence[dict]) -> bool:
    """Thanks tacked on after a complaint ("Without asking me. Lekker, thanks.") or opened with "well" ("Well thanks for
    ruining my birthday."): the thanker's sentence does not open with the thanks."""
    mine = [w for w in words if w["speaker"] == m["speaker"]]
    at = next((k for k, w in enumerate(mine) if w["start"] >= m["t"] - 0.01), None)
    if at is None:
        return True
    first, _ = sentence_bounds(mine, at)
    return at > first + 1 or token(mine[first]["word"]) in ("well", "so", "oh") and at > first


def _replies(markers: Sequence[dict], words: Sequence[dict]) -> list[tuple[str, float, float]]:
    """(speaker, start, end) of each short first sentence said in reply to the partner's appreciation."""
    out = []
    for m in markers:
        if m["category"] != "appreciation" or m.get("source", "lexicon") != "lexicon" or _sarcastic(m, words):
            continue
        mine = [w for w in words if w["speaker"] != m["speaker"]]
        at = next((k for k, w in enumerate(mine) if w["start"] >= m["t"]), None)
        if at is None:
            continue
        said = [w["end"] for w in words if w["speaker"] == m["speaker"] and m["t"] <= w["start"] < mine[at]["start"]]
        if not said or mine[at]["start"] - max(said) > REPLY_S or mine[at]["start"] - m["t"] > PRAISE_S:
            continue
        first, last = sentence_bounds(mine, at)
        opener = [token(w["word"]) for w in mine[first : last + 1]]
        if last + 1 < len(mine) and mine[last + 1]["start"] - mine[last]["end"] < 1.0 and len(opener) <= 2 and set(
                opener) <= BRUSHING:  # "Oh stop. It was on my way anyway." (not "Course it does. Anything to keep the princess happy.")
            second_end = sentence_bounds(mine, last + 1)[1]
            last = second_end if second_end - first < SHORT else last
        toks = [token(w["word"]) for w in mine[first : last + 1]]
        if first == at and len(toks) <= SHORT and not harm_said_strictly(toks) and not set(toks) & KEEPING:
            out.append((mine[at]["speaker"], mine[first]["start"], mine[last]["end"]))
    return out


def readings_dropped(markers: list[dict], safety: list[dict], words: Sequence[dict]) -> tuple[list[dict], list[dict]]:
    """Markers and safety flags without the readings by meaning inside a short reply to praise (_replies)."""
    replies = _replies(markers, words)

    def inside(x: dict) -> bool:
        return x.get("source") == "meaning" and any(
            s == x["speaker"] and a - 0.05 <= x["t"] and x["end"] <= b + 0.05 for s, a, b in replies)

    markers = [m for m in markers if not (m["category"] in HORSEMEN and inside(m))]
    safety = [f for f in safety if not (f["category"] == "self_harm" and inside(f))]
    return markers, safety
