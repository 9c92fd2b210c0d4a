"""Walk-through 38: a heated stretch whose opening words were all unsure read "At 00:33; over the next second Mark cut in."
(an empty quote made a broken sentence)."""

from talktogether_desktop.analysis.observations import _escalation_text


def _point(quote):
    return {"start": 33.0, "end": 34.2, "quote": quote, "quote_t": 33.0, "quote_by": "B", "signals": ["interruptions"],
            "signals_by_speaker": {"B": ["interruptions"]},
            "what_next": {"eased_after_repair": None, "still_hard": [], "repair_attempts": [], "eased": True, "eased_at": 40.0,
                          "text": "It calmed down by 00:40."}}


def test_a_stretch_with_no_clear_opening_words_reads_as_a_sentence():
    for quote in ("", "… …", "…"):
        text = _escalation_text(_point(quote), {"B": "Mark"}.get)
        assert text.startswith("From 00:33, over the next second, Mark cut in."), text
    said = _escalation_text(_point("You were in bed by nine."), {"B": "Mark"}.get)
    assert said.startswith("At 00:33 Mark said “You were in bed by nine.”; over the next second Mark cut in.")
