"""Walk-through 38: "My chest's tight, I need twenty minutes." then 7 s of quiet and "I'm back. Can we start again?" was
"not found — no break was asked for" (minutes asked for were read only with a return said in the same turn)."""

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import talk


def test_minutes_asked_for_and_a_return_said_later_is_a_break():
    a = talk("You always get drunk at your work things and I end up babysitting you.",
             "My chest's tight, I need twenty minutes.", "Okay.", "I'm back. Can we start again?", gaps={2: 7.0})
    r = assess({"template": "time_out_plan"}, a)
    assert r["verdict"] == "yes", r["summary"]
    assert r["evidence"][0]["quote"].startswith("My chest's tight")


def test_minutes_for_a_task_with_no_return_are_still_no_break():
    """Guard: "I need ten minutes to finish this." and talk going on is no break."""
    a = talk("Can we talk about Saturday?", "I need ten minutes to finish this.", "Okay.", "Right, go on then.")
    assert assess({"template": "time_out_plan"}, a)["verdict"] == "not found"
