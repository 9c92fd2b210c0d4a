"""rep48, the couple's version of a 61-minute recording (heldout10-16 joined): across the six minutes left out after a
threat the curve was drawn as one straight ramp up to the rise that came just after them, a shape no talk draws, which
pointed at what was left out. The bridge across a stretch left out now stays on the calm floor."""

from __future__ import annotations

from talktogether_desktop.reports.model import build_model
from talktogether_desktop.reports.modes import window_reach

from .report_synthetic import synthetic_analysis


def test_the_couples_curve_across_a_stretch_left_out_lies_on_the_floor():
    analysis = synthetic_analysis(60)
    rise = sorted(analysis["escalation_points"], key=lambda p: p["start"])[3]  # a rise, just after a threat's stretch
    for w in analysis["escalation_curve"]:  # (its build-up begins as the stretch ends)
        if rise["start"] - 20 <= w["t"] < rise["start"]:
            w["score"] = 2.5
    analysis["safety_flags"] = [{"t": rise["start"] - 142.0, "end": rise["start"] - 140.0, "speaker": "S1",
                                 "category": "threat", "quote": "You'll be sorry.", "confidence": "medium",
                                 "source": "lexicon"}]
    both = build_model(analysis, mode="shareable")
    reach = window_reach(analysis)
    inside = [(t, s) for t, s in both.curve if any(a - reach <= t <= b + reach for a, b in both.hidden)]
    assert inside and max(s for _, s in inside) == 0.0, inside
    assert max(s for t, s in both.curve if rise["start"] <= t <= rise["end"]) > 0.5  # (the rise it shows is drawn)
