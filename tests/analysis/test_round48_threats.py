"""Threats the round-48 review found missed before and after the round (tests/analysis/test_round48_review.py's notes)."""

from __future__ import annotations

import pytest

from .timeline import run_lines

ROW = (("S1", 0.0, "I'm going to my sister's for the weekend, I've told you twice."),
       ("S2", 0.8, "You're not going anywhere."))


@pytest.mark.parametrize("line", ["You're not seeing those kids again.", "Try leaving. Just try it.",
                                  "Nobody walks out on me.", "Cross me one more time.", "You're finished in this town.",
                                  "You've got it coming.", "You're dead."])
def test_short_plain_threats_are_threats(line):
    a = run_lines(*ROW, ("S1", 0.8, "I'm going, and that's that."), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] in ("threat", "therapy_threat", "blaming")]


@pytest.mark.parametrize("line", ["You're dead right about the boiler, it needs a service.",
                                  "You could try leaving a bit earlier, the traffic's awful after eight."])
def test_their_everyday_look_alikes_are_not(line):
    a = run_lines(("S1", 0.0, "I was late again, the boiler man never came."), ("S2", 0.8, line))
    assert not [f for f in a["safety_flags"] if f["category"] in ("threat", "therapy_threat")]
