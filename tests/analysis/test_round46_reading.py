"""Round 46's reading fixes, in this test's own words: self-harm read by meaning into warm or weary everyday lines, a
rule given by someone outside the couple, and a negation carried over "or" (walk46b's agreed money oversight)."""

from __future__ import annotations

import pytest

from .found import bids, flag
from .timeline import run_lines

CALM = (("S1", 0.0, "So I was thinking we could do the big shop on Saturday morning before it gets busy."),)


@pytest.mark.parametrize("line", ["You're a star. I honestly don't know what I'd do without you."])
def test_no_self_harm_read_into_a_line_with_no_word_of_harm(line):
    """A guard. (Round 46 first asked self-harm read by meaning for a word of dying, ending or harm, which dropped the
    model's readings of "You always plan these things better than me" and "I'm letting everyone down lately"; review a
    and b showed it lost 17 real self-harm lines said without a listed word, so it was taken back. Left: see the note.)"""
    a = run_lines(*CALM, ("S2", 0.8, line), ("S1", 0.8, "Aw. Cup of tea?"))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


@pytest.mark.parametrize("line", ["Sometimes when I'm driving home I think about just steering into a tree.",
                                  "Honestly, some nights I think you'd all be better off without me around.",
                                  "Last night on the balcony I kept thinking how easy it would be."])
def test_self_harm_said_with_its_words_stays(line):
    a = run_lines(("S1", 0.0, "You've been really quiet since the funeral."), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "self_harm"]


@pytest.mark.parametrize("line", ["The doctor says I'm not allowed to drive for six months after the op.",
                                  "My boss won't let me take the Friday off."])
def test_a_rule_from_outside_the_couple_is_no_coercion(line):
    a = run_lines(("S1", 0.0, "Are you coming to the coast with us on Friday?"), ("S2", 0.8, line))
    assert not [f for f in a["safety_flags"] if f["category"] in ("coercion", "isolation")]


@pytest.mark.parametrize("line", ["You won't let me see my sister.", "He won't let me go out with my mates on my own.",
                                  "Your mum says I'm not allowed, and you won't let me go either."])
def test_the_partners_rule_stays_coercion(line):
    a = run_lines(("S1", 0.0, "Are you coming to the coast with us on Friday?"), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] in ("coercion", "isolation")]


def test_a_negation_carried_over_or_disowns_the_second_act():
    """walk46b: "And I'm not taking your card off you, or going through your phone." was monitoring, sure: high."""
    a = run_lines(("S2", 0.0, "Thank you for looking at the accounts with me."),
                  ("S1", 0.8, "And I'm not taking your card off you, or going through your phone."))
    assert not flag(a, "phone", "monitoring")


@pytest.mark.parametrize("line", ["I'm not taking your card, but I'm going through your phone tonight.",
                                  "I took your card off you and I'm going through your phone."])
def test_looking_through_the_phone_not_negated_stays(line):
    a = run_lines(("S2", 0.0, "Where's my card?"), ("S1", 0.8, line))
    assert flag(a, "phone", "monitoring")


NIGHT = (("S1", 0.0, "You slept through the four o'clock feed again. You always sleep through it."),
         ("S2", 0.8, "I did not sleep through it. I did the one o'clock. You never count the ones I do."),
         ("S1", 0.8, "Because you do hold her wrong. She screams the second you pick her up, and you just hand her straight back."),
         ("S2", 0.8, "I'm not doing this. I'm not doing this at six in the morning."),
         ("S1", 0.8, "You never want to do this. Every time it gets hard you go quiet and leave me with it."),
         ("S2", 0.8, "I'm going to sit in the car. I need some quiet."),
         ("S1", 0.8, "Keep going and see what happens to your precious car."),
         ("S2", 0.8, "Okay. Okay, I'm sorry. You're right. I'll do all the night feeds from now on."))


def test_refusing_to_go_on_before_a_threat_is_no_fear_response():
    """walk46b: blame read by meaning in a criticism ("Because you do hold her wrong.") opened the whole stretch a threat
    opens, once a real threat came 20 s later, so "I'm not doing this." became a possible fear response, not stonewalling."""
    a = run_lines(*NIGHT)
    assert not flag(a, "not doing this", "appeasement")
    assert flag(a, "precious car", "threat")
    assert flag(a, "I'll do all the night feeds", "appeasement") or flag(a, "you're right", "appeasement")


def test_the_chore_done_at_once_and_tea_offered_after_a_threat_is_a_possible_fear_response():
    """walk46b: "And the bottles. I'll do them now. Do you want a cup of tea?" just after the threat read as contempt."""
    a = run_lines(*NIGHT, ("S1", 0.8, "All of them. And the bottles."),
                  ("S2", 0.8, "And the bottles. I'll do them now. Do you want a cup of tea? I'll bring it up."))
    assert [f for f in a["safety_flags"] if f["category"] == "appeasement" and "bottles" in f["quote"] + " " + f.get("phrase", "")
            or f["category"] == "appeasement" and ("tea" in f["quote"] or "do them now" in f["quote"])]


def test_tea_offered_with_no_threat_is_nothing_unsafe():
    a = run_lines(("S1", 0.0, "That was a long shift. My feet are killing me."),
                  ("S2", 0.8, "Sit down. I'll do them now, the dishes. Do you want a cup of tea? I'll bring it up."))
    assert not [f for f in a["safety_flags"]]


def test_asking_to_join_the_partner_is_a_bid():
    """walk46a: "Can I come out with you this afternoon, then? I could do the weeding with you." was no bid."""
    a = run_lines(("S1", 0.0, "I'm off out to the allotment after lunch."),
                  ("S2", 0.8, "Can I come with you to the allotment on Saturday?"), ("S1", 0.8, "Course you can. I'd love that."))
    found = bids(a, "Can I come with you")
    assert found and found[0]["response"] == "toward"


def test_a_nod_then_another_subject_with_a_tag_still_turns_away():
    a = run_lines(("S1", 0.0, "Look at the robin on the fence. He's back again."),
                  ("S2", 0.8, "Oh yeah. Did you pay the gas bill, do you reckon?"))
    found = bids(a, "robin")
    assert found and found[0]["response"] == "away"


SATNAV = (("S1", 0.0, "Okay, it's recording. So, the phone thing. No big deal."),
          ("S2", 0.8, "No big deal. When we moved in, I agreed to the location sharing. I'm not saying I didn't."),
          ("S1", 0.8, "Very funny. I just worry, that's all. You cycle home through the park in the dark."),
          ("S2", 0.8, "I know you worry. But on Thursday you rang me three times because the dot stopped at Femi's for an hour."),
          ("S1", 0.8, "Because you told me you'd left at nine, and the dot said you were still there at ten. I need to see where "
                      "you are, Emeka, so you keep it switched on, all the time."),
          ("S2", 0.8, "It was Femi's birthday, my brother. Nobody was kidnapping me."))


def test_worry_for_the_partners_safety_is_no_fear_of_them():
    """walk46a: the one checking the location, "I just like to know you're safe.", was read as afraid of the partner."""
    a = run_lines(*SATNAV, ("S1", 0.8, "I know. I just like to know you're safe."))
    assert not flag(a, "know you're safe", "fear")


def test_not_feeling_safe_with_the_partner_stays_fear():
    a = run_lines(*SATNAV, ("S2", 0.8, "When the phone buzzes on my way home my stomach goes tight, I don't feel safe when you're like this."))
    assert flag(a, "feel safe", "fear") or flag(a, "stomach", "fear")
