"""rep50, on a real rendered report of an imported recording (walk48b a_allowance, the m4a through the whole chain):
page one quoted "Pieter said “Just leave the receipt on the counter before men.”" ("before bed" misheard: "men" at
probability 0.61, over the 0.5 under which a word is never quoted, and "on" at 0.54) as a safety line, and its Key moment
said "some words unclear" naming none. A safety line is read closely: the words heard less clearly are named where it is
quoted. Words under the threshold stay unquoted everywhere (the "…" of the threat at 01:04)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_walk48b_a_allowance_audio.json"
CONTEXT = {"couple_name": "Pieter & Lerato", "partners": {"S1": "Pieter", "S2": "Lerato"}, "recorded_at": "2026-12-01"}


@pytest.fixture(scope="module")
def text():
    analysis = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return pages(render_session_prep(analysis, CONTEXT))


def test_page_one_names_the_words_of_a_safety_quote_heard_less_clearly(text):
    assert "Pieter said “Just leave the receipt on the counter before men.” (“on”, “men” heard less clearly)" in text[0], text[0]


def test_the_key_moment_names_them_in_how_sure(text):
    whole = " ".join(text)
    at = whole.index("Safety 12 · 01:42 · Pieter")
    assert "how sure: medium — some words unclear (“on”, “men”)." in whole[at:at + 600], whole[at:at + 600]


def test_words_under_the_threshold_are_never_quoted_on_any_page(text):
    analysis = json.loads(FIXTURE.read_text(encoding="utf-8"))
    whole = " ".join(text)
    threat = next(t for t in analysis["turns"] if "kids" in t["text"] and t["speaker"] == "S1")
    low = [w for w in threat["words"] if w["probability"] < 0.5]
    assert low
    for i, w in enumerate(threat["words"][1:-1], 1):  # no word under 0.5 between the two words it was said between
        if w["probability"] < 0.5:
            said = " ".join(x["word"] for x in threat["words"][i - 1:i + 2])
            assert said not in whole, said
