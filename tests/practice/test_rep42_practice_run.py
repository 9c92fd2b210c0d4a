"""rep42: a weekly practice done three weeks running, missed once, then done. The review and the report say the
count and the dates plainly ("done on 1, 8, 15 and 29 Nov; not done on 22 Nov (forgot)"), and the one miss is not
"what got in the way most"."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from talktogether_desktop.practice.assignment import Assignment
from talktogether_desktop.practice.review import build_review

LOGS = [{"day": "2026-11-01", "done": True}, {"day": "2026-11-08", "done": True},
        {"day": "2026-11-15", "done": True}, {"day": "2026-11-22", "done": False, "reason": "forgot"},
        {"day": "2026-11-29", "done": True}]


def _review(logs=LOGS) -> dict:
    a = Assignment(title="One calm 10-minute conversation", behaviour="Each of you says back what you heard first.",
                   anchor="After Sunday dinner", minutes=10, times_per_week=1, days=["SU"], start_date="2026-11-01",
                   end_date="2026-12-05", id=7, couple_id=1)
    return build_review({"assignment": a, "logs": logs, "couple": {"id": 1, "name": "P & T", "partners": ["P", "T"]}},
                        today=date(2026, 12, 5))


def test_the_run_is_said_with_its_count_and_its_dates():
    adherence = _review()["adherence"]
    assert adherence["planned"] == 5 and adherence["done"] == 4 and adherence["not_done"] == 1
    assert adherence["summary"] == ("Done 4 of 5 planned times; done on 1, 8, 15 and 29 Nov; "
                                    "not done on 22 Nov (forgot)")


def test_one_miss_is_not_what_got_in_the_way_most():
    review = _review()
    for points in (review["review_points"], review["shared_points"]):
        assert "What got in the way on 22 Nov: forgot. What would make that easier?" in points, points
        assert not any("most" in p for p in points), points
        assert not any(word in p.lower() for p in points for word in ("failed", "only", "should", "poor")), points


def test_two_misses_still_count_what_got_in_the_way_most():
    logs = LOGS[:3] + [dict(LOGS[3]), {"day": "2026-11-29", "done": False, "reason": "forgot"}]
    review = _review(logs)
    assert review["adherence"]["summary"].endswith("not done on 22 Nov (forgot), 29 Nov (forgot)")
    assert "What got in the way most: forgot (2). What would make that easier?" in review["review_points"]


def test_days_across_months():
    from talktogether_desktop.practice.adherence import day_list

    assert day_list(["2026-11-29", "2026-12-06", "2026-11-22"]) == "22 and 29 Nov and 6 Dec"


def test_the_report_prints_the_run():
    from talktogether_desktop.reports import render_session_prep
    import json
    from pathlib import Path

    analysis = json.loads((Path(__file__).parents[1] / "reports" / "fixtures" / "analysis_demo.json").read_text())
    review = _review()
    context = {"couple_name": "P & T", "partners": {"S1": "P", "S2": "T"}, "recorded_at": "2026-11-29T19:40:00",
               "assignment": dict(review["assignment"], done=True), "practice_review": review}
    for mode in ("clinician", "shareable"):
        pdf = render_session_prep(analysis, context, mode=mode)
        text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
        assert "Done 4 of 5 planned times; done on 1, 8, 15 and 29 Nov; not done on 22 Nov (forgot)" in text, (mode, text)
