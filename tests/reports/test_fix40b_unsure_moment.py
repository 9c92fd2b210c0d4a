"""Fix 40b (walk-through 40n): the Key moment at 00:04 said "first sign from Maya" over "What is wrong with you?", a line
the transcript marks "speaker unsure" (Helen said it). Its heading names no one there: "who said it is unsure"."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_round40_unsure_first_sign import CONTEXT, analysed_opening


def analysed_with_a_rise(speaker_confidence_at_the_start: float) -> dict:
    """The walk-through's opening analysed, with a rise whose first sign is "What is wrong with you?" (Helen's), on a
    line marked "speaker unsure" when the confidence is under SPEAKER_UNSURE."""
    analysis = analysed_opening(speaker_confidence_at_the_start)
    rise = {"start": 4.06, "end": 14.4, "peak_t": 9.0, "score": 3.4, "first_sign_from": "S1", "quote_by": "S1",
            "quote": "What is wrong with you?", "quote_t": 4.06, "confidence": "medium", "signals": ["loudness"],
            "signals_by_speaker": {"S1": ["loudness"]},
            "what_next": {"text": "It calmed down by 00:18.", "eased": True, "eased_at": 18.0}}
    return dict(analysis, escalation_points=[rise])


def _heading(speaker_confidence_at_the_start: float) -> str:
    said = text_of(render_session_prep(analysed_with_a_rise(speaker_confidence_at_the_start), CONTEXT))
    start = said.index("Moment 1")
    return said[start:said.index("00:", start + 20)]


def test_a_key_moment_whose_first_sign_is_on_a_speaker_unsure_line_names_no_one():
    heading = _heading(0.58)
    assert "first sign: who said it is unsure" in heading and "Helen" not in heading, heading


def test_a_key_moment_on_a_sure_line_names_its_first_sign():
    heading = _heading(0.95)
    assert "first sign from Helen" in heading and "unsure" not in heading, heading
