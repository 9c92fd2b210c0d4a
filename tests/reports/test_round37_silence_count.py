"""Round 37: the clinician's page says why the couple's version counts fewer silences (walk37i c1: 2 against 1, the
10 s time-out silence running into the passage before a safety line; nothing said why)."""

from __future__ import annotations

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


@pytest.fixture(scope="module")
def self_harm_after_a_long_silence():
    a = lines(("How was work today?", 0), ("Long. I had the meeting with the new manager.", 0), ("Did it go well?", 0),
              ("I do not know. Sometimes I think everyone would be better off without me.", 12.0),
              ("Please tell me more. I am here with you.", 0),
              # (talk past the 30 s the couple's version holds back after self-harm heard)
              ("We could get a takeaway tonight, if you like.", 0), ("That sounds good. Thai or Indian this time?", 0),
              ("Thai, I think. The usual place on the corner.", 0), ("I will ring them after this, then.", 0),
              ("Did you see the match last night, by the way?", 0), ("No, I missed it. Was it any good?", 0),
              ("It was close. We won in the very last minute.", 0), ("Nice. I will watch the highlights later on.", 0),
              ("Thank you. I will.", 5.0), ("Do you want some tea?", 0), ("Yes please.", 0))
    # the 12 s silence runs into the 10 s before the self-harm line, which the couple's version leaves out
    assert [round(s["duration_s"]) for s in a["silences"]] == [12, 6]
    assert [f["category"] for f in a["safety_flags"]] == ["self_harm"]
    return a


def _stood_out(pdf: bytes) -> str:
    page = text_of(pdf)
    return page[page.index("What stood out"):page.index("How the conversation went")]


def test_the_clinicians_silence_sentence_says_why_the_couples_version_counts_fewer(self_harm_after_a_long_silence):
    clinician = _stood_out(render_session_prep(self_harm_after_a_long_silence, CONTEXT))
    assert "There were 2 silences of 3 s or more" in clinician, clinician
    assert ("The couple's version counts 1: the other falls in a passage that version leaves out." in clinician), clinician
    both = _stood_out(render_session_prep(self_harm_after_a_long_silence, CONTEXT, mode="shareable"))
    assert "There was 1 silence of 3 s or more; the longest was 6 s, at 00:54." in both, both
    assert "couple's version" not in both and "leaves out" not in both  # the couple's page says nothing of it


def test_where_the_couples_version_counts_every_silence_the_clinicians_sentence_adds_nothing():
    a = lines(("I need you to ask about my day sometimes.", 0), ("Okay, I hear you. How was your day?", 4.0),
              ("It was long. Thank you for asking.", 0), ("I'm glad you told me.", 5.0))
    assert len(a["silences"]) == 2 and not a["safety_flags"]
    clinician = _stood_out(render_session_prep(a, CONTEXT))
    assert "There were 2 silences of 3 s or more" in clinician and "couple's version" not in clinician, clinician
