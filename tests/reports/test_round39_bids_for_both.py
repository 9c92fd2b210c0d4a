"""Walk-through 38l (c1): the couple's version listed four of Claire's bids, each "It was not taken up" under Tom's
words, beside "Tom: Nothing to show here.", and page 1 said "Claire seemed to be reaching for closeness: “I just miss
you.” (01:05); it was not taken up.": a one-sided list of misses, read as a verdict on Tom. The couple's page now
counts the bids of both together, says how many were taken up and lists only those, each beside its speaker's words."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


def _bids(text: str) -> str:
    at = text.index("What each partner was reaching for")
    return text[at:text.index("Notes for the session", at)]


def test_one_partners_bids_that_were_not_taken_up_are_counted_for_both_never_listed():
    a = lines(("I just miss you. Can we have dinner together tonight?", 0), ("I've got the references to fix.", 1.0),
              ("I need you to look at me when I talk to you.", 0), ("Mm.", 2.0),
              ("Can you tell me about your day?", 0), ("I'm going to the study.", 1.5))
    assert len(a["reaching_for"]["S1"]) == 4 and not a["reaching_for"].get("S2")
    assert all(b["response"] in ("away", "against") for b in a["reaching_for"]["S1"])
    clinician = text_of(render_session_prep(a, CONTEXT))
    assert "Sam did not take it up" in clinician  # the clinician's columns keep every reply
    shared = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    bids = _bids(shared)
    for said in ("It was not taken up", "Nothing to show here", "pushed it away", "references to fix", "Mm.",
                 "going to the study", "I just miss you", "Alex", "Sam"):
        assert said not in bids, (said, bids)
    assert ("Between you, 4 needs and bids were picked up in this recording; none of them was taken up. They may be "
            "worth going back to together.") in bids, bids
    page_one = shared[:shared.index("Page 1 of")]
    assert "seemed to be reaching for" not in page_one and "it was not taken up" not in page_one, page_one
    assert "1. Between you, 4 needs and bids were picked up in this recording" in page_one, page_one


def test_the_bids_taken_up_are_listed_for_both_partners_in_time_order_with_a_count_of_the_rest():
    a = lines(("Can you tell me about your day?", 0), ("Sure, it was long. Can we go for a walk later?", 0),
              ("Yes, I'd love that. I need you to put your phone away at dinner.", 0), ("Whatever.", 2.0))
    shared = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    bids = _bids(shared)
    # (rep42: the count is said once, on page 1; the list says which, "The 2 taken up (of 3 in all):")
    assert ("Between you, 3 needs and bids were picked up in this recording; 2 were taken up and 1 was not "
            "taken up.") in shared[:shared.index("Page 1 of")], shared
    assert "The 2 taken up (of 3 in all):" in bids and "picked up in this recording" not in bids, bids
    alex, sam = bids.index("Alex 00:00"), bids.index("Sam 00:04")
    assert alex < sam and "“Can you tell me about your day?”" in bids and "“Can we go for a walk later?”" in bids
    assert "Whatever" not in bids and "phone away" not in bids, bids


def test_a_bid_the_recording_ends_on_is_not_counted_as_not_taken_up():
    """walk38l c2: Lena's "okay, come here." is the last line; the couple's page may not count it as one not taken up."""
    a = lines(("Can you tell me about your day?", 0), ("Sure, it was long. Can we go for a walk later?", 0))
    assert a["reaching_for"]["S2"][0]["response"] == "recording_ended"
    bids = _bids(text_of(render_session_prep(a, CONTEXT, mode="shareable")))
    assert ("Between you, 2 needs and bids were picked up in this recording; 1 was taken up (below) and 1 came as "
            "the recording ended.") in bids, bids
    assert "not taken up" not in bids
