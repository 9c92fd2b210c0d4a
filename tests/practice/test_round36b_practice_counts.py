"""Round 36b: the practice review counts against the plan honestly: days done off the planned days are never
"Done 2 of 1 planned times" (the command line, the window's practice list and the report say the same), and while a
practice runs only the planned days already past are counted ("1 of 8 planned times" on its second day)."""

from __future__ import annotations

import json
import re
from datetime import date

from talktogether_desktop.practice.adherence import describe, summarise_adherence
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import _adherence_points
from talktogether_desktop.reports import render_session_prep

# A Wednesday practice (reflect_back) in a week long past; done on the Monday and the Tuesday, not on the Wednesday
START, REVIEW, MONDAY, TUESDAY = "2025-11-03", "2025-11-10", "2025-11-03", "2025-11-04"
SAID = "Done on 2 days; the plan was 1 day; neither on the planned day"  # (was "(1 planned); none of them …")


def test_the_command_line_counts_days_done_off_the_plan_as_such(cli):
    assert cli("vault", "init").returncode == 0
    couple_id = int(cli("couple", "add", "--name", "Kowalski", "--partner", "Zoë", "--partner", "Łukasz").stdout)
    given = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back", "--start", START,
                "--review-on", REVIEW)
    assert given.returncode == 0, given.stderr
    aid = given.stdout.strip()
    for day in (MONDAY, TUESDAY):
        assert cli("practice", "log", aid, "--date", day, "--done").returncode == 0
    human = cli("practice", "review", "--couple", str(couple_id), "--assignment", aid)
    assert human.returncode == 0, human.stderr
    assert SAID in human.stdout and "of 1 planned times" not in human.stdout, human.stdout
    assert "It happened on 2 days, none of them on a planned day: what led to the days off the plan" in human.stdout
    data = json.loads(cli("practice", "review", "--couple", str(couple_id), "--assignment", aid, "--json").stdout)
    adh = data["adherence"]
    assert (adh["done"], adh["planned"], adh["done_on_planned_days"], adh["done_other_days"]) == (2, 1, 0, 2)
    assert adh["done_share"] == 0.0 and adh["summary"] == SAID


def test_the_window_and_the_report_say_the_same_count(vault, practice_data):
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.pipeline.ops_reports import report_context
    from talktogether_desktop.storage.couples import add_couple
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.ui.page_data import assignments_of

    from ..reports.test_report_for_both import text_of

    settings = load_settings(vault)
    couple_id = add_couple(vault, "Kowalski", ["Zoë", "Łukasz"])
    aid = ops_practice.assign_practice(vault, settings, couple_id, build_assignment(
        "reflect_back", start_date=START, review_on=REVIEW))["id"]
    result = practice_data.analysis_result({"S1": 1}, {"S1": 0.5, "S2": 0.5}, {}, [], {})
    rid = practice_data.add_recording(vault, couple_id, f"{MONDAY}T20:00:00", assignment_id=aid, result=result)
    ops_practice.log_practice(vault, settings, aid, TUESDAY, True)
    # the window's practice list on the couple page
    assert assignments_of(vault, couple_id)[0]["adherence"] == "Done on 2 days (1 recording); the plan was 1 day; neither on the planned day"
    # the report of the practice recording
    page = text_of(render_session_prep(result, report_context(vault, settings, rid)))
    assert "done on 2 days (1 recording); the plan was 1 day; neither on the planned day" in page, page
    assert not re.search(r"\d+ of \d+ planned times", page)


def test_a_daily_practice_on_its_second_day_is_counted_against_the_days_past():
    """"It happened 1 of 8 planned times: what was different on the days it happened?" on day 2 of 8."""
    a = build_assignment("stress_reducing_conversation", start_date="2026-11-30", review_on="2026-12-08")
    assert a.days == ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    second_day = summarise_adherence(a, [{"day": "2026-11-30", "done": True}], [], today=date(2026, 12, 1))
    assert second_day["due_so_far"] == 1  # Monday; Tuesday is not over yet
    assert not any("planned times" in p for p in _adherence_points(second_day)), _adherence_points(second_day)
    fourth_day = summarise_adherence(a, [{"day": "2026-11-30", "done": True}], [], today=date(2026, 12, 3))
    assert _adherence_points(fourth_day)[0] == ("It happened 1 of the 3 planned times so far: what was different on "
                                                "the days it happened?")
    over = summarise_adherence(a, [{"day": "2026-11-30", "done": True}], [], today=date(2026, 12, 9))
    assert _adherence_points(over)[0].startswith("It happened 1 of the 8 planned times: ")


def test_more_times_than_planned_is_not_more_than_all_of_the_plan():
    """Twice in the week, with no days named, done on three: "Done 3 of 2 planned times" was never a count."""
    a = build_assignment("stress_reducing_conversation", start_date="2026-11-30", review_on="2026-12-07",
                         times_per_week=2)
    a.days = []
    logs = [{"day": f"2026-12-0{d}", "done": True} for d in (1, 2, 3)]
    over = summarise_adherence(a, logs, [], today=date(2026, 12, 8))
    assert over["planned"] == 2 and describe(over) == "Done on 3 days; the plan was 2 days"
    assert over["done_share"] == 1.0 and not _adherence_points(over)


def test_one_moment_in_a_single_short_recording_is_not_set_beside_a_rate(vault):
    """"Interruptions made (Łukasz): 0 in 10 min 00 s earlier, 1 in 57 s this time: about the same per 10 minutes (0 and
    10.5)": a count of one in under a minute said as a rate, and called the same as none. Real word timelines through
    the real analysis engine, stored in a real vault."""
    from talktogether_desktop import analysis
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.pipeline.formats import format_review
    from talktogether_desktop.practice.review import build_review
    from talktogether_desktop.storage.couples import add_couple, list_partners
    from talktogether_desktop.storage.settings import load_settings
    from tt_timelines import NAMES, store_analysed, timeline

    couple_id = add_couple(vault, "Kowalski", list(NAMES.values()))
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    aid = ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                       build_assignment("reflect_back", start_date="2026-11-30"))["id"]
    store_analysed(vault, couple_id, ids, analysis.analyze(timeline(0, 600.0), names=NAMES), "2026-11-20T20:00:00", 600.0)
    store_analysed(vault, couple_id, ids, analysis.analyze(timeline(1, 57.0), names=NAMES), "2026-12-02T20:00:00", 57.0, aid)
    review = build_review(ops_practice.review_inputs(vault, couple_id))
    cut_ins = {m["key"]: m for m in review["trend"]["metrics"]}["interruptions_made"]["values"]["Łukasz"]
    assert (cut_ins["before_count"], cut_ins["now_count"], cut_ins["direction"]) == (0, 1, "same")
    line = next(x for x in review["trend"]["lines"] if x.startswith("Interruptions made (Łukasz)"))
    assert line == ("Interruptions made (Łukasz): 0 in 10 min 00 s earlier, 1 in 57 s this time: too few in so short a "
                    "recording to say whether more or less often."), line
    assert "about the same per 10 minutes (0 and 10.5)" not in format_review(review)
