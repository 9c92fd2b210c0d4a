"""Round 34c: the couple's version says one thing about each moment in every part of its page."""

from __future__ import annotations

import copy

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

from .test_report_for_both import quarrel, text_of  # noqa: F401  (quarrel is a fixture)
from .test_report_modes import CONTEXT

RISE = "the conversation got more intense"


def _flag(t: float, end: float, category: str = "self_harm") -> dict:
    return {"t": t, "end": end, "speaker": "S1", "category": category, "quote": "I just want to not wake up.",
            "phrase": "not wake up", "confidence": "medium", "source": "lexicon"}


def test_a_rise_whose_context_lies_in_a_flagged_passage_is_not_mentioned_in_what_stood_out(quarrel):  # noqa: F811
    """"What stood out" said "At 00:06 the conversation got more intense…" while Key moments withheld that rise
    (the turn printed before it lies in the flagged passage) and the curve was flat there."""
    a = copy.deepcopy(quarrel)
    a["safety_flags"] = [_flag(1.0, 2.9)]  # held back to 3.9 s: the turn printed before the rise begins at 3.4 s
    both = build_model(a, CONTEXT, mode="shareable")
    assert not both.peaks and both.withheld["peaks"] == 1
    said = " ".join(text for text, _ in both.observations)
    assert RISE not in said and "00:06" not in said, said
    assert build_model(a, CONTEXT).peaks  # the clinician still has it


def test_a_rise_whose_repair_lies_in_a_flagged_passage_is_withheld_everywhere_not_only_in_what_stood_out(quarrel):  # noqa: F811
    """The observation (its evidence holds the repair) was left out, yet Key moments printed the rise with "It eased
    after a repair attempt at 00:14 (“I'm sorry too, that was unfair.”)": words from the passage held back."""
    a = copy.deepcopy(quarrel)
    repair_t = a["escalation_points"][0]["what_next"]["eased_after_repair"]["t"]
    a["safety_flags"] = [_flag(repair_t + 6.0, repair_t + 7.0)]  # the repair is in the 10 s that led up to it
    both = build_model(a, CONTEXT, mode="shareable")
    assert not both.peaks and both.withheld["peaks"] == 1
    shared = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    assert RISE not in shared and "It eased after a repair attempt" not in shared
    assert "I'm sorry too" not in shared
