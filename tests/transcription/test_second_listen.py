"""The second listen: which stretches are heard again, how the streams map back, when the larger
model's words are taken, and the real thing (tiny.en, then base) on generated speech."""

from __future__ import annotations

import numpy as np
import pytest

from talktogether_desktop.audio import decode_mono_16k
from talktogether_desktop.errors import ModelUnavailable
from talktogether_desktop.transcription import engine, second_listen
from talktogether_desktop.transcription.second_listen import Stretch
from talktogether_desktop.transcription.models import resolve_model
from tt_speech import make_dialogue, normalised_words, speak


def word(text, start, end, p):
    return {"word": text, "start": start, "end": end, "probability": p}


def seg(*words):
    return {"start": words[0]["start"], "end": words[-1]["end"], "text": " ".join(w["word"] for w in words),
            "words": list(words)}


def test_unsure_sentences_and_no_word_spans_are_heard_again_within_the_pauses():
    sure = seg(word("The", 0.5, 0.7, 0.95), word("doctor", 0.7, 1.1, 0.9), word("called.", 1.1, 1.6, 0.97))
    unsure = seg(word("You're", 2.0, 2.3, 0.5), word("employed.", 2.3, 2.9, 0.15))
    after = seg(word("Maybe", 3.1, 3.4, 0.99), word("later.", 3.4, 3.9, 0.98))
    stretches = second_listen.unsure_stretches([sure, unsure, after], [{"start": 6.0, "end": 7.0}], duration_s=20.0)
    assert [(s.start, s.end, s.no_words) for s in stretches] == [(1.6, 3.1, False), (5.6, 7.4, True)]
    # never over a sure word: the first stretch stops where "called." ends and "Maybe" starts


def test_stretched_weak_words_inside_a_sure_segment_are_heard_again():
    # "Sorry. I am exhausted and I am taking it out on you." heard as two weak words stretched over 3 s, in a
    # segment that goes on with the partner's clear reply (its mean, 0.76, looks sure)
    lost = seg(word("It", 30.14, 30.82, 0.06), word("is", 31.85, 33.27, 0.35), word("not", 34.34, 35.02, 0.96),
               word("you,", 35.69, 35.95, 0.92), word("I", 36.37, 36.37, 0.95), word("am", 36.37, 36.65, 0.88),
               word("angry.", 36.65, 36.93, 0.97))
    stretches = second_listen.unsure_stretches([lost], [], duration_s=60.0)
    assert [(round(s.start, 2), round(s.end, 2)) for s in stretches] == [(29.74, 33.67)]
    assert stretches[0].probability == pytest.approx(0.205)
    # weak words at a speaking rate ("I was", 0.9 s) are left: base, hearing so little, invents a line there
    spoken = seg(word("Okay.", 29.0, 29.4, 0.95), word("I", 30.6, 30.9, 0.06), word("was", 31.1, 31.5, 0.44),
                 word("looking", 31.6, 32.0, 0.97), word("forward", 32.0, 32.4, 0.98), word("to", 32.4, 32.5, 0.99),
                 word("it.", 32.5, 32.8, 0.99))
    assert second_listen.unsure_stretches([spoken], [], duration_s=60.0) == []


def test_a_sure_word_stretched_over_speech_it_did_not_hear_is_heard_again():
    # tiny.en's first pass on "...taking it out on you." / "I know. It is not you I am angry at": a weak "It is" and then
    # a sure "not" (0.96) timed over 2.4 s, hiding "on you. I know. It is"; the line was lost with the stretch stopping at "not"
    first = seg(word("It", 30.14, 30.82, 0.06), word("is", 31.85, 33.27, 0.35), word("not", 33.27, 35.69, 0.96),
                word("you,", 35.69, 35.95, 0.62), word("I", 36.37, 36.37, 0.95), word("am", 36.37, 36.65, 0.88),
                word("angry", 36.65, 36.93, 0.97), word("at", 36.93, 37.09, 0.78), word("either.", 37.09, 37.49, 0.79))
    stretches = second_listen.unsure_stretches([first], [], duration_s=60.0)
    assert [(round(s.start, 2), round(s.end, 2)) for s in stretches] == [(29.74, 35.69)]
    # a word said at length within a sure segment ("Okay." over 1.1 s) is left
    drawn = seg(word("Okay.", 28.86, 29.94, 0.9), word("Let's", 30.1, 30.3, 0.95), word("go.", 30.3, 30.6, 0.97))
    assert second_listen.unsure_stretches([drawn], [], duration_s=60.0) == []


