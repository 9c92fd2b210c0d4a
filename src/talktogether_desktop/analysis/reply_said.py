"""How page 1 says a need or bid was answered ("Ben took it up"), by what the analysis read in the reply."""

from __future__ import annotations

import re
from typing import Mapping

from .bid_context import FLOODED

REPLIES = {"toward": "took it up", "away": "did not take it up", "against": "answered it with push-back",
           # reaching.py: after a threat a reply is not read as turning toward
           "unclear": "replied, but after a threat that reply is not read as taking it up",
           "recording_ended": "could not reply before the recording ended"}
# a reply read as safety language is never "push-back" (rep47 dev isolation_monitoring: "Ana answered it with push-back"
# of “I checked your phone, I know who you were texting.”, which the bid's line on page 2 names)
SAFETY_REPLY = re.compile(r"threat|control|violence|blaming")


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
    elif item["response"] == "unclear" and reason.startswith("after the "):
        said = f"replied, but {reason.split(',')[0]} that reply is not read as taking it up"
    if item["response"] == "against" and reason.endswith("check the recording"):
        said = "may have answered it with push-back (an unsure reading: check the recording)"
    return said
