"""rep45 (dev chores, walk44a b): page 1 said "Of Maya's 4 needs and bids, 0 were met by turning toward them.": a zero
read as a score (rep41 took the zeros out of the bids line for that). It says "none was met"."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Maya & Jonas", "partners": {"S1": "Maya", "S2": "Jonas"}, "recorded_at": "2026-11-22T19:40:00"}


def _page_one(toward: int) -> str:
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["observations"] = [{"kind": "reaching_for", "score": 34.0, "rank": 1, "confidence": "medium",
                          "text": "S1 seemed to be reaching for respect and being heard: \u201cI need to know you hear "
                                  "me.\u201d (00:25); S2 answered it with push-back. Of S1's 4 needs and bids, "
                                  f"{toward} {'was' if toward == 1 else 'were'} met by turning toward "
                                  f"{'it' if toward == 1 else 'them'}.",
                          "evidence": [{"t": 25.0, "speaker": "S1", "quote": "I need to know you hear me."}]}]
    pdf = render_session_prep(a, CONTEXT)
    return " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_no_bid_met_is_said_as_none():
    page = _page_one(0)
    assert "Of Maya's 4 needs and bids, none was met by turning toward them." in page, page
    assert "0 were met" not in page


def test_some_met_keep_their_count():
    assert "Of Maya's 4 needs and bids, 2 were met by turning toward them." in _page_one(2)
