"""Round 37: the couple's version holds back the talk that answers self-harm heard, not only its own words."""

from __future__ import annotations

from talktogether_desktop.practice.withheld import flagged_spans, touches

from ..analysis.timeline import run_lines


def test_help_sought_just_after_self_harm_heard_is_not_shared_with_the_couple():
    """"Thank you for telling me. Can we ring Doctor Shah together tomorrow morning?", said 5 s after "some nights I do
    think it", was quoted in the couple's report as a bid taken up."""
    a = run_lines(("S2", 0.0, "You'd all manage fine without me, honestly."),
                  ("S1", 4.0, "Thank you for telling me. Can we ring Doctor Shah together tomorrow morning?"),
                  ("S2", 12.0, "Yeah. Okay."))
    harm = [f for f in a["safety_flags"] if f["category"] == "self_harm" and not f.get("listen_only")]
    assert harm
    spans = flagged_spans(a)
    help_sought = next(t for t in a["turns"] if "Doctor Shah" in t["text"])
    assert touches(spans, help_sought["start"])
