"""rep45: two days missed, one "forgot" and one with a reason in the therapist's own words: the review (and both
versions of the report) said "What got in the way most: forgot (1)", a "most" no count supports. A common reason said
once is said with its day, as a single miss is."""

from __future__ import annotations

from datetime import date

from talktogether_desktop.practice.assignment import Assignment
from talktogether_desktop.practice.review import build_review


def _points(logs: list[dict]) -> dict:
    a = Assignment(title="One calm 10-minute conversation", behaviour="Each of you says back what you heard first.",
                   anchor="After Sunday dinner", minutes=10, times_per_week=1, days=["SU"], start_date="2026-11-01",
                   end_date="2026-12-05", id=7, couple_id=1)
    review = build_review({"assignment": a, "logs": logs, "couple": {"id": 1, "name": "P & T", "partners": ["P", "T"]}},
                          today=date(2026, 12, 5))
    return review["review_points"], review["shared_points"]


def test_a_reason_said_once_beside_another_is_not_what_got_in_the_way_most():
    logs = [{"day": "2026-11-01", "done": True}, {"day": "2026-11-08", "done": False, "reason": "his mother visited"},
            {"day": "2026-11-15", "done": False, "reason": "forgot"}, {"day": "2026-11-22", "done": True}]
    for points in _points(logs):
        assert "What got in the way on 15 Nov: forgot. What would make that easier?" in points, points
        assert not any("most" in p for p in points), points


def test_a_reason_said_twice_is_still_the_most():
    logs = [{"day": "2026-11-01", "done": False, "reason": "no time"}, {"day": "2026-11-08", "done": False,
            "reason": "forgot"}, {"day": "2026-11-15", "done": False, "reason": "forgot"}]
    for points in _points(logs):
        assert "What got in the way most: forgot (2). What would make that easier?" in points, points
