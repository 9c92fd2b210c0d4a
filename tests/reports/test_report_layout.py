"""Page one stands alone, but a page one that runs over does not leave the next page all but empty: a walk-through's
clinician report had page 2 holding only the last two check-in questions, then Key moments from page 3."""

from __future__ import annotations

import io

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import conversation, end_of, say
from .test_report_modes import money  # noqa: F401 (the fixture)

CONTEXT = {"couple_name": "Alex & Sam", "partners": {"S1": "Alex", "S2": "Sam"}, "recorded_at": "2026-11-28"}


def _result():
    out, t = [], 0.0
    for k, text in enumerate(("Sometimes I think everyone would be better off without me.",
                              "Oh here we go again, stop being so dramatic.", "I need you to ask about my day sometimes.",
                              "Did you pay the electricity bill?", "Okay, I'm sorry, I got loud.", "I'm sorry too.")):
        u = say("S1" if k % 2 == 0 else "S2", t, text)
        out.append(u)
        t = end_of(u) + 0.5
    return analyze(conversation(*out), names={"S1": "Alex", "S2": "Sam"})


def _pages(result) -> list[str]:
    pdf = render_session_prep(result, CONTEXT)
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_a_page_one_that_runs_over_is_followed_on_the_same_page_by_the_key_moments():
    result = _result()
    long = ("Safety language (self-harm) at 00:01: Alex said “Sometimes I think everyone would be better off without me.” "
            "Please listen to this moment before anything else, and listen to the minute before it as well, with "
            "what was said just after it.")
    crowded = dict(result, observations=[{"kind": "safety", "text": f"{k}. {long}", "rank": k,
                                          "evidence": [{"t": 0.0, "speaker": "S1", "quote": ""}]} for k in range(5)])
    pages = _pages(crowded)
    assert "Questions you might ask" in pages[0] and "SAFETY FIRST" not in pages[0]
    spilled = next(i for i, p in enumerate(pages) if "Before assigning any recorded practice" in p)
    assert spilled == 1, "page one should run over onto page 2 for this test"
    assert "SAFETY FIRST" in pages[1], pages[1][:300]


def test_a_page_one_that_fits_is_followed_by_a_new_page():
    pages = _pages(_result())
    assert "Questions you might ask" in pages[0] and "SAFETY FIRST" not in pages[0]
    assert pages[1].startswith("Key moments SAFETY FIRST")


def test_no_page_opens_on_the_bids_line_cut_off_from_its_table(money):
    """A walk-through's page 3 opened on "Bids for connection: Alex turned toward 0 …" alone, its Four Horsemen table
    at the foot of page 2."""
    pages = _pages(money)
    assert any("Bids for connection" in p for p in pages)
    for page in pages[1:]:
        # (the running header is drawn after the page's body: either may come first in the text)
        assert not page.startswith("Bids for connection") and "2026 Bids for connection" not in page, page[:200]
    with_bids = next(p for p in pages if "Bids for connection" in p)
    assert "The Four Horsemen, per partner" in with_bids
