"""A 34 s practice conversation against a 76 s quarrel before it: counts from recordings of different lengths are
compared per 10 minutes, with both lengths said, never as "7 to 3" (a walk-through's review read the shorter
recording's fewer interruptions as a change). Real word timelines through the real analysis engine."""

from __future__ import annotations

import json

from talktogether_desktop import analysis
from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.pipeline.formats import format_review
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.review import build_review
from talktogether_desktop.storage.couples import add_couple, list_partners
from talktogether_desktop.storage.settings import load_settings
from tt_timelines import NAMES, store_analysed as _store, timeline as _timeline


def test_counts_from_a_34_s_practice_and_a_76_s_quarrel_are_compared_per_10_minutes(vault):
    couple_id = add_couple(vault, "Kowalski", list(NAMES.values()))
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    quarrel = analysis.analyze(_timeline(7, 76.0), names=NAMES)
    practice = analysis.analyze(_timeline(3, 34.0), names=NAMES)
    made = {r["duration_s"]: {s["id"]: s["interruptions_made"] for s in r["speakers"]} for r in (quarrel, practice)}
    assert [m["S2"] for m in made.values()] == [7, 3]  # the engine heard 7 cut-ins, then 3
    aid = ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                       build_assignment("reflect_back", start_date="2026-11-30"))["id"]
    _store(vault, couple_id, ids, quarrel, "2026-11-20T20:00:00", 76.0)
    _store(vault, couple_id, ids, practice, "2026-12-02T20:00:00", 34.0, aid)

    review = build_review(ops_practice.review_inputs(vault, couple_id))
    trend = review["trend"]
    json.dumps(review)
    assert (trend["before_s"], trend["now_s"], trend["per"]) == (76.0, 34.0, "10 minutes")
    metric = {m["key"]: m for m in trend["metrics"]}
    cut_ins = metric["interruptions_made"]["values"]["Łukasz"]
    assert metric["interruptions_made"]["unit"] == "10 minutes"
    assert cut_ins["series"] == [7, 3] and (cut_ins["before_count"], cut_ins["now_count"]) == (7, 3)
    assert (cut_ins["before"], cut_ins["now"]) == (round(7 * 600 / 76, 3), round(3 * 600 / 34, 3))  # 55.3, 52.9
    assert cut_ins["direction"] == "same"  # not "down from 7 to 3"
    assert ("Interruptions made (Łukasz): 7 in 1 min 16 s earlier, 3 in 34 s this time: about the same per "
            "10 minutes (55.3 and 52.9).") in trend["lines"]
    assert any(w.startswith("The recordings differ in length (1 min 16 s earlier, 34 s this time), so the counts "
                            "are compared per 10 minutes") for w in trend["warnings"])
    assert not any("Interruptions made by Łukasz" in p for p in review["review_points"]), review["review_points"]
    text = format_review(review)
    assert "7 in earlier recordings, 3 this time" not in text and "about the same per 10 minutes" in text