def test_the_least_sure_are_chosen_first_within_the_budget():
    segments = [seg(word("a", t, t + 0.8, p)) for t, p in ((1.0, 0.6), (5.0, 0.2), (9.0, 0.5))]
    chosen = second_listen.unsure_stretches(segments, [], duration_s=10.0, widen_s=0.0, budget_share=0.17)
    assert [(s.start, s.probability) for s in chosen] == [(5.0, 0.2), (9.0, 0.5)]


def test_streams_join_stretches_and_words_come_back_to_the_recordings_time():
    stretches = [Stretch(2.0, 3.0, 0.3), Stretch(10.0, 12.0, 0.4), Stretch(40.0, 70.0, 0.5)]
    assert second_listen.streams(stretches, stream_s=28.0) == [[0, 1], [2]]
    samples = np.zeros(80 * 16000, dtype=np.int16)
    stream, places = second_listen.join(samples, stretches, [0, 1])
    assert stream.dtype == np.float32 and len(stream) == int((1.0 + 0.6 + 2.0 + 0.6) * 16000)
    assert places == [(0.0, 1.0, 2.0), (1.6, 3.6, 10.0)]
    back = second_listen.place_words([word("sorry", 0.2, 0.6, 0.9), word("gap", 1.2, 1.4, 0.9),
                                      word("fine", 2.0, 2.5, 0.8)], places)
    assert [[(w["word"], w["start"], w["end"]) for w in ws] for ws in back] == [[("sorry", 2.2, 2.6)], [("fine", 10.4, 10.9)]]


def test_the_larger_models_words_are_taken_only_when_surer():
    segments = [seg(word("You're", 2.0, 2.3, 0.5), word("employed.", 2.3, 2.9, 0.15)),
                seg(word("Maybe", 3.1, 3.4, 0.99))]
    unrecognised = [{"start": 5.0, "end": 6.0}]
    stretch = Stretch(1.6, 3.0, 0.33)
    assert not second_listen.merge(segments, unrecognised, stretch, [word("You", 2.0, 2.2, 0.36)])
    assert segments[0]["text"] == "You're employed."
    heard = [word("I'm", 2.0, 2.2, 0.8), word("sorry.", 2.2, 2.8, 0.9)]
    assert second_listen.merge(segments, unrecognised, stretch, heard)
    assert [s["text"] for s in segments] == ["I'm sorry.", "Maybe"] and segments[0]["heard_again"]
    # a no-word span is filled only by words sure enough, and is then no longer listed
    assert not second_listen.merge(segments, unrecognised, Stretch(4.8, 6.2, 0.0, True), [word("uh", 5.1, 5.3, 0.2)])
    assert unrecognised == [{"start": 5.0, "end": 6.0}]
    assert second_listen.merge(segments, unrecognised, Stretch(4.8, 6.2, 0.0, True), [word("Okay.", 5.1, 5.5, 0.7)])
    assert unrecognised == [] and [s["text"] for s in segments][-1] == "Okay."


def test_a_judged_hearing_is_taken_or_refused_whatever_the_models_own_confidence():
    segments = [seg(word("Morning,", 1.0, 1.4, 0.9), word("only", 1.4, 1.7, 0.9), word("walk.", 1.7, 2.2, 0.9))]
    stretch = Stretch(0.8, 2.4, 0.6)
    unsure = [word("Morning", 1.0, 1.3, 0.5), word("for", 1.3, 1.5, 0.5), word("me.", 1.5, 2.2, 0.5)]
    assert not second_listen.merge(segments, [], stretch, unsure)  # base less sure of its own words
    assert second_listen.merge(segments, [], stretch, unsure, better=True)  # ... but both models find them likelier
    assert segments[0]["text"] == "Morning for me."
    segments = [seg(word("Okay", 1.0, 1.4, 0.3))]
    assert not second_listen.merge(segments, [], stretch, [word("Okay.", 1.0, 1.4, 0.99)], better=False)
    assert segments[0]["text"] == "Okay"


