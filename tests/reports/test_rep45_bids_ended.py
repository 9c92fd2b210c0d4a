"""rep45 (walk44a b): the bids line said "all 2 of Maya's bids came as the recording ended" (the "never all 2" of
rep44 held only for bids that were met), and "the last came as the recording ended" where the last two did."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Rosa & Ben", "partners": {"S1": "Rosa", "S2": "Ben"}, "recorded_at": "2026-11-27T19:40:00"}


def _bids_line(bids_met: dict) -> str:
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["bids_met"] = bids_met
    pdf = render_session_prep(a, CONTEXT)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    return text.split("Bids for connection: ")[1].split(".")[0]


def test_two_bids_that_came_as_the_recording_ended_are_both_not_all_two():
    line = _bids_line({"S1": {"toward": 0, "away": 0, "against": 0, "unclear": 0, "recording_ended": 2, "total": 2},
                       "S2": {"toward": 0, "away": 0, "against": 2, "unclear": 0, "recording_ended": 0, "total": 2}})
    assert line == "both of Rosa's bids came as the recording ended, before any reply; Rosa turned against both of Ben's bids"


def test_the_last_two_that_came_as_it_ended_are_counted():
    line = _bids_line({"S1": {"toward": 2, "away": 1, "against": 0, "unclear": 0, "recording_ended": 2, "total": 5},
                       "S2": {"toward": 1, "away": 0, "against": 0, "unclear": 0, "recording_ended": 1, "total": 2}})
    assert line == ("Ben turned toward 2 and away from 1 of Rosa's 5 bids; the last 2 came as the recording ended, "
                    "before any reply; Rosa turned toward 1 of Ben's 2 bids; the last came as the recording ended, "
                    "before any reply"), line
