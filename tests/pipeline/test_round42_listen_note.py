"""Walk-through 42a (b): the couple's-version note read "read by its meaning as possibly about possible fear response":
the kind "possible fear response" is said once, as "a fear response", beside "possibly"."""

from __future__ import annotations

from talktogether_desktop.pipeline.ops_reports import listen_only_note

GIVING_IN = {"t": 76.0, "category": "appeasement", "group": "possible fear response", "source": "meaning", "confidence": "low",
             "listen_only": True}


def test_a_possible_fear_response_is_not_said_possibly_possible():
    note = listen_only_note([GIVING_IN])
    assert "possibly about possible" not in note, note
    assert "possibly about a fear response" in note, note
