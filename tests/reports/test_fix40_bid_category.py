"""Fix 40: the couple's version printed "Something else" as a bid's category (an analysis's placeholder for a need it
could not place; older analyses stored it as the label, or only the category "other"). The couple's version never
shows a placeholder: the category is left out and the partner's own words stay. A real analysis, a real PDF."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import spoken
from .test_report_for_both import text_of
from .test_report_modes import CONTEXT

NAMES = {"S1": "Ana", "S2": "Ben"}
WHO = dict(CONTEXT, partners=NAMES, couple_name="Ana & Ben")


def _tickets() -> dict:
    analysis = analyze(spoken(("S1", "Look, I got the tickets for the concert on Friday!", 0),
                              ("S2", "Oh wow, that's great, I can't wait to go with you.", 0.4)), names=NAMES)
    [bid] = analysis["reaching_for"]["S1"]
    assert bid["category"] == "other" and bid["response"] == "toward"
    return analysis


@pytest.mark.parametrize("stored", [{"label": "something else"}, {"label": None}])
def test_the_couples_version_never_prints_a_placeholder_category(stored):
    analysis = _tickets()
    bid = analysis["reaching_for"]["S1"][0]
    bid.update(stored)
    if bid["label"] is None:
        del bid["label"]  # an older analysis: the category "other" alone
    page = text_of(render_session_prep(analysis, WHO, mode="shareable"))
    assert "tickets for the concert" in page, page  # the bid itself is still there, in Ana's words
    assert "something else" not in page.lower() and "00:00 Other" not in page, page
