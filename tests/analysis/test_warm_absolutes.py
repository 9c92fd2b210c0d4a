"""Round 9 (issue 14): absolutes said fondly and characters judged.

"You never …" with no cold word in a calm stretch is not an attack when fondness shows (a warm word,
affection or laughter in it or in the partner's reply), unless the reply owns a part; warmth said in a later clause makes an absolute warm ("…and it's the
highlight of my day"); "never forget/resist/fuss" is praise; "you're so rude to waiters" judges a
character (criticism) unless warm words follow; "grab my jandals" is no violence. Seven cases fail on the rules before this round; "you never complain, even when I'm late", "you're
so stubborn… I love that", "you're being so selfish" and the owned complaint passed before and are guards
against the new rules reaching too far."""

import pytest

from .test_clinical_rules import cats, flag_kinds, run

WARM = "Thanks for sorting dinner tonight, that was really nice of you."
QUARREL = "You never tell me where you're going, it's like living with a stranger."


@pytest.mark.parametrize("text", [
    "You never could resist a baby, Meera.",
    "You never forget to ask about my mum's hip, she thinks you hung the moon.",
    "You constantly text me pictures of dogs you meet and it makes my day.",
    "You never make a fuss when I'm grumpy, you just bring me toast.",
    "You never complain, even when I'm late.",
    "You're so stubborn, and honestly I love that about you.",
    "Lord, that dip. You never fail to make my Sunday, you know that?",
])
def test_fond_absolutes_and_judgements_are_no_criticism(text):
    r = run(WARM, text)
    assert not cats(r, "criticism", "S2") and not cats(r, "contempt", "S2")


@pytest.mark.parametrize("text", [
    "You're so rude to waiters, it's mortifying being out with you.",
    "Honestly, you're the most ungrateful person I know.",
    "You're being so selfish about the holiday.",
])
def test_a_character_judged_is_criticism(text):
    assert cats(run(QUARREL, text), "criticism", "S2")


def test_a_complaint_owned_in_reply_stays_a_complaint_and_the_reply_a_repair():
    r = run("You never put the bins out.", "You're right, I overreacted.")
    assert cats(r, "criticism", "S1") and cats(r, "repair", "S2")


@pytest.mark.parametrize("text", [
    "Sweet as, you always remember to grab my jandals before we leave for the beach.",
])
def test_fetching_is_no_violence(text):
    assert "violence" not in flag_kinds(run(WARM, text))


def test_a_well_you_opening_in_a_plainly_warm_turn_is_banter():
    r = run("And he never actually says 'you dirty rat', you know. That's a myth.",
            "Well, you always know the trivia. Forty-one years and you still surprise me.")
    assert not [m for m in r["markers"] if m["speaker"] == "S2" and m["category"] in ("criticism", "defensiveness")]


@pytest.mark.parametrize("warm, comeback", [
    ("You never forget to warm my side of the bed, you know that?", "Well, your feet are like two ice cubes. It's self-defense."),
    ("You never could resist a baby, Meera. You'll be spoiling her rotten.", "Look who's talking! You'll be the one buying her the whole toy shop."),
])
def test_a_comeback_to_warmth_is_banter(warm, comeback):
    assert not [m for m in run(warm, comeback)["markers"] if m["speaker"] == "S2" and m["category"] == "defensiveness"]


def test_a_comeback_to_an_attack_is_still_defensiveness():
    r = run("You never put the bins out, you're so lazy.", "Look who's talking! You haven't hoovered in a month.")
    assert [m for m in r["markers"] if m["speaker"] == "S2" and m["category"] == "defensiveness"]


def test_warmth_later_in_the_same_sentence_makes_an_absolute_teasing_even_near_a_mock_threat():
    """"You always do this…, 'cause I love you, you daft thing": the warmth said after the absolute in one
    sentence is teasing, as in a sentence of its own; so is it when a mock threat follows (no calm stretch then
    to set the absolute aside). Warmth before a "but" is not."""
    fond = "You always do this, you always burn the toast, and I eat it anyway, 'cause I love you, you daft thing."
    r = run(fond, "Oi, it's not burnt, it's well done.", "I'll kill you if you say that in front of my mum.")
    assert not cats(r, "criticism", "S1")
    r = run(QUARREL, "I love you, but you always pinch the last roast potato and it drives me mad.")
    assert cats(r, "criticism", "S2")


@pytest.mark.parametrize("reply, criticism", [
    ("Shed, top shelf. You never remember, you daft ha'porth.", False),  # a fond name: teasing
    ("Shed, top shelf. You never remember, you silly sausage.", False),
    ("Shed, top shelf. You never remember anything.", True),
])
def test_a_fond_name_makes_an_absolute_teasing(reply, criticism):
    assert bool(cats(run("Have you seen where I put me secateurs?", reply), "criticism", "S2")) == criticism


def test_a_reading_by_meaning_too_unsure_to_flag_shows_no_quarrel_around_an_absolute(monkeypatch):
    # a vague threat read by meaning next to "you always…" (listed to listen to) kept the absolute as
    # criticism, and the absolute in turn kept the reading company: neither shows a quarrel
    from .readings import fix_reading

    line = "Honestly, someone has to keep you alive on Sundays."
    fix_reading(monkeypatch, line, "safety_threat", 0.75, 0.65)
    r = run("You always bring me tea in bed when I'm tired.", line)
    assert [(f["category"], f["listen_only"]) for f in r["safety_flags"]] == [("threat", True)]
    assert not cats(r, "criticism")


@pytest.mark.parametrize("text", [
    "Here. Always got you covered, babe, always will.",
    "You'd never, you worship him.",
    "Never tells you anything, your brother, does he.",
])
def test_an_absolute_whose_subject_is_not_the_partner_is_no_criticism(text):
    """Round 18: the speaker's promise with the partner as object, "you'd never" said on its own (the partner
    defended), and an absolute about someone else are not claims about the partner's habits."""
    assert not cats(run(WARM, text), "criticism", "S2"), text


@pytest.mark.parametrize("text", [
    "Always late, you.",
    "Always got to have the last word, haven't you?",
    "You'll never change. You never will.",
])
def test_absolutes_about_the_partner_stay_criticism(text):
    assert cats(run(QUARREL, text), "criticism", "S2"), text


@pytest.mark.parametrize("lead, text", [
    ("I fixed your mam's gate while I was there.", "Duw, you never sit still, do you? She'll be telling the whole chapel about it, bach."),
    ("I let the kids lick the bowl after the pie.", "You never could tell those young'uns no, sugar."),
])
def test_a_pet_name_in_a_calm_stretch_shows_the_fondness(lead, text):
    """Round 18: a pet name, in the absolute's sentence or the speaker's next one, is fondness where nothing around
    is tense; in a quarrel the same words stay criticism."""
    assert not cats(run(lead, text), "criticism", "S2"), text
    assert cats(run(QUARREL, text), "criticism", "S2")


def test_a_pet_name_is_no_fondness_beside_a_cold_word():
    assert cats(run("I forgot the bins.", "You never put the bins out, babe. It's disgusting."), "criticism", "S2")


@pytest.mark.parametrize("text, criticism", [
    ("Aw, you never miss a birthday, you. Mam'll be made up.", False),  # "aw": fondness shown
    ("You never miss a chance to go to the pub, do you.", True),  # a chance taken: what follows decides
    ("You never lose your temper with my driving, which is a miracle.", False),
])
def test_what_is_never_missed_is_read_by_what_follows(text, criticism):
    assert bool(cats(run("I did the school run again today.", text), "criticism", "S2")) == criticism, text
