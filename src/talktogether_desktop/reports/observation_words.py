"""An analysis observation's sentence as the clinician reads it, the same in the PDF and in `talktogether analyze`:
heated stretches that eased said in plain words, and a "went quiet" line left out where the pursue-withdraw line
already says it with the same example."""

from __future__ import annotations

import re
from typing import Mapping

_EASED = re.compile(r"(\d+) of (\d+) heated stretch(?:es)? eased after one\.")
_NONE_MET = re.compile(r"(needs and bids,) 0 were met by turning toward them\.")
_ALL_MET = re.compile(r"(\S+'s (\d+) needs and bids,) (\d+) were met")


def eased(landed: int, stretches: int, repairs: int) -> str:
    """How many heated stretches eased after a repair attempt, in plain words (never "1 of 1 heated stretch eased
    after one")."""
    if stretches == 1:
        return f"The heated stretch eased after {'it' if repairs == 1 else 'one of them'}."
    return f"{landed} of the {stretches} heated stretches eased after a repair attempt."


_QUOTED = re.compile("\u201c([^\u201c\u201d]+)\u201d")


def _clear_repair(quote: str, analysis: Mapping) -> str:
    """A repair attempt's quote (the analysis's first words of it) as its clear end where most of it was guesses (rep46
    a_father on audio: "He didn't … my mind and you're shutting … half …" for "Sorry. I jumped in there.")."""
    from .quote_ends import clear_tail

    start = quote.rstrip("\u2026 ")
    full = next((str(r.get("quote") or "") for r in analysis.get("repairs") or [] if isinstance(r, Mapping)
                 and start and str(r.get("quote") or "").startswith(start)), "")
    return clear_tail(full) if full and clear_tail(full) != full else quote


def plain(observation: Mapping, text: str, analysis: Mapping) -> str:
    """The analysis's "1 of 1 heated stretch eased after one." (the demo) as "The heated stretch eased after it.", as
    the couple's page says it; "0 were met by turning toward them" as "none was"; and its placeholder for a bid of no
    named need ("reaching for something else") as "reaching out"."""
    if observation.get("kind") == "repair":
        repairs = len(analysis.get("repairs") or [])

        def said(m: re.Match) -> str:
            landed, stretches = int(m.group(1)), int(m.group(2))
            if landed == 0:
                return ("The heated stretch did not ease straight after one." if stretches == 1
                        else f"None of the {stretches} heated stretches eased straight after one.")
            return eased(landed, stretches, repairs)
        text = _EASED.sub(said, text)
        text = _QUOTED.sub(lambda m: f"\u201c{_clear_repair(m.group(1), analysis)}\u201d", text)
    # ("Of Dev's 4 needs and bids, 0 were met by turning toward them.": a zero read as a score, as rep41's bids line)
    text = _NONE_MET.sub(r"\1 none was met by turning toward them.", text)
    # (rep46 heldout13 sister_visit: "Of Lena's 3 needs and bids, 3 were met": every one is "all 3", two "both")
    text = _ALL_MET.sub(lambda m: f"{m.group(1)} {'both' if m.group(2) == '2' else 'all ' + m.group(2)} were met"
                        if m.group(2) == m.group(3) else m.group(0), text)
    return text.replace(" reaching for something else", " reaching out")


def said_in_cycle(observation: Mapping, analysis: Mapping, kept=lambda o: True) -> bool:
    """Whether this is a "went quiet or gave short replies N times, e.g. …" line whose example a pursue-withdraw
    observation (one `kept` on the page) already gives, counting the same quiet replies (walk42a b: "Dev went quiet …
    4 times, e.g. “Dunno.” at 01:00" twice on page 1). One with an example the cycle does not give still says more."""
    if observation.get("kind") != "withdrawal":
        return False
    example = str(observation.get("text") or "").partition(", e.g. ")[2].rstrip(".")
    return bool(example) and any(
        example in str(o.get("text") or "") for o in analysis.get("observations") or []
        if isinstance(o, Mapping) and o.get("kind") == "pursue_withdraw" and kept(o))


FIRST = " before anything else"


def first_before_anything_else(picked: list) -> list:
    """"… Please listen to this moment before anything else." said of the first line only: four safety lines in a row
    each to be heard "before anything else" (walk43a c) contradict each other; the others are to listen to."""
    out, said = [], False
    for text, t in picked:
        if FIRST in text:
            text = text.replace(FIRST, "") if said else text
            said = True
        out.append((text, t))
    return out
