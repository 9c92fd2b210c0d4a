"""Round 53: a threat read by meaning alone opens a 'possible' stretch that reads its reply (safety.threat_stretches),
on a 12 s clock. On a blind split the threat's sentence came early in a long turn and the partner's "sorry" began
14 s after it: counted as a repair after a threat. The stretch now reaches through the other partner's first turn."""

from __future__ import annotations

from talktogether_desktop.analysis.threat_forms import through_the_reply


def _words(spans):
    return [{"start": a, "end": b, "word": "w", "speaker": spk} for spk, a, b in spans]


def _stretch(possible=True):
    flag = {"t": 2.0, "end": 5.0, "speaker": "A", "category": "threat"}
    return {"start": 2.0, "end": 17.0, "by": "A", "flag": flag, "possible": possible}


def test_a_possible_stretch_reaches_through_the_partners_reply_after_a_long_turn():
    # A goes on talking to 19.5 s; B's reply runs 20.5-26 s in three words
    words = _words([("A", 2.0, 5.0), ("A", 5.5, 12.0), ("A", 12.5, 19.5), ("B", 20.5, 22.0), ("B", 22.3, 24.0),
                    ("B", 24.4, 26.0), ("A", 30.0, 31.0)])
    [s] = through_the_reply([_stretch()], words)
    assert s["end"] == 26.0


def test_a_stretch_is_never_shortened_and_a_late_reply_is_not_reached():
    words = _words([("A", 2.0, 5.0), ("B", 5.5, 6.0)])
    [s] = through_the_reply([_stretch()], words)
    assert s["end"] == 17.0  # the reply ended inside it: as before
    words = _words([("A", 2.0, 5.0), ("A", 6.0, 40.0), ("B", 41.0, 45.0)])
    [s] = through_the_reply([_stretch()], words)
    assert s["end"] == 17.0  # the reply began 36 s after the threat's sentence: not "its reply"


def test_a_whole_stretch_is_left_as_it_is():
    words = _words([("A", 2.0, 5.0), ("A", 6.0, 19.0), ("B", 20.0, 25.0)])
    [s] = through_the_reply([_stretch(possible=False)], words)
    assert s["end"] == 17.0
