"""Fix 40b: page 1 read "over the next 7 s" (and "the next 1 s") and "said “You rang my manager.”, told by the one it is
done to." (a full stop, then the sentence went on after a comma)."""

from talktogether_desktop.analysis.observations import _escalation_text, _safety


def _point(start, end):
    return {"start": start, "end": end, "quote": "You never listen.", "quote_t": start, "quote_by": "A",
            "signals": ["interruptions"], "signals_by_speaker": {"A": ["interruptions"]},
            "what_next": {"eased_after_repair": None, "still_hard": [], "repair_attempts": [], "eased": True,
                          "eased_at": end + 5, "text": "It calmed down."}}


def test_a_heated_stretch_says_seconds_in_words():
    names = {"A": "Alex"}.get
    assert "; over the next second Alex cut in." in _escalation_text(_point(5.0, 5.8), names)
    seven = _escalation_text(_point(5.0, 12.0), names)
    assert "; over the next 7 seconds Alex cut in." in seven and " 7 s " not in seven, seven
    quiet = dict(_point(5.0, 12.0), quote="…")
    assert _escalation_text(quiet, names).startswith("From 00:05, over the next 7 seconds, Alex cut in.")


def _control(quote, told=True):
    return {"t": 40.0, "speaker": "A", "category": "monitoring", "group": "coercive control", "quote": quote,
            "confidence": "high", **({"told_by_the_one_controlled": True} if told else {})}


def test_control_told_by_the_one_it_is_done_to_is_a_sentence_of_its_own():
    names = {"A": "Maya"}.get
    text = _safety([_control("You rang my manager twice to check I was there.")], names)[0]["text"]
    assert "said “You rang my manager twice to check I was there.” It was told by the one it is done to. Please listen" \
        in text, text
    assert ".”, told" not in text
    no_stop = _safety([_control("you rang my manager")], names)[0]["text"]
    assert "said “you rang my manager”. It was told by the one it is done to. Please" in no_stop, no_stop
    more = _safety([_control("You read my texts."), dict(_control("You took my phone."), t=50.0)], names)[0]["text"]
    assert "(and 1 more: 00:50). It was told by the one it is done to." in more, more
    plain = _safety([_control("You read my texts.", told=False)], names)[0]["text"]
    assert "told by" not in plain
