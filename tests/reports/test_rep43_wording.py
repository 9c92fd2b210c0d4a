"""rep43: what a therapist reads on the walk42 reports.

- walk42b a1: the intensity curve on page 1 climbed past the level the analysis calls heated (a cut-in and a
  criticism at 00:49, yet no heated moment: a moment needs a higher peak, and the voices or the words, not timing
  alone) while Key moments said "No marked rise in intensity was found in this conversation."
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Rosa & Ben", "partners": {"S1": "Rosa", "S2": "Ben"}, "recorded_at": "2026-11-27T19:40:00"}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def _rose_short_of_heated() -> dict:
    """The demo analysis with no heated moment and a curve like walk42b a1's: calm, then 1.79 at 00:49 (over the
    heated score of 1.5, under the peak a moment needs) from a cut-in and a criticism."""
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["escalation_points"], a["repairs"] = [], []
    curve = []
    for k in range(33):
        w0 = 2.0 * k
        score = 1.794 if w0 == 44.0 else 1.66 if w0 == 46.0 else 0.1
        curve.append({"t": w0 + 5.0, "start": w0, "end": w0 + 10.0, "score": score, "heat": 0.94 if score > 1 else 0.1,
                      "arousal": {"S1": 0.14 if score > 1 else 0.1, "S2": 0.0}, "overlap_s": 0.28 if score > 1 else 0,
                      "interruptions": 1 if score > 1 else 0, "negative_markers": 1 if score > 1 else 0})
    a["escalation_curve"] = curve
    a.setdefault("params", {})["escalation_threshold"] = 1.5
    return a


def test_a_curve_over_the_heated_level_is_not_called_no_rise():
    a = _rose_short_of_heated()
    model = build_model(a, CONTEXT)
    assert not model.peaks and max(s for _, s in model.curve) > model.heated
    text = _text(render_session_prep(a, CONTEXT))
    assert "No marked rise in intensity" not in text, text
    assert ("The intensity line on page 1 is highest around 00:49 (words of criticism, contempt or defensiveness; "
            "a partner cut in), short of what the report counts as a heated moment.") in text, text
    shared = _text(render_session_prep(a, CONTEXT, mode="shareable"))
    assert "No marked rise in intensity" not in shared, shared
    assert "nothing in it rose far enough to count as a heated moment" in shared, shared
    assert "00:49" not in shared.split("Key moments", 1)[1], shared  # (the couple's page names no time nor cause)


def test_a_calm_curve_still_says_no_marked_rise():
    a = _rose_short_of_heated()
    for w in a["escalation_curve"]:
        w["score"] = min(w["score"], 0.4)
    for mode in ("clinician", "shareable"):
        text = _text(render_session_prep(a, CONTEXT, mode=mode))
        assert "No marked rise in intensity was found in this conversation." in text, (mode, text)
        assert "highest around" not in text and "rose far enough" not in text, (mode, text)


def test_a_bid_that_came_as_the_recording_ended_is_said_plainly():
    """walk42b b2: "Jess turned toward, away from or against none of Owen's 1 bid; the last came as the recording
    ended, before any reply." for Owen's one bid, "I'm tired.", the recording's last words."""
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["bids_met"] = {"S1": {"toward": 1, "away": 0, "against": 1, "unclear": 0, "recording_ended": 0, "total": 2},
                     "S2": {"toward": 0, "away": 0, "against": 0, "unclear": 0, "recording_ended": 1, "total": 1}}
    text = _text(render_session_prep(a, CONTEXT))
    assert "turned toward, away from or against none" not in text, text
    assert ("Bids for connection: Ben turned toward 1 and against 1 of Rosa's 2 bids; Ben's bid came as the recording "
            "ended, before any reply.") in text, text


def _cycle_and_quiet(quiet_t: float) -> dict:
    """walk42b b2's two observations: the pursue-withdraw cycle naming Ben's quiet replies, and Ben's quiet replies."""
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["observations"] = [
        {"kind": "pursue_withdraw", "rank": 1, "confidence": "medium",
         "text": "Pursue\u2013withdraw cycle: S1 pressed for a response (2 turns) while S2 went quiet or answered briefly "
                 "(2 times, e.g. \u201cDoesn't matter.\u201d at 00:49); each move seems to feed the other.",
         "evidence": [{"t": 45.12, "speaker": "S1", "quote": ""}, {"t": 49.42, "speaker": "S2", "quote": "Doesn't matter."},
                      {"t": 66.6, "speaker": "S2", "quote": "Forget it."}]},
        {"kind": "withdrawal", "rank": 2, "confidence": "medium",
         "text": f"S2 went quiet or gave short replies 2 times, e.g. \u201cDoesn't matter.\u201d at {quiet_t // 60:02.0f}:"
                 f"{quiet_t % 60:02.0f}.",
         "evidence": [{"t": quiet_t, "speaker": "S2", "quote": "Doesn't matter."}, {"t": 66.6, "speaker": "S2",
                                                                                    "quote": "Forget it."}]},
    ]
    return a


