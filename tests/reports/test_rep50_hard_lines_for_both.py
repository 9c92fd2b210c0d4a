"""rep50, on real rendered reports of the labelled timelines: the couple's Key moments quoted a partner's criticism and
contempt back to both of them (24 lines in ~150 couple's reports: heldout3 gaming_late "Ben: God, talking to you is
like talking to a wall, you're such a child.", dev bedtime_phone "Ana: You never listen, you just sit on your phone
all evening."). The couple's version now says when, who and what kind of line it was, without the words; the lines
that help (bids, repairs) are still quoted, and the clinician's version keeps every line as said."""

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
CONTEXT = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00"}


def _text(split: str, name: str, mode: str) -> str:
    lines = json.loads((ROOT / "benchmarks" / "clinical" / split / f"{name}.truth.json").read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    analysis = analyze(clinical.line_words(lines), names=NAMES)
    return " ".join(pages(render_session_prep(analysis, CONTEXT, mode=mode)))


@pytest.fixture(scope="module")
def gaming():
    return {mode: _text("heldout3", "gaming_late", mode) for mode in ("clinician", "shareable")}


def test_the_couples_key_moment_describes_contempt_without_quoting_it(gaming):
    shared = gaming["shareable"]
    assert "talking to a wall" not in shared and "such a child" not in shared and "the nagging again" not in shared
    assert "00:14 Ana: (a cutting remark; not quoted here)" in shared, shared
    assert "00:17 Ben: (a cutting remark; not quoted here)" in shared
    assert "Lines said in the heat of the moment are described here, not quoted" in shared
    # the bid just before it is still in the partner's own words
    assert "I feel lonely in the evenings and I'd like us to watch something together again." in shared


def test_the_clinicians_version_keeps_the_lines_as_said(gaming):
    clinician = gaming["clinician"]
    assert "God, talking to you is like talking to a wall, you're such a child." in clinician
    assert "Here we go, the nagging again." in clinician
    assert "not quoted here" not in clinician


def test_criticism_is_described_and_the_repair_after_it_still_quoted():
    shared = _text("dev", "bedtime_phone", "shareable")
    assert "You never listen" not in shared and "sit on your phone all evening" not in shared
    assert "00:07 Ana: (a complaint put as a sweeping statement about the other; not quoted here)" in shared, shared
    assert "It eased after a repair attempt at 00:17 (“You're right.”)" in shared
    assert "00:12 Ben: I didn't even have my phone out." in shared  # (not criticism or contempt: said as it was)
