"""rep46 (heldout3 drinking_fear, linked to a soft start-up practice): the report's practice line said "Practised in the
recording (soft start-up): yes — the start-up at 00:10 has no criticism or contempt, and Ben starts from an I-statement
or a need", its evidence Ben's "I'm scared to come home when you've been drinking." (fear of the partner), after "When
you drink you throw things, last night you threw a glass at me." and the blame "You wind me up until I snap, it's on
you.". An opening that holds safety language is not read as a start-up; the couple's version says neither that nor why."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import clinical  # noqa: E402

NAMES = {"S1": "Ana", "S2": "Ben"}
CONTEXT = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00",
           "assignment": {"title": "One calm 10-minute conversation after dinner", "template": "soft_startup"}}


@pytest.fixture(scope="module")
def drinking_fear() -> dict:
    lines = json.loads((ROOT / "benchmarks/clinical/heldout3/drinking_fear.truth.json").read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    return analyze(clinical.line_words(lines), names=NAMES)


def test_fear_said_in_the_opening_is_no_soft_start_up(drinking_fear):
    text = " ".join(pages(render_session_prep(drinking_fear, CONTEXT)))
    assert "(soft start-up): yes" not in text and "(soft start-up): partly" not in text, text
    assert "practised in this recording: yes" not in text
    assert "(soft start-up): the opening holds safety language, so it is not read as a start-up." in text


def test_the_couples_version_does_not_say_safety_language_was_heard(drinking_fear):
    text = " ".join(pages(render_session_prep(drinking_fear, CONTEXT, mode="shareable")))
    assert "(soft start-up): yes" not in text and "practised in this recording: yes" not in text, text
    assert "safety" not in text.lower()
    assert "(soft start-up): it is not read automatically this time; your therapist will go over it with you." in text
