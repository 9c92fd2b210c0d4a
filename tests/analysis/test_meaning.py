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

from .readings import fix_reading
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



def fix_readings(monkeypatch, readings: dict) -> None:
    """The meaning reader reads each sentence in `readings` as given (a list of meaning.Reading) and
    nothing else: the tests below fix its output where the rule around it is what they test."""
    monkeypatch.setattr(meaning, "read_sentences",
                        lambda batch, folder, threshold: [list(readings.get(t, [])) for t in batch])

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
    from talktogether_desktop.analysis.meaning_model import BIDS, REPLIES, WARMTH, family_examples

    for family in (*meaning.FAMILIES, BIDS, REPLIES, WARMTH):
        examples = family_examples(FOLDER, family)
        with np.load(meaning.weights_path(FOLDER, family)) as saved:
            assert str(saved["examples_hash"]) == meaning.examples_hash(examples), family
        if family in meaning.FAMILIES:
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


def test_a_family_reads_its_further_example_files_and_its_words(tmp_path):
    """`horsemen.tsv` and `horsemen.<more>.tsv` (lines of whole conversations) are one family's examples;
    a family read by its words (WORDS_WEIGH) keeps them with its weights, and the saved weights read as
    the fitted ones did."""
    from talktogether_desktop.analysis import meaning_model as mm

    (tmp_path / "horsemen.tsv").write_text(
        "criticism\tYou always leave your socks on the floor.\ncriticism\tYou never listen to a word I say.\n"
        "criticism\tYou always forget the bins, you're hopeless.\n", encoding="utf-8")
    (tmp_path / "horsemen.conversations.tsv").write_text(
        "# lines of whole conversations\nneutral\tI always leave my socks on the floor, sorry.\n"
        "neutral\tI never listen to podcasts on the train.\nneutral\tI always forget the bins too.\n", encoding="utf-8")
    examples = mm.family_examples(tmp_path, "horsemen")
    assert [label for label, _ in examples] == ["criticism"] * 3 + ["neutral"] * 3
    clf = mm.classifier(tmp_path, "horsemen")
    assert clf.labels == ("criticism", "neutral") and {"you", "i", "always"} <= set(clf.words)
    texts = ["You always leave the lights on.", "I always leave the lights on."]
    p = clf.read(texts)
    assert p[0, 0] > p[1, 0]
    # read sentence by sentence, as the fitted columns: the same as the dense features it was fitted on
    dense = np.hstack([shared_encoder().encode(texts), mm.word_features(texts, clf._index, clf.words_weigh)])
    z = dense @ clf.weights + clf.bias
    assert np.allclose(p, np.exp(z) / np.exp(z).sum(1, keepdims=True), atol=1e-5)
    with pytest.raises(ValueError, match="texts"):
        clf.probabilities(shared_encoder().encode(texts))
    mm.save(clf, mm.weights_path(tmp_path, "horsemen"))
    mm._classifier.cache_clear()
    again = mm.classifier(tmp_path, "horsemen")
    assert again.words == clf.words and np.allclose(again.read(texts), p, atol=1e-6)


def test_the_shipped_horsemen_are_read_by_their_words_too():
    """'You always…' and 'I always…' have near sentence vectors; the shipped horsemen read the words too."""
    from talktogether_desktop.analysis import meaning_model as mm

    clf = mm.classifier(FOLDER, "horsemen")
    assert clf.words and clf.words_weigh == mm.WORDS_WEIGH["horsemen"]
    assert "you always" in clf.words
    assert mm.classifier(FOLDER, "safety").words == ()


