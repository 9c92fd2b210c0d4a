"""Walk-through 38l (c3): one claim, three confidences. Words the recogniser and the speaker finder were unsure of
("And honestly, you never … up for me …", 00:27) were "How sure: low: check the recording" in Key moments, "(medium
confidence)" as criticism in the Four Horsemen table and unmarked as item 1 on page 1. A horseman quoted as a heated
stretch's words is now no surer than that stretch, and page 1 says so too."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

LOW = "(Low confidence: check the recording.)"


def _stretch(confidence: str) -> dict:
    a = lines(("I need some time that's just ours at Christmas.", 0), ("Okay. What part is the hardest?", 0),
              ("And honestly, you never stick up for me when she starts on at me.", 0), ("That's not true.", 0))
    crit = a["horsemen"]["S1"]["criticism"][0]
    assert crit.get("confidence") != "low", crit
    point = {"start": crit["t"] - 1.0, "end": crit["t"] + 6.0, "peak_t": crit["t"] + 2.0, "score": 3.0,
             "first_sign_from": "S1", "quote_t": crit["t"], "quote": crit["quote"], "quote_by": "S1",
             "confidence": confidence, "signals": ["loudness"], "signals_by_speaker": {"S1": ["loudness", "criticism"]},
             "what_next": {"eased": False, "repair_attempts": []}}
    observation = {"kind": "escalation", "score": 50.0, "rank": 0,
                   "text": f"At 00:05 Alex said “{crit['quote']}”; over the next 7 s Alex's voice got louder.",
                   "evidence": [{"t": crit["t"], "speaker": "S1", "quote": crit["quote"]}]}
    return dict(a, escalation_points=[point], observations=[observation] + a["observations"])


def test_a_low_confidence_moment_is_low_on_page_one_and_in_the_horsemen_table():
    said = text_of(render_session_prep(_stretch("low"), CONTEXT))
    assert "How sure: low: check the recording" in said
    stood_out = said[said.index("What stood out"):said.index("Who talked")]
    assert LOW in stood_out, stood_out
    table = said[said.index("The Four Horsemen, per partner"):said.index("Contempt")]
    assert "medium confidence" not in table and "(low confidence: check the recording)" in table, table


def test_a_sure_moment_keeps_its_horseman_and_page_one_as_they_were():
    said = text_of(render_session_prep(_stretch("medium"), CONTEXT))
    assert LOW not in said
    table = said[said.index("The Four Horsemen, per partner"):said.index("Contempt")]
    assert "you never stick up for me" in table and "(low confidence" not in table, table
