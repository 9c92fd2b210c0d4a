"""The review on results made by the real analysis engine (no hand-written JSON), so the two agree on shape."""

from __future__ import annotations

import pytest

from talktogether_desktop import analysis
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.couples import add_couple, list_partners
from tt_timelines import say_lines, store_analysed


def _conversation(lines):
    """Word timeline from (speaker, text, gap before) lines; a negative gap starts over the other."""
    words = []
    say_lines(lines, words)
    return words


HEATED = [
    ("S1", "You never listen to me when I talk about work.", 0.2),
    ("S2", "That is not true, I always", 0.1),
    ("S1", "No you always do this and I am", -0.5),
    ("S2", "Whatever. Fine.", -0.3),
    ("S1", "You never ask about my day and it makes me", 0.3),
    ("S2", "Oh here we go again", -0.4),
    ("S1", "I need you to ask about my day.", 0.3),
    ("S2", "Okay.", 2.0),
]
CALMER = [
    ("S1", "I felt alone this week when work got busy.", 0.3),
    ("S2", "What I heard is that you felt alone. Did I get that right?", 0.4),
    ("S1", "Yes. I need you to ask about my day.", 0.4),
    ("S2", "I'm sorry. I hear you. Can we start over tonight?", 0.5),
    ("S1", "Thank you. I would like that.", 0.4),
    ("S2", "I can ask you every evening after dinner.", 0.5),
]


def test_review_figures_match_the_engine_results(vault):
    couple_id = add_couple(vault, "Kowalski", ["Zoë", "Łukasz"])
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    names = {"S1": "Zoë", "S2": "Łukasz"}
    results = [analysis.analyze(_conversation(HEATED), names=names), analysis.analyze(_conversation(CALMER), names=names)]
    aid = ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                      build_assignment("reflect_back", start_date="2026-11-30"))["id"]
    for result, when, linked in zip(results, ("2026-11-20T20:00:00", "2026-12-02T20:00:00"), (None, aid)):
        store_analysed(vault, couple_id, ids, result, when, 30, linked, names=names)

    review = build_review(ops_practice.review_inputs(vault, couple_id))
    trend = review["trend"]
    assert trend["available"] and review["adherence"]["recordings_linked"] == 1
    metric = {m["key"]: m["values"] for m in trend["metrics"]}
    for index, result in enumerate(results):
        for speaker in result["speakers"]:
            who = names[speaker["id"]]
            assert metric["interruptions_made"][who]["series"][index] == speaker["interruptions_made"]
            assert metric["repair_attempts"][who]["series"][index] == speaker["repair_attempts"]
            assert metric["talk_share"][who]["series"][index] == pytest.approx(speaker["talk_share"], abs=1e-3)
            assert metric["reaching_for"][who]["series"][index] == len(result["reaching_for"].get(speaker["id"], []))
        assert metric["escalation_points"]["couple"]["series"][index] == len(result["escalation_points"])
    # what was planted: the calmer practice has Łukasz repairing and no one talking over the other
    assert metric["repair_attempts"]["Łukasz"]["now"] > metric["repair_attempts"]["Łukasz"]["before"]
    assert metric["interruptions_made"]["Zoë"]["now"] <= metric["interruptions_made"]["Zoë"]["before"]
