"""How page 1 says a need or bid was answered ("Ben took it up"), by what the analysis read in the reply."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..timefmt import clock
from .bid_context import FLOODED

REPLIES = {"toward": "took it up", "away": "did not take it up", "against": "answered it with push-back",
           # reaching.py: after a threat a reply is not read as turning toward
           "unclear": "replied, but that reply is not read as taking it up or not",
           "recording_ended": "could not reply before the recording ended"}
# a reply read as safety language is never "push-back" (rep47 dev isolation_monitoring: "Ana answered it with push-back"
# of “I checked your phone, I know who you were texting.”, which the bid's line on page 2 names)
SAFETY_REPLY = re.compile(r"threat|control|violence|blaming")


# The language a reply read neither way came after, in the kind the analysis found (walk49a a_sister: "came after a threat
# or control, or with words of self-harm" and "after a threat, the reply is not read either way" after isolation alone)
KIND_WORDS = {"threat or intimidation": "a threat", "threat about therapy": "a threat about therapy",
              "violence": "words of violence", "fear of the partner": "words of fear of the partner",
              "self-harm": "words of self-harm", "coercive control": "words of control"}


def kind_words(group: str) -> str:
    """"a threat", "words of control (isolation)", "a possible threat" for a flag's group ("threat or intimidation",
    "coercive control: isolation", "possible threat or intimidation")."""
    group = group.strip()
    if group.startswith("possible "):
        said = kind_words(group[len("possible "):].split(" (", 1)[0])
        return f"a possible {said[2:]}" if said.startswith("a ") else f"possible {said}"
    if group.startswith("coercive control: "):
        return f"words of control ({group.split(': ', 1)[1]})"
    return KIND_WORDS.get(group, f"words of {group}" if group else "safety language")


def unread_after(reason: str, own: bool = False) -> str:
    """Why a reply is read neither way, from the analysis's reason, in the kind found: "after words of control
    (isolation)", "after a threat", "with words of self-harm", "with words of flooding"; "" for no such reason. `own`:
    said of the bidder, whose own words the control was, before or just after the reply ("near their own words of control
    (isolation)")."""
    reason = str(reason or "")
    if reason.startswith(("the reply told of self-harm", "the reply holds words of self-harm")):
        return "with words of self-harm"
    if reason == FLOODED:
        return "with words of flooding"
    if reason.startswith("a question about self-harm"):
        return "as the answer to a question about self-harm"
    if reason.startswith("a short reply to praise"):
        return "as a short reply to praise, read by its meaning only"
    head = reason.split(",")[0]
    if head.startswith("after the "):
        return f"after {kind_words(head[len('after the '):])}"
    if head.startswith("after ") and "'s " in head:  # the bidder's own words read as control
        who, kind = head[len("after "):].split("'s ", 1)
        return f"near their own {kind_words(kind)}" if own else f"after {who}'s {kind_words(kind)}"
    return ""


def reply_said(item: Mapping) -> str:
    """The words after the replier's name for the reply to `item` (a reaching_for entry)."""
    said = REPLIES[item["response"]]
    reason = str(item.get("response_reason") or "")
    # (rep46 heldout2 low_mood: "the reply holds words of self-harm" was said "after a threat that reply…", with
    # no threat heard; a reply after control is said after the control the analysis names)
    if reason.startswith(("the reply told of self-harm", "the reply holds words of self-harm")):
        said = "answered with words of self-harm, not read as taking it up or not"
    elif reason == FLOODED:  # (rep47 dev flooding_timeout: "My heart is pounding, …" was "took it up")
        said = "answered with words of flooding (being overwhelmed), not read as taking it up or turning from it"
    elif item["response"] == "against" and reason.startswith("reply with ") and SAFETY_REPLY.search(reason):
        said = f"answered with {reason[len('reply with '):]} (see the safety passages)"
    elif item["response"] == "unclear" and unread_after(reason).startswith("after "):
        said = f"replied, but {unread_after(reason)} that reply is not read as taking it up"
    if item["response"] == "against" and reason.endswith("check the recording"):
        said = "may have answered it with push-back (an unsure reading: check the recording)"
    return said


def fear_response_after(f: Mapping, flags: Sequence[Mapping], n) -> str:
    """What a possible fear response came after, in the kind found and whose ("after the other partner's words of control
    (money) at 01:21"), never "the other partner's threat or control" of the speaker's own line (walk49b d_debt)."""
    cause = next((g for g in flags if g.get("after_flag_t") is None and f.get("after_flag_t") is not None
                  and abs(g["t"] - f["after_flag_t"]) < 0.01), None)
    if cause is None:
        return "after the other partner's threat or control"
    kind = kind_words(str(cause.get("group") or cause.get("category") or ""))
    kind = ("possible " if cause.get("source") == "meaning" or cause.get("listen_only") else "") + (
        kind[2:] if kind.startswith("a ") else kind)
    whose = "the other partner's" if cause["speaker"] != f["speaker"] else f"{n(f['speaker'])}'s own"
    return f"after {whose} {kind} at {clock(cause['t'])}"
