"""rep46 (heldout8 h8_after_session_car): the couple's page quoted Jonas's reply "She asked me straight out what happened
in March." as taking up Maya's line, and said "it was taken up". That reply is one turn, 00:07-00:17, that goes on "…
it's the only room where I feel safe enough to say it." and runs into what leads up to the violence told at 00:18 and
the threat about therapy at 00:38 ("Keep dragging March into that office…"). Only its first sentence's time was
tested against the passages the couple's version leaves out. A need or bid said or answered in a turn that runs into such
a passage is not listed there."""

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

TRUTH = ROOT / "benchmarks" / "clinical" / "heldout8" / "h8_after_session_car.truth.json"
NAMES = {"S1": "Maya", "S2": "Jonas"}
CONTEXT = {"couple_name": "Maya & Jonas", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00"}


@pytest.fixture(scope="module")
def after_session() -> dict:
    lines = json.loads(TRUTH.read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    return analyze(clinical.line_words(lines), names=NAMES)


def test_a_reply_running_into_a_withheld_passage_is_not_quoted_to_the_couple(after_session):
    shared = " ".join(pages(render_session_prep(after_session, CONTEXT, mode="shareable")))
    assert "She asked me straight out" not in shared, shared
    assert "what happened in March" not in shared
    assert "it was taken up" not in shared.lower()
    clinician = " ".join(pages(render_session_prep(after_session, CONTEXT)))
    assert "She asked me straight out what happened in March." in clinician  # (the clinician's version keeps it)
