"""rep45b (walk45b a_rota_swap, an appreciation practice): the couple's page said "You each told the other something
you appreciated, and it was taken in." when the analysis read 1 of 6 appreciations as taken in and the rest as unclear
(one was brushed off, "it was nothing", one turned into a complaint); and it called 00:31-00:44 (Callum's appreciation,
Arjun's modest "It was nothing … Anyone would do it.") a tense moment and asked them to talk it over together, a rise
with nothing in the voices or the timing, only two low readings of defensiveness. The couple's page says "taken in"
only of what the analysis read so, and does not show a rise made of unsure word readings alone."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.praise import for_both

from .test_report_modes import pages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import clinical  # noqa: E402

TRUTH = ROOT / "benchmarks" / "clinical" / "walk45b" / "w45b_a_rota_swap.truth.json"
CONTEXT = {"couple_name": "Arjun & Callum", "partners": {"S1": "Arjun", "S2": "Callum"}, "recorded_at": "2026-12-05"}
TAKEN_IN = "and it was taken in"


def _reply(t, who, quote):
    return {"t": t, "end": t + 1.0, "speaker": who, "quote": quote}


# the six appreciations as the audio recording's analysis read them (walk45b: "Appreciations: 6 said. 1 received")
REPLIES = [
    {"t": 20.8, "end": 27.0, "speaker": "S2", "quote": "Thank you for noticing that.", "outcome": "unclear", "how": "",
     "reply": _reply(27.7, "S1", "Your turn."), "then_accepted": None, "confidence": "medium"},
    {"t": 51.9, "end": 52.5, "speaker": "S1", "quote": "Thank you.", "outcome": "unclear", "how": "",
     "reply": _reply(54.8, "S2", "One more each?"), "then_accepted": None, "confidence": "medium"},
    {"t": 57.4, "end": 71.5, "speaker": "S1", "quote": "I appreciated that on Sunday you finally did the ironing.",
     "outcome": "unclear", "how": "", "reply": None, "then_accepted": None, "confidence": "medium"},
    {"t": 78.0, "end": 79.1, "speaker": "S1", "quote": "I did say thank you first, no?", "outcome": "unclear", "how": "",
     "reply": _reply(80.3, "S2", "Okay. That stung a bit."), "then_accepted": None, "confidence": "medium"},
    {"t": 93.3, "end": 100.8, "speaker": "S1", "quote": "I appreciated that you phoned my mother on her birthday.",
     "outcome": "accepted", "how": "taken in", "reply": _reply(101.4, "S2", "She's lovely. Thank you for saying it."),
     "then_accepted": None, "confidence": "medium"},
    {"t": 104.3, "end": 105.3, "speaker": "S2", "quote": "Thank you for saying it.", "outcome": "unclear", "how": "",
     "reply": None, "then_accepted": None, "confidence": "medium"},
]
# the rise at 00:31 as the recording's analysis gave it: defensiveness read on both lines, low, nothing in the voices
WORDS_ONLY = {"start": 31.23, "end": 44.4, "peak_t": 35.0, "score": 2.16, "first_sign_from": "S2", "led_by": "S2",
              "quote": "", "quote_t": 31.23, "quote_by": "S2", "signals": ["defensiveness"],
              "signals_by_speaker": {"S1": ["defensiveness"], "S2": ["defensiveness"]},
              "what_next": {"text": "", "eased": True, "eased_at": 40.0, "repair_attempts": [], "repair_landed": False},
              "confidence": "low", "check_recording": True}
HEARD = {"start": 72.72, "end": 79.41, "peak_t": 77.0, "score": 4.31, "first_sign_from": "S2", "led_by": "S2",
         "quote": "Wait, is that an appreciation or a complaint?", "quote_t": 72.72, "quote_by": "S2",
         "signals": ["loudness", "pitch", "rate", "interruptions"],
         "signals_by_speaker": {"S1": ["loudness", "pitch", "interruptions"], "S2": ["loudness", "rate"]},
         "what_next": {"text": "", "eased": True, "eased_at": 78.0, "repair_attempts": [], "repair_landed": False},
         "confidence": "low", "check_recording": True}


@pytest.fixture(scope="module")
def rota_swap() -> dict:
    lines = json.loads(TRUTH.read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    a = analyze(clinical.line_words(lines), names={"S1": "Arjun", "S2": "Callum"})
    a["appreciation_replies"] = copy.deepcopy(REPLIES)
    # (text only, "Okay. That stung a bit, I'm not going to lie." reads as possible self-harm; on audio, with those
    # words lost, there were no safety flags, and a flag would withhold the 01:13 rise beside it)
    a["safety_flags"], a["safety_prompt"] = [], None
    a["observations"] = [o for o in a["observations"] if o.get("kind") not in ("safety", "safety_prompt")]
    a["escalation_points"] = [dict(WORDS_ONLY), dict(HEARD)]
    a["observations"] = [o for o in a["observations"] if o.get("kind") != "escalation"] + [
        {"kind": "escalation", "rank": 1, "score": 4.31, "confidence": "low", "text": "At 01:13 …",
         "evidence": [{"t": 72.72, "speaker": "S2", "quote": HEARD["quote"]}]},
        {"kind": "escalation", "rank": 2, "score": 2.16, "confidence": "low", "text": "From 00:31 …",
         "evidence": [{"t": 31.23, "speaker": "S2", "quote": ""}]}]
    return a


def _couples(a: dict) -> str:
    return " ".join(pages(render_session_prep(a, CONTEXT, mode="shareable")))


def test_one_of_six_read_as_taken_in_is_not_all_taken_in(rota_swap):
    text = _couples(rota_swap)
    assert TAKEN_IN not in text, text
    assert "You each told the other something you appreciated; one of them was clearly taken in." in text, text


def test_none_read_either_way_says_nothing_of_taken_in(rota_swap):
    a = copy.deepcopy(rota_swap)
    a["appreciation_replies"][4].update(outcome="unclear", how="")
    assert "taken in" not in for_both(a)
    a["appreciation_replies"] = [REPLIES[4], dict(REPLIES[2], outcome="deflected", how="brushed aside")]
    assert TAKEN_IN not in for_both(a) and "brushed aside" in for_both(a)


def test_every_one_taken_in_still_says_so():
    items = [dict(REPLIES[4]), dict(REPLIES[4], speaker="S2", t=20.8)]
    assert for_both({"appreciation_replies": items}) == (
        "You each told the other something you appreciated, and each was taken in.")
    assert for_both({"appreciation_replies": items[:1]}) == (
        "One of you told the other something they appreciated, and it was taken in.")


def test_a_rise_of_unsure_word_readings_alone_is_not_a_tense_moment_for_the_couple(rota_swap):
    text = _couples(rota_swap)
    assert "00:31" not in text and "grew tense" not in text, text
    assert "Around 01:12 the conversation got more intense" in text, text


def test_the_clinician_still_sees_it(rota_swap):
    text = " ".join(pages(render_session_prep(rota_swap, CONTEXT)))
    assert "00:31" in text, text


def test_a_word_rise_read_with_medium_confidence_stays(rota_swap):
    a = copy.deepcopy(rota_swap)
    a["escalation_points"][0].update(confidence="medium", check_recording=False)
    assert "Around 00:31 the conversation got more intense" in _couples(a)
