"""Walk-through 42b (a1): a soft start-up practice whose one slip ("…you always just disappear into the garage…") its
speaker caught at once ("No, sorry. That came out wrong. Let me try that again.") and said again softly was read as only
"partly … but criticism or contempt came later", from 00:20 though she began at 00:10. A slip its own speaker repairs,
with no heat after it, is part of the practice done; the start-up is dated from its first sentence; the slip is named for
what it was; and a low reading by meaning alone (a plan summed up, "So, lunch boxes at two…", read as contempt) is no slip."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.fidelity import assess

from ..analysis.timeline import conversation, end_of, say

SOFT = {"template": "soft_startup", "title": "Gentle start rehearsal"}
NAMES = {"S1": "Lena", "S2": "Ben"}
LINES = [
    ("S1", "Okay. Soft start-up, like Dr Hale said. I go first, and you just listen, yeah?"),
    ("S2", "Yep. I'm listening. Go on."),
    ("S1", "So. I've been feeling a bit on my own on Sunday afternoons. When the football's on, I end up doing the washing "
           "and the lunch boxes by myself, and I miss you."),
    ("S1", "What I'd like is for us to do the boxes together before the match starts. Even twenty minutes would help."),
    ("S2", "Okay. That's fair. I didn't really know it bothered you that much."),
    ("S1", "It does a bit. It's not the football. I don't mind the football."),
    ("S2", "So if we did the lunch boxes at two, before kick off, would that work?"),
    ("S1", "Yeah, that would be nice. And then last week, when my sister came round, you always just disappear into the "
           "garage the minute anyone comes over."),
    ("S2", "Hang on, that's not"),
    ("S1", "No, sorry. That came out wrong. Let me try that again."),
    ("S1", "When my sister came on Saturday, I felt a bit awkward on my own with her. I'd love it if you came and sat with "
           "us for a bit, even just for a cup of tea."),
    ("S2", "Okay. I can do that. I go in the garage because I never know what to say to her, to be honest."),
    ("S1", "I know. She's a lot. Thank you for saying that."),
    ("S2", "So, lunch boxes at two, and tea with your sister. Deal."),
    ("S1", "Deal. That was better than last time, wasn't it?"),
    ("S2", "Much better. Shall I put the kettle on?"),
]


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