def test_bad_example_line_is_a_clear_error(tmp_path):
    (tmp_path / "safety.tsv").write_text("threat You'll regret it.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        meaning.read_examples(tmp_path / "safety.tsv")


TENSE = "You are so selfish, what is wrong with you?"


@pytest.mark.parametrize("lines, kind", [
    # self-harm is read even in a calm talk
    (["Honestly, I can't see why I should bother waking up most days."], "self_harm"),
    # a borderline reading of control counts in a tense stretch (meaning_alone)
    ([TENSE, "Whatever.", "Your phone lit up while you were in the shower, who's Dave?"],
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
    line = "Your phone lit up while you were in the shower, who's Dave?"
    assert safety_on(read(line)) == []


def test_a_reading_to_listen_to_changes_nothing_after_it(monkeypatch):
    """A low-confidence reading is listed to listen to, in its own observation; it opens no
    'after a threat' stretch, so a real repair after it still counts."""
    line = "Your phone lit up while you were in the shower, who's Dave?"
    fix_reading(monkeypatch, line, "safety_monitoring", 0.98, 0.7)  # below `meaning_sure`
    r = read(TENSE, "Whatever.", line, "Okay. I'm sorry. Can we start over?")
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


@pytest.mark.parametrize("kind, prompted", [(0.6, False), (0.9, True)])
def test_a_self_harm_reading_only_to_listen_to_opens_the_report_only_when_clear(monkeypatch, kind, prompted):
    """Round 17: on the clinical splits such readings alone raised the top-of-report prompt wrongly in 32 of 33
    conversations ("I'm tired, I'm not thinking straight.", 0.65): a vague one stays
    listed to listen to, with no prompt; a clear one still opens the report."""
    from .test_context import run

    # (a sentence with a word of despair: with none, a reading by meaning is only to listen to however clear, round 33)
    line = "Okay. I'm just so tired of all of it, that's all I meant."
    fix_readings(monkeypatch, {"I'm just so tired of all of it, that's all I meant.":
                               [meaning.Reading("safety_self_harm", 0.9, kind)]})
    r = run("You could have rung me, I was sat there an hour.", line)
    (flag,) = [f for f in r["safety_flags"] if f["category"] == "self_harm"]
    assert flag["listen_only"] != prompted  # (0.9: read clearly, a flag as heard, not only to listen to)
    assert bool(r["safety_prompt"]) == prompted
    # a reading only to listen to (low for another reason: unsure words, speaker) whose kind is clear still prompts
    from talktogether_desktop.analysis.risk_prompt import self_harm_prompt

    low = {**flag, "listen_only": True, "confidence": "low", "probability_of_kind": 0.95}
    assert self_harm_prompt([low])["check_recording"]
    assert self_harm_prompt([{**low, "probability_of_kind": 0.6}]) is None


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


def test_a_reading_is_how_likely_any_kind_is_and_names_the_likeliest_kind():
    """Safety language often mixes kinds ("you had me by the collar, I'm tiptoeing round you"): the
    reading's probability is that of any kind (1 - neutral), its category the likeliest kind, and
    `kind_probability` how sure that kind is (what decides medium against listen-only)."""
    texts = ["You had me by the collar over a text from my sister, I'm tiptoeing round you now.",
             "Pass me the salt, would you?"]
    found = meaning.read_sentences(texts, FOLDER, 0.0)
    clf = meaning.classifiers(FOLDER)["safety"]
    probs = clf.probabilities(shared_encoder().encode(texts))
    neutral = clf.labels.index("neutral")
    for readings, row in zip(found, probs):
        for r in [r for r in readings if r.category.startswith("safety_")]:
            assert r.probability == pytest.approx(1 - row[neutral], abs=1e-6)
            assert r.kind_probability <= r.probability + 1e-6
    assert found[0] and found[0][0].probability >= 0.7
    assert found[0][0].probability > max((r.probability for r in found[1] if r.category.startswith("safety_")), default=0.0)


def test_self_harm_is_read_only_in_words_about_oneself():
    """"What is wrong with you" is an attack, not self-harm: a self-harm reading needs the speaker
    to speak of themselves."""
    r = read(TENSE, "Whatever.", "You are impossible, what is even the point of you?")
    assert "self_harm" not in {f["category"] for f in r["safety_flags"]}
    r = read("Honestly, I can't see why I should bother waking up most days.")
    assert "self_harm" in {f["category"] for f in r["safety_flags"]}


def test_a_short_sentence_is_read_with_its_neighbour_in_the_turn():
    """Context can take a reading away, never add one: the short sentence keeps the lower of its
    reading alone and with the sentence beside it in the same turn."""
    from talktogether_desktop.analysis.settings import AnalysisSettings

    class S:  # the little of a sentence the reader uses
        def __init__(self, words):
            self.words = [{"word": w, "start": i * 0.3 + words[1], "end": i * 0.3 + words[1] + 0.25,
                           "speaker": "S1"} for i, w in enumerate(words[0].split())]
            self.toks = [w.lower().strip(".,?!") for w in words[0].split()]

    warm = S(("Oh stop, I'd have been climbing the walls too.", 0.0))
    short = S(("Grab your coat.", 3.0))
    far = S(("Grab your coat.", 30.0))
    reader = meaning.MeaningPass(FOLDER, AnalysisSettings())
    read_ = [(warm, [], [], []), (short, [], [], []), (far, [], [], [])]
    todo = read_
    alone = meaning.read_sentences([meaning._text(s) for s, *_ in todo], FOLDER, 0.0)
    kept = reader._in_context(read_, todo, alone)
    ctx = meaning.read_sentences([meaning._text(warm) + " " + meaning._text(short)], FOLDER, 0.0)[0]
    ctx_any = max((r.probability for r in ctx), default=0.0)
    for a, b in zip(alone[1], kept[1]):
        assert b.category == a.category and b.probability == pytest.approx(min(a.probability, ctx_any))
    if ctx_any < reader.threshold:
        assert kept[1] == []
    assert kept[2] == alone[2]   # a sentence alone in its turn is read alone


def test_borderline_readings_in_a_calm_talk_stand_only_when_others_corroborate(monkeypatch):
    """The gate, with the classifier's answers fixed: a borderline reading (kind under meaning_alone)
    with no rule-found tension counts only when two other sentences within the minute read unsafe with
    a clear kind; a lone one, or one backed only by vague readings, is no flag."""
    # plain words the phrase rules find nothing in, so that only the fixed readings speak
    texts = ["The blue folder goes on the top shelf from now on.",
             "The car stays in the garage on weekdays this month.",
             "Tuesday is the day we write the shopping list.",
             "We can have pasta tonight if you like."]

    def fixed(kinds):
        def read_sentences(batch, folder, threshold):
            table = dict(zip(texts, kinds))
            return [[meaning.Reading(*table[t])] if t in table and table[t] else [] for t in batch]
        return read_sentences

    clear = [("safety_isolation", 0.9, 0.75), ("safety_financial_control", 0.9, 0.7),
             ("safety_isolation", 0.9, 0.65), None]
    monkeypatch.setattr(meaning, "read_sentences", fixed(clear))
    assert len(safety_on(read(texts[0], texts[3], texts[1], texts[3], texts[2]), "S1")) == 3
    monkeypatch.setattr(meaning, "read_sentences", fixed([clear[0], None, None, None]))
    assert safety_on(read(texts[0], texts[3], texts[1], texts[3], texts[2]), "S1") == []
    vague = [("safety_isolation", 0.9, 0.75), ("safety_financial_control", 0.9, 0.4),
             ("safety_isolation", 0.9, 0.4), None]
    monkeypatch.setattr(meaning, "read_sentences", fixed(vague))
    assert safety_on(read(texts[0], texts[3], texts[1], texts[3], texts[2]), "S1") == []


# --- the horsemen read by meaning -----------------------------------------------------------------

COMPLAINT = "You never listen to me, you're so selfish."


def _by_meaning(r, speaker):
    return [(m["category"], m["confidence"]) for m in r["markers"]
            if m["speaker"] == speaker and m.get("source") == "meaning"]


def test_a_horseman_in_words_no_list_holds_is_read_by_meaning_with_how_sure():
    """Defensiveness and contempt in words no phrase list holds, answering a complaint, are found by
    meaning; they say so and are never better than medium."""
    from .test_context import run

    r = run(COMPLAINT, "Well excuse me for having a job, I was at work all day.")
    assert _by_meaning(r, "S2") == [("defensiveness", "medium")]
    r = run(COMPLAINT, "Mate, you've got the memory of a goldfish when it comes to anything I care about.")
    # a mocking image of the partner's character: contempt, or (round 17's examples) criticism; a horseman either way
    assert [c for c, _ in _by_meaning(r, "S2")] in (["contempt"], ["criticism"])
    item = next(m for m in r["markers"] if m.get("source") == "meaning")
    assert item["confidence"] in ("low", "medium") and "read by meaning" in " ".join(item["confidence_reasons"])


def test_a_horseman_by_meaning_needs_its_shape_and_no_disowning():
    """Defensiveness answers the partner (not the first words of a talk); "I'm not saying…" disowns
    the complaint; a sentence that reads as safety language is left to the safety reading."""
    from .test_context import run

    assert _by_meaning(run("Well excuse me for having a job, I was at work all day.", "Okay."), "S1") == []
    disowned = "I'm not saying you've got the attention span of a goldfish, you know."
    (readings,) = meaning.read_sentences([disowned], FOLDER, 0.0)
    assert any(x.category in ("criticism", "contempt") and x.kind_probability >= meaning.HORSEMAN_KIND for x in readings)
    assert _by_meaning(run(COMPLAINT, disowned), "S2") == []
    r = run(COMPLAINT, "You'll hand me your wages every Friday and I'll decide what you get back.")
    assert [c for c, _ in _by_meaning(r, "S2") if c in ("criticism", "contempt", "defensiveness")] == []


QUARREL_LINE = "You've had your head in that phone all evening and I might as well be furniture."


def test_in_an_everyday_quarrel_a_vague_reading_is_no_safety_flag():
    """Horsemen alone make no stretch where a sentence whose kind is vague (any kind 0.73, monitoring
    0.22) is listed as possible safety language; the same sentence after a threat heard is listed."""
    from .test_context import run

    (readings,) = meaning.read_sentences([QUARREL_LINE], FOLDER, 0.0)
    top = next(r for r in readings if r.category.startswith("safety_"))
    assert top.probability >= 0.7 and top.kind_probability < meaning.QUARREL_KIND
    r = run("You never listen to me, you're so selfish.", QUARREL_LINE)
    assert [f for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    r = run("If you tell your sister about this, you'll regret it.", QUARREL_LINE)
    assert [f["source"] for f in r["safety_flags"] if f["speaker"] == "S2"] == ["meaning"]


def test_a_reading_of_words_the_recogniser_was_unsure_of_reads_nothing_after_it_in_fear(monkeypatch):
    """Control read by meaning, heard again within the minute, reads the partner's later apology as a
    possible fear response; the same reading of words the recogniser was unsure of is only to listen to
    and leaves the apology a repair."""
    from .timeline import conversation, end_of, say

    control = "The blue folder goes on the top shelf from now on."
    again = "The car stays in the garage on weekdays this month."

    def read_sentences(batch, folder, threshold):
        table = {control: ("safety_isolation", 0.95, 0.95), again: ("safety_isolation", 0.95, 0.95)}
        return [[meaning.Reading(*table[t])] if t in table else [] for t in batch]

    monkeypatch.setattr(meaning, "read_sentences", read_sentences)

    def run(probability):
        a = say("S1", 0.0, control)
        for w in a:
            w["probability"] = probability
        b = say("S1", end_of(a) + 0.5, again)
        for w in b:
            w["probability"] = probability
        c = say("S2", end_of(b) + 1.0, "You never listen to me.")
        d = say("S2", end_of(c) + 20.0, "I'm sorry, I shouldn't have snapped at you.")
        r = analyze(conversation(a, b, c, d))
        return {m["category"] for m in r["markers"] if m["speaker"] == "S2" and m["t"] >= d[0]["start"]}

    assert "appeasement" in run(0.95)
    assert "repair" in run(0.3) and "appeasement" not in run(0.3)


def test_self_harm_is_named_by_meaning_only_when_its_own_reading_is_clear():
    """"I was gonna finish it after the match" is unlike the neutral examples and its likeliest kind is
    self-harm, at a probability too low to name: it is read as its next likeliest kind, never as
    self-harm (which would put "assess risk" at the top of the report)."""
    line = "I was gonna finish it after the match."
    clf = meaning.classifiers(FOLDER)["safety"]
    (row,) = clf.probabilities(shared_encoder().encode([line]))
    kinds = sorted((p, label) for p, label in zip(row, clf.labels) if label != "neutral")
    assert kinds[-1][1] == "self_harm" and kinds[-1][0] < meaning.SELF_HARM_NAMED
    (readings,) = meaning.read_sentences([line], FOLDER, 0.0)
    assert readings and all(r.category != "safety_self_harm" for r in readings)


def test_a_sentence_read_more_clearly_as_an_attack_than_as_control_is_not_control(monkeypatch):
    """Read by meaning both as blaming control and as criticism, a sentence is the quarrel's attack when
    the criticism is the clearer reading, and control when control is."""
    from .test_context import run

    line = "The blue folder goes on the top shelf from now on."

    def fixed(control_kind, criticism_kind):
        def read_sentences(batch, folder, threshold):
            return [[meaning.Reading("safety_blaming", 0.95, control_kind), meaning.Reading("criticism", 0.95, criticism_kind)]
                    if t == line else [] for t in batch]
        return read_sentences

    monkeypatch.setattr(meaning, "read_sentences", fixed(0.65, 0.85))
    r = run("You never listen to me, you're so selfish.", line)
    assert [f for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    monkeypatch.setattr(meaning, "read_sentences", fixed(0.9, 0.7))
    r = run("You never listen to me, you're so selfish.", line)
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"] == ["blaming"]
    # ... and the clearer attack is found: control giving way leaves the criticism, not nothing
    line = "You put the blue folder on the top shelf from now on."
    monkeypatch.setattr(meaning, "read_sentences", fixed(0.65, 0.85))
    r = run("You never listen to me, you're so selfish.", line)
    assert [c for c, _ in _by_meaning(r, "S2")] == ["criticism"]


def test_after_safety_language_heard_control_does_not_give_way_to_an_attack(monkeypatch):
    """Within the minute of a threat the rules heard, control read by meaning stands even where an attack
    is the clearer reading: the sentence is watching or ruling, whatever else it reads as."""
    from .test_context import run

    line = "You put the blue folder on the top shelf from now on."

    fix_readings(monkeypatch, {line: [meaning.Reading("safety_monitoring", 0.95, 0.65),
                                      meaning.Reading("defensiveness", 0.95, 0.9)]})
    r = run("You never listen to me, you're so selfish.", line)
    assert [f for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    # the threat by the same speaker (said by the partner, a vague reading of the one threatened is an answer to it:
    # test_meaning_warmth)
    r = run(("S2", "You tell anyone about this and you'll regret it."), ("S1", "Okay."), ("S2", line))
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"][-1:] == ["monitoring"]


def test_control_read_less_clearly_than_criticism_gives_way_to_it(monkeypatch):
    """Money, phone or friends control read less clearly than an attack is not flagged; since round 19 it no
    longer holds a clearer criticism back (on the sets, those were criticisms: "Do you even check his books…?"),
    while a vaguer contempt and defensiveness still give way to any control read (the test below). Since round 22 a
    clear contempt (meaning_sure) stands beside a vaguer control reading too ("Honestly, a trained monkey could do
    your job.": contempt 0.88, threat 0.41)."""
    from .test_context import run

    line = "You put the blue folder on the top shelf from now on."

    fix_readings(monkeypatch, {line: [meaning.Reading("safety_monitoring", 0.95, 0.6),
                                      meaning.Reading("criticism", 0.95, 0.85)]})
    r = run("You never listen to me, you're so selfish.", line)
    assert [c for c, _ in _by_meaning(r, "S2")] == ["criticism"] and [f for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    fix_readings(monkeypatch, {line: [meaning.Reading("safety_monitoring", 0.95, 0.6),
                                      meaning.Reading("contempt", 0.95, 0.75)]})
    r = run("You never listen to me, you're so selfish.", line)
    assert _by_meaning(r, "S2") == [] and [f for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    fix_readings(monkeypatch, {line: [meaning.Reading("safety_monitoring", 0.95, 0.6),
                                      meaning.Reading("contempt", 0.95, 0.85)]})
    r = run("You never listen to me, you're so selfish.", line)
    assert [c for c, _ in _by_meaning(r, "S2")] == ["contempt"] and [f for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    fix_readings(monkeypatch, {line: [meaning.Reading("safety_monitoring", 0.95, 0.9),
                                      meaning.Reading("contempt", 0.95, 0.85)]})
    r = run("You never listen to me, you're so selfish.", line)
    assert _by_meaning(r, "S2") == []  # a control reading clearer than the contempt still holds it back


def test_a_placating_turn_after_a_threat_is_no_horseman_by_meaning(monkeypatch):
    """A horseman read by meaning alone into a turn the threat made a possible fear response is not said."""
    from .test_context import run

    line = "I only talked about work stuff with her, I swear to you."

    fix_readings(monkeypatch, {line: [meaning.Reading("defensiveness", 0.95, 0.9)]})
    horsemen = ("criticism", "contempt", "defensiveness")
    calm = run("You never listen to me, you're so selfish.", line + " Sorry.")
    assert [m["category"] for m in calm["markers"] if m["speaker"] == "S2" and m.get("source") == "meaning"] == ["defensiveness"]
    r = run("If you tell your sister about the money, you'll regret it.", line + " Sorry.")
    assert any(f["category"] == "appeasement" and f["speaker"] == "S2" for f in r["safety_flags"])
    assert [m for m in r["markers"] if m["speaker"] == "S2" and m.get("source") == "meaning" and m["category"] in horsemen] == []


def test_the_speakers_own_plan_naming_neither_of_them_is_no_threat(monkeypatch):
    """A threat read by meaning is aimed at the partner or what they share, or is an order to them; "I'll
    ring the insurance and see what they'll cover" is a plan."""
    from .test_context import run

    plan = "I'll ring the insurance in the morning and see what they'll cover."
    order = "Carry on telling her all this and see what the drive home is like."

    fix_readings(monkeypatch, {t: [meaning.Reading("safety_threat", 0.95, 0.9)] for t in (plan, order)})
    quarrel = "You never listen to me, you're so selfish."
    assert not [f for f in run(quarrel, plan)["safety_flags"] if f["speaker"] == "S2"]
    assert [f["category"] for f in run(quarrel, order)["safety_flags"] if f["speaker"] == "S2"] == ["threat"]


@pytest.mark.parametrize("line, kind, stands", [
    # a report late in the sentence: the speaker's own account
    ("You held the bread knife up at me in the kitchen and said you were only joking.", "safety_violence", True),
    # a screen or a statement "says": nobody else's words
    ("Your step counter says you walked to the other side of town on Tuesday.", "safety_monitoring", True),
    # "what I'm going to say": the speaker's own words
    ("I practise what I'm going to say to you before I even open the door.", "safety_fear", True),
    # a condition on the partner after "I wouldn't": blame, not disowning
    ("I wouldn't have shoved you if you'd just let me finish.", "safety_blaming", True),
    # self-harm said of no one named
    ("Looked up the tablets and the dose again today.", "safety_self_harm", True),
    # still set aside: a report that opens the sentence, the speaker disowning, words about the partner
    ("My sister said you never let me see anyone these days.", "safety_isolation", False),
    ("I'm not going to stop you seeing your friends, go if you like.", "safety_isolation", False),
    ("What is wrong with you, honestly, it's like you want to disappear.", "safety_self_harm", False),
    # violence needs an act or a mark of the body (physical_signs.txt, violence_verbs.txt, harm_verbs.txt)
    ("You had hold of my wrist and then I was at the bottom of the stairs.", "safety_violence", True),
    ("You were flirting with that waiter all night, everybody saw it.", "safety_violence", False),
])
def test_clear_safety_readings_stand_unless_reported_disowned_or_about_the_partner(monkeypatch, line, kind, stands):
    """Clear readings by meaning that were set aside by gates meant for other sentences now stand; the
    gates still hold where they were meant to."""
    from .test_context import run

    fix_readings(monkeypatch, {line: [meaning.Reading(kind, 0.97, 0.9)]})
    r = run("You never tell me anything, it's like living with a stranger.", line)
    flagged = [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"]
    assert flagged == ([kind.removeprefix("safety_")] if stands else [])


@pytest.mark.parametrize("line, flagged", [
    ("I'm not sulking about it, I'm just tired of getting it in the neck every night.", False),
    ("Honestly I'm sick of doing every single school run on my own.", False),
    ("I'm just so tired of being here, of all of it, every single day.", True),
])
def test_venting_about_a_chore_read_vaguely_as_self_harm_is_no_flag(monkeypatch, line, flagged):
    """A vague self-harm reading (below meaning_sure) of weariness with something done or suffered is
    venting; weariness of being here is still flagged."""
    from .test_context import run

    fix_readings(monkeypatch, {line: [meaning.Reading("safety_self_harm", 0.85, 0.63)]})
    r = run("You never help with anything round here.", line)
    assert bool([f for f in r["safety_flags"] if f["category"] == "self_harm"]) is flagged


@pytest.mark.parametrize("first, reply, read_alone", [
    # an apology's explanation in the same turn (heldout5: "Look, I'm sorry. I didn't realise it bothered you so much.")
    ("You always turn every dinner into your own show, it's exhausting.", "Look, I'm sorry. I didn't know it was such a big deal to you.",
     "I didn't know it was such a big deal to you."),
    # words about oneself alone, answering the partner, are no contempt (heldout11's "head like a sieve")
    ("Did you pick up the dry cleaning?", "Oh, that's me all over, brain like a colander.",
     "Oh, that's me all over, brain like a colander."),
])
def test_no_horseman_by_meaning_in_an_apologys_explanation_or_in_words_about_oneself(first, reply, read_alone):
    from .test_context import run

    (readings,) = meaning.read_sentences([read_alone], FOLDER, 0.0)
    assert any(x.category in meaning.HORSEMEN_BY_MEANING and x.kind_probability >= meaning.HORSEMAN_KIND
               and x.probability >= 0.7 for x in readings), readings
    assert _by_meaning(run(first, reply), "S2") == []


def test_an_answer_in_an_exchange_about_control_is_no_defensiveness_by_meaning():
    """The one controlled answering ("I was at work late, I told you that this morning.") beside the partner's rule
    ("I decide who you see.") is not put in the wrong; the same answer in an everyday quarrel can be."""
    from .test_context import run

    answer = "I was at work late, I told you that this morning."
    r = run("Where have you been all afternoon? Your phone was off.", answer,
            "You don't go anywhere without telling me first. I decide who you see.")
    assert [c for c, _ in _by_meaning(r, "S2") if c == "defensiveness"] == []
    r = run("Where have you been all afternoon? You never tell me anything, it's pathetic.", answer)
    assert [c for c, _ in _by_meaning(r, "S2")] == ["defensiveness"]


def test_nerves_and_success_in_words_of_harm_are_idioms_in_a_warm_talk():
    """"I knew you'd smash it" and "I was dying of nerves" (idioms.txt) read nothing unsafe: by meaning they had read
    as blaming and self-harm, each vague reading standing because the other was near."""
    from .test_context import run

    r = run("The pitch went brilliantly today, you should have seen the client's face.",
            "Oh, that's fantastic! I knew you'd smash it.", "I was dying of nerves beforehand though.",
            "You'd never have known. I'm so proud of you.")
    assert r["safety_flags"] == []


def test_a_threat_read_into_the_controlled_partners_promise_is_a_possible_fear_response(monkeypatch):
    """"I'll text you before I go anywhere from now on, I promise." after the partner's control heard by the rules
    is giving in: listed as a possible fear response to listen to, not as a threat."""
    from .test_context import run

    line = "I'll text you before I go anywhere from now on, I promise."
    fix_readings(monkeypatch, {line: [meaning.Reading("safety_threat", 0.97, 0.9)]})
    r = run("You're not seeing your friends on Saturday, you're not going anywhere without me.", line)
    mine = [f for f in r["safety_flags"] if f["speaker"] == "S2"]
    assert [f["category"] for f in mine] == ["appeasement"] and mine[0]["listen_only"] and "giving in" in mine[0]["context"]
    # with no control before it, the same reading is no threat either: a plan to keep in touch (round 16)
    r = run("Shall we get a takeaway tonight?", line)
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"] == []
    # ... and a promise read so that is no plan to keep in touch stays a threat
    other = "I'll be watching where you go from now on, I promise."
    fix_readings(monkeypatch, {other: [meaning.Reading("safety_threat", 0.97, 0.9)]})
    r = run("Shall we get a takeaway tonight?", other)
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"] == ["threat"]


@pytest.mark.parametrize("kind, flagged", [(0.7, "appeasement"), (0.9, "threat")])
def test_after_a_threat_heard_only_a_vague_threat_reading_of_the_reply_is_giving_in(monkeypatch, kind, flagged):
    """A threat heard by the rules may be a frightened partner's plan misread, so after one only a vague
    threat reading of the other's words is taken as giving in; a clear one stands."""
    from .test_context import run

    line = "Okay, I'll leave it, I'll come off the group chat tonight."
    fix_readings(monkeypatch, {line: [meaning.Reading("safety_threat", 0.97, kind)]})
    r = run("Leave that group chat tonight or I smash the phone.", line)
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"] == [flagged]


def test_harm_to_the_speaker_by_someone_else_is_no_threat_by_the_speaker(monkeypatch):
    """Read as a threat (the reading fixed), "your sister would murder us" names someone else harming the
    speaker: no threat by either partner. The speaker's own order, or the partner named acting, still is."""
    from .test_context import run

    said = {"Your sister would murder us for this, she's been waiting years.": False,
            "They'll kill me at work if the order's late again.": False,
            "Keep shoving me and watch what happens to that phone.": True,
            "You'll murder me one of these days, the way you drive.": True}
    fix_readings(monkeypatch, {t: [meaning.Reading("safety_threat", 0.95, 0.9)] for t in said})
    for text, flagged in said.items():
        assert ("threat" in safety_on(run(COMPLAINT, text), "S2")) == flagged, text
    # nor self-harm: "your dad's going to murder me when he sees what I did to his rod"
    joke = "Your dad's going to murder me when he sees what I did to his rod."
    fix_readings(monkeypatch, {joke: [meaning.Reading("safety_self_harm", 0.95, 0.9)]})
    assert safety_on(run("Why are you so late?", joke), "S2") == []


def test_a_defence_is_held_back_only_by_a_clear_safety_reading():
    from .test_context import run

    r = run("You're never home before nine, the kids barely see you.",
            "Somebody has to pay the bills in this house, so excuse me for working late.")  # a threat read at 0.34
    assert [m["source"] for m in r["markers"] if m["category"] == "defensiveness" and m["speaker"] == "S2"] == ["meaning"]
    assert not [f for f in r["safety_flags"] if f["speaker"] == "S2"]


def test_thanks_read_clearly_as_contempt_is_sarcasm_not_appreciation():
    from .test_context import run

    r = run("You never help with anything, it's exhausting.", "I loaded the dishwasher, didn't I?",
            "Oh, thank you so much, a whole ten minutes of your precious time.")
    assert [m["source"] for m in r["markers"] if m["category"] == "contempt" and m["speaker"] == "S1"] == ["meaning"]
    assert not [m for m in r["markers"] if m["category"] == "appreciation" and m["speaker"] == "S1"]
    r = run("You never help with anything, it's exhausting.", "I'm sorry, you're right, I'll do the kitchen tonight.",
            "Thank you, that really helps, I mean it.")
    assert [m for m in r["markers"] if m["category"] == "appreciation" and m["speaker"] == "S1"]
    assert not [m for m in r["markers"] if m["category"] == "contempt"]


@pytest.mark.parametrize("line, stands", [
    ("My friend's husband tracks her phone, can you imagine?", False),
    ("Apparently Tom takes Gemma's card off her every Friday.", False),
    ("Did you hear Dean won't let Leanne see her sister?", False),
    ("Who said you could see her on Saturday?", True),
    ("Carry on telling her all this and see what the drive home is like.", True),
])
def test_control_told_of_another_couple_is_not_the_speakers(monkeypatch, line, stands):
    """Read clearly as control by meaning, a sentence telling of someone else's control (someone else acting, no
    "you" but the listener's, no "I") is a story; one naming the partner, or an order to them, stands."""
    from .test_context import run

    fix_readings(monkeypatch, {line: [meaning.Reading("safety_monitoring", 0.95, 0.9)]})
    flags = [f for f in run("You never listen to me, you're so selfish.", line)["safety_flags"] if f["speaker"] == "S2"]
    assert bool(flags) is stands
