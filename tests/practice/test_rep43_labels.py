"""rep43: the practice line names the behaviour in the handouts' words: "Practised in the recording (soft start-up)",
not the key "(soft startup)" (walk42b a1's clinician and couple's pages and `practice review`); "time-out" likewise."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import _combined, _out


def test_a_behaviour_is_named_in_plain_words():
    assert _out("soft_startup", "yes", "the opening has no criticism", [])["summary"].startswith(
        "Practised in the recording (soft start-up): yes")
    assert "(time-out)" in _out("time_out", "partly", "a break was asked for", [])["summary"]
    both = _combined([("appreciation", "yes", "said and taken up", []), ("soft_startup", "yes", "no criticism", [])])
    assert both["summary"].startswith("Practised in the recording (appreciation and soft start-up): yes"), both
    assert "soft start-up: yes, no criticism" in both["summary"] and "startup" not in both["summary"], both