def test_quiet_replies_named_in_the_cycle_are_not_said_again_on_page_one():
    text = _text(render_session_prep(_cycle_and_quiet(49.42), CONTEXT)).split("Who talked")[0]
    assert "Ben went quiet or answered briefly (2 times" in text, text
    assert "Ben went quiet or gave short replies" not in text, text
    # quiet replies the cycle does not name are still said
    other = _cycle_and_quiet(20.0)
    other["observations"][1]["evidence"] = [{"t": 20.0, "speaker": "S2", "quote": "Doesn't matter."}]
    text = _text(render_session_prep(other, CONTEXT)).split("Who talked")[0]
    assert "Ben went quiet or gave short replies 2 times" in text, text


def test_a_cycle_counting_more_moments_than_it_quotes_says_how_many_are_shown():
    """walk42a b: "Rachel pressed for a response (4 turns …) while Dev went quiet or answered briefly (4 times)" above
    three quoted lines and nothing saying the others were left out."""
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    pressing = [{"t": t, "speaker": "S1", "quote": q, "confidence": "medium"} for t, q in
                ((41.0, "I need us to look at it together."), (57.0, "So what's the plan for this month?"),
                 (61.0, "Do you want to sit down with me on Sunday?"), (70.0, "I just need you to say something."))]
    quiet = [{"t": t, "speaker": "S2", "quote": q, "confidence": "medium"} for t, q in
             ((60.0, "Dunno."), (67.0, "Maybe."), (76.0, "Fine."), (84.0, "Did you ring your mum?"))]
    a["patterns"] = [{"kind": "pursue_withdraw", "pursuing": "S1", "withdrawing": "S2", "t": 57.0,
                      "first_sign_from": "S1", "confidence": "high", "pursuing_turns": pressing,
                      "withdrawal_signs": quiet}]
    text = _text(render_session_prep(a, CONTEXT))
    assert "Rosa pressed for a response (4 turns" in text and "Ben went quiet or answered briefly (4 times)" in text
    cycle = text.split("Pursue\u2013withdraw", 1)[1].split("The Four Horsemen")[0]
    assert cycle.count("(medium confidence)") == 3, cycle
    assert "3 shown of 8" in cycle, cycle


def test_the_clinicians_page_says_the_eased_stretch_plainly():
    """The demo's clinician page 1: "1 of 1 heated stretch eased after one." (the couple's page already said "The
    heated stretch eased after it.")."""
    a = json.loads((FIXTURE.parent / "analysis_demo_run.json").read_text(encoding="utf-8"))
    context = dict(CONTEXT, partners={"S1": "Zoë", "S2": "José"})
    text = _text(render_session_prep(a, context))
    assert "of 1 heated stretch" not in text and "eased after one." not in text, text
    assert "Repair attempts: José 1 (first \u201c\u2026 I hear you. I'm sorry.\u201d at 00:48). The heated stretch eased " \
           "after it." in text, text
    for o in a["observations"]:
        if o["kind"] == "repair":
            o["text"] = o["text"].replace("1 of 1 heated stretch", "0 of 1 heated stretch")
    text = _text(render_session_prep(a, context))
    assert "The heated stretch did not ease straight after one." in text, text


def test_repairs_in_a_talk_that_never_heated_up_are_not_said_to_have_missed():
    """walk42b a1 (no heated moment): "2 repair attempts: 1 did not land straight away and 1 came outside a heated
    stretch." There was no heated stretch for either to land on or to be outside of."""
    a = _rose_short_of_heated()
    a["repairs"] = [{"t": 53.0, "speaker": "S1", "quote": "No, sorry. That came out wrong.", "confidence": "medium",
                     "landed": None},
                    {"t": 78.0, "speaker": "S1", "quote": "Thank you for saying that.", "confidence": "medium",
                     "landed": False}]
    text = _text(render_session_prep(a, CONTEXT))
    assert "2 repair attempts: all came when nothing had heated up." in text, text
    assert "did not land" not in text and "outside a heated stretch" not in text, text
    assert "01:18 \u201cThank you for saying that.\u201d (when nothing had heated up; medium confidence)" in text, text


def test_the_couples_page_says_all_were_taken_up_when_all_were():
    """walk42b a1's couple's page: "Between you, 3 needs and bids were picked up in this recording; 3 were taken up
    (below).\""""
    from talktogether_desktop.reports.bids_for_both import pattern

    assert pattern(3, 3, 3) == "Between you, 3 needs and bids were picked up in this recording; all 3 were taken up (below)."
    assert pattern(1, 1, 1) == "Between you, 1 need or bid was picked up in this recording; it was taken up (below)."
    assert pattern(3, 1, 1) == ("Between you, 3 needs and bids were picked up in this recording; 1 was taken up (below) "
                                "and 2 were not taken up.")
