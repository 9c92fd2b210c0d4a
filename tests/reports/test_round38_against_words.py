"""Round 38 (walk37i c3): a bid brushed aside ("Whatever.") or shut down ("There's nothing to say.") was printed as
"answered with a counter-point" on both versions; only a defence is a counter-point."""

from __future__ import annotations

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

BID = "Can you ask me about my day sometimes? I would like that."
# reply -> (the clinician's words, the couple's words), as the analysis reads each reply
REPLIES = {"Whatever.": ("Sam brushed it aside", "It was brushed aside"),
           "There's nothing to say.": ("Sam pushed it away", "It was pushed away"),
           "That's not true, I did ask you yesterday.": ("Sam answered with a counter-point",
                                                         "It was answered with a counter-point"),
           "You are pathetic, honestly.": ("Sam answered with contempt", "It was answered sharply")}


@pytest.mark.parametrize("reply", sorted(REPLIES))
def test_a_reply_that_turned_against_a_bid_is_said_as_what_it_did(reply):
    a = lines((BID, 0), (reply, 0), ("Okay.", 1.0))
    assert [b["response"] for b in a["reaching_for"]["S1"]] == ["against"]
    clinician, both = REPLIES[reply]
    said = text_of(render_session_prep(a, CONTEXT))
    assert f"{clinician}: \u201c{reply}\u201d" in said, said
    shared = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    # (round 39: the couple's version lists only the bids taken up and counts the rest for both of them, so neither
    # the reply nor what it did is quoted there: test_round39_bids_for_both.py)
    assert reply not in shared and both not in shared, shared
    assert "it was not taken up" in shared, shared
    if "not true" not in reply:
        assert "counter-point" not in said + shared
