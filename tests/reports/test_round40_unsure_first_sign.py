"""Walk-through 40n (finding 10): the two women's voices were not told apart and the opening line was marked "speaker
unsure", yet Patterns said "Harsh start-up (high confidence) … first sign from Maya" and page 1 "at 00:04 Maya said
'What is wrong with you?'" (Helen said it). A pattern whose first sign is on a speaker-unsure line is never high and
names nobody as sure."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import conversation, say
from .test_report_for_both import text_of

CONTEXT = {"couple_name": "Helen & Maya", "partners": {"S1": "Helen", "S2": "Maya"}, "recorded_at": "2026-11-28"}
OPENING = (("S1", 1.16, 6.58, "I found a letter from a debt collector in the kitchen drawer. What is wrong with you? "
                              "You always hide things from me."),
           ("S2", 8.79, 9.52, "It's nothing."),
           ("S1", 10.01, 14.40, "Nothing? Four thousand pounds is nothing? You never tell me anything about money."),
           ("S2", 17.00, 17.38, "Fine."),
           ("S1", 17.83, 21.91, "Don't just say fine. I'm asking you a question. When were you going to tell me?"),
           ("S2", 27.91, 28.88, "I'm not doing this."))


def analysed_opening(speaker_confidence_at_the_start: float) -> dict:
    lines = []
    for k, (speaker, start, end, text) in enumerate(OPENING):
        words = say(speaker, start, text, end=end)
        for w in words:  # (what the speaker finder said of the first two lines: 0.58 is under "speaker unsure")
            w["speaker_confidence"] = speaker_confidence_at_the_start if k < 2 else 0.95
        lines.append(words)
    return analyze(conversation(*lines), names={"S1": "Helen", "S2": "Maya"})


def _said(speaker_confidence_at_the_start: float) -> str:
    analysis = analysed_opening(speaker_confidence_at_the_start)
    assert any(p["kind"] == "harsh_startup" and p["confidence"] == "high" for p in analysis["patterns"])
    return text_of(render_session_prep(analysis, CONTEXT))


def test_a_harsh_start_up_on_a_speaker_unsure_line_is_not_high_and_names_no_one_as_sure():
    said = _said(0.58)
    pattern = said[said.index("Harsh start-up ("):said.index("The Four Horsemen, per partner")]
    assert "high confidence" not in pattern.split(")")[0], pattern
    assert "first sign from" not in pattern and "who said it is unsure" in pattern, pattern
    stood_out = said[said.index("What stood out"):said.index("Who talked")]
    assert "opened with criticism" in stood_out and "Who said it is unsure: check the recording." in stood_out, stood_out
    cycle = said[said.index("Pursue\u2013withdraw ("):said.index("Harsh start-up (")]
    assert "First sign from" not in cycle and "who said it is unsure" in cycle, cycle


def test_a_harsh_start_up_on_a_sure_line_keeps_its_confidence_and_its_first_sign():
    said = _said(0.95)
    assert "Harsh start-up (high confidence)" in said and "(first sign from Helen)" in said
    assert "who said it is unsure" not in said.lower()
