"""Round 37: a bid inside a stretch of safety language names that language on the report, as the analysis does."""

from __future__ import annotations

from types import SimpleNamespace

from talktogether_desktop.reports.evidence import response_phrase


def _said(reason: str) -> str:
    jess, rob = SimpleNamespace(id="A", name="Jess"), SimpleNamespace(id="B", name="Rob")
    item = {"response": "unclear", "response_reason": reason, "response_quote": "Can I go to Jo's on Saturday?"}
    return response_phrase(item, SimpleNamespace(partners=[jess, rob]), rob)


def test_a_bid_after_monitoring_says_monitoring_not_a_threat():
    """"I just like knowing you got there safe." after "The app had you at the retail park…" said "After a threat, Jess's
    reply is not read…" where no threat had been said."""
    said = _said("after the coercive control: monitoring, a reply is not read as turning toward")
    assert said.startswith("After the coercive control: monitoring, Jess's reply is not read as turning toward or away")
    assert _said("after a threat, a reply is not read as turning toward").startswith("After a threat, Jess's reply")


def test_a_bid_answered_with_words_of_self_harm_says_so_not_a_threat():
    """Round 38: "Tired of what, love?" answered with the tablets would have read "After a threat, …"."""
    from talktogether_desktop.analysis.told_apart import DISCLOSED
    said = _said(DISCLOSED)
    assert said.startswith("Jess's reply told of self-harm (see the safety passages)") and "threat" not in said
