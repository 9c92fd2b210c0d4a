"""Safety read by meaning (analysis/meaning.py, sentence_encoder.py), beside the phrase rules.

The real all-MiniLM-L6-v2 weights (installed by the Makefile) run in numpy; the classifier is the
one shipped in resources/lexicons/en/meaning. The lines here were written for these tests: they are
not in the examples the classifier was fitted on, nor in the clinical evaluation set.
"""

import numpy as np
import pytest

from talktogether_desktop import paths
from talktogether_desktop.analysis import analyze, meaning
from talktogether_desktop.analysis.sentence_encoder import shared_encoder

from .test_safety_families import read, safety_on

FOLDER = paths.resource("lexicons") / "en" / "meaning"


def without_meaning(*lines):
    from .timeline import conversation, end_of, say

    utterances, t = [], 0.0
    for k, text in enumerate(lines):
        u = say("S1" if k % 2 == 0 else "S2", t, text)
        utterances.append(u)
        t = end_of(u) + 0.5
    return analyze(conversation(*utterances), settings={"read_by_meaning": False})


def test_encoder_is_the_sentence_model():
    """Paraphrases land close, unrelated sentences far apart: the values sentence-transformers
    gives for all-MiniLM-L6-v2 (0.76 for the food pair)."""
    v = shared_encoder().encode(["A man is eating food.", "A man is eating a piece of bread.",
                                 "The new movie is awesome.", "ok"])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sims = v @ v.T
    assert 0.72 < sims[0, 1] < 0.80
    assert sims[0, 2] < 0.2


def test_vectors_of_recent_sentences_are_reused_not_changed():
    """A repeated sentence, in one batch or a later one, gets the very vector it got alone: the
    in-memory reuse changes no reading, and a fresh encoder agrees with it."""
    from talktogether_desktop.analysis.sentence_encoder import SentenceEncoder

    encoder = SentenceEncoder()
    texts = ["You will regret this.", "Pass the salt please.", "You will regret this."]
    first = encoder.encode(texts)
    again = encoder.encode(texts[::-1])
    assert np.array_equal(first[0], first[2])
    assert np.array_equal(again[::-1], first)
    alone = SentenceEncoder().encode(["Pass the salt please."])
    assert np.allclose(alone[0], first[1], atol=1e-5)


def test_shipped_weights_come_from_the_shipped_examples():
    """An edited example file no longer matches the saved weights (they are then refitted in memory);
    the shipped pair must match, or every run would pay for a refit."""
    for family in meaning.FAMILIES:
        examples = meaning.read_examples(FOLDER / f"{family}.tsv")
        with np.load(meaning.weights_path(FOLDER, family)) as saved:
            assert str(saved["examples_hash"]) == meaning.examples_hash(examples)
        assert {label for label, _ in examples} - {meaning.NEUTRAL} <= set(meaning.CATEGORY)


def test_examples_missing_weights_are_fitted(tmp_path):
    (tmp_path / "safety.tsv").write_text(
        "# a tiny example file\n"
        "threat\tYou'll regret the day you crossed me.\nthreat\tDo that again and you'll be sorry.\n"
        "neutral\tShall we have pasta tonight?\nneutral\tThe train was late again this morning.\n",
        encoding="utf-8")
    (clf,) = meaning.classifiers(tmp_path).values()
    assert clf.labels == ("neutral", "threat")
    p = clf.probabilities(shared_encoder().encode(["Cross me again and you will regret it."]))
    assert p[0, 1] > 0.5


def test_bad_example_line_is_a_clear_error(tmp_path):
    (tmp_path / "safety.tsv").write_text("threat You'll regret it.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        meaning.read_examples(tmp_path / "safety.tsv")


TENSE = "You are so selfish, what is wrong with you?"


@pytest.mark.parametrize("lines, kind", [
    # self-harm is read even in a calm talk
    (["Honestly, I can't see why I should bother waking up most days."], "self_harm"),
    # a borderline reading of control counts in a tense stretch (meaning_alone)
    ([TENSE, "Whatever.", "I had a look at your messages while you were in the shower, someone has to keep an eye on you."],
     "monitoring"),
])
def test_safety_in_words_no_phrase_list_holds(lines, kind):
    assert safety_on(without_meaning(*lines)) == []   # the rules alone miss it
    r = read(*lines)
    flags = [f for f in r["safety_flags"] if f["category"] == kind]
    assert flags and flags[0]["source"] == "meaning"
    assert flags[0]["confidence"] in ("low", "medium")   # never high: no phrase behind it
    assert "read by its meaning" in flags[0]["context"]


def test_a_borderline_reading_alone_in_a_calm_talk_is_no_flag():
    line = "I had a look at your messages while you were in the shower, someone has to keep an eye on you."
    assert safety_on(read(line)) == []


def test_a_reading_to_listen_to_changes_nothing_after_it():
    """A low-confidence reading is listed to listen to, in its own observation; it opens no
    'after a threat' stretch, so a real repair after it still counts."""
    r = read(TENSE, "Whatever.", "I had a look at your messages while you were in the shower, someone has to keep an eye on you.",
             "Okay. I'm sorry. Can we start over?")
    (flag,) = [f for f in r["safety_flags"] if f["category"] == "monitoring"]
    assert flag["confidence"] == "low" and flag["check_recording"] and flag["listen_only"]
    assert "read by meaning, no listed phrase" in flag["confidence_reasons"]
    assert [m for m in r["markers"] if m["category"] == "repair"]
    assert not [f for f in r["safety_flags"] if f["category"] == "appeasement"]
    (check,) = [o for o in r["observations"] if o["kind"] == "safety_check"]
    assert "listen" in check["text"] and not [o for o in r["observations"] if o["kind"] == "safety"]


def test_a_sure_reading_is_not_listen_only():
    r = read("Honestly, I can't see why I should bother waking up most days.")
    (flag,) = [f for f in r["safety_flags"] if f["category"] == "self_harm"]
    assert flag["listen_only"] is (flag["confidence"] == "low")
    assert all("listen_only" not in f for f in r["safety_flags"] if f.get("source") != "meaning")


def test_meaning_only_self_harm_asks_for_a_listen_first():
    r = read("Honestly, I can't see why I should bother waking up most days.")
    prompt = r["safety_prompt"]
    assert prompt and prompt["check_recording"] and prompt["text"].startswith("Possible self-harm language")


@pytest.mark.parametrize("line", [
    "I'm terrified of the driving test on Friday, my hands go all sweaty.",   # fear, of no one
    "This heat is killing me, can we put the fan on?",                         # idiom
    "We agreed we'd both share locations when you're cycling home late, right?",
    "We booked the cottage for June and the dog can come too.",
    "Do you always pay the credit card off in full?",                          # a question
    "In the film he tells her she'll never see her kids again.",               # a story
])
def test_no_safety_read_into_ordinary_talk(line):
    assert safety_on(read(line)) == []


def test_rules_win_where_they_found_something():
    """A sentence the rules flagged gets no second, vaguer flag of the same sentence."""
    r = read("Your wages go straight into my account from now on and you'll get what I give you.")
    assert [f["source"] for f in r["safety_flags"] if f["speaker"] == "S1"] == ["lexicon"]
