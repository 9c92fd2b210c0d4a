"""Walk-through 40n (c1): the speaker finder could not tell the two voices apart; the therapist then gave every line its
words and speaker, and page 1 still said "The two voices were hard to tell apart … name or move the speakers"."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import conversation, say
from .test_report_for_both import text_of

CONTEXT = {"couple_name": "Helen & Maya", "partners": {"S1": "Helen", "S2": "Maya"}, "recorded_at": "2026-11-28"}
WARNING = ("This recording sounds like fewer than 2 voices (the closest two are 0.94 alike; the quietest speaks 34% of "
           "the time). Check the speaker labels.")
LINES = (("S1", 1.0, 4.0, "I found a letter in the kitchen drawer. When were you going to tell me?"),
         ("S2", 5.0, 6.0, "I'm sorry. I should have told you."),
         ("S1", 7.0, 10.0, "I need us to sit down with the bills this week, together."),
         ("S2", 11.0, 13.0, "Okay. Thursday evening, after dinner?"))


def _page(speaker_confidence: float, stray: float) -> str:
    lines = []
    for speaker, start, end, text in LINES:
        words = say(speaker, start, text, end=end)
        for w in words:
            w["speaker_confidence"] = speaker_confidence
        lines.append(words)
    lines[-1][-1]["speaker_confidence"] = stray  # (one word the corrections' windows left: walk40n had two)
    analysis = dict(analyze(conversation(*lines), names={"S1": "Helen", "S2": "Maya"}), diarization_warnings=[WARNING])
    return text_of(render_session_prep(analysis, CONTEXT))


def test_once_every_line_has_its_speaker_from_the_therapist_the_page_says_so():
    said = _page(1.0, 0.3)
    assert "name or move the speakers" not in said, said[:900]
    assert "the speakers have since been set by hand" in said, said[:900]


def test_voices_the_finder_could_not_tell_apart_and_nobody_corrected_are_still_said_to_be_unsure():
    said = _page(0.55, 0.55)
    assert "name or move the speakers" in said and "set by hand" not in said
