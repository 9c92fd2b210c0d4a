"""Round 35b: every place shows a practice as the therapist last set it, not as its template first said it."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.check import check_assignment, codes
from talktogether_desktop.practice.handout import render_handout
from talktogether_desktop.reports import render_session_prep

from reports.report_synthetic import synthetic_analysis

FLOODED = ("When one of you feels flooded, ask for a break of at least 20 minutes, say when you will come back, "
           "and come back.")


def _flat(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_replaced_behaviour_takes_the_templates_record_notice_and_review_words_with_it():
    """The handout and the report said "Record the 20-minute planning talk ... photo of the written plan" (the
    template's, with --minutes 20 written into it) after the therapist replaced the planning talk with a break."""
    a = build_assignment("time_out_plan", behaviour=FLOODED, minutes=20, times_per_week=1,
                         anchor="at the Sunday money talk", start_date="2026-11-30")
    said = " ".join([a.title, a.behaviour, a.what_to_record, a.what_to_notice, a.review, *a.steps])
    assert not re.search(r"planning talk|written plan|read the plan", said), said
    assert a.title == "Ask for a break of at least 20 minutes"
    handout = _flat(render_handout(a, ["Priya", "Dan"]))
    assert "planning talk" not in handout and "photo of the written plan" not in handout
    assert "feels flooded" in handout and "Voice Memos" in handout
    report = _flat(render_session_prep(synthetic_analysis(2), {"assignment": dict(a.to_dict(), id=1)}))
    assert "planning talk" not in report and "Ask for a break of at least 20 minutes" in report


def test_a_new_anchor_is_said_in_the_title_and_the_behaviour_instead_of_the_templates_habit():
    """"When: after Sunday dinner" sat beside "Over your Sunday coffee" and "Appreciation exchange at Sunday coffee"."""
    a = build_assignment("appreciation_exchange", anchor="after Sunday dinner", times_per_week=1,
                         start_date="2026-11-20")
    assert a.title == "Appreciation exchange after Sunday dinner"
    assert a.behaviour.startswith("After Sunday dinner, each of you tells the other three specific things")
    handout = _flat(render_handout(a, ["Mark", "Tom"]))
    assert "coffee" not in handout.lower(), handout
    assert "After Sunday dinner" in handout and "Thank you" in handout
    evening = build_assignment("stress_reducing_conversation", anchor="at the Sunday money talk")
    assert "evening" not in (evening.title + evening.behaviour).lower()
    assert not any(re.search(r"dishes|kitchen", s) for s in evening.steps) and "washing" not in evening.who_starts


def test_the_templates_own_anchor_and_an_untouched_template_keep_their_words():
    kept = build_assignment("appreciation_exchange", times_per_week=1)
    assert kept.title == "Appreciation exchange at Sunday coffee" and kept.behaviour.startswith("Over your Sunday coffee")
    assert len(kept.steps) == 4
    same_habit = build_assignment("reflect_back", anchor="after dinner on Friday")
    assert len(same_habit.steps) == 5 and same_habit.behaviour.startswith("Have one 10-minute conversation")


def test_a_weekly_occasion_named_by_its_day_is_an_anchor():
    """`practice assign` said no_anchor for "at the Sunday money talk", a weekly habit of the couple's own."""
    for anchor in ("at the Sunday money talk", "after our Friday walk"):
        a = build_assignment("time_out_plan", behaviour=FLOODED, anchor=anchor, minutes=20, times_per_week=1)
        assert "no_anchor" not in codes(check_assignment(a)), anchor
    vague = build_assignment("time_out_plan", anchor="whenever you have time", times_per_week=1)
    assert "no_anchor" in codes(check_assignment(vague))


def test_the_days_a_practice_runs_are_the_same_in_text_and_json_and_a_late_recording_is_said_plainly(cli, tmp_path):
    """The review said "runs 2026-11-20 to 2026-11-26" beside an end_date of null in its JSON, and a recording of
    2026-12-01 was linked without a word and counted "Done 1 of 1"."""
    import json

    from tt_testing import tone_wav

    assert cli("vault", "init").returncode == 0
    couple = cli("couple", "add", "--name", "Mark & Tom", "--partner", "Mark", "--partner", "Tom").stdout.strip()
    given = cli("practice", "assign", "--couple", couple, "--template", "appreciation_exchange", "--times-per-week",
                "1", "--anchor", "after Sunday dinner", "--start", "2026-11-20")
    assert given.returncode == 0, given.stderr
    assignment = given.stdout.strip()
    audio = tmp_path / "practice.wav"
    audio.write_bytes(tone_wav(2.0))
    imported = cli("import", "--couple", couple, str(audio), "--no-process", "--recorded-at", "2026-12-01", "--json")
    assert imported.returncode == 0, imported.stderr
    recording = str(json.loads(imported.stdout)["id"])
    linked = cli("practice", "link", recording, "--assignment", assignment)
    assert linked.returncode == 0, linked.stderr
    assert ("The recording made on 2026-12-01 falls after this practice's days (2026-11-20 to 2026-11-26): "
            "it is linked") in linked.stdout and "not counted as a day done" in linked.stdout
    review = json.loads(cli("practice", "review", "--couple", couple, "--json").stdout)
    a, adherence = review["assignment"], review["adherence"]
    assert (a["start_date"], a["end_date"], a["end_date_given"]) == ("2026-11-20", "2026-11-26", False)
    assert (adherence["start"], adherence["end"]) == (a["start_date"], a["end_date"])
    assert adherence["done"] == 0 and adherence["recordings_linked"] == 0
    assert adherence["recordings_outside"] == [{"recording_id": int(recording), "date": "2026-12-01", "when": "after"}]
    text = cli("practice", "review", "--couple", couple).stdout
    assert "runs 2026-11-20 to 2026-11-26" in text and "Done 1 of 1" not in text
    assert "made on 2026-12-01 falls after this practice's days" in text and "not counted as a day done." in text
    assert "It was practised after its days (2026-12-01), not on them" in text
    assert "It did not happen this week" not in text
