"""Round 39 (walk39m, walk39n): the report's wording. A line heard clearly whose speaker is unsure was marked
"(words uncertain: …)"; quotes cut mid-word; joint questions for the couple after safety flags; the practice's
"Practised" quotes out of time order; repairs "landed" beside "No marked rise"; the couple's curve on another scale."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

from ..analysis.timeline import conversation, end_of, say
from .test_report_for_both import text_of
from .test_report_modes import CONTEXT

NAMES = {"S1": "Ruth", "S2": "Dan"}
WHO = dict(CONTEXT, partners=NAMES, couple_name="Ruth & Dan")


def _sure(utterance: list[dict], speaker_confidence: float) -> list[dict]:
    for w in utterance:
        w["speaker_confidence"] = speaker_confidence
    return utterance


def test_a_bid_heard_clearly_whose_speaker_is_unsure_says_so_not_words_uncertain():
    """walk39n redundancy p3: "Do you want to talk about what happened at work?", heard at 0.95, was "(words
    uncertain: check the recording)"; its one reason was "unsure who said it"."""
    a = _sure(say("S1", 0.0, "Do you want to talk about what happened at work?"), 0.3)
    b = _sure(say("S2", end_of(a) + 0.6, "Not really."), 0.95)
    c = _sure(say("S1", end_of(b) + 0.6, "Okay, I just want to know how you are doing."), 0.95)
    analysis = analyze(conversation(a, b, c), names=NAMES)
    [bid] = [x for x in analysis["reaching_for"]["S1"] if x["t"] == 0.0]
    assert bid["confidence"] == "low" and bid["confidence_reasons"] == ["unsure who said it"]
    page = text_of(render_session_prep(analysis, WHO))
    assert "(who said it unsure: check the recording)" in page, page
    assert "words uncertain" not in page, page
