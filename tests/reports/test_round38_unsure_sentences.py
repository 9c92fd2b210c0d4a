"""Round 38 (walk37h conv2, as heard): a bid or repair whose words the recogniser was unsure of read "Rob seemed to be
reaching for something else: (words uncertain: check the recording) (00:45); Jess took it up." on page one (a colon
before nothing, two brackets running on); the time and the note now read as one sentence."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import conversation, end_of, say
from .test_report_for_both import text_of
from .test_report_modes import CONTEXT


def _unsure(utterance: list[dict], first: int, last: int) -> list[dict]:
    for w in utterance[first:last]:  # as the recogniser marks words it was unsure of
        w["probability"] = 0.3
    return utterance


def test_an_unsure_bid_and_repair_are_said_in_one_plain_sentence():
    u1 = say("S1", 0.0, "Have you got a minute to talk about Saturday?")
    u2 = say("S2", end_of(u1) + 0.5, "Sure, what is happening on Saturday?")
    u3 = _unsure(say("S1", end_of(u2) + 0.5, "Can you come with me to my sister's party on Saturday?"), 4, 8)
    u4 = say("S2", end_of(u3) + 0.5, "Yes, I would love to come.")
    u5 = _unsure(say("S1", end_of(u4) + 0.5, "Okay. I am sorry I was short with you earlier."), 2, 7)
    u6 = say("S2", end_of(u5) + 0.5, "Thank you. That means a lot.")
    a = analyze(conversation(u1, u2, u3, u4, u5, u6), names={"S1": "Alex", "S2": "Sam"})
    page = text_of(render_session_prep(a, CONTEXT))
    # (rep41: "reaching out", not "reaching for something else")
    assert ("Alex seemed to be reaching out at 00:06 (words uncertain: check the recording); Sam took "
            "it up.") in page, page
    assert "Repair attempts: Alex 1 (at 00:13, words uncertain: check the recording)." in page, page
    assert ": (words uncertain" not in page and "first (words uncertain" not in page
