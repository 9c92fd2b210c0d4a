"""rep45: a day the practice did not happen, with the reason in the therapist's own words ("he hit me", as one partner
told it), printed those words in the couple's version of the report: on page 1's practice line and in the Practice
table's "Recorded" row. The couple's version says the common reasons (forgot, no time, …) only; the clinician's keeps
the words."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pypdf

from talktogether_desktop.practice.adherence import describe
from talktogether_desktop.practice.assignment import Assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.reports import render_session_prep

DISCLOSURE = "he hit me"


def _review(logs: list[dict]) -> dict:
    a = Assignment(title="One calm 10-minute conversation", behaviour="Each of you says back what you heard first.",
                   anchor="After Sunday dinner", minutes=10, times_per_week=1, days=["SU"], start_date="2026-11-01",
                   end_date="2026-12-05", id=7, couple_id=1)
    return build_review({"assignment": a, "logs": logs, "couple": {"id": 1, "name": "P & T", "partners": ["P", "T"]}},
                        today=date(2026, 12, 5))


def _text(review: dict, mode: str) -> str:
    analysis = json.loads((Path(__file__).parents[1] / "reports" / "fixtures" / "analysis_demo.json").read_text())
    context = {"couple_name": "P & T", "partners": {"S1": "P", "S2": "T"}, "recorded_at": "2026-11-29T19:40:00",
               "assignment": dict(review["assignment"], done=True), "practice_review": review}
    pdf = render_session_prep(analysis, context, mode=mode)
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


LOGS = [{"day": "2026-11-01", "done": True}, {"day": "2026-11-08", "done": False, "reason": DISCLOSURE},
        {"day": "2026-11-15", "done": False, "reason": "forgot"}, {"day": "2026-11-22", "done": True}]


def test_the_couples_version_prints_no_reason_in_the_therapists_own_words():
    review = _review(LOGS)
    clinician, shared = _text(review, "clinician"), _text(review, "shareable")
    assert f"not done on 8 Nov ({DISCLOSURE})" in clinician
    assert DISCLOSURE not in shared.lower(), shared
    # the days and the common reason are still theirs to read, on page 1 and in the Practice table
    assert shared.count("done on 1 and 22 Nov; not done on 8 Nov, 15 Nov (forgot)") == 2, shared


def test_a_long_practice_said_in_counts_leaves_the_own_words_out_too():
    days = [f"2026-11-{d:02d}" for d in range(1, 31)]
    logs = [{"day": d, "done": i % 3 != 0, "reason": None if i % 3 else DISCLOSURE} for i, d in enumerate(days)]
    adherence = _review(logs)["adherence"]
    assert DISCLOSURE in describe(adherence)
    assert DISCLOSURE not in describe(adherence, for_both=True)
    assert DISCLOSURE not in adherence["shared_summary"]
