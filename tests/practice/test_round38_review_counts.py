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
