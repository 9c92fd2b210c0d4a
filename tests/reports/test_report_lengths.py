"""The report's figures per partner set a 34 s practice conversation against the couple's 76 s quarrel before it:
the counts' changes in brackets are per 10 minutes, and the note under the table says both lengths ("(−4)" for
Łukasz's interruptions, 7 → 3, was the shorter recording, not a change). Real engine results, a real PDF."""

from __future__ import annotations

import io
import re

import pypdf

from talktogether_desktop import analysis
from talktogether_desktop.pipeline import ops_practice, ops_reports
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.storage.couples import add_couple, list_partners
from talktogether_desktop.storage.settings import load_settings
from tt_timelines import NAMES, store_analysed, timeline


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_figures_of_recordings_of_different_lengths_change_per_10_minutes(vault):
    couple_id = add_couple(vault, "Kowalski", list(NAMES.values()))
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    aid = ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                       build_assignment("reflect_back", start_date="2026-11-30"))["id"]
    store_analysed(vault, couple_id, ids, analysis.analyze(timeline(7, 76.0), names=NAMES), "2026-11-20T20:00:00", 76.0)
    practice_id = store_analysed(vault, couple_id, ids, analysis.analyze(timeline(3, 34.0), names=NAMES),
                                 "2026-12-02T20:00:00", 34.0, aid)
    text = _text(ops_reports.make_session_prep(vault, load_settings(vault), practice_id)["pdf"])
    assert ("counts change per 10 minutes, as that recording was 1 min 16 s long and this one 34 s; no bracket "
            "means no change.") in text
    made = re.search(r"Interruptions made (.*?) Interruptions received", text).group(1)
    assert made.split() == ["0", "3"], made  # 7 in 76 s and 3 in 34 s: about the same rate, no bracket
    assert "(−4)" not in text and "went down (7 to 3)" not in text
