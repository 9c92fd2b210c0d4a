"""rep46, the clinician's report of a real import (walk45a b_keys rendered to m4a by walk40p's render.py, seed 45, through
`talktogether import`; its analysis is the fixture, speakers not named):
- page 1 said "At 00:18 S2 said “too.”": the rise's first sign was given the words opening S2's turn, the end of S1's
  "…your mom noticed, too." cut where the voices changed. A sentence begun in lower case goes on from elsewhere and is
  not quoted as the first sign's words;
- a reply whose unsure word could turn it round was quoted "“… you … shut up when I have, maybe not … … drink. (an
  unclear word…”": the analysis's note cut in the middle and printed as words said. The note stays whole, after the
  closing mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_walk45a_b_keys_audio.json"
CONTEXT = {"couple_name": "Kirsty & Sam", "recorded_at": "2026-12-01"}
NOTE = "(an unclear word here may change its meaning: listen)"


@pytest.fixture(scope="module")
def clinician() -> list[str]:
    return pages(render_session_prep(json.loads(FIXTURE.read_text(encoding="utf-8")), CONTEXT))


def test_a_fragment_opening_a_turn_is_not_quoted_as_the_first_sign(clinician):
    assert "said \u201ctoo.\u201d" not in clinician[0], clinician[0]
    assert "At 00:35 S1 said \u201cDon't do the voice" in clinician[0]


def test_the_note_on_an_unsure_word_is_whole_and_outside_the_quote(clinician):
    text = " ".join(clinician)
    assert "(an unclear word\u2026" not in text
    assert f"maybe not \u2026 \u2026 drink.\u201d {NOTE}" in text, text