def test_both_models_reading_both_hearings_decide_and_a_much_shorter_hearing_loses():
    small = [[word(w, 0, 1, 0.9) for w in "The dishes were in the sink".split()],
             [word("Get", 2, 3, 0.6), word("your", 3, 3.2, 0.6), word("code.", 3.2, 3.5, 0.6)],
             [word("Fair", 4, 4.2, 0.4), word("enough.", 4.2, 4.5, 0.4)],
             [],
             [word("Hello", 6, 6.5, 0.8)]]
    heard = [[word(w, 0, 1, 0.9) for w in "Yeah, I made it.".split()],
             [word("Get", 2, 3, 0.9), word("your", 3, 3.2, 0.9), word("coat.", 3.2, 3.5, 0.9)],
             [word("Every", 4, 4.2, 0.5), word("herb.", 4.2, 4.5, 0.5)],
             [word("Okay.", 5, 5.5, 0.9)],
             [word("Hello", 6, 6.5, 0.8)]]
    # read by (tiny.en, base): [small's texts, heard texts]; base's hearing likelier for all but the third
    tiny = [[0.2, 0.5, 0.5, None, None], [0.6, 0.6, 0.3, 0.7, None]]
    base = [[0.2, 0.4, 0.45, None, None], [0.5, 0.7, 0.4, 0.6, None]]
    seen = []

    def judge(stream, readings):
        seen.append(readings)
        return tiny, base

    verdicts = second_listen.judged(judge, np.zeros(16000, dtype=np.float32), small, heard)
    assert seen[0][0][1] == "Get your code." and seen[0][1][1] == "Get your coat." and seen[0][0][3] == ""
    # 4 words for 6: shorter, refused however likely; the coat taken; the herb refused (less likely);
    # the no-word stretch (3): base's words likely enough read by both (0.65); the very words tiny.en heard (4): refused
    assert verdicts == {0: False, 1: True, 2: False, 3: True, 4: False}
    assert second_listen.judged(judge, np.zeros(10), [[], []], [[], []]) == {}


def test_the_very_words_tiny_en_heard_are_not_read_again():
    """The real 30 s phone call's one unsure stretch: base heard "Hello" as tiny.en did. Read by both models the two
    equal texts score the same and base's cannot win, so the reading (a window of each model) is not done."""
    def judge(stream, readings):
        raise AssertionError("nothing to judge")

    small, heard = [[word("Hello", 7.3, 7.9, 0.66)]], [[word("Hello", 7.3, 7.8, 0.8)]]
    assert second_listen.judged(judge, np.zeros(16000, dtype=np.float32), small, heard) == {0: False}
    segments = [seg(word("Hello", 7.3, 7.9, 0.66))]
    assert not second_listen.merge(segments, [], Stretch(7.0, 8.2, 0.66), heard[0], False)
    # a question mark is a different hearing: it is read
    seen = []
    second_listen.judged(lambda stream, readings: seen.append(readings) or ([[0.5], [0.6]], [[0.5], [0.6]]),
                         np.zeros(16000, dtype=np.float32), small, [[word("Hello?", 7.3, 7.8, 0.8)]])
    assert seen == [[["Hello"], ["Hello?"]]]


@pytest.fixture(scope="module")
def coat(tmp_path_factory):
    return decode_mono_16k(speak("Get your coat, it is cold outside.", tmp_path_factory.mktemp("coat") / "coat.wav").read_bytes())


@pytest.mark.slow
def test_each_model_reads_what_was_said_as_likelier_than_a_mishearing(coat):
    float_samples = engine.float_samples(coat)
    for name in ("tiny.en", "base"):
        model = engine.load_model(resolve_model(name), 2)
        said, misheard = engine.read_through(model, float_samples, [["Get your coat,", "it is cold outside.", ""],
                                                                    ["Get your code,", "it is gold outside.", ""]])
        assert said[0] > misheard[0] and said[1] > misheard[1], (name, said, misheard)
        assert said[2] is None and misheard[2] is None
        # more than one model window: nothing said about it
        long = np.concatenate([float_samples, np.zeros(31 * 16000, dtype=np.float32)])
        assert engine.read_through(model, long, [["Get your coat,"]]) == [[None]]
        # a reading longer than the decoder's positions (a loop the guards let through): nothing said, no failure
        assert engine.read_through(model, float_samples, [["coat " * 600], ["Get your coat,"]]) == [[None], [said[0]]]


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory):
    path, _spans = make_dialogue(tmp_path_factory.mktemp("listen"))
    return decode_mono_16k(path.read_bytes())


