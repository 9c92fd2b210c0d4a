"""The appreciation practice's check, "an appreciation said and received", from the analysis's own reading of each
appreciation's reply (analysis/received.py: accepted, deflected, unclear). An analysis made before that reading has
no "appreciation_replies"; fidelity.py then keeps its older check (any reply without a horseman took it up)."""

from __future__ import annotations

from typing import Callable

from ..timefmt import clock

YES, PARTLY, NOT_FOUND = "yes", "partly", "not found"


def _ev(t, speaker, quote, names) -> dict:
    return {"t": round(float(t), 3), "speaker": speaker, "name": names.get(speaker, speaker), "quote": quote}


def _at(when, t) -> str:
    said = when(t)
    return f" at {said}" if said else ""


def received(item: dict) -> bool:
    return item.get("outcome") == "accepted" or isinstance(item.get("then_accepted"), dict)


def check(analysis, names, when=clock, specific: Callable[[str], bool] = lambda q: True):
    items = [x for x in analysis.get("appreciation_replies") or [] if isinstance(x, dict)]
    if not items:
        return NOT_FOUND, "no appreciation was said", []
    givers = sorted({x["speaker"] for x in items})
    ev = []
    for x in items[:3]:
        ev.append(_ev(x["t"], x["speaker"], x["quote"], names))
        reply = x.get("then_accepted") if isinstance(x.get("then_accepted"), dict) else x.get("reply")
        if isinstance(reply, dict) and x.get("outcome") != "unclear":
            ev.append(_ev(reply["t"], reply["speaker"], reply["quote"], names))
    aside = [x for x in items if x.get("outcome") == "deflected" and not received(x)]
    again = [x for x in items if x.get("outcome") == "deflected" and received(x)]
    taken = [x for x in items if received(x)]
    if aside:
        from .fidelity import LISTEN_NOTES  # (the couple's version drops the note to listen)

        # (how it was answered, brushed aside or with an edge, is quoted in the evidence and the report's patterns)
        whose = "both partners said an appreciation, but" if len(givers) >= 2 else "an appreciation was said, but"
        one = "the one" + _at(when, aside[0]["t"]) if _at(when, aside[0]["t"]) else "one"
        return PARTLY, f"{whose} {one} was not taken up" + LISTEN_NOTES[2], ev
    later = (f"; {'the one' + _at(when, again[0]['t']) if _at(when, again[0]['t']) else 'one'} was brushed aside at "
             "first and taken up when said again" if again else "")
    general = [s for s in givers if not any(specific(x["quote"]) for x in items if x["speaker"] == s)]
    if len(givers) >= 2 and taken and general:
        x = next(x for x in items if x["speaker"] == general[0])
        return (PARTLY, f"both partners said an appreciation, but {names.get(general[0], general[0])} said only a "
                f"general one (\u201c{x['quote']}\u201d), not one specific thing", ev)
    if len(givers) >= 2 and all(any(received(x) for x in items if x["speaker"] == s) for s in givers):
        return YES, "both partners said an appreciation and it was taken up" + later, ev
    if taken:
        # (said so that "one of you", the couple's version, reads too)
        who = names.get(givers[0], givers[0])
        return PARTLY, (f"only {who} said one, and it was taken up" + later if len(givers) == 1 else
                        "both partners said an appreciation, but whether each was taken up is not clear from the "
                        "replies" + later), ev
    return PARTLY, "an appreciation was said, but whether it was taken up is not clear from the reply", ev
