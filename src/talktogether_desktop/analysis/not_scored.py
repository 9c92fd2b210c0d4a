"""Turning toward set beside control: a partner whose own words were heard as threat or control is given no
turning-toward score for the other's bids (walk49a a_sister: "Turned toward the other's bids: Nia 0 of 1, Jess 2 of 2"
where Jess's isolation and monitoring were the recording's safety findings). The bids are still listed, each with what
the reply was; only the tally is left out, and why is said plainly."""

from __future__ import annotations

from typing import Mapping

from .bid_context import CONTROL_KINDS
from .safety import is_listen_only

NOT_SCORED = "not scored: their words were read as control"


def controlling(analysis: Mapping) -> set[str]:
    """The speakers whose words were heard (by a listed phrase, not only to listen to) as threat or control of the
    other, not told by the one it is done to ("You check my location every night.")."""
    return {str(f.get("speaker")) for f in analysis.get("safety_flags") or [] if isinstance(f, dict)
            and f.get("category") in CONTROL_KINDS and f.get("source") == "lexicon" and not is_listen_only(f)
            and not f.get("told_by_the_one_controlled")}


def turned_toward_figure(speaker: Mapping, analysis: Mapping, name: str | None = None) -> str:
    """The figure "Turned toward the other's bids" for one partner: "2 of 3", or why it is not given, naming whose
    words were read as control where the name is known (walk50a: "their words" did not say whose)."""
    if str(speaker.get("id")) in controlling(analysis) and speaker.get("bids_received"):
        why = f"not scored: {name}'s words were read as control" if name else NOT_SCORED
        return f"{speaker.get('bids_received')} bid{'s' if speaker.get('bids_received') != 1 else ''}, {why}"
    return f"{speaker.get('bids_turned_toward', 0)} of {speaker.get('bids_received', 0)}"
