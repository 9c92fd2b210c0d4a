"""Assignments in the real vault: days done, linked recordings counting by themselves, and the review."""

from __future__ import annotations

import json
from datetime import date

import pytest

from talktogether_desktop.errors import NotFound, UsageError
from talktogether_desktop.practice.adherence import normalise_reason, summarise_adherence
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage import practice as store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.couples import add_couple, list_partners

TODAY = date(2026, 12, 7)


def log_practice(vault, assignment_id, day, done, reason=None, note=None):
    return ops_practice.log_practice(vault, load_settings(vault), assignment_id, day, done, reason, note)


def add_assignment(vault, couple_id, assignment):
    return ops_practice.assign_practice(vault, load_settings(vault), couple_id, assignment)["id"]


def get_assignment(vault, assignment_id):
    return ops_practice.get_assignment(vault, load_settings(vault), assignment_id)


@pytest.fixture
def couple(vault):
    couple_id = add_couple(vault, "Kowalski", ["Zoë", "Łukasz"])
    partners = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    return couple_id, partners


def test_assignment_round_trips_through_the_vault(vault, couple):
    couple_id, _ = couple
    a = build_assignment("reflect_back", start_date="2026-11-30", review_on="2026-12-07", minutes=8)
    assignment_id = add_assignment(vault, couple_id, a)
    back = get_assignment(vault, assignment_id)
    assert back.id == assignment_id and back.couple_id == couple_id
    assert back.minutes == 8 and "8-minute" in back.behaviour
    assert back.steps == a.steps and back.days == ["WE"] and back.time == "20:00"
    assert back.review == a.review and back.sources == a.sources
    assert back.period() == (date(2026, 11, 30), date(2026, 12, 6))
    assert [x.id for x in ops_practice.couple_assignments(vault, load_settings(vault), couple_id)] == [assignment_id]
    audit = vault.all("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'practice_assignment'")
    assert [tuple(r) for r in audit] == [("create", "practice_assignment", assignment_id)]
    with pytest.raises(NotFound):
        get_assignment(vault, 999)
    with pytest.raises(NotFound):
        add_assignment(vault, 999, a)


def test_reasons_are_normalised():
    assert normalise_reason("forgot") == ("forgot", None)
    assert normalise_reason("no time") == ("no_time", None)
    assert normalise_reason("Felt awkward") == ("felt_awkward", None)
    assert normalise_reason("we argued about money") == ("got_into_a_fight", "we argued about money")
    assert normalise_reason("his mother visited") == (None, "his mother visited")
    assert normalise_reason("") == (None, None)


def test_adherence_counts_logs_and_linked_recordings(vault, couple, practice_data):
    add_recording = practice_data.add_recording
    couple_id, _ = couple
    a = build_assignment("stress_reducing_conversation", start_date="2026-11-30", review_on="2026-12-07")
    aid = add_assignment(vault, couple_id, a)
    log_practice(vault, aid, "2026-11-30", True)
    log_practice(vault, aid, "2026-12-01", False, "forgot")
    log_practice(vault, aid, "2026-12-02", False, "no time")
    log_practice(vault, aid, "2026-12-03", False, "we got into a fight about the kids")
    log_practice(vault, aid, "2026-12-04", False, "his mother visited")
    log_practice(vault, aid, "2026-12-04", False, "forgot")  # the same day again replaces it
    # a recording linked to the assignment makes its day done without anyone logging it ...
    add_recording(vault, couple_id, "2026-12-05T19:40:00", assignment_id=aid)
    # ... and wins over a "not done" entered for the same day
    log_practice(vault, aid, "2026-12-06", False, "forgot")
    add_recording(vault, couple_id, "2026-12-06T20:05:00", assignment_id=aid)
    # a recording of the same couple that is not linked does not count
    add_recording(vault, couple_id, "2026-12-03T20:00:00")

    assert len(store.practice_logs(vault, aid)) == 6
    adh = summarise_adherence(get_assignment(vault, aid), store.practice_logs(vault, aid),
                              store.linked_recordings(vault, aid), today=TODAY)
    assert adh["planned"] == 7
    assert adh["done"] == 3 and adh["not_done"] == 4 and adh["unknown"] == 0
    assert adh["recordings_linked"] == 2 and adh["days_from_recordings"] == 2
    assert adh["reasons"] == {"forgot": 2, "no_time": 1, "got_into_a_fight": 1}
    by_day = {d["date"]: d for d in adh["days"]}
    assert by_day["2026-12-05"]["source"] == "recording" and by_day["2026-12-05"]["done"] is True
    assert by_day["2026-12-06"]["source"] == "both" and by_day["2026-12-06"].get("overridden") is True
    assert by_day["2026-12-03"]["note"] == "we got into a fight about the kids"
    assert adh["done_share"] == round(3 / 7, 2)
    with pytest.raises(UsageError):
        log_practice(vault, aid, "next tuesday", True)


