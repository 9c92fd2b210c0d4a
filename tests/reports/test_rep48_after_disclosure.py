"""rep48: the couple's version quoted the partner's answer to a disclosure, which tells what it answered. After "I don't
see the point of anything anymore." (read by meaning as possibly self-harm, a line only to listen to) page 1 said "Sam
seemed to be reaching for closeness and connection: “Can we sit down and talk about it properly?” (00:18); it was taken
up." and counted it a repair: the reply "Hey, don't talk like that, you're scaring me. Can we sit down …", a second
after the one-second stretch left out after such a line. A fear of the partner heard had the same one second. Now the
stretch left out after a line told of oneself (harm, fear) runs to the end of the partner's reply, and after one heard
as fear the half minute it is after self-harm heard (practice/withheld.flagged_spans)."""

from __future__ import annotations

from talktogether_desktop.practice.withheld import flagged_spans
from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines, pages

REPLY = "Hey, don't talk like that, you're scaring me. Can we sit down and talk about it properly?"


def _talk(line: str) -> dict:
    return lines(("Can we talk about the weekend plans?", 0), ("Sure, what were you thinking?", 0), (line, 0),
                 (REPLY, 1.0), ("Okay. Thank you for not brushing it off.", 0), ("I'm right here with you.", 0),
                 ("Let's plan Saturday morning then, a walk by the river.", 3.0), ("I'd love that.", 0), gap=2.5)


def test_the_reply_to_a_line_to_listen_to_about_harm_is_not_quoted_in_the_couples_version():
    a = _talk("I don't see the point of anything anymore.")
    flag = next(f for f in a["safety_flags"] if f["category"] == "self_harm")
    assert flag.get("listen_only"), a["safety_flags"]
    shared = " ".join(pages(render_session_prep(a, CONTEXT, mode="shareable")))
    assert "talk about it properly" not in shared, shared
    assert "00:18" not in shared  # (nor timed, as a repair or a bid)
    reply = next(t for t in a["turns"] if t["text"].startswith("Hey, don't"))
    assert any(s <= reply["start"] and reply["end"] <= e for s, e in flagged_spans(a))
    clinician = " ".join(pages(render_session_prep(a, CONTEXT)))
    assert "talk about it properly" in clinician  # (the clinician's version keeps it)


def test_after_a_fear_of_the_partner_heard_the_half_minute_after_is_left_out_of_the_couples_version():
    a = _talk("Honestly, I'm scared of you when you've been drinking.")
    flag = next(f for f in a["safety_flags"] if f["category"] == "fear")
    assert not flag.get("listen_only"), a["safety_flags"]
    shared = " ".join(pages(render_session_prep(a, CONTEXT, mode="shareable")))
    assert "talk about it properly" not in shared and "right here with you" not in shared, shared
    assert any(s <= flag["t"] and flag["t"] + 29 <= e for s, e in flagged_spans(a))
