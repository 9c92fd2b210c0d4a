"""wfix50 (walk50b f_timeout): the time-out practice's review said "Earl asked for a break at 00:41 and came back at
01:14" and nothing of Darlene's "…but before you go, if you had called me twice…" as the break began. Real analysis of a
text timeline, the real practice check."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess

from analysis.wfix49_lines import said

NAMES = {"S1": "Earl", "S2": "Darlene"}
ASSIGNMENT = {"template": "time_out_plan", "title": "Time-out and return plan"}


def _lines(pressing: str):
    return (("S2", "You were supposed to call me. You never call me. You just do whatever you want."),
            ("S1", "Okay. Stop. My chest is pounding. I need a break. Twenty minutes out on the porch, and I'll come back "
                   "in at half past."),
            ("S2", "Okay. Twenty minutes."),
            ("S2", pressing),
            ("S1", "Darlene. No arguing during the break. Half past."),
            ("S2", "You're right. Go on. I'll be here."),
            ("S1", "Okay. I'm back. I sat out there and got my breathing down."),
            ("S2", "I'm glad you came back. I made us some sweet tea."))


def test_the_break_pressed_on_is_said_in_the_practice_review_with_its_time():
    analysis = said(_lines("But before you go, if you had called me twice, we wouldn't even be having this."),
                    gaps={6: 8.0}, names=NAMES)
    out = assess(ASSIGNMENT, analysis, NAMES)
    assert out["verdict"] == "yes" or out["verdict"].startswith("yes"), out
    assert "Darlene went on with the argument after the break was asked for at 00:" in out["summary"], out["summary"]
    assert "before you go" in out["summary"]
    assert "Darlene" not in out["shared_summary"], out["shared_summary"]


def test_a_break_let_be_says_nothing_of_pressing_on():
    analysis = said(_lines("I'll put the kettle on for when you're back."), gaps={6: 8.0}, names=NAMES)
    assert "went on with the argument" not in assess(ASSIGNMENT, analysis, NAMES)["summary"]
