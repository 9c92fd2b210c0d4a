import pytest

from talktogether_desktop.analysis import AnalysisSettings, analyze
from talktogether_desktop.analysis.lexicon import load_lexicon, parse_phrase
from talktogether_desktop.errors import BadInputFile

from .timeline import calm_exchange, conversation, end_of, say


def categories(r, speaker=None):
    return [(m["category"], m["text"]) for m in r["markers"] if speaker in (None, m["speaker"])]


def test_english_lexicon_has_every_category():
    lex = load_lexicon("en")
    for cat in ("criticism", "contempt", "defensiveness", "stonewalling", "repair", "appreciation",
                "i_statements", "you_statements", "we_talk", "feelings", "needs_bids", "backchannels",
                "safety_threat", "safety_fear", "safety_violence", "safety_coercion", "safety_self_harm",
                "reaching_closeness", "reaching_space"):
        assert lex.categories.get(cat), cat


def test_markers_are_found_with_speaker_time_and_quote():
    a = say("S1", 0.0, "You never listen to me. You always do what your family wants.")
    b = say("S2", end_of(a) + 0.3, "Yes, but I did. That’s not true. I’m sorry you feel that way.")
    r = analyze(conversation(a, b))
    s1 = categories(r, "S1")
    assert ("criticism", "You never") in s1 and ("criticism", "You always") in s1
    s2 = categories(r, "S2")
    # (one marker of a kind per sentence: "Yes, but that's not true." would be one defensive reply)
    assert ("defensiveness", "Yes, but") in s2 and ("defensiveness", "That’s not true.") in s2
    # "I'm sorry you feel that way" is sorry for the partner's feeling, not for one's own part: a
    # non-apology (defensiveness), never a repair attempt.
    assert ("defensiveness", "sorry you feel") in s2 and not any(c == "repair" for c, _ in s2)
    never = next(m for m in r["markers"] if m["text"] == "You never")
    assert never["t"] == 0.0 and never["quote"] == "You never listen to me."
    s1_stats = r["speakers"][0]
    assert s1_stats["criticism"] == 2 and s1_stats["you_statements"] >= 2
    assert r["speakers"][1]["repair_attempts"] == 0


def test_sentence_anchors_and_wildcards():
    r = analyze(conversation(say("S1", 0.0, "Whatever."), say("S2", 2.0, "Whatever I do is wrong.")))
    assert [m["speaker"] for m in r["markers"] if m["category"] == "stonewalling"] == ["S1"]
    ph = parse_phrase("insult* me  # comment")
    assert ph.parts == ("insult*", "me")
    assert ph.matches_at(["stop", "insulting", "me"], 1, {0}, {2})


def test_safety_language_is_flagged_separately_and_never_scored():
    calm = calm_exchange(turns=4)
    t = end_of(calm[-1]) + 0.4
    scared = say("S2", t, "Honestly I am scared of you when you drink.")
    neutral = say("S2", t, "Honestly I am tired of the rain this week.")
    flagged = analyze(conversation(*calm, scared), names={"S2": "Sam"})
    plain = analyze(conversation(*calm, neutral))
    (flag,) = flagged["safety_flags"]
    assert flag["category"] == "fear" and flag["speaker"] == "S2" and flag["name"] == "Sam"
    assert flag["quote"] == "Honestly I am scared of you when you drink."
    assert abs(flag["t"] - scared[1]["start"]) < 0.01  # "I am scared of you"
    assert [w["score"] for w in flagged["escalation_curve"]] == [w["score"] for w in plain["escalation_curve"]]
    assert flagged["observations"][0]["kind"] == "safety" and "Sam" in flagged["observations"][0]["text"]
    assert not any(m["category"].startswith("safety") for m in flagged["markers"])


@pytest.mark.parametrize("text,category", [
    ("If you leave I will hurt you.", "threat"),
    ("Last week you pushed me into the door.", "violence"),
    ("You are not allowed to see them.", "coercion"),
    ("Sometimes I want to end it all.", "self_harm"),
])
def test_each_kind_of_safety_language(text, category):
    r = analyze(say("S1", 0.0, text))
    assert [f["category"] for f in r["safety_flags"]] == [category]


def test_other_languages_use_their_own_folder(tmp_path):
    folder = tmp_path / "de"
    folder.mkdir()
    (folder / "criticism.txt").write_text("du immer\ndu nie\n", encoding="utf-8")
    (folder / "backchannels.txt").write_text("ja\nmhm\n", encoding="utf-8")
    settings = AnalysisSettings(language="de", lexicon_dir=str(tmp_path))
    r = analyze(say("S1", 0.0, "Du nie hörst mir zu."), settings=settings)
    assert [(m["category"], m["text"]) for m in r["markers"]] == [("criticism", "Du nie")]
    assert r["lexicon"]["language"] == "de"
    with pytest.raises(BadInputFile):
        analyze(say("S1", 0.0, "Hola."), settings=AnalysisSettings(language="xx", lexicon_dir=str(tmp_path)))


def test_a_phrase_matches_whether_the_transcript_spells_it_out_or_contracts_it():
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.words import token

    lex = load_lexicon("en")

    def found(text):
        toks = [token(w) for w in text.split()]
        return [ph.text for _, _, ph in lex.find(toks, {0}, {len(toks) - 1}, "repair")]

    assert found("okay let us slow down")  # written "let's slow down" in the lexicon
    assert found("i did not mean it")  # and "i didn't mean it"
    assert found("sorry, i didn't mean that")
    assert not found("let us go to the shops")
