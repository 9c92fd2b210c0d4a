"""Walk-through 42b (a1): a soft start-up practice whose one slip ("…you always just disappear into the garage…") its
speaker caught at once ("No, sorry. That came out wrong. Let me try that again.") and said again softly was read as only
"partly … but criticism or contempt came later", from 00:20 though she began at 00:10. A slip its own speaker repairs,
with no heat after it, is part of the practice done; the start-up is dated from its first sentence; the slip is named for
what it was; and a low reading by meaning alone (a plan summed up, "So, lunch boxes at two…", read as contempt) is no slip."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.fidelity import assess

from ..analysis.timeline import conversation, end_of, say
from ..analysis.walk42b_a1 import LINES, NAMES, SOFT


def _talk(lines):
    out, t = [], 0.5
    for speaker, text in lines:
        u = say(speaker, t, text)
        out.append(u)
        t = end_of(u) + 0.6
    return analyze(conversation(*out), names=NAMES)


def test_a_slip_caught_by_its_speaker_leaves_the_soft_start_up_practised_and_dated_from_its_first_sentence():
    r = assess(SOFT, _talk(LINES), NAMES)
    assert r["verdict"] == "yes", r["summary"]
    assert "the start-up at 00:08 " in r["summary"] and "repaired by Lena" in r["summary"], r["summary"]


def test_the_third_person_of_someone_just_spoken_of_is_no_fear_of_the_partner():
    a = _talk(LINES)
    assert not [f for f in a["safety_flags"] if f["category"] == "fear"], a["safety_flags"]


def test_a_slip_left_standing_is_named_for_what_it_was():
    lines = LINES[:8] + [("S2", "Hang on, that's not"), ("S1", "Well, you do. Every single time.")]
    r = assess(SOFT, _talk(lines), NAMES)
    assert r["verdict"] == "partly" and "but criticism came later" in r["summary"], r["summary"]
