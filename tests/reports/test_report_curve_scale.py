"""The printed intensity curve keeps a fixed scale: a calm talk must not fill the chart (issue 15)."""
from __future__ import annotations

import copy
import json
from pathlib import Path

from talktogether_desktop.reports.charts import curve_top
from talktogether_desktop.reports.model import build_model

DEMO = json.loads((Path(__file__).parent / "fixtures" / "analysis_demo.json").read_text())


def _with_curve(scores: list[float]) -> dict:
    analysis = copy.deepcopy(DEMO)
    analysis["escalation_curve"] = [{"t": 2.0 * i, "end": 2.0 * i + 10, "score": s} for i, s in enumerate(scores)]
    analysis["escalation_points"] = []
    return analysis


def test_a_calm_curve_stays_low_instead_of_filling_the_chart():
    model = build_model(_with_curve([0.1, 0.3, 0.4, 0.2]))
    threshold = model.heated
    assert threshold > 0.4
    # The calm curve's highest point is drawn below a third of the chart's height.
    assert max(s for _, s in model.curve) / curve_top(model) < 1 / 3


def test_a_curve_past_the_top_raises_it():
    model = build_model(_with_curve([0.5, 2.0, 7.5, 1.0]))
    assert curve_top(model) >= 7.5


def test_the_threshold_comes_from_the_analysis_parameters():
    analysis = _with_curve([0.5, 1.0])
    analysis["params"] = dict(analysis.get("params") or {}, escalation_threshold=0.25)
    assert build_model(analysis).heated == 0.25
    assert abs(curve_top(build_model(analysis)) - 1.05) < 1e-9
