"""rep46, the clinician's report of a real import (walk45a b_keys rendered to m4a by walk40p's render.py, seed 45, through
`talktogether import`; its analysis is the fixture, speakers not named):
- page 1 said "At 00:18 S2 said “too.”": the rise's first sign was given the words opening S2's turn, the end of S1's
  "…your mom noticed, too." cut where the voices changed. A sentence begun in lower case goes on from elsewhere and is
  not quoted as the first sign's words;
- a reply whose unsure word could turn it round was quoted "“… you … shut up when I have, maybe not … … drink. (an
  unclear word…”": the analysis's note cut in the middle and printed as words said. The note stays whole, after the
  closing mark.
And of walk45b a_rota_swap imported the same way: the question said "Turns were cut short 3 times" under page 1's and the
figures' 4 (one was low), the appreciations line said "5 reply unclear either way", and its questions asked about
its one rise, read with low confidence, as about a sure one."""

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
    assert "At 00:33 S1 said \u201cDon't do the voice" in clinician[0]


def test_the_note_on_an_unsure_word_is_whole_and_outside_the_quote(clinician):
    text = " ".join(clinician)
    assert "(an unclear word\u2026" not in text
    assert f"maybe not \u2026 drink.\u201d {NOTE}" in text, text  # (rep47: two unsure runs side by side, one "…")


ROTA = Path(__file__).parent / "fixtures" / "analysis_walk45b_a_rota_swap_audio.json"  # (walk45b a_rota_swap, the same way)


@pytest.fixture(scope="module")
def rota() -> str:
    return " ".join(pages(render_session_prep(json.loads(ROTA.read_text(encoding="utf-8")),
                                              {"couple_name": "Arjun & Callum", "recorded_at": "2026-12-01"})))


def test_the_question_counts_the_cut_ins_page_one_counts(rota):
    # (page 1 and the figures: 4, one of them low; the question said "Turns were cut short 3 times")
    assert "mid-sentence 4 times" in rota and "Interruptions made 0 4" in rota, rota
    assert "Turns were cut short 4 times (first at 00:12, 3 of them heard clearly)." in rota
    assert "cut short 3 times" not in rota


def test_appreciations_with_an_unclear_reply_are_counted_in_words(rota):
    assert "5 said. 5 with the reply unclear either way: " in rota, rota
    assert "5 reply unclear" not in rota


def test_a_question_about_a_low_confidence_rise_says_so(rota):
    # (its only rise, 01:15-01:19, "How sure: low: check the recording"; the question asked of it as of a sure one)
    assert ("At 01:15 the conversation got more intense (a low-confidence reading: listen to it first). What was each "
            "of you feeling just before that?") in rota, rota
    assert ("After moment 1 a repair attempt came and things eased (moment 1 itself is a low-confidence reading: listen to "
            "it first).") in rota


FATHER = Path(__file__).parent / "fixtures" / "analysis_walk44a_a_father_audio.json"  # (walk44a a_father, the same way)
GUESSES = "He didn't \u2026 my mind and you're shutting \u2026 half"


@pytest.mark.parametrize("mode", ["clinician", "shareable"])
def test_a_repair_heard_mostly_as_guesses_is_quoted_by_its_clear_end(mode):
    # (Callum's "Sorry. I jumped in there." was heard "He didn't … my mind and you're shutting … half … … … sorry.", the
    # words before "sorry" guesses run in from the partner's line; both versions quoted them as the repair attempt)
    text = " ".join(pages(render_session_prep(json.loads(FATHER.read_text(encoding="utf-8")),
                                              {"couple_name": "Ana & Ben", "recorded_at": "2026-12-01"}, mode=mode)))
    quoted = text.replace(f"S2: but that's not fair. He hardly been the way. {GUESSES}", "")  # (the moment's own line)
    assert GUESSES not in quoted, text
    assert "(\u201c\u2026 sorry.\u201d)" in text or "S2's \u201c\u2026 sorry.\u201d at 00:58" in text  # (rep49: where "…" begins)
