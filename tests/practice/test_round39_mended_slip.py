"""Walk-through 38l (c3): a soft start-up practice whose one later criticism its speaker repaired at once ("You're right.
I'm sorry. That came out harsher than I meant.", and it eased) was only "partly — … but criticism or contempt came
later, at 00:27", with the repair not mentioned. A slip the speaker mended, and that landed, is now part of a practice
done: "yes — …; the criticism at 00:15 that came later was repaired by Rosa at 00:23"."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import SOFT, talk

NAMES = {"S1": "Rosa", "S2": "Dan"}
OPENING = ("I feel anxious about Christmas, and I need some time that's just ours.", "Okay. What part is the hardest?",
           "The mornings, mostly. I never get to sit with a coffee.", "That's fair. She does love a schedule.",
           "And honestly, you never stick up for me when she starts on about grandchildren.",
           "That's not true. I told her to drop it.")


def test_a_later_criticism_its_speaker_repaired_leaves_the_soft_start_up_practised():
    a = talk(*OPENING, "You're right. I'm sorry. That came out harsher than I meant.", "I get why you feel that way.")
    r = assess(SOFT, a, NAMES)
    assert r["verdict"] == "yes", r["summary"]
    assert ("the opening has no criticism or contempt, and Rosa starts from an I-statement or a need; the criticism at "
            "00:15 that came later was repaired by Rosa at 00:23") in r["summary"], r["summary"]
    assert [e["t"] for e in r["evidence"]][-2:] == [14.922, 22.703], r["evidence"]
    assert "repaired by one of you at 00:23" in r["shared_summary"] and "Rosa" not in r["shared_summary"]


def test_a_later_criticism_left_standing_is_still_only_partly():
    a = talk(*OPENING, "Well, somebody has to say it.", "Okay.")
    r = assess(SOFT, a, NAMES)
    assert r["verdict"] == "partly" and "but criticism came later, at 00:15" in r["summary"], r["summary"]
