"""Review B of round 43's reading changes (a8c7ccd, 275a736): everyday sentences those changes now read wrongly, and
near variants of the changed families they miss. Each docstring says whether 7ca8ffb read it right (a regression) or
not (a miss)."""

from __future__ import annotations

import pytest

from talktogether_desktop.practice.breaks import asks_for_a_break

from .found import cats, flag
from .timeline import run_lines

# a tense stretch before the line, as the mocking echo needs
HEAT = (("S1", 0.0, "You never listen to me. You always do this. You leave everything to the last minute."),
        ("S2", 0.8, "That's not fair. I've been working every hour going."))
HARM = ("S1", 0.0, "Sometimes I think you'd all be better off without me.")


# --- not reaching a time of life is passive self-harm, not a journey (frames.arrived) ---

@pytest.mark.parametrize("line, words", [
    ("Honestly, I don't think I'll make it to my next birthday. I don't even want to.", "next birthday"),
    ("I don't want to make it to forty, if I'm honest.", "make it to forty")])
def test_not_wanting_to_reach_an_age_stays_self_harm(line, words):
    """Regression: 7ca8ffb listed it as self-harm (by meaning); frames.arrived now frames 'make it to my…' away as a trip."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "What do you mean?"))
    assert flag(a, words, "self_harm")


# (Taken out by the lead: "Some days I don't think I'll make it to the summer. I'm not sure I want to." was missed before
# and after this round, by the phrases and by meaning; a phrase for it would also catch "…make it to the summer fete".
# Left for a later round, named in the closing note.)


# --- "can't make it through another …" said of a chore, a lunch, a meeting (safety_self_harm.txt) ---

@pytest.mark.parametrize("line, reply", [
    ("Honestly, I can't make it through another one of your mum's Sunday lunches.", "Ha, fair enough."),
    ("I won't make it through another Christmas with your brother, I swear.", "He's not that bad."),
    ("I won't make it through another meeting like that, I nearly fell asleep.", "Was it that boring?"),
    ("I can't make it through another twelve hour shift on these feet.", "Put them up, I'll do tea."),
    ("I can't make it through another episode of this show, it's so boring.", "Fine, pick something.")])
def test_not_lasting_through_a_lunch_or_a_shift_is_no_self_harm(line, reply):
    """Regression: no safety flag on 7ca8ffb; the new 'won't/can't make it through another' lines flag it as heard
    self-harm, making the report clinician-only with a risk prompt."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, reply))
    assert not flag(a, "make it through another", "self_harm")


def test_not_lasting_much_longer_in_a_job_is_no_heard_self_harm():
    """Regression: 7ca8ffb had it only to listen to (by meaning); "don't think i'll last much longer" now hears it."""
    a = run_lines(("S1", 0.0, "I don't think I'll last much longer in this job."),
                  ("S2", 0.8, "Then let's look for something else."))
    assert not flag(a, "this job", "self_harm", heard=True)


# --- the partner's scorn just after words of self-harm (engine: risk_answers.asks_about_harm) ---

@pytest.mark.parametrize("line, words, category", [
    ("Seriously? You're pulling that one again, are you?", "pulling that one", "contempt"),
    ("Is this another one of your little performances?", "little performances", "contempt"),
    ("Can you not make everything about you for once?", "everything about you", "criticism")])
def test_scorn_asked_as_a_question_after_self_harm_stays_a_horseman(line, words, category):
    """Regression: 7ca8ffb kept the horseman read by meaning; any question within 10 s of the partner's self-harm is now
    taken as asking about it and the horseman dropped. A dismissive answer to a disclosure is the thing to see."""
    a = run_lines(HARM, ("S2", 0.8, line))
    assert category in cats(a, words)


# --- "sorry fixes …" (non_apologies.txt) ---

@pytest.mark.parametrize("line, words", [
    ("I know sorry fixes nothing, but I am sorry. I was out of order.", "i am sorry"),
    ("I know saying sorry fixes nothing, but I'm sorry, honey. That wasn't okay.", "sorry, honey")])
def test_an_apology_owning_that_sorry_is_not_enough_is_a_repair(line, words):
    """Regression: 7ca8ffb read the apology as a repair; 'sorry fixes' now cancels the sentence's own sorry."""
    a = run_lines(("S1", 0.0, "You just left me standing there at the party."), ("S2", 0.8, line), ("S1", 0.8, "Okay. Thanks."))
    assert "repair" in cats(a, words)


