"""Walk-throughs 40m/40n, wording: a heated moment at 00:04 named safety language at 00:46 as what happened next; "1
repair attempt between you, the first at 00:59"; "over the next 1 s"; the clinician's page listed 4 needs and bids and
the couple's 2 for one recording, with nothing saying why."""

from __future__ import annotations

import copy

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

SAFETY_LATER = "There was safety language (self-harm) at 00:46; what followed is not read as repair or easing."


def _with_moment(analysis: dict, start: float, end: float, what_next: dict) -> dict:
    point = {"start": start, "end": end, "peak_t": start + 0.5, "score": 3.0, "first_sign_from": "S1",
             "confidence": "medium", "signals": ["loudness"], "signals_by_speaker": {"S1": ["loudness"]},
             "what_next": what_next}
    return dict(analysis, escalation_points=[point])


def test_safety_language_long_after_a_moment_is_not_what_happened_next():
    a = lines(("You never listen to me.", 0), ("That's not true.", 0), ("Can we talk about Sunday?", 0))
    far = _with_moment(a, 4.0, 6.0, {"text": SAFETY_LATER, "after_threat": True, "threat_t": 46.1, "eased": False})
    said = text_of(render_session_prep(far, CONTEXT))
    assert "What happened next: There was safety language" not in said, said
    assert "Safety language came later in the recording, at 00:46" in said, said
    near = _with_moment(a, 40.0, 42.0, {"text": SAFETY_LATER, "after_threat": True, "threat_t": 46.1, "eased": False})
    assert "What happened next: There was safety language (self-harm) at 00:46" in text_of(
        render_session_prep(near, CONTEXT))


def test_one_repair_attempt_is_not_the_first_of_anything():
    a = lines(("You never listen to me.", 0), ("That's not true.", 0), ("I'm sorry. Can we start again?", 0),
              ("Okay. Yes.", 0))
    assert len(a["repairs"]) == 1, a["repairs"]
    said = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    assert "1 repair attempt between you, at" in said and "the first at" not in said, said


def test_a_one_second_rise_is_said_as_a_second_in_the_couples_version():
    a = lines(("You never listen to me.", 0), ("That's not true.", 0), ("Can we talk about Sunday?", 0))
    rise = _with_moment(a, 1.0, 2.0, {"eased": True, "eased_at": 3.0})
    rise["observations"] = [{"kind": "escalation", "score": 60.0, "rank": 0, "text": "A rise at 00:01.",
                             "evidence": [{"t": 1.0, "speaker": "S1", "quote": ""}]}] + a["observations"]
    said = text_of(render_session_prep(rise, CONTEXT, mode="shareable"))
    assert "over the next second" in said and "next 1 s" not in said, said


def test_the_clinicians_page_says_why_the_couples_version_counts_fewer_needs_and_bids():
    a = lines(("I need you to ask about my day sometimes.", 0), ("Sure. How was it?", 0),
              ("Can we go for a walk later?", 0), ("Yes, I'd love that.", 0))
    bids = [b for lst in a["reaching_for"].values() for b in lst]
    assert len(bids) >= 2, a["reaching_for"]
    unsure = copy.deepcopy(a)
    next(b for lst in unsure["reaching_for"].values() for b in lst)["confidence"] = "low"
    said = text_of(render_session_prep(unsure, CONTEXT))
    assert f"The couple's version counts {len(bids) - 1} of these {len(bids)}" in said, said
    assert "The couple's version counts" not in text_of(render_session_prep(a, CONTEXT))
