"""The review's points for the couple: a calm practice recording that needed no repair is not told its repair attempts
"went down" (a walk-through's practice of appreciations, 34 s, against a 76 s quarrel before it)."""

from __future__ import annotations

from talktogether_desktop.practice.review import _trend_points, build_trend


def _rec(rid: int, repairs: int, peaks: int) -> dict:
    return {"recording_id": rid, "named": True,
            "metrics": {"partners": {"Jon": {"repair_attempts": repairs, "interruptions_made": 0},
                                     "Maya": {"repair_attempts": 0, "interruptions_made": 0}},
                        "escalation_points": peaks, "escalation_peak": None}}


def test_fewer_repairs_in_a_practice_that_never_heated_up_is_not_a_point_to_raise():
    trend = build_trend([_rec(1, 1, 2)], [_rec(2, 0, 0)])
    points = _trend_points(trend)
    assert not any("Repair attempts" in p for p in points), points
    assert any("Escalation peaks went down (2 to 0)" in p for p in points), points
    assert any(line.startswith("Repair attempts (Jon): 1 in earlier recordings, 0 this time") for line in trend["lines"])


def test_fewer_repairs_in_a_practice_that_heated_up_is_still_raised():
    points = _trend_points(build_trend([_rec(1, 2, 2)], [_rec(2, 0, 1)]))
    assert any("Repair attempts by Jon went down (2 to 0)" in p for p in points), points
