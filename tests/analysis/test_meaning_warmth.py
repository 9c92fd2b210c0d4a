"""Readings by meaning in a warm stretch, and a clear contempt beside a vague safety reading (round 22).

Written from blind sets (benchmarks/clinical/sentences/round22_*.tsv) and the training splits' teasing
conversations, where vague safety readings of play stood because of the tension the teasing itself raised."""

import pytest

from talktogether_desktop.analysis import meaning

from .readings import fix_reading
from .test_context import run
from .test_meaning import _by_meaning


def _flags(r, speaker):
    return [f["category"] for f in r["safety_flags"] if f["speaker"] == speaker]


def test_a_clear_contempt_is_found_though_a_vaguer_threat_is_read_in_it_too(monkeypatch):
    """The model read "Honestly, a trained monkey could do your job." (now in contempt.txt) as contempt (0.88) and,
    vaguely, as a threat (0.41): the vague threat reading, itself no flag, no longer hides the contempt."""
    line = "Honestly, a chimp with a crayon could do your job better."
    readings = {line: [meaning.Reading("contempt", 0.91, 0.88), meaning.Reading("safety_threat", 0.82, 0.41)]}
    monkeypatch.setattr(meaning, "read_sentences",
                        lambda batch, folder, threshold: [list(readings.get(t, [])) for t in batch])
    r = run("You never listen to me, you're so selfish.", line)
    assert [c for c, _ in _by_meaning(r, "S2")] == ["contempt"]
    assert _flags(r, "S2") == []


WARM = ("Ha, look at you with the new apron on.", "Cooking for my favourite person, aren't I.")


@pytest.mark.parametrize("laugh, flagged", [("Haha, you know I love you really.", False),
                                            ("Right, and the bins are yours this week.", True)])
def test_a_vague_safety_reading_in_a_laughing_or_fond_stretch_is_play(monkeypatch, laugh, flagged):
    """A vague safety reading (under meaning_sure) with laughter or words of affection around it and no safety language
    heard by the rules within the minute is no flag; the same reading beside plain talk is still corroborated by the others."""
    line = "Ten years of you stealing the whole blanket, we are square now."
    others = ["The blue folder goes on the top shelf from now on.", "The car stays in the garage on weekdays this month."]
    readings = {line: [meaning.Reading("safety_threat", 0.9, 0.55)],
                others[0]: [meaning.Reading("safety_isolation", 0.9, 0.75)],
                others[1]: [meaning.Reading("safety_financial_control", 0.9, 0.7)]}
    monkeypatch.setattr(meaning, "read_sentences",
                        lambda batch, folder, threshold: [list(readings.get(t, [])) for t in batch])
    r = run(others[0], laugh, others[1], "Mm.", line)
    assert ("threat" in _flags(r, "S1")) is flagged


def test_a_pet_name_from_the_partner_being_controlled_makes_no_stretch_warm(monkeypatch):
    """"Babe, …" is said by the partner being controlled too: money control read vaguely stays listed beside it."""
    line = "There's your two hundred for the week. Receipts in the tin by Sunday night."
    fix_reading(monkeypatch, line, "safety_financial_control", 0.9, 0.7)
    r = run(line, "Babe, my whole pay went in on Thursday. I just need forty for petrol.",
            "Your pay goes where I say it goes.")
    assert "financial_control" in _flags(r, "S1")


def test_a_sure_reading_stands_in_a_warm_stretch(monkeypatch):
    line = "From now on your wages go into my account and you ask me for what you need."
    fix_reading(monkeypatch, line, "safety_financial_control", 0.95, 0.9)
    r = run("Haha, you know I love you really.", line)
    assert "financial_control" in _flags(r, "S2")


@pytest.mark.parametrize("before, flagged", [("Okay, I'm sorry, that was rude of me.", False),
                                             ("Okay, you want to talk about the phone.", True)])
def test_a_vague_safety_reading_in_a_turn_that_owns_a_part_is_no_flag(monkeypatch, before, flagged):
    """In a quarrel, "Put the phone down, see. Tell me about the trip." read vaguely as a threat stands as a flag to
    listen to; said in the turn of an apology, it is the apology going on."""
    line = "Put the phone down now and tell me all about the trip."
    fix_reading(monkeypatch, line, "safety_threat", 0.9, 0.65)
    r = run("You never listen to me, you're so selfish.", f"{before} {line}")
    assert ("threat" in _flags(r, "S2")) is flagged


@pytest.mark.parametrize("answer, kind, category", [
    ("I went for lunch with Jenny from work.", 0.3, "appeasement"),
    ("But it's my salary, I just need to feel safe with my own money.", 0.7, None),
    ("But it is my salary.", 0.85, None),
    ("I went for lunch with Jenny from work.", 0.9, "monitoring"),
])
def test_words_read_vaguely_as_control_from_the_partner_just_controlled_answer_it(monkeypatch, answer, kind, category):
    """After the rules heard the partner's control, the one controlled is not flagged for control read vaguely into
    their answer: it is a possible fear response to listen to, or with a "but" a protest (no flag, however clear). A clear
    reading with no "but" stands."""
    fix_reading(monkeypatch, answer, "safety_monitoring", 0.9, kind)
    r = run("Where were you at lunch? Show me your phone, now.", answer)
    flags = [f for f in r["safety_flags"] if f["speaker"] == "S2"]
    assert [f["category"] for f in flags] == ([category] if category else [])
    assert "control" in r["safety_flags"][0]["category"] or r["safety_flags"][0]["speaker"] == "S1"
