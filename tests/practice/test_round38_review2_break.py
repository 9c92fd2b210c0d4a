"""Round 38 second review (helper rev38b), practice part: minutes asked for a task, or a return said by the other
partner, are no time-out."""

from __future__ import annotations

import pytest

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import talk


@pytest.mark.parametrize("lines, gaps", [
    (("Your mum rang about Sunday.", "I need five minutes, the pasta's boiling over.", "Okay.",
      "Right, I'm back. What did she say?"), {2: 6.0}),
    (("Can you help me with the tax return?", "I need two more minutes on this level.", "Seriously?",
      "Okay, okay, I'm back."), {}),
    (("Can we go over the budget tonight?", "I need ten minutes to finish this email.", "Okay.",
      "Right, I'm back. Where were we?", "The budget."), {}),
])
def test_minutes_for_a_task_with_a_later_im_back_are_no_time_out(lines, gaps):
    """practice/breaks.MINUTES_ASKED: 'I need N minutes' with any later 'I'm back' is a break. 7e83de0: 'not found — no
    break was asked for'; main: time-out practice 'yes' (pasta, game level) or 'partly' (email)."""
    assert assess({"template": "time_out_plan"}, talk(*lines, gaps=gaps))["verdict"] == "not found"
