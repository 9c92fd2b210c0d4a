"""The couple's version of the practice review says it of both of them: a walk-through's shareable report printed
"Interruptions made by Priya went down (1 to 0)" and "Repair attempts by Priya went up (0 to 1)" (per-partner scores,
which the couple's version leaves out) and a verdict naming who did it."""

from __future__ import annotations

import io

import pypdf

from talktogether_desktop import analysis
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.pipeline.ops_reports import report_context
from talktogether_desktop.reports import render_session_prep
from tt_timelines import store_analysed
from talktogether_desktop.storage.couples import add_couple, list_partners
from talktogether_desktop.storage.settings import load_settings

from ..analysis.timeline import spoken

NAMES = {"S1": "Priya", "S2": "Tom"}


BEFORE = [("S1", "You never listen to me when I talk about the night feeds.", 0.2),
          ("S2", "That is not true, I always", 0.1), ("S1", "No you always do this and I am", -0.5),
          ("S2", "Whatever. Fine.", -0.3), ("S2", "I'm sorry.", 0.5), ("S1", "Okay.", 0.4)]
PRACTICE = [("S1", "Okay, it's recording. This is our practice for this week.", 0.3),
            ("S2", "Every other night doesn't work with my early shifts.", 0.4),
            ("S1", "It never works with your shifts.", 0.3),
            ("S2", "I'm getting flooded. I need a twenty minute break. I'll come back, I promise.", 0.4),
            ("S1", "Okay. Twenty minutes. I'll be here.", 0.4),
            ("S2", "I'm back. Can we start again?", 5.0),
            ("S1", "Yes. And I'm sorry I said always.", 0.4),
            ("S2", "I'm sorry too. Thank you for waiting for me.", 0.4)]


def _store(vault, couple_id, ids, result, when, assignment_id):
    return store_analysed(vault, couple_id, ids, result, when, 30, assignment_id, names=NAMES)


def test_the_couples_version_of_the_review_names_no_one_and_adds_up_their_figures(vault):
    couple_id = add_couple(vault, "Priya and Tom", ["Priya", "Tom"])
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    settings = load_settings(vault)
    aid = ops_practice.assign_practice(vault, settings, couple_id,
                                      build_assignment("time_out_plan", start_date="2026-11-30"))["id"]
    _store(vault, couple_id, ids, analysis.analyze(spoken(*BEFORE), names=NAMES), "2026-11-20T20:00:00", None)
    practice = analysis.analyze(spoken(*PRACTICE), names=NAMES)
    rid = _store(vault, couple_id, ids, practice, "2026-12-02T20:00:00", aid)

    review = build_review(ops_practice.review_inputs(vault, couple_id))
    named = [p for p in review["review_points"] if " by Priya " in p or " by Tom " in p]
    assert named, review["review_points"]  # the clinician's review keeps each partner's figures
    assert not any("Priya" in p or "Tom" in p for p in review["shared_points"]), review["shared_points"]
    assert any("between you went" in p for p in review["shared_points"]), review["shared_points"]
    assert any("one of you asked for a break" in p for p in review["shared_points"]), review["shared_points"]

    pdf = render_session_prep(practice, report_context(vault, settings, rid), mode="shareable")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    practice_part = text[text.index("Practice Assignment"):]
    assert " by Priya" not in practice_part and " by Tom" not in practice_part, practice_part
    assert "Tom asked for a break" not in practice_part and "one of you asked for a break" in practice_part
    clinician = render_session_prep(practice, report_context(vault, settings, rid))
    said = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(clinician)).pages)
    assert "Tom asked for a break" in said and any(p in said for p in named)
