"""The couple's version says what happened of both of them: no per-partner counts, no partner named as the one who
fell short (walk-through 33: "Repair attempts: Daniel 3 … Marcus 1", "Priya did not take it up", "first sign from
Priya"), and nothing hinting at what it leaves out ("This version lists nothing here; your therapist has the full
notes.")."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines


def text_of(pdf: bytes) -> str:
    whole = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"Generated on this computer, \d{1,2} \w+ \d{4} \d\d:\d\d( \S+)?", "", whole)


@pytest.fixture(scope="module")
def quarrel():
    a = lines(("I need you to ask about my day sometimes.", 0), ("Did you pay the electricity bill?", 0),
              ("You never listen to me.", 0), ("That's not true, you're the one who started it.", 0),
              ("Okay, I'm sorry, I got loud.", 0), ("I'm sorry too, that was unfair.", 0),
              ("Can we start again, please?", 3.5), ("Yes, let's start again.", 0))
    repair = next(m for m in a["markers"] if m["category"] == "repair" and m["speaker"] == "S2")
    # a heated stretch as the analysis writes one (no audio here to raise a voice): it eased after Sam's apology
    point = {"start": 5.9, "end": 11.0, "peak_t": 8.0, "score": 3.0, "first_sign_from": "S1", "quote_t": 5.9,
             "quote": "You never listen to me.", "quote_by": "S1",
             "signals": ["loudness", "pitch", "interruptions"],
             "signals_by_speaker": {"S1": ["loudness", "pitch", "rate", "criticism", "interruptions"],
                                    "S2": ["loudness", "pitch", "defensiveness"]},
             "what_next": {"text": f"It eased after Sam's “{repair['quote']}” at 00:14.", "eased": True,
                           "eased_at": 16.0, "repair_attempts": [], "repair_landed": True,
                           "eased_after_repair": {"t": repair["t"], "by": "S2", "quote": repair["quote"],
                                                  "accepted": True, "confidence": "high"}}}
    observation = {"kind": "escalation", "score": 53.0, "rank": 0,
                   "text": "At 00:06 Alex said “You never listen to me.”; over the next 5 s both voices got louder "
                           f"and Alex cut in. It eased after Sam's “{repair['quote']}” at 00:14.",
                   "evidence": [{"t": 5.9, "speaker": "S1", "quote": "You never listen to me."}]}
    return dict(a, escalation_points=[point], observations=[observation] + a["observations"])


def test_the_couples_version_counts_and_answers_for_both_of_them(quarrel):
    clinician = text_of(render_session_prep(quarrel, CONTEXT))
    assert "Repair attempts: Alex 2" in clinician and "Sam did not take it up" in clinician  # the clinician's own
    shared = text_of(render_session_prep(quarrel, CONTEXT, mode="shareable"))
    for said in ("Repair attempts: Alex", "did not take it up", "Alex turned toward", "Sam turned toward", "Sam answered with",
                 "Of Alex's", "needs and bids,", "broken by", "first sign from", "Sam's", "Alex cut in",
                 "criticism words", "defensive replies", "Repair attempt by"):
        assert said not in shared, said
    assert "4 repair attempts between you, the first at 00:12 (“Okay, I'm sorry, I got loud.”)" in shared
    assert "The heated stretch eased after one of them." in shared  # (rep42: was "1 of 1 heated stretch eased after one")
    # the bids as the couple's pattern: how many there were between them and how many were taken up, never one
    # partner's bids "not taken up" under the other's words (walk38l; tests/reports/test_round39_bids_for_both.py)
    assert "It was not taken up" not in shared and "Did you pay the electricity bill?”" not in shared
    assert "2. Between you, 3 needs and bids were picked up in this recording; 1 was taken up and 2 were not " \
           "taken up." in shared
    assert "the longest was 4 s, at 00:16" in shared
    assert "At 00:06 the conversation got more intense: over the next 5 seconds both voices got louder and higher in " \
           "pitch, the talk got faster and turns were cut short. It eased after a repair attempt at 00:14" in shared
    moment = shared[shared.index("Moment 1"):]
    assert moment.startswith("Moment 1 · 00:06–00:11 00:")  # when, and no one's "first sign"
    assert "Signals that rose: louder voices, higher pitch, faster speech, turns cut short." in moment


def test_cut_ins_are_not_marked_on_a_partners_lane_in_the_couples_version(quarrel):
    cut = dict(quarrel, interruptions=[{"t": 9.0, "by": "S1", "of": "S2", "successful": True, "quote": "No"}])
    assert "a partner cut in" in text_of(render_session_prep(cut, CONTEXT))
    assert "cut in" not in text_of(render_session_prep(cut, CONTEXT, mode="shareable"))


def test_with_nothing_to_list_the_couples_version_says_nothing_of_what_it_leaves_out(quarrel):
    bare = dict(quarrel, observations=[])
    shared = text_of(render_session_prep(bare, CONTEXT, mode="shareable"))
    assert "your therapist has the full notes" not in shared and "lists nothing" not in shared
    assert "What stood out" not in shared
    assert "What stood out" in text_of(render_session_prep(bare, CONTEXT))


def test_an_older_analysis_whose_rise_eased_after_a_repair_is_not_told_it_never_calmed_down():
    """An analysis stored before `what_next` (its rise says {"repair_t", "quote", "accepted": true}): the clinician's
    page said the repair eased it, the couple's page said "It had not calmed down by the end of the recording"."""
    import json
    from pathlib import Path

    demo = json.loads((Path(__file__).parent / "fixtures" / "analysis_demo.json").read_text())
    assert "what_next" not in demo["escalation_points"][0]
    clinician = text_of(render_session_prep(demo, CONTEXT))
    both = text_of(render_session_prep(demo, CONTEXT, mode="shareable"))
    assert "it eased afterwards" in clinician
    assert "It eased after a repair attempt at 00:48 (“Okay. I hear you. I'm sorry.”)." in both
    assert "had not calmed down" not in both
    quiet = dict(demo, escalation_points=[dict(demo["escalation_points"][0], next={})])
    assert "What happened next" not in text_of(render_session_prep(quiet, CONTEXT, mode="shareable"))
