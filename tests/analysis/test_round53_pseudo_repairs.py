"""Round 53: repair words that repair nothing. A probe written blind (benchmarks/clinical/sentences/round53_repair.tsv)
found 13 of 70 look-alikes counted as repair attempts: love given as leverage ("I love you, so stop…"), an apology
grudged or mocked in the same breath, a sorry asked for rather than said, sorry on a condition of the partner's
feeling. A report that calls these "a repair attempt" tells the therapist the opposite of what happened. New
sentences, none from a split or the probe."""

from __future__ import annotations

import pytest

from .timeline import run_lines

COMPLAINT = ("S1", 0.0, "You always put your mates first, you are so selfish.")
AFTER = ("S1", 0.8, "Right. I'm going to get the kids' coats.")


def _repairs(line):
    a = run_lines(COMPLAINT, ("S2", 0.8, line), AFTER)
    return [m for m in a["markers"] if m["category"] == "repair" and m["speaker"] == "S2"]


@pytest.mark.parametrize("line", [
    "I love you, alright? So quit going on about it.",
    "I love you more than anyone, so you should just trust me on this.",
    "I love you, okay? Why isn't that enough for you?",
    "It's only because I love you that I bother checking up.",
    "Okay, I'm sorry. Happy now? Can I finish my tea?",
    "Sorry, sorry. There, I said it. Now leave it.",
    "Oh I'm so sorry I'm not a mind reader, how awful of me.",
    "Don't wait up for me to say sorry.",
    "Sorry if you were embarrassed, but honestly nobody else noticed.",
    "Sorry you took it so personally.",
])
def test_love_as_leverage_and_grudged_or_conditional_sorry_are_no_repair(line):
    assert not _repairs(line)


@pytest.mark.parametrize("line", [
    "I'm sorry. I should have rung you, that was thoughtless of me.",
    "I love you, and I'm sorry I left you standing there.",
    "Sorry, I love you, let's sort this out together.",
    "I'm sorry I said it, that was unkind.",
    "I love you, you need to know that. I'll set an alarm next time.",
    "I just wanted to say sorry, I really messed up today.",
    "Sorry if I scared you, I should have called the second I was late.",
])
def test_real_repairs_stay_repairs(line):
    assert _repairs(line)


def test_a_sorry_the_speaker_wants_to_say_is_their_own():
    """'I just wanted to say sorry' was read as reported speech (the subject sought before 'wanted', not past it)."""
    assert _repairs("I just wanted to say sorry, I really messed up today.")


@pytest.mark.parametrize("line", [
    "Whenever the car won't start, it's my fault.",
    "So every single time something breaks, it's my fault.",
])
def test_my_fault_said_in_protest_is_no_repair(line):
    assert not _repairs(line)


def test_owning_the_fault_stays_a_repair():
    assert _repairs("It's my fault, I should have checked the tyres before we left.")


def test_thanks_for_a_disclosure_with_no_quarrel_before_is_turning_toward_not_repair():
    from .timeline import run_lines

    a = run_lines(("S1", 0.0, "I need to tell you something. Some nights I lie awake wishing I just wouldn't wake up."),
                  ("S2", 0.8, "Thank you for telling me. We'll ring the doctor together first thing."),
                  ("S1", 0.8, "Okay. Thank you."))
    assert not [m for m in a["markers"] if m["category"] == "repair" and m["speaker"] == "S2"]


def test_thanks_after_a_quarrel_stays_a_repair():
    from .timeline import run_lines

    a = run_lines(COMPLAINT, ("S2", 0.8, "You're right, that's unfair on you. Thank you for saying it."), AFTER)
    assert [m for m in a["markers"] if m["category"] == "repair" and m["speaker"] == "S2"]


def test_love_as_leverage_is_no_appreciation_either_and_warm_love_still_is():
    a = run_lines(COMPLAINT, ("S2", 0.8, "You know full well I love you, so stop picking at me."), AFTER)
    assert not [m for m in a["markers"] if m["category"] == "appreciation" and m["speaker"] == "S2"]
    a = run_lines(COMPLAINT, ("S2", 0.8, "I love you, and I'm sorry I left you standing there."), AFTER)
    assert [m for m in a["markers"] if m["category"] == "appreciation" and m["speaker"] == "S2"]


def test_a_bid_met_with_love_as_leverage_is_met_against_it():
    """The report said "Alex turned toward it: 'You know I love you, so quit going on about it.'" (a page looked at)."""
    a = run_lines(("S1", 0.0, "I just want you to notice me sometimes."),
                  ("S2", 0.8, "You know I love you, so quit going on about it."), AFTER)
    [bid] = [b for b in a["reaching_for"]["S1"] if b["t"] < 2.0]
    assert bid["response"] == "against"
    a = run_lines(("S1", 0.0, "I just want you to notice me sometimes."),
                  ("S2", 0.8, "I love you. I'm sorry, I'll put the phone away and listen."), AFTER)
    [bid] = [b for b in a["reaching_for"]["S1"] if b["t"] < 2.0]
    assert bid["response"] == "toward"


# Round 54: "Oh, sorry, I forgot you're such an expert" mocks the partner's standing (heldout26 and heldout14 counted two
# such sorries as repairs); a sorry for something forgotten stays one.
@pytest.mark.parametrize("line", [
    "Oh, sorry, I forgot your mates are such a crime against humanity.",
    "Sorry, I forgot you're so perfect, my mistake.",
    "Oh I'm sorry, I forgot the great man is always right.",
    "Well, sorry yuh feel so bad about it.",
])
def test_a_sorry_that_mocks_is_no_repair(line):
    assert not _repairs(line)


@pytest.mark.parametrize("line", [
    "Sorry, I forgot to ring you back, that's on me.",
    "I'm sorry, I forgot it's your dad's anniversary this week.",
    "Sorry, I forgot your birthday drinks, I feel awful.",
])
def test_a_sorry_for_something_forgotten_is_still_a_repair(line):
    assert _repairs(line)
