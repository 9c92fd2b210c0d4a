"""Round 53: an absolute about the partner found by its shape ("You're constantly…", "Every single Friday you…") was
criticism even in a warm exchange, where "you always…" was already read in its calm (across.absolutes_in_calm):
round9_warm's affectionate lines flagged 23 -> 13 of 150. New sentences, none from a probe or a split."""

from __future__ import annotations

import pytest

from .timeline import run_lines

WARM = ("S1", 0.0, "Thanks for picking the kids up today, that was really kind of you.")
WARM_AFTER = ("S1", 0.8, "Aw, stop it. Tea?")


def _criticism(first, line, last):
    a = run_lines(first, ("S2", 0.8, line), last)
    return [m for m in a["markers"] if m["category"] in ("criticism", "contempt") and m["speaker"] == "S2"]


@pytest.mark.parametrize("line", [
    "You're constantly humming show tunes while you cook and now I know every word of Les Mis.",
    "Every single Friday you bring me flowers from the market, the neighbours think you're showing off.",
])
def test_an_absolute_in_a_warm_exchange_is_no_criticism(line):
    assert not _criticism(WARM, line, WARM_AFTER)


def test_the_same_shape_in_a_quarrel_stays_criticism():
    quarrel = ("S1", 0.0, "You left the car on empty again, I was late for work because of you.")
    assert _criticism(quarrel, "You are constantly on that phone when I talk to you, it is so rude.",
                      ("S1", 0.8, "That's not fair."))
