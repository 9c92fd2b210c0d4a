"""Did the appreciations land? The analysis's "appreciation_replies", said in plain words.

The clinician's version counts and quotes ("Appreciations: 3 said. 1 received … 1 brushed aside: “Oh stop. It was on my way
anyway.” at 00:20 …"); every count matches the quotes printed beside it. The couple's version says it warmly, with no
count, no score and no one named as the one who brushed praise aside.
"""

from __future__ import annotations

from typing import Callable, Optional

from .text import fmt_time, num
from .quote_ends import cut_here, unfinished

OUTCOMES = ("received", "brushed aside at first, then taken in", "brushed aside", "turned back with an edge", "unclear")


def _kind(item: dict) -> str:
    if item.get("outcome") == "accepted":
        return "received"
    if item.get("outcome") == "deflected":
        if isinstance(item.get("then_accepted"), dict):
            return "brushed aside at first, then taken in"
        return "turned back with an edge" if item.get("how") == "turned against" else "brushed aside"
    return "unclear"


def _items(analysis: dict) -> list[dict]:
    raw = analysis.get("appreciation_replies")
    return [x for x in raw if isinstance(x, dict)] if isinstance(raw, list) else []


def _quoted(item: dict, rename, name) -> str:
    reply = item.get("reply") if isinstance(item.get("reply"), dict) else None
    if reply is None:
        why = item.get("not_read_because")
        return (f"{name(item.get('speaker'))}'s at {fmt_time(num(item.get('t')))} "
                + (f"({why})" if why else "had no reply within 10 s"))
    if item.get("confidence") == "low":  # a misheard reply is not quoted
        return f"the reply at {fmt_time(num(reply.get('t')))} (low confidence: check the recording)"
    quote = rename(str(reply.get('quote') or ''))
    quote = cut_here(quote) if unfinished(quote) and not quote.endswith("\u2026") else quote  # (“…, 11 months,”)
    said = f"\u201c{quote}\u201d at {fmt_time(num(reply.get('t')))}"
    later = item.get("then_accepted")
    if isinstance(later, dict) and _kind(item) != "received":
        said += (f", then, when it was said again, \u201c{rename(str(later.get('quote') or ''))}\u201d at "
                 f"{fmt_time(num(later.get('t')))}")
    if item.get("not_read_because"):
        said += f" ({item['not_read_because']})"
    return said


def for_clinician(analysis: dict, rename, name) -> str:
    """"3 said. 1 received: “I really do. Thank you.” at 01:00. 1 brushed aside: …" (after "Appreciations:"), or ""."""
    # said after safety language, thanks ("Thank you for telling me.") is no praise to weigh: only counted apart
    after_safety = [x for x in _items(analysis) if str(x.get("not_read_because") or "").startswith("said after safety")]
    items = [x for x in _items(analysis) if x not in after_safety]
    if not items:
        return ""
    parts = []
    for kind in OUTCOMES:
        mine = [x for x in items if _kind(x) == kind]
        if mine:
            label = "with the reply unclear either way" if kind == "unclear" else kind  # (rep46: never "5 reply unclear")
            parts.append(f"{len(mine)} {label}: " + "; ".join(_quoted(x, rename, name) for x in mine))
    apart = (f" ({len(after_safety)} more, said after safety language, {'is' if len(after_safety) == 1 else 'are'} "
             "not read.)" if after_safety else "")
    return f"{len(items)} said. " + ". ".join(p[0].upper() + p[1:] for p in parts) + "." + apart


def for_both(analysis: dict, hidden: Optional[Callable[[float], bool]] = None) -> str:
    """The couple's sentence: warm, with no count and no one named; no time in a passage their version leaves out
    (`hidden`), as the practice line there says the verdict with no time (fidelity.summary_for_both)."""
    items = _items(analysis)
    kinds = [_kind(x) for x in items]
    if not items or all(k == "unclear" for k in kinds):
        return ""
    both = len({x.get("speaker") for x in items}) >= 2
    said = ("You each told the other something you appreciated" if both else
            "One of you told the other something they appreciated")
    taken = [k for k in kinds if k == "received"]
    again = [x for x in items if _kind(x) == "brushed aside at first, then taken in"]
    aside = [k for k in kinds if k in ("brushed aside", "turned back with an edge")]
    # "taken in" only of what the analysis read as taken in (walk45b a: 1 of 6 read so, the rest unclear, one of them
    # brushed off and one a complaint, was "…, and it was taken in")
    if taken and len(taken) == len(items):
        out = [said + (", and it was taken in" if len(items) == 1 else ", and each was taken in")]
    elif taken and not aside:
        out = [said + ("; one of them was clearly taken in" if len(taken) == 1 else "; some of them were clearly taken in")]
    else:
        out = [said]
    if again:
        t = num(again[0]["then_accepted"].get("t"))
        out.append(f"{'one appreciation was' if len(again) == 1 else 'some appreciations were'} brushed aside at first "
                   "and taken in when it was said again" + (f" ({fmt_time(t)})" if len(again) == 1 and not (
                       hidden and (hidden(t) or hidden(num(again[0].get("t"))))) else ""))
    if aside:
        out.append("some of it was brushed aside rather than taken in: praise can be hard to take in, and it may be "
                   "worth talking about together what helps it land")
    return "; ".join(out) + "."