@pytest.mark.parametrize("line, words", [
    ("Oh, sorry fixed everything last time, did it?", "sorry fixed"),
    ("Oh, so sorry makes it okay, does it?", "sorry makes it okay"),
    ("And you think saying sorry will fix it?", "sorry will fix"),
    ("And sorry is supposed to make it all better?", "supposed to make")])
def test_sorry_mocked_as_a_cure_all_in_near_words_is_no_repair(line, words):
    """Miss: the family of 'Oh, sorry fixes everything, does it?' in other tenses and verbs; 7ca8ffb missed it too."""
    a = run_lines(("S2", 0.0, "Look, I'm sorry. Can we start again?"), ("S1", 0.8, line))
    assert "repair" not in cats(a, words)


# --- a word asked back and topped (answers._echo) ---

@pytest.mark.parametrize("said, answer, echo", [
    ("I'm just so tired.", "Tired? I am the same, love. Let's both have a sit down.", "Tired?"),
    ("I'm scared about the money.", "Scared? I am the first to admit I'm scared too.", "Scared?"),
    ("I'm just worried about the money.", "Worried? I am the same. Let's sit down and look at it together.", "Worried?"),
    ("Sorry. I'm really lucky to have you, you know.", "Lucky? I am the lucky one, love.", "Lucky?"),
    ("I just feel so alone.", "Alone? I'm the one who's right here with you. I'm not going anywhere.", "Alone?"),
    ("I'm so hopeless with the bins.", "Hopeless? I'm the one who forgot the keys twice this week, mate.", "Hopeless?")])
def test_a_word_asked_back_and_shared_or_reassured_is_no_mockery(said, answer, echo):
    """Regression: no contempt on 7ca8ffb; 'I am the …' / 'I'm the one …' after the question now reads joining,
    reassurance or a shared slip as a mocking echo (and the partner's bid as turned against)."""
    a = run_lines(*HEAT, ("S2", 0.8, said), ("S1", 0.8, answer))
    assert "contempt" not in cats(a, echo)


@pytest.mark.parametrize("said, answer, echo", [
    ("I'm so tired.", "You're tired? I'm the only one who gets up with her.", "You're tired?"),
    ("I'm so tired.", "You're tired? Try doing what I do all day.", "You're tired?")])
def test_the_partners_word_topped_in_near_words_is_mockery(said, answer, echo):
    """Miss: the family of 'It's hard for you? I'm the one who…' ('I'm the only one who…', 'Try doing…'); 7ca8ffb
    missed it too."""
    a = run_lines(*HEAT, ("S2", 0.8, said), ("S1", 0.8, answer))
    assert "contempt" in cats(a, echo)


# --- a break asked for (practice/breaks.py ASK) ---

@pytest.mark.parametrize("text", ["Can we stop for a minute so I can calm down?",
                                  "Can we stop for a bit before I say something I regret?",
                                  "Let's stop for a moment before this gets nasty.",
                                  "Can we stop for a second please?",
                                  "Can I stop for a minute while I calm down?",
                                  "Let's stop for a bit so we can both cool off."])
def test_a_stop_for_a_minute_with_its_reason_is_a_break_asked_for(text):
    """Regression: 7ca8ffb heard the time-out asked for; the new look-ahead after 'stop for a minute' lets only
    punctuation, 'and', 'I'll' or 'to calm…' follow, so 'so I can calm down', 'before…', 'please' lose it."""
    assert asks_for_a_break(text)


@pytest.mark.parametrize("text", ["Can we stop for twenty minutes so I can calm down?",
                                  "Could we stop for ten minutes while I get my head straight?",
                                  "Can we stop for twenty minutes before I say something I regret?"])
def test_a_stop_for_minutes_with_its_reason_is_a_break_asked_for(text):
    """Miss: the family of 'Can we stop for twenty minutes?' with its reason; 7ca8ffb missed it too."""
    assert asks_for_a_break(text)


@pytest.mark.parametrize("text", ["Can we stop for five minutes and get petrol?",
                                  "Shall we stop for half an hour and have some lunch?"])
def test_a_stop_on_a_journey_with_and_is_no_break(text):
    """Regression: not a break on 7ca8ffb; the look-ahead's 'and ' now takes a stop for petrol or lunch as a time-out."""
    assert not asks_for_a_break(text)
