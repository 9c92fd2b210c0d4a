"""Third review of round 42's reading changes (fc8a2be, 7332397, c96b3f7): everyday sentences the changes now read
wrongly, or near variants of a changed family they leave out. Each test says the right reading; its docstring says
whether d4328a8 read it right (a regression) or not (a miss). Safety first: control asked as a question, a card cut up
as a threat, wages handed over, a false self-harm or fear flag; then withdrawal, delight, complaints and practice."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import conversation, end_of, run_lines, say


# --- keeping_peace.easier_after_control: control asked as a question ------------------------------------------------

@pytest.mark.parametrize("control, said, words", [
    ("Can you send me a photo of where you are every hour?", "I just send one every hour now. It's just easier that way.",
     "easier that way"),
    ("Will you give me your phone when you get home every night?", "I hand it over at the door now. It's easier that way.",
     "easier that way"),
    ("Would you just give me your bank card so I can see what you spend?", "I gave it to him. Saves a row.", "saves a row"),
    ("Could you stop seeing your sister so much?", "I don't see her anymore. It's just easier that way.", "easier that way"),
])
def test_life_arranged_round_control_asked_as_a_question_is_still_fear_to_listen_to(control, said, words):
    """Regression (d4328a8 flagged fear to listen to): ASKING_OPENERS drops every heard control that opens with
    Can/Could/Will/Would and ends with '?', so control put as a question (heard as monitoring, money control or
    isolation on main too) no longer makes the other's "It's just easier that way." fear said sideways."""
    a = run_lines(("S1", 0.0, control), ("S2", 0.8, said))
    assert flag(a, words, "fear")


# --- safety_financial_control.txt: the partner's card cut up ----------------------------------------------------------

@pytest.mark.parametrize("before, line", [
    ("Where's my card?", "I've cut your cards up. You can ask me when you need money."),
    ("I only bought a coat.", "I'll cut your card up if you spend one more penny."),
    ("It was on sale.", "Right, I'm going to cut up your cards. You clearly can't be trusted."),
    ("It was on sale.", "Do that again, then I'll cut your card up."),
])
def test_the_partners_card_cut_up_as_a_threat_or_done_is_money_control(before, line):
    """Regression (d4328a8 heard financial control): the lexicon now holds only 'and/or I'll cut your card up', so the
    card cut up as done, as 'if you…', 'I'm going to' or 'then I'll' is no longer heard."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, "cut", "financial_control", heard=True)


# --- safety.describes_control_suffered: the one controlled giving in ---------------------------------------------------

def test_wages_handed_over_on_the_partners_order_are_told_by_the_one_controlled():
    """Regression (d4328a8: told_by_the_one_controlled): 'wages' is not in _OWN_TRACKED, so the one who gives in is
    read as the one who controls money."""
    a = run_lines(("S1", 0.0, "From now on you give your wages to me."), ("S2", 0.8, "Okay. I'll hand over my wages every Friday."))
    told = [f for f in flag(a, "wages every friday", "financial_control") if f["speaker"] == "S2"]
    assert told and all(f.get("told_by_the_one_controlled") for f in told)


# --- safety_self_harm.txt: the partner pictured finding the speaker -------------------------------------------------

def test_being_found_when_lost_at_a_festival_is_no_self_harm():
    """Regression (no flag on d4328a8): 'be the one to find me' is now heard as self-harm in ordinary talk."""
    a = run_lines(("S1", 0.0, "If I wander off at the festival, you'll be the one to find me, you always do."))
    assert not flag(a, "find me", "self_harm")


@pytest.mark.parametrize("line", ["I'm worried you'll come home and find me.", "I just don't want it to be you who finds me."])
def test_near_variants_of_the_partner_pictured_finding_the_speaker(line):
    """Miss (no flag on d4328a8 or main): the same family as "I'm worried you'll be the one who finds me."."""
    a = run_lines(("S1", 0.0, line))
    assert flag(a, "find", "self_harm")


# --- continuing.of_someone_spoken_of: someone else just named -------------------------------------------------------

@pytest.mark.parametrize("named, line, words", [
    ("The landlord came round again on Saturday.",
     "I stay in the bedroom until he's gone because I never know what to say to him.", "stay in the bedroom"),
    ("The neighbour was banging on the wall again last night.",
     "I stay in the bedroom until he's stopped because I never know what to say to him.", "stay in the bedroom"),
    ("My cousin stayed over on Friday.",
     "I stay in the bedroom until he's gone to bed because I never know what to say to him.", "stay in the bedroom"),
    ("My dad came to stay last week.", "I keep out of his way when he's in one of his moods.", "out of his way"),
])
def test_fear_of_someone_just_named_is_no_fear_of_the_partner(named, line, words):
    """Regression (no flag on d4328a8): landlord, neighbour and cousin left the list of people (only gendered relatives
    match a pronoun now), and a temper word ('moods') makes a father's moods the partner's; main hears fear."""
    a = run_lines(("S2", 0.0, named), ("S2", 0.8, line))
    assert not flag(a, words, "fear")


def test_a_stepdads_moods_are_no_fear_of_the_partner():
    """Miss (heard fear on d4328a8 and main): a near relative not in HE ('stepdad')."""
    a = run_lines(("S2", 0.0, "My stepdad came round on Sunday."), ("S2", 0.8, "I keep out of his way when he's in one of his moods."))
    assert not flag(a, "out of his way", "fear")


@pytest.mark.parametrize("line", [
    "When my sister comes round I go in the garage, because I never know what to say to her.",
    "When my brother visits I stay upstairs, because I never know what to say to him.",
])
def test_fear_of_a_relative_named_in_the_same_sentence_is_no_fear_of_the_partner(line):
    """Regression (no flag on d4328a8): of_someone_spoken_of now looks for the relative only before the sentence starts
    (was: to its end), so a sister or brother named in the same sentence leaves 'her'/'him' as the partner: heard fear."""
    a = run_lines(("S2", 0.0, line))
    assert not flag(a, "never know what to say", "fear")


def test_a_mums_mood_named_in_the_same_sentence_is_no_fear_of_the_partner():
    """Miss (heard fear on d4328a8 and main): the temper word ('mood') is the mum's, named in the sentence."""
    a = run_lines(("S2", 0.0, "I hide in the kitchen when my mum phones, I never know what mood she's in."))
    assert not flag(a, "hide in the kitchen", "fear")