def test_review_trend_on_two_analyzed_recordings(vault, couple, practice_data):
    add_recording, analysis_result = practice_data.add_recording, practice_data.analysis_result
    couple_id, partners = couple
    names = {"S1": partners["Zoë"], "S2": partners["Łukasz"]}
    before = analysis_result(interruptions={"S1": 6, "S2": 2}, talk_share={"S1": 0.68, "S2": 0.32},
                             repairs={"S1": 0, "S2": 1}, escalations=[0.82, 0.71, 0.64],
                             reaching={"S1": [("respect", "away"), ("closeness", "against")],
                                       "S2": [("space", "away")]})
    # the labels are swapped in the second recording: the partner mapping must keep Zoë as Zoë
    after = analysis_result(interruptions={"S2": 2, "S1": 1}, talk_share={"S2": 0.55, "S1": 0.45},
                            repairs={"S2": 2, "S1": 1}, escalations=[0.58],
                            reaching={"S2": [("respect", "toward"), ("closeness", "toward")],
                                      "S1": [("space", "toward")]})
    add_recording(vault, couple_id, "2026-11-20T20:00:00", result=before, partners=names)
    a = build_assignment("reflect_back", start_date="2026-11-30", review_on="2026-12-07")
    aid = add_assignment(vault, couple_id, a)
    rid = add_recording(vault, couple_id, "2026-12-02T20:10:00", assignment_id=aid, result=after,
                        partners={"S2": partners["Zoë"], "S1": partners["Łukasz"]})
    # an in-session (room) recording is not a practice recording
    add_recording(vault, couple_id, "2026-11-25T10:00:00", source="room",
                  result=analysis_result({"S1": 9}, {"S1": 0.5, "S2": 0.5}, {}, [0.9], {}))

    review = build_review(ops_practice.review_inputs(vault, couple_id), today=TODAY)
    json.dumps(review)  # JSON-serialisable for the app and the report
    assert review["schema"] == "practice_review/1"
    assert review["assignment"]["id"] == aid and review["check"] == []
    assert review["adherence"]["done"] == 1 and review["adherence"]["planned"] == 1
    assert review["adherence"]["recording_ids"] == [rid]
    assert [r["recording_id"] for r in review["recordings"]] == [rid - 1, rid]
    assert [r["linked"] for r in review["recordings"]] == [False, True]

    trend = review["trend"]
    assert trend["available"] and trend["warnings"] == []
    metric = {m["key"]: m for m in trend["metrics"]}
    zoe = metric["interruptions_made"]["values"]["Zoë"]
    assert (zoe["before"], zoe["now"], zoe["change"], zoe["direction"]) == (6, 2, -4, "down")
    assert zoe["series"] == [6, 2]
    assert metric["interruptions_made"]["values"]["Łukasz"]["direction"] == "down"  # 2 -> 1
    assert metric["talk_share"]["values"]["Zoë"]["now"] == 0.55
    assert metric["repair_attempts"]["values"]["Łukasz"]["series"] == [1, 1]
    assert metric["repair_attempts"]["values"]["Zoë"]["direction"] == "up"
    assert metric["escalation_points"]["values"]["couple"]["series"] == [3, 1]
    assert metric["escalation_peak"]["values"]["couple"]["direction"] == "down"
    assert metric["reaching_met"]["values"]["Zoë"]["series"] == [0.0, 1.0]
    assert any("Interruptions made (Zoë): 6 in earlier recordings, 2 this time." == line for line in trend["lines"])
    assert review["prompts"] == ["What was it like to do it?", "What got in the way?",
                                 "What would make it easier next week?"]
    assert any("Interruptions made by Zoë went down (6 to 2)" in p for p in review["review_points"])


def test_review_without_recordings_or_assignment(vault, couple):
    couple_id, _ = couple
    empty = build_review(ops_practice.review_inputs(vault, couple_id), today=TODAY)
    assert empty["assignment"] is None and empty["adherence"] is None
    assert empty["trend"]["available"] is False
    a = build_assignment(None, behaviour="Be nicer to each other.")
    aid = add_assignment(vault, couple_id, a)
    log_practice(vault, aid, date.today().isoformat(), False, "felt awkward")
    review = build_review(ops_practice.review_inputs(vault, couple_id))
    assert review["trend"]["reason"].startswith("No analysed practice recording")
    assert {c["code"] for c in review["check"]} >= {"no_behaviour", "no_anchor"}
    assert review["adherence"]["reasons"] == {"felt_awkward": 1}


