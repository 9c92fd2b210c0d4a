"""Round 23's safety reading, from a blind sentence set (benchmarks/clinical/sentences/round23_idiom.tsv): safety said
in words the lists did not hold, and idioms, favours and worry for the partner that read as danger."""

import pytest

from talktogether_desktop.analysis.context import Reader, split_sentences
from talktogether_desktop.analysis.lexicon import load_lexicon

from .test_context import run

QUARREL = "You never tell me where you're going, it's like living with a stranger."
WARM = "Thanks for sorting dinner tonight, that was really nice of you."


def _said(r, speaker="S2"):
    return {m["category"] for m in r["markers"] if m["speaker"] == speaker}


def _flags(r, speaker="S2"):
    return [f["category"] for f in r["safety_flags"] if f["speaker"] == speaker]


def _sentence(text):
    words, t = [], 0.0
    for w in text.split():
        words.append({"start": t, "end": t + 0.3, "word": w, "speaker": "S1"})
        t += 0.35
    return split_sentences(list(range(len(words))), words)[0]


@pytest.mark.parametrize("line, kind", [
    ("I know where your mother lives, remember that before you do anything stupid.", "threat"),
    ("There's a bag packed by the door because I never know when I'll need to run from you.", "fear"),
    ("I haven't told anyone how scared I am of her temper.", "fear"),
    ("Every time I make a friend at church he finds a reason to stop me going.", "isolation"),
    ("You don't need anyone else, you've got me.", "isolation"),
    ("He deleted all my friends' numbers from my phone and said they were poisoning me.", "isolation"),
    # from the validation set written after the round's first changes
    ("He slaps me when he's been drinking, and then acts like nothing happened.", "violence"),
    ("I haven't been allowed to visit my mum since Christmas.", "isolation"),
    ("I don't want your sister coming round here anymore, she's a bad influence.", "isolation"),
    ("I'm afraid to tell him I spent money on myself.", "fear"),
])
def test_safety_in_words_the_lists_did_not_hold(line, kind):
    assert kind in _flags(run(QUARREL, line))


def test_words_clearly_of_self_harm_stand_beside_thanks_in_the_sentence():
    """'That helps' is heard as appreciation; it no longer cancels a clear reading of self-harm (0.95)."""
    line = "When it gets too much I burn myself with the lighter, it's the only thing that helps."
    assert "self_harm" in _flags(run(QUARREL, line))


def test_a_vague_self_harm_reading_inside_an_apology_is_still_an_apology():
    assert "self_harm" not in _flags(run(QUARREL, "Okay. Okay, we'll go. I'm sorry, I'm being selfish."))


def test_telling_in_the_perfect_is_the_speakers_own_telling_not_a_report():
    reader = Reader(load_lexicon())
    own = _sentence("I haven't told anyone how scared I am of her temper.")
    assert reader.reported(own, own.toks.index("scared")) is None
    other = _sentence("My mum told me you never sit still.")
    assert reader.reported(other, other.toks.index("never")) == "third"


@pytest.mark.parametrize("line", [
    "Hit me up when you're leaving the office and I'll put the pasta on.",
    "Your dad said at the wedding that I punched above my weight, cheeky sod.",
    "I can't go on like this with the Wi-Fi dropping every ten minutes, I'm ringing them.",
    "The roads are like glass tonight, I'm scared you'll skid, could you stay at your brother's?",
    "Can you check my phone? I think Mum's texted about Sunday lunch and my hands are all floury.",
])
def test_idioms_favours_and_worry_for_the_partner_are_no_danger(line):
    assert _flags(run(WARM, line)) == []


@pytest.mark.parametrize("line, kind", [
    ("You checked my phone again while I was in the shower.", "monitoring"),
    ("I'm scared you'll hit me again when you've been drinking.", "fear"),
])
def test_the_same_words_about_the_partner_still_flag(line, kind):
    assert kind in _flags(run(QUARREL, line))


@pytest.mark.parametrize("kind, flagged", [(0.35, False), (0.5, True)])
def test_readings_near_it_corroborate_only_a_reading_with_some_kind_of_its_own(monkeypatch, kind, flagged):
    """Two clear readings within the minute corroborate a vaguer one (under 0.6) where the rules heard no safety
    language; one whose own kind is under 0.4 is merely unlike the neutral examples, and stays no flag."""
    from talktogether_desktop.analysis import meaning

    line = "Ten years of you stealing the whole blanket, we are square now."
    others = ["The blue folder goes on the top shelf from now on.", "The car stays in the garage on weekdays this month."]
    readings = {line: [meaning.Reading("safety_threat", 0.9, kind)],
                others[0]: [meaning.Reading("safety_isolation", 0.9, 0.75)],
                others[1]: [meaning.Reading("safety_financial_control", 0.9, 0.7)]}
    monkeypatch.setattr(meaning, "read_sentences",
                        lambda batch, folder, threshold: [list(readings.get(t, [])) for t in batch])
    r = run(others[0], "Right, and the bins are yours this week.", others[1], "Mm.", line)
    assert ("threat" in _flags(r, "S1")) is flagged
