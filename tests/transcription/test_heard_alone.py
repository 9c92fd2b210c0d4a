"""Heard alone: a stretch whose hearings both models find unlikely is decoded once more by base on its own, and that
hearing stands where both models find it likelier and likely enough (gym_slt_wm_m5's "And? Is everything fine?")."""

from __future__ import annotations

import numpy as np

from talktogether_desktop.transcription import heard_alone, second_listen
from talktogether_desktop.transcription.second_listen import Stretch


def word(text, start, end, p):
    return {"word": text, "start": start, "end": end, "probability": p}


def words(text, start, p=0.6, step=0.3):
    return [word(w, start + step * k, start + step * (k + 1) - 0.05, p) for k, w in enumerate(text.split())]


def seg(ws):
    return {"start": ws[0]["start"], "end": ws[-1]["end"], "text": " ".join(w["word"] for w in ws), "words": list(ws)}


def _run(likely_by_text, alone_text, duration_s=55.0):
    """gym_slt_wm_m5 in small: two unsure stretches joined in one stream; base's stream hearing of the first is as
    poor as tiny.en's; base alone hears `alone_text` for it."""
    first, second = words("Um, isn't it really important?", 3.9), words("She wants to see you.", 20.0)
    segments = [seg(first), seg(second)]
    stretches = [Stretch(3.5, 5.7, 0.58), Stretch(19.8, 21.6, 0.6)]
    decoded = []

    def decode(stream):
        alone = len(stream) < 5 * second_listen.SAMPLE_RATE  # one stretch and its joining gap
        decoded.append("alone" if alone else "stream")
        if alone:
            return [seg(words(alone_text, 0.3, p=0.7))]
        return [seg(words("and he said everything for him,", 0.3)), seg(words("She wants to see you.", 2.9))]

    def judge(stream, readings):
        read = [[likely_by_text.get(t) for t in texts] for texts in readings]
        return read, read

    done = second_listen.listen_again(np.zeros(int(duration_s * 16000), dtype=np.int16), segments, [], stretches,
                                      decode=decode, judge=judge)
    return done, segments, decoded


def test_a_stretch_both_hearings_of_which_are_unlikely_is_heard_alone_and_that_hearing_stands():
    likely = {"Um, isn't it really important?": 0.38, "and he said everything for him,": 0.37,
              "She wants to see you.": 0.9, "And isn't everything fine?": 0.46}
    done, segments, decoded = _run(likely, "And isn't everything fine?")
    assert decoded == ["stream", "alone"]  # the sure second stretch is not heard alone
    assert [s["text"] for s in segments] == ["And isn't everything fine?", "She wants to see you."]
    assert done["alone"] == 1 and done["alone_taken"] == 1
    first = segments[0]["words"]
    assert 3.5 <= first[0]["start"] and first[-1]["end"] <= 5.7  # back on the recording's time, inside the stretch


def test_an_alone_hearing_likelier_than_a_poor_one_but_unlikely_itself_does_not_stand():
    # base alone over "It is always a bit high. It runs in my family.": "He's in all the way to the soil..." (0.38),
    # likelier than the standing "is always a bit toy, he flums in my family." (0.32), and worse
    likely = {"Um, isn't it really important?": 0.32, "and he said everything for him,": 0.3,
              "She wants to see you.": 0.9, "He's in all the way to the soil.": 0.38}
    done, segments, decoded = _run(likely, "He's in all the way to the soil.")
    assert decoded == ["stream", "alone"]
    assert segments[0]["text"] == "Um, isn't it really important?" and done["alone_taken"] == 0


def test_stretches_heard_alone_are_the_least_likely_within_a_budget_per_minute():
    likely = {k: p for k, p in enumerate([0.45, 0.2, 0.6, 0.3, 0.1, 0.49])}
    assert heard_alone.chosen(likely, duration_s=60.0) == [1, 4]  # at least two, the least likely, in time order
    assert heard_alone.chosen(likely, duration_s=240.0) == [0, 1, 3, 4]  # one a minute
    assert heard_alone.chosen({0: 0.5, 1: 0.7}, duration_s=600.0) == []  # none under ALONE_BELOW


def test_an_alone_hearing_that_says_a_run_of_words_twice_does_not_stand():
    # holiday_rp_f1_gb_f4: base alone over "A little over a thousand for the week." wrote a phrase twice, and both
    # models read it as likelier than tiny.en's "A little bit more than a week." (a phrase said again is predictable)
    loop = "I'm not going to let you go, I'm not going to let you go"
    likely = {"Um, isn't it really important?": 0.38, "and he said everything for him,": 0.37,
              "She wants to see you.": 0.9, loop: 0.6}
    done, segments, decoded = _run(likely, loop)
    assert decoded == ["stream", "alone"]
    assert segments[0]["text"] == "Um, isn't it really important?" and done["alone_taken"] == 0
    assert not heard_alone.says_twice(words("I am not going to let you go, not now", 0.0))  # words said again apart
