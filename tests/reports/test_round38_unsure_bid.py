"""Round 38 (walk37h conv2, as heard): a need or bid read with low confidence has no words on the couple's page (the
recogniser was unsure of them), so it was printed as "Rob seemed to be reaching for something else (00:45); it was
taken up." and, in his column, "Something else 00:45 / It was taken up: “No, okay.”": a misheard threat shown to the
couple as a bid that Jess took up. The couple's version leaves such a reading out; the clinician's keeps it, marked."""

from __future__ import annotations

import copy

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


@pytest.fixture(scope="module")
def unsure_bid():
    a = lines(("Have you got a minute to talk about Saturday?", 0), ("Sure, what is happening on Saturday?", 0),
              ("Can you come with me to my sister's party on Saturday?", 0), ("Yes, I would love to come.", 0),
              ("Thank you. That means a lot to me.", 0), ("Of course. What time does it start?", 0))
    bid = next(b for b in a["reaching_for"]["S1"] if "party" in b["quote"])
    assert bid["response"] == "toward"
    low = copy.deepcopy(a)
    for b in low["reaching_for"]["S1"]:
        if b["t"] == bid["t"]:  # as the analysis marks a bid whose words the recogniser was unsure of
            b["confidence"] = "low"
    return a, low, bid


def test_the_couples_version_leaves_out_a_bid_read_with_low_confidence(unsure_bid):
    sure, low, bid = unsure_bid
    # ("other": the analysis's category for a bid of no named need; rep41: "Bid (no need named)", not "Something else")
    said = "Bid (no need named) 00:06"
    shown = text_of(render_session_prep(sure, CONTEXT, mode="shareable"))
    assert "sister's party" in shown and "Alex 00:06 \u201cCan you come" in shown, shown  # a sure reading, quoted
    assert "something else" not in shown.lower(), shown  # (fix40: no placeholder category in the couple's version)
    both = text_of(render_session_prep(low, CONTEXT, mode="shareable"))
    assert "sister's party" not in both
    assert "seemed to be reaching for" not in both and "reaching for Needs, wishes and bids in your own words; the " \
        "category is a tentative reading. Nothing to show here." in both, both
    clinician = text_of(render_session_prep(low, CONTEXT))
    assert said + " (words uncertain: check the recording)" in clinician, clinician
