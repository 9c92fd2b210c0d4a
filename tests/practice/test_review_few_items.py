"""A share from one or two items is said as counts, not a percentage: a walk-through's review gave "67% in earlier
recordings, 0% this time" for how much of Priya's reaching was turned toward, from a single bid this time."""

from __future__ import annotations

from talktogether_desktop.practice.review import build_trend, recording_metrics


def _rec(rid: int, result: dict) -> dict:
    return {"recording_id": rid, "named": True, "metrics": recording_metrics(result, {"S1": "Priya", "S2": "Tom"})}


def _reaching_line(trend: dict, who: str) -> str:
    return next(line for line in trend["lines"] if line.startswith(f"Share of that reaching the other turned toward ({who})"))


def test_a_share_of_fewer_than_three_bids_is_given_as_counts(practice_data):
    result = practice_data.analysis_result
    before = result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {"S1": [("respect", "toward"), ("closeness", "toward"),
                                                               ("space", "away")], "S2": [("closeness", "away")]})
    now = result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {"S1": [("respect", "away")], "S2": [("closeness", "toward")]})
    trend = build_trend([_rec(1, before)], [_rec(2, now)])
    line = _reaching_line(trend, "Priya")
    assert line.endswith(": 2 of 3 in earlier recordings, 0 of 1 this time."), line
    assert "%" not in line and "%" not in _reaching_line(trend, "Tom")
    values = next(m for m in trend["metrics"] if m["key"] == "reaching_met")["values"]["Priya"]
    assert values["counts"] == {"before": [2, 3], "now": [0, 1]} and values["series"] == [0.67, 0.0]


def test_a_share_of_three_bids_or_more_on_both_sides_stays_a_percentage(practice_data):
    result = practice_data.analysis_result
    three = [("respect", "toward"), ("closeness", "toward"), ("space", "away")]
    before = result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {"S1": three})
    now = result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {"S1": [(c, "toward") for c, _ in three]})
    line = _reaching_line(build_trend([_rec(1, before)], [_rec(2, now)]), "Priya")
    assert line.endswith(": 67% in earlier recordings, 100% this time."), line
