"""Round 15 (issue 14): words of violence and despair in everyday talk.

"If you beat me at parkrun…" is a game won, "she'll throw away my lucky jersey" a thing thrown out, "I can't go on
eating like this, ha" a habit; a blow that fell at home or at the pub, "threw me out of the car", "I can't go on
living like this" and "I can't go on pretending I'm fine" stay flagged."""

import pytest

from .test_clinical_rules import flag_kinds, run

ASK = "How was your day?"


@pytest.mark.parametrize("text", [
    "If you beat me at parkrun I'll never speak to you again.",
    "You beat me at Scrabble again, ha.",
    "She'll throw away my lucky jersey.",
    "I threw out my back lifting the telly.",
    "I know, right. I can't go on eating like this, ha, she's right.",
    "I can't go on paying his rent, it's daft.",
])
def test_games_things_thrown_out_and_habits_are_no_safety_language(text):
    assert not flag_kinds(run(ASK, text))


@pytest.mark.parametrize("text, kind", [
    ("He beat me at home when the kids were asleep.", "violence"),
    ("You beat me at the pub last year.", "violence"),
    ("He threw me out of the car.", "violence"),
    ("You threw a glass at me.", "violence"),
    ("I can't go on living like this.", "self_harm"),
    ("I can't go on pretending I'm fine, I'm so tired of everything.", "self_harm"),
    ("I can't go on.", "self_harm"),
])
def test_blows_and_despair_stay_flagged(text, kind):
    assert kind in flag_kinds(run(ASK, text))


@pytest.mark.parametrize("text", [
    "Don't worry, I'll take the kids to school tomorrow.",
    "You go, I'll take the kids to the park.",
    "Sweet as, I'll take the kids.",
])
def test_taking_the_kids_on_an_errand_is_no_threat(text):
    """Round 16: "I'll take the kids" is a threat phrase; taking them somewhere ordinary, or offered with a friendly
    opener and nothing after, is help (a training split's "Friday? Sweet as, I'll take the kids." was a threat)."""
    assert not flag_kinds(run("They want me in for a second interview Friday.", text))


@pytest.mark.parametrize("text", [
    "You leave and I'll take the kids.",
    "I'll take the kids and you'll never see them again.",
    "Fine. I'll take the kids to my mum's and you can sit here alone.",
    "Push me again and I'll take the kids.",
    "I'll take the kids tomorrow, you'll not see them again.",
    "I'll take the kids to the park, and you'll not see them again.",
])
def test_taking_the_kids_away_stays_a_threat(text):
    assert "threat" in flag_kinds(run(ASK, text))


@pytest.mark.parametrize("text", ["I will send you a message when I leave the office."])
def test_a_plan_to_keep_in_touch_is_no_threat(text):
    """Round 16: the safety examples read "I'll text you when I leave work" as a threat (0.54; a threat is often
    "I'll … you when …"), and in a tense stretch it was listed as a possible threat."""
    assert "threat" not in flag_kinds(run("You never listen to me, you always do what you want.",
                                          "That is not true and you know it.", text))


@pytest.mark.parametrize("text", ["I'll call you when you've calmed down, or else.",
                                  "I will phone you once you've learned your lesson."])
def test_a_contact_with_a_sting_stays_a_threat(text):
    assert "threat" in flag_kinds(run("You never listen to me, you always do what you want.", text))
