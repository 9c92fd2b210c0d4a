"""rep46, wording read on real rendered reports of the labelled timelines:
- the couple's page said "2 needs and bids were picked up …; all 2 were taken up" (dev warm_affectionate_always) and
  "…; none of them was taken up" of two (heldout3 gaming_late): two are "both" and "neither";
- page 1 said Ana "replied, but after a threat that reply is not read as taking it up" where no threat was heard, only
  Ana's own words of self-harm in that reply (heldout2 low_mood): it says she answered with words of self-harm; and the
  bids line said "Ana turned toward, away from or against none of Ben's 1 bid; 1 came after a threat…";
- a rise listed by a quote 9 s after it began said "over the next 29 seconds" of a 29-second rise (heldout10);
- "Of Lena's 3 needs and bids, 3 were met…" (heldout13) is "all 3"."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import clinical  # noqa: E402

NAMES = {"S1": "Ana", "S2": "Ben"}
CONTEXT = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00"}


def _analysis(split: str, name: str) -> dict:
    lines = json.loads((ROOT / "benchmarks" / "clinical" / split / f"{name}.truth.json").read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    return analyze(clinical.line_words(lines), names=NAMES)


def _text(analysis: dict, mode: str) -> str:
    return " ".join(pages(render_session_prep(analysis, CONTEXT, mode=mode)))


def test_two_bids_both_taken_up_are_both():
    shared = _text(_analysis("dev", "warm_affectionate_always"), "shareable")
    assert "2 needs and bids were picked up in this recording; both were taken up (below)." in shared, shared
    assert "all 2" not in shared


def test_two_bids_neither_taken_up_are_neither():
    shared = _text(_analysis("heldout3", "gaming_late"), "shareable")
    assert "2 needs and bids were picked up in this recording; neither was taken up." in shared, shared
    assert "none of them" not in shared


def test_a_reply_with_self_harm_is_not_said_to_come_after_a_threat():
    clinician = _text(_analysis("heldout2", "low_mood"), "clinician")
    assert "replied, but after a threat" not in clinician, clinician
    assert "“Do you want to talk about it?” (00:07); Ana answered with words of self-harm" in clinician


def test_a_bid_read_neither_way_is_not_said_to_be_met_by_none_of_three_ways():
    clinician = _text(_analysis("heldout2", "low_mood"), "clinician")
    assert "turned toward, away from or against none of" not in clinician, clinician
    # (wfix49: in the kind found, never "after a threat or control" where only self-harm was heard)
    assert "Ben's bid came with words of self-harm, and is not read either way" in clinician, clinician


def test_a_rise_quoted_after_its_start_is_not_said_to_run_on_from_the_quote():
    # (heldout10 h10_dishwasher_mug: a rise from 00:00 to 00:29, its quote at 00:09, was "At 00:09 Ana said “…”; over
    # the next 29 seconds the exchange grew tense", past its end)
    a = _analysis("heldout10", "h10_dishwasher_mug")
    clinician, shared = _text(a, "clinician"), _text(a, "shareable")
    assert "; over the 29 seconds from 00:00 the exchange grew tense." in clinician, clinician
    assert "At 00:07 the conversation got more intense: over the 29 seconds from 00:00 " in shared, shared
    assert "over the next 29 seconds" not in clinician + shared


def test_every_need_met_is_said_all_of_them():
    # (heldout13 h13_sister_visit: "Of Lena's 3 needs and bids, 3 were met by turning toward them.")
    clinician = _text(_analysis("heldout13", "h13_sister_visit"), "clinician")
    assert "3 needs and bids, all 3 were met by turning toward them." in clinician, clinician
    assert "3 needs and bids, 3 were met" not in clinician