@pytest.mark.slow
def test_tiny_then_base_on_real_speech(dialogue, monkeypatch):
    """Every sentence counted unsure: base hears the recording again, and what it keeps is real words."""
    monkeypatch.setattr(second_listen, "UNSURE_PROBABILITY", 1.01)
    monkeypatch.setattr(second_listen, "BUDGET_SHARE", 1.0)
    monkeypatch.setattr(second_listen, "SHORT_RECORDING_S", 0.0)  # the dialogue is short
    seen = []
    result = engine.transcribe_samples(dialogue, model="tiny.en", threads=2, progress=lambda f, m: seen.append((f, m)))
    again = result["heard_again"]
    assert again["model"] == "base" and again["stretches"] >= 1 and again["seconds"] > 5
    words = [t for s in result["segments"] for w in s["words"] for t in normalised_words(w["word"])]
    assert {"weekend", "saturday", "sorry"} <= set(words)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("Listening again" in m for _, m in seen)


@pytest.mark.slow
def test_without_the_larger_model_the_small_models_words_stand(dialogue, monkeypatch):
    def missing(choice=None, cache_dir=None):
        if choice == "base":
            raise ModelUnavailable("not installed")
        return real(choice, cache_dir)

    real = engine.resolve_model
    monkeypatch.setattr(engine, "resolve_model", missing)
    result = engine.transcribe_samples(dialogue, model="tiny.en", threads=2)
    assert result["heard_again"] is None and result["segments"]
    off = engine.transcribe_samples(dialogue, model="tiny.en", threads=2, second_listen=False)
    assert off["heard_again"] is None


def test_the_speech_keeps_the_onset_tiny_en_heard():
    """Base, on a joined stream, drops a short first word ("Oh, here we go" -> "there we go") or times
    it late; the speech's start is the sound's, so a cut-in is not moved by it."""
    segments = [seg(word("Okay,", 29.91, 30.2, 0.19), word("we", 30.37, 30.39, 0.82), word("go", 30.39, 30.6, 0.82))]
    heard = [word("there", 30.13, 30.19, 0.68), word("we", 30.19, 30.31, 0.97), word("go", 30.31, 30.45, 1.0)]
    assert second_listen.merge(segments, [], Stretch(29.5, 31.0, 0.6), heard)
    assert segments[0]["words"][0]["start"] == 29.91 and segments[0]["words"][-1]["end"] == 30.6
    assert heard[0]["start"] == 30.13  # the caller's words are not changed


def test_only_the_segments_base_replaced_whole_are_removed():
    wordless = {"start": 0.2, "end": 0.9, "text": "Hm.", "words": []}
    segments = [wordless, seg(word("You're", 2.0, 2.3, 0.5), word("employed.", 2.3, 2.9, 0.15))]
    assert second_listen.merge(segments, [], Stretch(1.6, 3.0, 0.33), [word("Sorry.", 2.0, 2.8, 0.9)])
    assert [s["text"] for s in segments] == ["Hm.", "Sorry."]


def test_words_written_again_from_an_earlier_stretch_of_the_stream_are_not_taken():
    # Whisper decodes a stream as one run of text; where the sound is unclear it writes again what it wrote
    # for an earlier stretch ("I am thinking about it right now!" came back as a line said 18 s before).
    segments = [seg(word("I", 12.0, 12.2, 0.5), word("was", 12.2, 12.4, 0.4), word("waiting", 12.4, 12.8, 0.3)),
                seg(word("I", 30.0, 30.2, 0.5), word("am", 30.2, 30.4, 0.3), word("sinking", 30.4, 30.9, 0.2),
                    word("about", 30.9, 31.2, 0.6))]
    stretches = [Stretch(11.8, 13.0, 0.4), Stretch(29.8, 31.4, 0.4)]
    said = [word(w, 0.1 + 0.2 * k, 0.3 + 0.2 * k, 0.9) for k, w in enumerate("I am not ready to".split())]
    again = [word(w, 1.9 + 0.2 * k, 2.1 + 0.2 * k, 0.9) for k, w in enumerate("I am not ready to".split())]
    done = second_listen.listen_again(np.zeros(40 * 16000, dtype=np.int16), segments, [], stretches,
                                      decode=lambda stream: [seg(*said, *again)])
    assert done["taken"] == 1 and done["copies"] == 1
    assert [s["text"] for s in segments] == ["I am not ready to", "I am sinking about"]  # the small model's words stand
    # words the small model heard there too are the speaker's own repetition, not a copy
    assert not second_listen.copied(again, [said], small=lambda: [word(w, 0, 0, 0.5) for w in "I am not ready to".split()])
    assert not second_listen.copied(again[:3], [said], small=lambda: [])  # three words in a row are common speech


