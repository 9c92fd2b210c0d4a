"""The couple's version draws no more than it says: a rise it leaves out (a flagged passage, what led up to it) is
not drawn on the intensity curve either, nor counted, nor does it set the curve's scale. A walk-through's shareable
page showed a tall unnumbered hump where the text said nothing: its shape pointed at what was withheld."""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.charts import curve_top
from talktogether_desktop.reports.model import build_model
from talktogether_desktop.reports.modes import calm_on_the_floor, flagged_spans
from talktogether_desktop.reports.sections import WITHHELD

from .report_synthetic import synthetic_analysis

DEMO = json.loads((Path(__file__).parent / "fixtures" / "analysis_demo.json").read_text())


def _flagged_at_the_rise() -> dict:
    analysis = copy.deepcopy(DEMO)
    turn = next(t for t in analysis["turns"] if t["start"] <= 36.0 <= t["end"] + 2.0)
    analysis["safety_flags"] = [{"t": 36.0, "end": 38.0, "speaker": turn["speaker"], "category": "self_harm",
                                 "quote": "I just want to go to sleep and not wake up.", "phrase": "not wake up",
                                 "confidence": "medium", "source": "lexicon"}]
    analysis["safety_prompt"] = {"t": 36.0, "speaker": turn["speaker"], "text": "Assess risk before the next session."}
    return analysis


def test_the_couples_curve_shows_no_rise_where_the_text_leaves_one_out():
    analysis = _flagged_at_the_rise()
    clinician, both = build_model(analysis), build_model(analysis, mode="shareable")
    assert max(s for t, s in clinician.curve if 28 <= t <= 46) > 1.7  # the rise the clinician sees (and its moment)
    assert clinician.peaks and not both.peaks and both.withheld["peaks"] == 1
    assert max(s for _, s in both.curve) < 0.35, both.curve  # no unmarked hump where the text says nothing
    assert curve_top(both) == both.heated * 2.0  # nor a scale raised by it
    # away from what is left out, the curve is the clinician's (its calm ripples on the floor: round 36)
    assert [p for p in both.curve if p[0] < 15 or p[0] > 60] == calm_on_the_floor(
        [p for p in clinician.curve if p[0] < 15 or p[0] > 60], clinician.heated)
    assert len(both.curve) == len(clinician.curve)  # no hole in it to point at the stretch either
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_session_prep(
        analysis, {"partners": {"S1": "Alex", "S2": "Sam"}}, mode="shareable"))).pages)
    assert WITHHELD in " ".join(text.split()) and "numbered rise" not in text


def test_the_couples_count_of_rises_counts_only_the_ones_it_shows():
    analysis = synthetic_analysis(60)
    analysis["safety_flags"] = analysis["safety_flags"][:3]  # the first twenty minutes or so
    both = build_model(analysis, mode="shareable")
    withheld = both.withheld.get("peaks", 0)
    assert withheld > 0
    said = [int(m.group(1)) for n in both.notes for m in [re.match(r"(\d+) rises in all", n)] if m]
    assert said == [len(analysis["escalation_points"]) - withheld], (said, both.notes)
    spans = flagged_spans(analysis)
    hidden = [(p["start"], p["end"]) for p in analysis["escalation_points"] if any(a <= p["start"] <= b for a, b in spans)]
    assert hidden and both.peaks
    clinician = build_model(analysis)
    # over the rises the couple's page leaves out, the line is no higher than the calm either side of them
    for a, b in hidden[:5]:
        inside = [s for t, s in both.curve if a + 8 <= t <= b - 8]
        assert max(inside) <= max(s for t, s in clinician.curve if a - 30 <= t <= a - 8 or b + 8 <= t <= b + 30) + 1e-9


def test_a_silence_in_a_flagged_passage_is_neither_counted_nor_shown_to_the_couple():
    analysis = _flagged_at_the_rise()
    analysis["silences"] = [{"start": 30.0, "end": 34.0, "duration_s": 4.0, "broken_by": "S1"},
                            {"start": 75.0, "end": 78.5, "duration_s": 3.5, "broken_by": "S2"}]
    analysis["observations"] = [{"kind": "silences", "text": "There were 2 silences …",
                                 "evidence": [{"t": 75.0, "speaker": "S2", "quote": ""}]}]
    said = " ".join(text for text, _ in build_model(analysis, mode="shareable").observations)
    # (the talk answering self-harm is held back 30 s after it, round 37: the second silence lies beyond that)
    assert "There was 1 silence of 3 s or more; the longest was 4 s, at 01:15." in said, said
