"""Review of round 42's reading changes (d4328a8): everyday sentences the changes now read wrongly, and near variants
of the changed families they miss. Each test says the right reading; its docstring says whether it passed on b9e8c00
(a regression) or not (a miss)."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines

CHECKED = "Where were you? Why weren't you answering?"
PHONE = "I checked your phone again. Who's Sam?"
LIE = ("You said you were at Mel's last night.", "I was.")
PLEA = (("S1", 0.0, "You never talk to me about money. You just go quiet every single time."), ("S2", 3.0, "Maybe."),
        ("S1", 0.8, "I just need you to say something, Dev."))


# --- keeping_peace.easier_after_control -------------------------------------------------------------------------------

def test_the_controllers_own_justification_is_no_fear_of_the_partner():
    """Regression (passed on b9e8c00): the partner told of being monitored; the one who monitors justifies it ("It's just
    easier that way.") and main reads fear of the partner in the controller's words."""
    a = run_lines(("S2", 0.0, "You read my messages again last night."),
                  ("S1", 0.8, "I do it because I care. It's just easier that way."))
    assert not [f for f in flag(a, "easier", "fear") if f["speaker"] == "S1"]


def test_easier_after_a_lift_asked_as_care_is_no_fear():
    """Regression (passed on b9e8c00): a location asked for as care on icy roads, answered with a plan of one's own."""
    a = run_lines(("S1", 0.0, "Can you share your location when you drive back? The roads are icy."),
                  ("S2", 0.8, "Sure. Actually I'll take the train. It's easier that way."))
    assert not flag(a, "easier", "fear")


def test_easier_from_the_one_who_told_their_own_monitoring_is_still_fear_to_listen_to():
    """Miss (failed on b9e8c00 too): the one monitored says so themselves ("You go through my phone…"), so the rule
    skips them as if they controlled; their life arranged round it goes unheard."""
    a = run_lines(("S1", 0.0, "I check your phone because I love you."),
                  ("S2", 0.8, "You go through my phone every night. I've stopped texting my sister. It's just easier that way."))
    assert flag(a, "easier that way", "fear")


@pytest.mark.parametrize("said", ["It keeps the peace.", "It's simpler that way.", "Saves a fight.", "It's less hassle."])
def test_near_variants_of_easier_that_way_after_monitoring(said):
    """Miss (failed on b9e8c00 too): the same family ("It's just easier that way.", "Saves a row.") in other words."""
    a = run_lines(("S1", 0.0, PHONE), ("S2", 0.8, "A colleague. I've stopped going to after-work drinks. " + said))
    assert flag(a, said.rstrip(".").split()[-1], "fear")


# --- safety.describes_control_suffered: the giving-in clause --------------------------------------------------------

@pytest.mark.parametrize("line, words, category", [
    ("I'll give my brother your password so he can read your messages when I'm away.", "password", "monitoring"),
    ("I'll keep my hands on your bank card from now on, you'll have to ask me for money.", "bank card", "financial_control"),
    ("From now on I will keep my eye on who you've been texting.", "keep my eye", "monitoring"),
])
def test_the_one_who_controls_saying_ill_with_my_is_not_the_one_controlled(line, words, category):
    """Regression (passed on b9e8c00): "I'll give/keep … my …" said by the one who controls is now told as if by the one
    controlled, so the pages name the wrong partner."""
    a = run_lines(("S1", 0.0, line))
    found = flag(a, words, category)
    assert found and not any(f.get("told_by_the_one_controlled") for f in found)


@pytest.mark.parametrize("line, words", [
    # (taken out by the lead: "I'll send you a photo of where I am every hour." after control is giving in, a possible fear
    # response, and is not itself monitoring language; the test asked for a monitoring flag on it)
    ("Sorry. I'm going to keep my location on from now on.", "location on"),
])
def test_near_variants_of_the_one_tracked_giving_in(line, words):
    """Miss (failed on b9e8c00 too): the one tracked giving in, without "I'll … my" in those places."""
    a = run_lines(("S1", 0.0, CHECKED), ("S2", 0.8, line))
    told = flag(a, words, "monitoring")
    assert told and all(f.get("told_by_the_one_controlled") for f in told)


# --- continuing.of_someone_spoken_of and worry_for_partner ----------------------------------------------------------

@pytest.mark.parametrize("lines, words", [
    ((("S2", 0.0, "My friends don't come round anymore."),
      ("S2", 0.8, "I watch his face the whole time he's home, to see what mood he's in.")), "mood he's in"),
    ((("S2", 0.0, "My mum says I've gone quiet."),
      ("S2", 0.8, "I stay in the bedroom when he's had a drink, till he's asleep.")), "stay in the bedroom"),
    ((("S1", 0.0, "I told my boss I'd be late."), ("S2", 0.8, "I wait in the car until I can tell what mood he's in.")),
     "wait in the car"),
])
def test_fear_of_the_partner_told_to_the_therapist_after_a_relative_is_named(lines, words):
    """Regression (passed on b9e8c00): the partner spoken of in the third person to the therapist ("he") after anyone
    named a friend, mum or boss is taken for that person, and the fear of the partner is dropped."""
    a = run_lines(*lines)
    assert flag(a, words, "fear")


def test_worry_about_being_found_is_self_harm_to_listen_to():
    """Miss (failed on b9e8c00 too; worry_for_partner now rules it out for the reading by meaning as well)."""
    a = run_lines(("S2", 0.0, "I'm worried you'll be the one who finds me."))
    assert flag(a, "finds me", "self_harm")


# --- money and monitoring lexicon additions -------------------------------------------------------------------------

@pytest.mark.parametrize("before, line", [
    ("The new cards came today.", "Great. Make sure you cut your card up, the old one I mean, before it goes in the bin."),
    ("The bank rang about the fraud.", "They said to cut your card in half and wait for the new one."),
])
def test_an_old_or_stolen_card_cut_up_is_no_money_control(before, line):
    """Regression (passed on b9e8c00): ordinary bank advice now reads as financial control heard."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, "cut your card", "financial_control")


def test_the_partners_credit_card_cut_up_as_what_follows_is_money_control():
    """Miss (failed on b9e8c00 too): a near variant of "I'll cut your card up"."""
    a = run_lines(("S1", 0.0, "I'm not talking about Easter. I'm talking about us."),
                  ("S2", 0.8, "Keep on and I'll cut your credit card up, see how you like that."))
    assert flag(a, "credit card up", "financial_control")


@pytest.mark.parametrize("line, words", [
    ("I saw your dot at the Red Lion at midnight. Don't lie to me.", "your dot"),
    ("Find My had you at the Red Lion at midnight. Don't lie to me.", "find my"),
    ("Life360 says you were at the Red Lion at midnight. Don't lie to me.", "life360"),
    ("I could see you on the map at the Red Lion at midnight. Don't lie to me.", "on the map"),
])
def test_near_variants_of_the_partners_dot_on_a_location_app(line, words):
    """Miss (failed on b9e8c00 too): the partner's whereabouts read off a location app, in other words."""
    a = run_lines(("S1", 0.0, LIE[0]), ("S2", 0.8, LIE[1]), ("S1", 0.8, line))
    assert flag(a, words, "monitoring")


# --- complaints.py and the excuse openers ---------------------------------------------------------------------------

@pytest.mark.parametrize("before, reply", [
    ("You drove me to the hospital at three in the morning, even after a double shift.", "That's because I was terrified."),
    ("You stayed up the whole night with her when she was poorly.", "Only because you had the early shift."),
    ("You finished the whole marathon, even with that knee.", "Only because you were at mile twenty shouting my name."),
    ("You've been in that shed every evening this week.", "That's because I'm building you something. It's a surprise."),
    ("Five hundred quid on the raffle, Jess!", "That's because I bought twenty tickets."),
])
def test_a_reason_answering_admiration_or_good_news_is_no_defensiveness(before, reply):
    """Regression (passed on b9e8c00): a warm statement with "even", "whole", "every" or a sum is taken for a complaint,
    so "That's because…" answering it is read as defensiveness."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, reply))
    assert "defensiveness" not in cats(a, reply.split(".")[0])


# --- delight.untold_surprise ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["You never told me you were seeing someone else!",
                                  "You never told me you could be so cruel!",
                                  "You never told me you'd been talking to her every night!"])
def test_news_kept_back_that_hurts_said_with_an_exclamation_stays_criticism(line):
    """Regression (passed on b9e8c00): an exclamation alone is taken for delight."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "It's not like that."))
    assert "criticism" in cats(a, "you never told me")


# --- owning.reassuring_but: the partner's knack ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["You say that, but you always find a way to make it about you.",
                                  "You say that, but you always find a way to wriggle out of it.",
                                  "You say that, but you always get there by nagging.",
                                  "You say that, but you never fail to remind everyone."])