def test_speech_with_no_word_is_filled_by_what_both_models_read_as_likely_whatever_bases_own_confidence():
    """A clear "Sorry." before "Can we start over?" was left a no-word span: base heard it, but its own word
    probability was under the bar, while both models reading it over the sound found it likely (0.75 and 0.47).
    A reading both find unlikely stays out, however sure base was of its own words."""
    small, heard = [[], []], [[word("Sorry.", 5.1, 5.6, 0.3)], [word("Thank", 8.1, 8.3, 0.9), word("you.", 8.3, 8.6, 0.9)]]
    tiny = [[None, None], [0.75, 0.2]]
    base = [[None, None], [0.47, 0.3]]
    verdicts = second_listen.judged(lambda stream, readings: (tiny, base), np.zeros(16000, dtype=np.float32), small, heard)
    assert verdicts == {0: True, 1: False}
    segments = [seg(word("Can", 6.0, 6.2, 0.9), word("we", 6.2, 6.4, 0.9), word("start", 6.4, 6.7, 0.9), word("over?", 6.7, 7.0, 0.9))]
    unrecognised = [{"start": 5.0, "end": 5.8}, {"start": 8.0, "end": 8.7}]
    assert second_listen.merge(segments, unrecognised, Stretch(4.8, 5.9, 0.0, True), heard[0], verdicts[0])
    assert not second_listen.merge(segments, unrecognised, Stretch(7.8, 8.9, 0.0, True), heard[1], verdicts[1])
    assert [s["text"] for s in segments] == ["Sorry.", "Can we start over?"]
    assert unrecognised == [{"start": 8.0, "end": 8.7}]


def test_a_shorter_hearing_may_replace_a_long_run_of_guesses():
    """car_us_f3: tiny.en's "I meant to go in a car." (0.14-0.72, mean 0.30) over "but they were closed when I called."
    held against base's "know when I called." only for being longer, and the line was lost. A sure long hearing
    still holds against a much shorter one (the "Yeah, I made it." case above)."""
    guesses = [word(w, 8.1 + 0.2 * k, 8.25 + 0.2 * k, p)
               for k, (w, p) in enumerate(zip("I meant to go in a car.".split(), (0.14, 0.72, 0.71, 0.08, 0.19, 0.12, 0.16)))]
    sure = [dict(w, probability=0.9) for w in guesses]
    heard = [word(w, 8.6 + 0.2 * k, 8.75 + 0.2 * k, 0.7) for k, w in enumerate("know when I called.".split())]
    # half sure, as tiny.en's "The dishes were in the same kitchen. When" (mean 0.46) against "Yeah, I made it."
    half = [dict(w, probability=p) for w, p in zip(guesses, (0.77, 0.98, 0.70, 0.34, 0.36, 0.20, 0.09))]
    read = [[0.3, 0.3, 0.3], [0.6, 0.6, 0.6]]  # by each model: [the small model's hearings], [base's]: base's likelier
    verdicts = second_listen.judged(lambda stream, readings: (read, read), np.zeros(16000, dtype=np.float32),
                                    [guesses, sure, half], [heard, heard, heard])
    assert verdicts == {0: True, 1: False, 2: False}


