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
    assert ("counts change per 10 minutes and talk time as a share of the recording, as that recording was 1 min "
            "16 s long and this one 34 s; no bracket means no change.") in text
    made = re.search(r"Interruptions made (.*?) Interruptions received", text).group(1)
    assert made.split() == ["0", "3"], made  # 7 in 76 s and 3 in 34 s: about the same rate, no bracket
    assert "(−4)" not in text and "went down (7 to 3)" not in text


def test_talk_time_of_recordings_of_different_lengths_changes_as_a_share_of_the_recording(vault):
    """walk35a: "Talk time 16 s (−28 s)" set a 56 s practice recording's raw seconds against a 113 s one's."""
    couple_id = add_couple(vault, "Kowalski", list(NAMES.values()))
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    aid = ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                       build_assignment("reflect_back", start_date="2026-11-30"))["id"]
    before = analysis.analyze(timeline(4, 113.0), names=NAMES)
    store_analysed(vault, couple_id, ids, before, "2026-11-20T20:00:00", 113.0)
    now = analysis.analyze(timeline(2, 56.0), names=NAMES)
    practice_id = store_analysed(vault, couple_id, ids, now, "2026-12-02T20:00:00", 56.0, aid)
    text = _text(ops_reports.make_session_prep(vault, load_settings(vault), practice_id)["pdf"])
    row = re.search(r"Talk time (.*?) Turns", text).group(1)
    assert not re.search(r"\(.\d+ s\)", row), row  # no raw seconds set side by side
    shares = {}
    for s_now, s_before in zip(now["speakers"], before["speakers"]):
        shares[s_now["id"]] = round(100 * (s_now["talk_time_s"] / 56.0 - s_before["talk_time_s"] / 113.0))
    for d in shares.values():  # the same kind of talk, half as long: the same share of it, no change to show
        assert (f"{'+' if d > 0 else chr(0x2212)}{abs(d)} pts of the recording" in row) if d else "(" not in row, row
    assert list(shares.values()) == [0, 0], shares  # (before: "23 s (−23 s) 25 s (−25 s)")
    assert "as that recording was 1 min 53 s long and this one 56 s" in text