# --- withdrawal.minimal_replies: a few words to a short criticism ----------------------------------------------------

@pytest.mark.parametrize("attack, reply, words", [
    ("You always leave your stuff everywhere.", "Fair point.", "fair point"),
    ("You're so selfish.", "Ouch. That hurt.", "ouch"),
    ("You never help with anything.", "That's not fair.", "not fair"),
])
def test_a_short_answer_that_engages_with_a_short_criticism_is_no_stonewalling(attack, reply, words):
    """Regression (no stonewalling on d4328a8): any reply of a few words to criticism now counts as a minimal reply,
    however engaged: taking the point, saying it hurt, protesting. None of them shuts the partner out."""
    a = run_lines(("S1", 0.0, attack), ("S2", 0.8, reply))
    assert "stonewalling" not in cats(a, words)


# --- withdrawal.deferrals: the pursuer who apologises while asking again ---------------------------------------------

@pytest.mark.parametrize("ask, put_off, again", [
    ("Can you come and look at this letter from the school?", "In a minute.",
     "Sorry, I know you're busy, but can you please come and look at it? It's important."),
    ("Can you give me a hand with the bins?", "Two secs.", "Sorry, mate, but you said that ten minutes ago. Can you come now?"),
])
def test_a_put_off_asked_again_with_a_sorry_is_still_withdrawal(ask, put_off, again):
    """Regression (stonewalling on d4328a8): any repair in the partner's next turn now cancels the put-off, but a
    'sorry' that softens asking again is pursuit, not taking back what was said."""
    a = run_lines(("S1", 0.0, ask), ("S2", 0.8, put_off), ("S1", 4.0, again))
    assert "stonewalling" in cats(a, put_off.rstrip("."))


# --- delight.untold_surprise as rewritten ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "You never told me you could sing so well.",
    "You never told me you could cook so well!",
    "You never told me you were learning Spanish!",
    "You never told me you'd been saving up for this!",
    "You never told me you'd framed her first drawing!",
])
def test_a_talent_or_gift_kept_back_said_with_delight_is_still_no_criticism(line):
    """Regression (no criticism on d4328a8): 'so' and 'her' are now complaint cues (so 'so well' and a daughter's
    drawing are complaints), 'were' left KEPT_GOOD, and "you'd been…" lost its place."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "I wanted it to be a surprise. Happy anniversary."))
    assert "criticism" not in cats(a, "you never")


# --- complaints.plain_complaint: KIND words -------------------------------------------------------------------------

def test_an_excuse_to_you_must_have_known_you_said_youd_is_defensiveness():
    """Regression (defensiveness on d4328a8): 'must' is now a kind word (for 'You must be exhausted'), so a complaint
    with "You must have known…" is no complaint and the excuse is not read."""
    a = run_lines(("S1", 0.0, "You must have known I was waiting. You said you'd be there at eight."),
                  ("S2", 0.8, "The traffic was terrible, it wasn't my fault."))
    assert "defensiveness" in cats(a, "traffic")


# --- practice/spans.refused_after ------------------------------------------------------------------------------------

@pytest.mark.parametrize("last", ["Okay. Thank you. It hurt a bit, but I know you didn't mean it.",
                                  "Thanks, love. Apology accepted. Let's finish before it's too late for lunch."])
def test_a_sorry_the_partner_takes_with_thanks_mends_the_slip(last):
    """Regression (yes on d4328a8): refused_after matches 'it hurt' and 'too late' anywhere in the partner's next turn,
    so an apology thanked and accepted (the repair read as landed) is counted as refused; main says 'partly'."""
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.practice.fidelity import assess

    from .test_round42_review2 import NAMES, SOFT, START

    out, t = [], 0.5
    for speaker, text in START[:-1] + [("S2", last)]:
        u = say(speaker, t, text)
        out.append(u)
        t = end_of(u) + 0.6
    r = assess(SOFT, analyze(conversation(*out), names=NAMES), NAMES)
    assert r["verdict"] == "yes", r["summary"]