def test_a_recording_with_many_unsure_lines_has_them_all_heard_again():
    """car_us_f3, tiny.en's first hearing: the unsure sentences, widened into their pauses, add up to 44% of the
    47.7 s. With 35% heard again at most, "And I want two blinds to get it on Saturday." (0.696, over "And I am the
    one who drives the kids in it on Saturdays!") was the surest left and was never heard again, so the line was
    lost; base, hearing it, brings it back."""
    first = [(0.92, 3.84, 0.657), (4.06, 6.82, 0.658), (7.1, 8.1, 0.707), (8.1, 9.42, 0.302), (9.74, 11.2, 0.749),
             (11.48, 12.48, 0.961), (12.98, 14.28, 0.931), (14.52, 16.58, 0.659), (16.96, 19.1, 0.696),
             (19.5, 21.56, 0.855), (21.82, 22.92, 0.761), (22.94, 24.44, 0.611), (27.84, 28.54, 0.475),
             (29.02, 30.06, 0.751), (30.34, 30.98, 0.682), (31.24, 32.82, 0.689), (32.82, 35.94, 0.876),
             (36.32, 39.24, 0.816), (40.0, 43.98, 0.911), (44.83, 46.57, 0.864)]
    segments = [seg(*[word("w", a + k * (b - a) / n, a + (k + 1) * (b - a) / n, p) for k in range(n)])
                for a, b, p in first for n in [max(1, round((b - a) / 0.3))]]
    stretches = second_listen.unsure_stretches(segments, [{"start": 39.39, "end": 39.85}], duration_s=47.67)
    assert any(s.start <= 16.96 and 19.1 <= s.end for s in stretches)
    assert sum(s.end - s.start for s in stretches) <= second_listen.BUDGET_SHARE * 47.67


@pytest.mark.slow
def test_a_recording_whose_unsure_stretches_are_tiny_never_loads_the_larger_model(dialogue, monkeypatch):
    """The real 30 s phone call: its one unsure stretch is "Hello" (1.1 s), which base heard as tiny.en had. Base
    costs its loading and a whole 30 s window however little it hears, so a recording whose unsure stretches add up
    to less than MIN_LISTEN_S keeps tiny.en's words and never asks for base; one with more is heard again, and so is
    speech heard with no word at all, however short."""
    asked = []
    monkeypatch.setattr(engine, "_listener", lambda spec: asked.append(spec.name) or None)
    monkeypatch.setattr(second_listen, "SHORT_RECORDING_S", 0.0)  # the dialogue is short
    hello = [Stretch(7.2, 8.35, 0.662)]
    monkeypatch.setattr(second_listen, "unsure_stretches", lambda *a, **k: list(hello))
    result = engine.transcribe_samples(dialogue, model="tiny.en", threads=2)
    assert asked == [] and result["heard_again"] is None and result["segments"]
    hello.append(Stretch(12.0, 12.6, 0.5))  # 1.75 s in all
    engine.transcribe_samples(dialogue, model="tiny.en", threads=2)
    assert asked == ["tiny.en"]
    hello[:] = [Stretch(7.2, 7.9, 0.0, no_words=True)]  # 0.7 s of speech with no word
    engine.transcribe_samples(dialogue, model="tiny.en", threads=2)
    assert asked == ["tiny.en", "tiny.en"]


@pytest.mark.slow
def test_a_recording_of_half_a_minute_or_less_is_not_heard_again(dialogue, monkeypatch):
    """Base's fixed cost buys nothing on a short recording (SHORT_RECORDING_S); its speech heard with no word stays
    marked as such. Just over the limit, the unsure stretches are heard again as before."""
    asked = []
    monkeypatch.setattr(engine, "_listener", lambda spec: asked.append(spec.name) or None)
    monkeypatch.setattr(second_listen, "unsure_stretches",
                        lambda *a, **k: [Stretch(3.0, 6.0, 0.3), Stretch(7.2, 7.9, 0.0, no_words=True)])
    thirty = np.concatenate([dialogue, np.zeros(int(30 * 16000) - len(dialogue), dtype=dialogue.dtype)])
    result = engine.transcribe_samples(thirty, model="tiny.en", threads=2)
    assert asked == [] and result["heard_again"] is None and result["segments"]
    longer = np.concatenate([thirty, np.zeros(int(2.5 * 16000), dtype=dialogue.dtype)])
    engine.transcribe_samples(longer, model="tiny.en", threads=2)
    assert asked == ["tiny.en"]
