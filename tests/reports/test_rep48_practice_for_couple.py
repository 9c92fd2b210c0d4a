"""rep48: the couple's version said "Reflect back before answering — practised in this recording: not found" on page 1
and "Practised in the recording (reflect back): not found — no reply restated the partner before answering." under
Practice (dev chores_pursue_withdraw linked to a reflect-back practice): a test failed, on the page they take home, and
the automatic check's finding, which can miss what they did. The couple's version says the recording did not pick it
up this time; the clinician's keeps the verdict exact."""

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
CONTEXT = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00",
           "assignment": {"title": "Reflect back before answering", "template": "reflect_back", "done": True}}


def _text(mode: str) -> list[str]:
    lines = json.loads((ROOT / "benchmarks" / "clinical" / "dev" / "chores_pursue_withdraw.truth.json").read_text("utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    analysis = analyze(clinical.line_words(lines), names=NAMES)
    return [" ".join(p.split()) for p in pages(render_session_prep(analysis, CONTEXT, mode=mode))]


def test_the_couples_version_says_the_recording_did_not_pick_up_the_practice_and_the_clinicians_says_not_found():
    shared = _text("shareable")
    assert "Practice Reflect back before answering — the recording did not pick it up this time" in shared[0], shared[0]
    whole = " ".join(shared)
    assert "not found" not in whole, whole
    assert ("Practised in the recording (reflect back): not picked up this time (the check listens for a few kinds of "
            "words and can miss what you did; your therapist will talk over with you how it went).") in whole
    clinician = " ".join(_text("clinician"))
    assert "Reflect back before answering — practised in this recording: not found" in clinician
    assert ("Practised in the recording (reflect back): not found — no reply restated the partner before answering."
            in clinician), clinician


def test_a_part_of_several_not_found_is_said_for_the_couple_in_the_same_words():
    from talktogether_desktop.practice.for_couple import summary_for_couple

    said = summary_for_couple("Practised in the recording (appreciation and soft start-up): partly \u2014 appreciation: "
                              "yes, 1 said and taken up; soft start-up: not found, the opening turns carried criticism.")
    assert said == ("Practised in the recording (appreciation and soft start-up): partly \u2014 appreciation: yes, 1 said "
                    "and taken up; soft start-up: not picked up this time.")