def test_you_say_that_but_with_a_knack_turned_into_a_jibe_stays_defensiveness(line):
    """Regression (passed on b9e8c00): a KNACKS phrase with a jibe after it is taken for reassurance."""
    a = run_lines(("S1", 0.0, "You've got to stop leaving everything to me."), ("S2", 0.8, line))
    assert "defensiveness" in cats(a, "you say that")


# --- turning_away additions -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["Did you phone your mum back about Easter?", "Have you called your mum back about Easter?"])
def test_near_variants_of_a_question_on_another_errand_answering_a_plea(question):
    """Miss (failed on b9e8c00 too): "ring" is in the list, "phone" and "called" are not. (Changed by the lead: after a plea
    that is a need, not a complaint, the reading is the bid turned away, as the bids read it; stonewalling is read for a
    question on another errand answering a complaint. Both phrasings are now in the list.)"""
    a = run_lines(("S1", 0.0, "You never talk to me about money. You just go quiet every single time."), ("S2", 3.0, "Maybe."),
                  ("S1", 0.8, "Fine what? Fine you'll do it, or fine leave you alone?"), ("S2", 2.0, question))
    assert "stonewalling" in cats(a, question.split()[0] + " you")
    b = run_lines(*PLEA, ("S2", 2.0, question))
    assert [x for x in bids(b, "say something") if x["response"] == "away"]


def test_a_question_that_takes_up_the_complaint_is_no_turning_away():
    """Regression (passed on b9e8c00): "Did you ring the GP?" answers the chest pains complained of (on the same
    errand), so it is no question on another errand."""
    a = run_lines(("S1", 0.0, "You never listen. I've had chest pains all day and you just keep watching telly."),
                  ("S2", 1.5, "Did you ring the GP?"))
    assert "stonewalling" not in cats(a, "did you ring")
