"""The couple's version when a practice recording's only safety readings are lines to listen to (read by meaning, "it
may be nothing"): their report keeps its questions for both (reports/modes.py asks nothing together only after a line
heard), but the practice review dropped the couple's own questions ("What was it like to do it?", "What got in the
way?", "What would make it easier next week?") from their "What to review together", leaving them the practice with
nothing to talk over. They stay, with no safety note; a line heard still takes them out."""

from __future__ import annotations

from datetime import date

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import PROMPTS, build_review

from ..reports.test_report_for_both import text_of


def _review_with(vault, practice_data, flag: dict):
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.pipeline.ops_reports import report_context
    from talktogether_desktop.storage.couples import add_couple
    from talktogether_desktop.storage.settings import load_settings

    settings = load_settings(vault)
    couple_id = add_couple(vault, "Kowalski", ["Zoë", "Łukasz"])
    aid = ops_practice.assign_practice(vault, settings, couple_id, build_assignment(
        "stress_reducing_conversation", start_date="2026-11-30", review_on="2026-12-07"))["id"]
    result = practice_data.analysis_result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {})
    result["turns"] = [{"speaker": "S1", "start": 0.0, "end": 3.0, "text": "Right, I've got the pension letters out."},
                       {"speaker": "S2", "start": 3.5, "end": 5.0, "text": "Go on then."},
                       {"speaker": "S1", "start": 20.0, "end": 24.0, "text": "How was your day at work today?"},
                       {"speaker": "S2", "start": 24.5, "end": 28.0, "text": "Long, but better now. Thanks for asking."}]
    result["safety_flags"] = [dict({"t": 0.0, "end": 3.0, "speaker": "S1", "quote": "Right, I've got the pension "
                                    "letters out."}, **flag)]
    rid = practice_data.add_recording(vault, couple_id, "2026-12-02T19:00:00", assignment_id=aid, result=result)
    review = build_review(ops_practice.review_inputs(vault, couple_id), today=date(2026, 12, 5))
    return review, result, report_context(vault, settings, rid)


def test_lines_only_to_listen_to_keep_the_couples_questions_for_both(vault, practice_data):
    from talktogether_desktop.reports import render_session_prep

    review, result, context = _review_with(vault, practice_data, {
        "category": "financial_control", "source": "meaning", "confidence": "low", "listen_only": True})
    assert all(p in review["shared_points"] for p in PROMPTS), review["shared_points"]
    assert not any("safety" in p or "listen" in p or "separately" in p for p in review["shared_points"])
    assert review["review_points"][0].startswith("A practice recording has lines read by their meaning")  # (clinician)
    page = text_of(render_session_prep(result, context, mode="shareable"))
    assert "What to review together" in page and "What was it like to do it?" in page, page
    assert "safety" not in page.lower() and "pension" not in page, page


def test_a_line_heard_still_leaves_the_couple_no_questions_to_review_together(vault, practice_data):
    review, _result, _context = _review_with(vault, practice_data, {
        "category": "threat", "source": "lexicon", "confidence": "high", "listen_only": False})
    assert not any(p in review["shared_points"] for p in PROMPTS), review["shared_points"]
