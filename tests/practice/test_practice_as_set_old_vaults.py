"""Round 36: a practice stored before a template's words followed the therapist's changes (round 35b) reads as the
therapist last set it too, without the stored row being changed."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.handout import render_handout
from talktogether_desktop.storage import practice as store
from talktogether_desktop.storage.couples import add_couple
from talktogether_desktop.storage.settings import load_settings

FLOODED = ("When one of you feels flooded, ask for a break of at least 20 minutes, say when you will come back, "
           "and come back.")
_ROW = ("id", "couple_id", "session_id", "created_at")
_WORDS = ("title", "behaviour", "anchor", "steps", "who_starts", "what_to_record", "what_to_notice", "review")


def _as_stored_before_35b(template: str, **changes) -> dict:
    """What `build_assignment` stored before round 35b: the template (its length written in), the therapist's fields
    set over it, and the template's steps dropped for a new behaviour; nothing else said again."""
    record = build_assignment(template, minutes=changes.get("minutes")).to_dict()
    record.update(changes)
    if "behaviour" in changes:
        record["steps"] = []
    return record


def _flat(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_an_old_assignment_with_a_replaced_behaviour_reads_without_the_templates_words(vault):
    couple_id = add_couple(vault, "Shah", ["Priya", "Dan"])
    old = _as_stored_before_35b("time_out_plan", behaviour=FLOODED, minutes=20, times_per_week=1,
                                anchor="at the Sunday money talk", start_date="2026-11-30")
    assert "planning talk" in old["what_to_record"]  # as the old vaults hold it
    assignment_id = store.add_assignment(vault, couple_id, old)
    stored = dict(vault.one("SELECT * FROM practice_assignments WHERE id = ?", (assignment_id,)))

    back = ops_practice.get_assignment(vault, load_settings(vault), assignment_id)
    now = build_assignment("time_out_plan", behaviour=FLOODED, minutes=20, times_per_week=1,
                           anchor="at the Sunday money talk", start_date="2026-11-30")
    assert {k: getattr(back, k) for k in _WORDS} == {k: getattr(now, k) for k in _WORDS}
    assert back.title == "Ask for a break of at least 20 minutes"
    assert "planning talk" not in back.what_to_record and "Voice Memos" in back.what_to_record
    handout = _flat(render_handout(back, ["Priya", "Dan"]))
    assert "planning talk" not in handout and "written plan" not in handout and "feels flooded" in handout
    listed = ops_practice.couple_assignments(vault, load_settings(vault), couple_id)
    assert [a.title for a in listed] == ["Ask for a break of at least 20 minutes"]
    # Read-time only: the stored words are kept as they were.
    assert dict(vault.one("SELECT * FROM practice_assignments WHERE id = ?", (assignment_id,))) == stored
    assert "planning talk" in json.dumps(stored)


def test_an_old_assignment_with_a_new_anchor_says_it_in_the_title_and_the_behaviour(vault):
    couple_id = add_couple(vault, "Byrne", ["Mark", "Tom"])
    old = _as_stored_before_35b("appreciation_exchange", anchor="after Sunday dinner", times_per_week=1,
                                start_date="2026-11-20")
    assert old["title"] == "Appreciation exchange at Sunday coffee"
    assignment_id = store.add_assignment(vault, couple_id, old)
    back = ops_practice.get_assignment(vault, load_settings(vault), assignment_id)
    assert back.title == "Appreciation exchange after Sunday dinner"
    assert back.behaviour.startswith("After Sunday dinner, each of you tells")
    assert "coffee" not in _flat(render_handout(back, ["Mark", "Tom"])).lower()


def test_what_the_therapist_wrote_and_todays_assignments_read_back_as_stored(vault):
    couple_id = add_couple(vault, "Lee", ["Ana", "Jo"])
    own = _as_stored_before_35b("time_out_plan", behaviour=FLOODED, anchor="at the Sunday money talk",
                                what_to_record="Write the day of each break on the fridge list.", title="Breaks")
    built = [build_assignment("time_out_plan", behaviour=FLOODED, minutes=20, anchor="at the Sunday money talk"),
             build_assignment("appreciation_exchange", anchor="after Sunday dinner"),
             build_assignment("reflect_back", minutes=8), build_assignment(behaviour=FLOODED, anchor="after dinner")]
    ids = [store.add_assignment(vault, couple_id, a.to_dict()) for a in built]
    for assignment_id, a in zip(ids, built):
        back = ops_practice.get_assignment(vault, load_settings(vault), assignment_id)
        assert {k: v for k, v in back.to_dict().items() if k not in _ROW} == {
            k: v for k, v in a.to_dict().items() if k not in _ROW}
    back = ops_practice.get_assignment(vault, load_settings(vault), store.add_assignment(vault, couple_id, own))
    assert back.title == "Breaks" and back.what_to_record == "Write the day of each break on the fridge list."
    assert "planning" not in back.review and back.who_starts == ""
