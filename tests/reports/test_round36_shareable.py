"""Round 36: the couple's version lets no kind of safety line be guessed (threat, violence, self-harm, control, fear),
nor that anything was left out: not from its curve, its headings, its questions or its counts."""

from __future__ import annotations

import copy
import io
import json
import math
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

DEMO = json.loads((Path(__file__).parent / "fixtures" / "analysis_demo.json").read_text())
CONTEXT = {"couple_name": "Zoë & José", "partners": {"S1": "Zoë", "S2": "José"}, "recorded_at": "2026-11-28"}
# One line at 00:59 ("It does matter. Can we keep Sunday just for us?" in the demo) flagged as each kind in turn.
KINDS = {"threat": "I will hit you if you do that again.", "violence": "Last time you shoved me against the wall.",
         "self_harm": "Sometimes I think everyone would be better off without me.",
         "financial_control": "Give me your bank card.", "fear": "I'm scared to bring anything up with you."}


def _rippled(kind: str | None) -> dict:
    """The demo with the ups and downs of real calm talk on its curve (0.05-0.55, as a 10-minute walk-through's), its
    one rise (00:28-00:46) kept, and the line at 00:59 flagged as `kind` (None: no flag)."""
    a = copy.deepcopy(DEMO)
    a["escalation_curve"] = [{"t": t, "start": t - 1.0, "end": t + 1.0,
                              "score": round(1.9 if 30 <= t <= 42 else 0.3 + 0.25 * math.sin(t / 2.5), 3)}
                             for t in range(1, 75)]
    a["safety_flags"], a["safety_prompt"] = [], None
    if kind:
        a["safety_flags"] = [{"t": 59.3, "end": 63.0, "speaker": "S2", "category": kind, "quote": KINDS[kind],
                              "confidence": "high", "source": "lexicon"}]
    return a


def _bids(text: str) -> str:
    return text[text.index("What each partner was reaching for"):text.index("Notes for the session")]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_couples_curve_is_the_same_whatever_kind_of_line_was_left_out_and_where_nothing_was():
    """A straight bridge across the passage left out stood out among the calm ripples: two minutes long after a
    threat, violence or control, seconds long around self-harm or fear, and none where nothing was flagged."""
    plain = build_model(_rippled(None), CONTEXT, mode="shareable")
    assert [m.start for m in plain.peaks] == [28.5] and max(s for _, s in plain.curve) > 1.0  # the rise is drawn
    for kind in KINDS:
        both = build_model(_rippled(kind), CONTEXT, mode="shareable")
        assert both.hidden, kind  # something is left out ...
        assert both.curve == plain.curve, kind  # ... and the curve does not say what, or where
        assert [m.start for m in both.peaks] == [28.5]


def test_no_heading_question_or_count_of_the_couples_page_names_a_kind():
    for kind in KINDS:
        page = _text(render_session_prep(_rippled(kind), CONTEXT, mode="shareable")).lower()
        for word in ("safety", "threat", "violen", "harm", "control", "fear", "scared", "left out", "withheld",
                     "not shown", "individual", "separately", "00:59", "bank card", "shoved", "better off"):
            assert word not in page, (kind, word)


def test_an_empty_column_reads_the_same_whether_its_bids_were_left_out_or_there_were_none():
    """José's column said "Nothing to show here." only when his bid lay in the passage left out, and "No need statements
    or bids were picked up." otherwise: the couple could tell whose words were held back."""
    none = _rippled(None)
    none["reaching_for"]["S2"] = []
    # (round 39: the couple's version has no columns; its bids are counted for both of them and it lists only those
    # taken up, so the section reads as it would had the bids left out (the one at 00:59 and the one it answers,
    # 00:55) never been said)
    never = _rippled(None)
    never["reaching_for"] = {s: [b for b in bids if b["t"] < 50] for s, bids in never["reaching_for"].items()}
    said = _bids(_text(render_session_prep(never, CONTEXT, mode="shareable")))
    assert "Between you, 2 needs and bids were picked up" in said and "José" not in said, said
    assert "Between you, 3 needs and bids" in _bids(_text(render_session_prep(none, CONTEXT, mode="shareable")))
    for kind in KINDS:
        assert _bids(_text(render_session_prep(_rippled(kind), CONTEXT, mode="shareable"))) == said, kind
    clinician = _text(render_session_prep(none, CONTEXT))
    assert "José No need statements or bids were picked up." in clinician


def test_a_stretch_that_stayed_hard_says_when_it_fell_once():
    """"The intensity fell by 00:38, but the exchange stayed hard for a while. It calmed down by 00:38 with no spoken
    repair attempt." said the same time twice and contradicted itself (couple's version)."""
    from talktogether_desktop.reports.shared import what_next

    point = {"what_next": {"eased": True, "eased_at": 38.0, "still_hard": [{"t": 36.0, "category": "criticism"}],
                           "repair_attempts": []}}
    text = what_next(point, lambda s: s)
    assert text.count("00:38") == 1 and "calmed down" not in text
    assert "stayed hard for a while" in text and "No spoken repair attempt came." in text
