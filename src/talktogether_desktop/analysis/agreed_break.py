"""A break asked for and agreed to ("I need a break. 20 minutes." / "Okay. 20 minutes. I'll be here."): the silence it
makes is the break honoured, not a withdrawal nor a silence to count (walk49a b_affair: the couple's version's one
observation was "There was 1 silence of 3 s or more; the longest was 7 s, at 01:00", the agreed break)."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..timefmt import clock

AGREED = "the break was agreed to"  # reaching.py's reason for a break granted
WITHIN_S = 15.0  # the break's silence begins this soon after the reply agreeing to it


def marked(silences: Sequence[dict], reaching_for: Mapping[str, Sequence[dict]]) -> list[dict]:
    """`silences`, each that follows a reply granting a break marked `agreed_break` (with `break_asked_t`)."""
    granted = [b for items in reaching_for.values() for b in items
               if b.get("category") == "space" and b.get("response") == "toward" and b.get("response_reason") == AGREED
               and b.get("response_t") is not None]
    out = []
    for s in silences:
        ask = next((b for b in granted if s.get("after") == b.get("response_by")
                    and b["response_t"] <= s["start"] <= b["response_t"] + WITHIN_S), None)
        out.append({**s, "agreed_break": True, "break_asked_t": ask["t"]} if ask is not None else s)
    return out


def counted(silences: Sequence) -> list[dict]:
    """The silences that count as silences: every one but an agreed break's."""
    return [s for s in silences if isinstance(s, dict) and not s.get("agreed_break")]


def break_observation(b: Mapping) -> dict:
    """The clinician's sentence for a silence that was an agreed break (never one to the couple: it is no silence kind)."""
    return {"kind": "agreed_break", "score": 11.0,
            "text": f"The {b['duration_s']:.0f} s silence at {clock(b['start'])} was the break asked for at "
                    f"{clock(b['break_asked_t'])} and agreed to; it is not read as a withdrawal.",
            "evidence": [{"t": round(float(b["start"]), 3), "speaker": b.get("broken_by"), "quote": ""}]}
