"""Round 38 (walk37h conv3): while a practice runs, its summary line and the review's point count the same planned
times. A daily practice from 30 Nov, reviewed on 5 Dec with one day done, said "Done 1 of 7 planned times (1 recording)
so far" right above "It happened 1 of the 5 planned times so far": two counts of one practice."""

from __future__ import annotations

import re
from datetime import date

from talktogether_desktop.practice.adherence import describe, summarise_adherence
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import _adherence_points


def _daily(today: date) -> dict:
    a = build_assignment("stress_reducing_conversation", start_date="2026-11-30", review_on="2026-12-07")
    a.times_per_week, a.days = 7, []
    recording = {"id": 3, "recorded_at": "2026-12-02T20:00:00"}
    return summarise_adherence(a, [], [recording], today=today)


def test_the_summary_and_the_review_count_the_same_planned_times_while_it_runs():
    adh = _daily(date(2026, 12, 5))
    assert (adh["done"], adh["due_so_far"], adh["planned"]) == (1, 5, 7) and adh["in_progress"]
    line = describe(adh)
    assert line == ("Done 1 of the 5 planned times so far (7 in all; 1 recording); the practice runs until "
                    "2026-12-06"), line
    point = _adherence_points(adh)[0]
    assert point.startswith("It happened 1 of the 5 planned times so far"), point
    assert re.findall(r"of (?:the )?(\d+) planned", line) == re.findall(r"of (?:the )?(\d+) planned", point) == ["5"]


def test_once_over_or_before_any_day_is_past_the_whole_plan_is_the_count():
    over = _daily(date(2026, 12, 8))
    assert describe(over) == "Done 1 of 7 planned times (1 recording)"
    first_day = _daily(date(2026, 11, 30))  # nothing due yet: no "of the 0 planned times"
    assert describe(first_day).startswith("Done 1 of 7 planned times (1 recording) so far;"), describe(first_day)


def test_a_practice_recording_with_lines_only_to_listen_to_says_so_not_that_safety_language_was_heard(
        vault, practice_data):
    """walk37h conv3: "Right, I've got the pension letters out." read by meaning as possible money control, only to
    listen to ("it may be nothing"), made the review say "A practice recording carried safety language: go over the
    practice with each partner separately" and "The recording also has safety flags: see those first."."""
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.practice.review import build_review
    from talktogether_desktop.reports import render_session_prep
    from talktogether_desktop.pipeline.ops_reports import report_context
    from talktogether_desktop.storage.couples import add_couple
    from talktogether_desktop.storage.settings import load_settings

    from ..reports.test_report_for_both import text_of

    settings = load_settings(vault)
    couple_id = add_couple(vault, "Kowalski", ["Zoë", "Łukasz"])
    aid = ops_practice.assign_practice(vault, settings, couple_id, build_assignment(
        "stress_reducing_conversation", start_date="2026-11-30", review_on="2026-12-07"))["id"]
    result = practice_data.analysis_result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {})
    result["turns"] = [{"speaker": "S1", "start": 0.0, "end": 3.0, "text": "Right, I've got the pension letters out."},
                       {"speaker": "S2", "start": 3.5, "end": 5.0, "text": "Go on then."}]
    result["safety_flags"] = [{"t": 0.0, "end": 3.0, "speaker": "S1", "category": "financial_control",
                               "quote": "Right, I've got the pension letters out.", "source": "meaning",
                               "confidence": "low", "listen_only": True}]
    rid = practice_data.add_recording(vault, couple_id, "2026-12-02T19:00:00", assignment_id=aid, result=result)
    points = build_review(ops_practice.review_inputs(vault, couple_id), today=date(2026, 12, 5))["review_points"]
    assert points[0].startswith("A practice recording has lines read by their meaning as possibly about threat, fear "
                                "or harm (they may be nothing): listen to them first; if they are, go over the "
                                "practice with each partner separately"), points
    assert any(p.endswith("The recording also has lines to listen to first (they may be nothing).") for p in points)
    assert not any("carried safety language" in p or "has safety flags" in p for p in points), points
    page = text_of(render_session_prep(result, report_context(vault, settings, rid)))
    assert "The recording also has lines to listen to first (they may be nothing)." in page, page
    assert "has safety flags" not in page


def test_one_day_done_off_the_plan_is_said_of_one_day():
    """walk37i c2: "Done on 1 day (1 planned; 1 recording) so far; …; none of them on a planned day" and "It happened
    on 1 day, none of them on a planned day: what led to the other day" ("the other day" reads as "recently")."""
    a = build_assignment("reflect_back", start_date="2026-12-04", review_on="2026-12-11")  # Wednesdays
    a.times_per_week = 1
    adh = summarise_adherence(a, [], [{"id": 3, "recorded_at": "2026-12-05T20:00:00"}], today=date(2026, 12, 5))
    assert (adh["done"], adh["done_other_days"]) == (1, 1)
    assert describe(adh) == ("Done on 1 day so far (1 recording); the plan was 1 day; the practice runs until "
                             "2026-12-10; not on the planned day"), describe(adh)
    point = next(p for p in _adherence_points(adh) if p.startswith("It happened"))
    assert point == "It happened on 1 day, not a planned one: what led to that day, and does the plan fit?", point
