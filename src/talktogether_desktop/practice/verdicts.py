"""What every practice check answers with: the verdicts, a piece of evidence, a time said or left out, and the markers
it reads (fidelity.py, landed.py and saying_back.py share them)."""

from __future__ import annotations

YES, PARTLY, NOT_FOUND, NOT_CHECKED = "yes", "partly", "not found", "not checked"
# What a saying-back reply does not carry, and what after the last one shows it did not hold
HARD = ("criticism", "contempt", "defensiveness")


def ev(t, speaker, quote, names) -> dict:
    return {"t": round(float(t), 3), "speaker": speaker, "name": names.get(speaker, speaker), "quote": quote}


def at(when, t, before: str = " at ") -> str:
    """" at 01:23", or nothing where the time is not to be printed."""
    said = when(t)
    return f"{before}{said}" if said else ""


def counted(when, items, said: str) -> str:
    """`said` (a count: " (3 in all)"), or nothing where one of the items counted lies in what the couple's version
    leaves out: a count beside the couple's list would then say more than the list."""
    return said if all(when(x["t"]) for x in items) else ""


def markers(analysis, *categories):
    return [m for m in analysis.get("markers") or [] if m.get("category") in categories]


def sure_markers(analysis, *categories):
    """The markers, less a horseman read by meaning alone and judged low: too unsure to call a reply a brush-off ("It
    really did. Your turn." read as contempt, walk39m) or an answer with no saying-back ("So what you're saying is you're
    exhausted by eight; have I got that right?" read as defensiveness, walk40n)."""
    return [m for m in markers(analysis, *categories) if not (m.get("source") == "meaning" and m.get("confidence") == "low")]
