"""Delight that sounds like scorn: "Shut up. No way." at news, a lone "Oh, wow." before a greeting."""

from __future__ import annotations

from typing import Sequence

from .across import _turns


# What surprise and delight open with after "shut up" ("Shut up. No way.", "Shut up! Seriously? Come here.")
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
            if not (wow or s.toks[:2] == ["shut", "up"] and any(tuple(after[: len(p)]) == p for p in SURPRISE)):
                continue
            a, b = s.words[0]["start"], s.words[-1]["end"]
            for m in [m for m in markers if m["category"] == "contempt" and a <= m["t"] <= b]:
                markers.remove(m)
                dropped.append({**m, "dropped_because": "surprise: \"Shut up. No way.\" is delight"})
    return dropped
