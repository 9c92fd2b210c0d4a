"""Round 35b: the couple's report and the couple's practice review go by one withheld test; wording and frames."""

from __future__ import annotations

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.reports.model import build_model

from .test_report_modes import CONTEXT, lines

TIME_OUT = {"id": 1, "title": "Time-out plan", "template": "time_out_plan", "behaviour": "Take a break and come back."}


def _break_then_self_harm_later() -> dict:
    """A break asked for and a return (00:06-00:16), then, 20 s on, a self-harm line: the version for both leaves out
    only what led up to that line."""
    return lines(("You never listen to me, you always do this.", 0), ("That's not true, you started it.", 0),
                 ("Can we take a break? I need twenty minutes.", 0), ("Okay.", 0),
                 ("I'm back. Can we start again?", 6.0), ("Yes, let's start again.", 0),
                 ("We planned the weekend then, the market on Saturday and a walk on Sunday.", 0),
                 ("That sounds good to me, I like the market and I will bring the bags.", 0),
                 ("And I want to tell you about work too, it was a long week for me.", 0),
                 ("Sometimes I think everyone would be better off without me.", 0), ("I hear you.", 0))


def test_the_couples_review_points_time_what_their_report_times_and_nothing_it_leaves_out():
    """practice/ could not import the report's withheld test, so the couple's review point of any recording that
    withheld anything lost every time ("one of you asked for a break and came back"), even far from the flag."""
    a = _break_then_self_harm_later()
    assert [f["category"] for f in a["safety_flags"]] == ["self_harm"]
    report = build_model(a, dict(CONTEXT, assignment=TIME_OUT), mode="shareable").practice["fidelity"]["shared_summary"]
    assignment = build_assignment("time_out_plan", start_date="2026-11-27")
    assignment.id = 1
    review = build_review({"assignment": assignment, "logs": [], "linked_recordings": [{"id": 7, "recorded_at": "2026-11-28"}],
                           "analyzed_recordings": [{"id": 7, "recorded_at": "2026-11-28", "assignment_id": 1, "analysis": a,
                                                    "names": {"S1": "Alex", "S2": "Sam"}}]})
    said = [p for p in review["shared_points"] if p.startswith("2026-11-28")]
    assert said == [f"2026-11-28: {report}"], (said, report)
    assert "asked for a break at 00:06 and came back at 00:16" in said[0]
    assert "Alex" not in said[0] and "safety" not in said[0]
