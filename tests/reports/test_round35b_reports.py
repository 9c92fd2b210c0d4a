"""Round 35b: the couple's report and the couple's practice review go by one withheld test; wording and frames."""

from __future__ import annotations

import copy
import re

from talktogether_desktop.analysis.risk_prompt import self_harm_prompt
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

from .test_report_for_both import quarrel, text_of  # noqa: F401  (quarrel is a fixture)
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


def _self_harm(read_by_meaning: bool) -> dict:
    a = lines(("You never told me about the money.", 0), ("I know. I'm sorry.", 0),
              ("Sometimes I think everyone would be better off without me.", 0),
              ("Can we sit down every Sunday and go through it together?", 0))
    a = copy.deepcopy(a)
    if read_by_meaning:  # as the walk-through's "one more bit and it would all go away": no listed phrase, medium
        for f in a["safety_flags"]:
            f.update(source="meaning", phrase=None)
        a["safety_prompt"] = self_harm_prompt(a["safety_flags"], {"S1": "Alex", "S2": "Sam"})
    return a


def test_a_self_harm_line_read_by_meaning_is_possible_on_every_line_of_the_page():
    """Page 1 said "Possible self-harm language from Dan at 01:26 (read by meaning …)" while "What stood out" said
    "Safety language (self-harm)" and the Key moment "Why it is shown: self-harm": two strengths for one reading."""
    a = _self_harm(read_by_meaning=True)
    assert [(f["category"], f["confidence"]) for f in a["safety_flags"]] == [("self_harm", "medium")]
    page = " ".join(text_of(render_session_prep(a, CONTEXT)).split())
    assert "Possible self-harm language from Alex at 00:05" in page
    assert "Why it is shown: possible self-harm;" in page
    assert "Safety language (possible self-harm) at 00:05" in page
    assert "with possible language of threat, fear or harm" in page
    assert not re.search(r"(?<!possible )\bself-harm;|Safety language \(self-harm\)", page), page


def test_a_listed_self_harm_phrase_heard_clearly_is_not_called_possible():
    page = " ".join(text_of(render_session_prep(_self_harm(read_by_meaning=False), CONTEXT)).split())
    assert "Assess risk before the next session" in page and "Why it is shown: self-harm;" in page
    assert "Safety language (self-harm) at 00:05" in page and "possible self-harm" not in page.lower()


def _every_rise_withheld(quarrel: dict) -> dict:  # noqa: F811
    """The quarrel with its one rise drawn on the curve (00:06-00:11) and its apology set aside: the couple's version
    leaves the rise out, and the curve across it goes flat on its floor."""
    a = copy.deepcopy(quarrel)
    point = a["escalation_points"][0]
    point["what_next"] = dict(point["what_next"], apology_set_aside=True, eased_after_repair=None, repair_landed=False)
    a["escalation_curve"] = [{"t": t + 1.0, "start": t, "end": t + 2.0, "score": 3.0 if 5.0 <= t <= 10.0 else 0.0}
                             for t in range(0, 24, 1)]
    return a


def test_the_couples_page_draws_no_empty_intensity_frame_when_every_rise_is_left_out(quarrel):  # noqa: F811
    """The couple's page 1 showed an "Intensity vs. own baseline" frame with no curve in it: every rise was withheld
    and the curve across them was drawn flat on the floor."""
    a = _every_rise_withheld(quarrel)
    both = build_model(a, CONTEXT, mode="shareable")
    assert not both.peaks and both.curve and max(s for _, s in both.curve) == 0.0
    first_page = " ".join(text_of(render_session_prep(a, CONTEXT, mode="shareable")).split())
    first_page = first_page[:first_page.index("Page 1 of")] if "Page 1 of" in first_page else first_page
    assert "How the conversation went" in first_page
    assert "Intensity" not in first_page and "own baseline" not in first_page, first_page
    clinician = " ".join(text_of(render_session_prep(a, CONTEXT)).split())
    assert "Intensity vs. own baseline" in clinician  # the clinician's page shows the rise it has
