"""rep45b (this round's walk-throughs): the clinician's practice review said "A practice recording carried safety
language: go over the practice with each partner separately before any review together." and then, among the same
points, "Repair attempts by Priya went up (0 to 1): what did each of you notice?", a question for the two together.
With safety language in a practice recording every question is asked of each partner on their own; the couple's
version, after a line heard, states the change and asks them nothing together."""

from __future__ import annotations

import io

import pypdf
import pytest

from talktogether_desktop import analysis
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import INDIVIDUAL_FIRST, LISTEN_INDIVIDUAL_FIRST, build_review
from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.pipeline.ops_reports import report_context
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.storage.couples import add_couple, list_partners
from talktogether_desktop.storage.settings import load_settings

from .test_review_for_both import BEFORE, NAMES, PRACTICE, _store
from ..analysis.timeline import spoken

TOGETHER = "what did each of you notice?"
THREAT = ("S1", "If you bring this up in front of the therapist again, you will be sorry.", 0.4)


def _review(vault, practice_lines, listen_only=False):
    couple_id = add_couple(vault, "Priya and Tom", ["Priya", "Tom"])
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    aid = ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                      build_assignment("time_out_plan", start_date="2026-11-30"))["id"]
    _store(vault, couple_id, ids, analysis.analyze(spoken(*BEFORE), names=NAMES), "2026-11-20T20:00:00", None)
    practice = analysis.analyze(spoken(*practice_lines), names=NAMES)
    if listen_only:
        for f in practice["safety_flags"]:
            f.update(listen_only=True, source="meaning", confidence="low")
    rid = _store(vault, couple_id, ids, practice, "2026-12-02T20:00:00", aid)
    return dict(build_review(ops_practice.review_inputs(vault, couple_id)), _practice=(practice, rid))


@pytest.mark.parametrize("listen_only", [False, True])
def test_with_safety_language_the_trend_points_ask_each_partner_on_their_own(vault, listen_only):
    review = _review(vault, PRACTICE[:2] + [THREAT] + PRACTICE[2:], listen_only)
    points = review["review_points"]
    assert points[0] == (LISTEN_INDIVIDUAL_FIRST if listen_only else INDIVIDUAL_FIRST), points
    trend = [p for p in points if " went up (" in p or " went down (" in p]
    assert trend, points
    assert not any(TOGETHER in p for p in points), points
    assert all(p.endswith(": ask each of them, on their own, what they noticed.") for p in trend), trend
    if not listen_only:  # (lines only to listen to keep the couple's questions for both, as their report does)
        assert not any(TOGETHER in p for p in review["shared_points"]), review["shared_points"]
        assert any("between you went" in p for p in review["shared_points"]), review["shared_points"]


def test_without_safety_language_the_trend_points_still_ask_them_together(vault):
    review = _review(vault, PRACTICE)
    assert any(p.endswith(TOGETHER) for p in review["review_points"]), review["review_points"]
    assert any(p.endswith(TOGETHER) for p in review["shared_points"]), review["shared_points"]


def test_the_clinicians_page_heads_them_for_each_partner_separately(vault):
    practice, rid = _review(vault, PRACTICE[:2] + [THREAT] + PRACTICE[2:])["_practice"]
    pdf = render_session_prep(practice, report_context(vault, load_settings(vault), rid))
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "What to review, with each partner separately" in text and "What to review together" not in text, text
    assert TOGETHER not in text and "ask each of them, on their own, what they noticed" in text, text