def test_review_with_unlinked_speakers_warns(vault, couple, practice_data):
    add_recording, analysis_result = practice_data.add_recording, practice_data.analysis_result
    couple_id, _ = couple
    add_recording(vault, couple_id, "2026-11-20T20:00:00",
                  result=analysis_result({"S1": 3}, {"S1": 0.6, "S2": 0.4}, {}, [0.7], {}))
    aid = add_assignment(vault, couple_id, build_assignment("appreciation_exchange", start_date="2026-11-30"))
    add_recording(vault, couple_id, "2026-12-06T10:00:00", assignment_id=aid,
                  result=analysis_result({"S1": 1}, {"S1": 0.5, "S2": 0.5}, {}, [], {}))
    trend = build_review(ops_practice.review_inputs(vault, couple_id), today=TODAY)["trend"]
    assert trend["available"] and len(trend["warnings"]) == 1
    # the recordings by their days, as the therapist knows them, never their numbers in the vault
    assert trend["warnings"][0] == ("The voices in the recordings of 2026-11-20 and 2026-12-06 are not named as "
                                    "partners yet; the comparison assumes each voice is the same person in every "
                                    "recording.")
    values = {m["key"]: m for m in trend["metrics"]}["interruptions_made"]["values"]
    assert values["S1"]["series"] == [3, 1]
    assert {m["key"]: m for m in trend["metrics"]}["escalation_peak"]["values"]["couple"]["series"] == [0.7, None]


def test_a_practice_still_under_way_is_not_called_missed():
    """The walk-through ran `practice review` on the day the practice was set: "It did not happen this week" and
    "Done 0 of 2 planned times", for a week that had only begun."""
    from talktogether_desktop.practice.adherence import describe
    from talktogether_desktop.practice.review import _adherence_points

    a = build_assignment("reflect_back", start_date="2026-11-30", review_on="2026-12-07")  # Wednesdays
    a.times_per_week = 1
    started = summarise_adherence(a, [], [], today=date(2026, 11, 30))
    assert started["in_progress"] and started["due_so_far"] == 0
    assert describe(started) == "Done 0 of 1 planned times so far; the practice runs until 2026-12-06"
    points = _adherence_points(started)
    assert not any("did not happen" in p for p in points) and "nothing was due yet" in points[0]
    after_wednesday = summarise_adherence(a, [], [], today=date(2026, 12, 3))
    assert after_wednesday["due_so_far"] == 1 and "Not done yet" in _adherence_points(after_wednesday)[0]
    over = summarise_adherence(a, [], [], today=date(2026, 12, 7))
    assert not over["in_progress"] and "did not happen this week" in _adherence_points(over)[0]
    assert describe(over) == "Done 0 of 1 planned times"


def test_after_a_practice_recording_with_safety_language_the_review_is_individual_first(vault, couple, practice_data):
    couple_id, _ = couple
    aid = add_assignment(vault, couple_id, build_assignment("reflect_back", start_date="2026-11-30",
                                                            review_on="2026-12-07"))
    result = practice_data.analysis_result({}, {"S1": 0.5, "S2": 0.5}, {}, [], {})
    result["turns"] = [{"speaker": "S1", "start": 0.0, "end": 3.0, "text": "Give me your phone, now."},
                       {"speaker": "S2", "start": 3.5, "end": 5.0, "text": "Okay. Sorry."}]
    result["safety_flags"] = [{"t": 0.0, "end": 3.0, "speaker": "S1", "category": "monitoring", "quote": "Give me your phone"}]
    practice_data.add_recording(vault, couple_id, "2026-12-02T19:00:00", assignment_id=aid, result=result)
    review = build_review(ops_practice.review_inputs(vault, couple_id), today=TODAY)
    points = review["review_points"]
    assert points[0].startswith("A practice recording carried safety language: go over the practice with each "
                                "partner separately")
    assert "What was it like to do it?" not in points
    assert any(p.endswith("The recording also has safety flags: see those first.") for p in points)


def test_planned_times_are_the_named_days_in_the_period_not_whole_weeks():
    """Wednesdays from Saturday 28 Nov to Monday 7 Dec hold one Wednesday: the review said "Done 1 of 2 planned times"
    and asked "what was different on the days it happened?", a missed time that never was."""
    from talktogether_desktop.practice.adherence import describe

    a = build_assignment("reflect_back", start_date="2026-11-28", review_on="2026-12-08")  # Wednesdays
    a.times_per_week = 1
    assert a.days == ["WE"]
    over = summarise_adherence(a, [], [], today=date(2026, 12, 8))
    assert over["planned"] == 1 and describe(over) == "Done 0 of 1 planned times"
