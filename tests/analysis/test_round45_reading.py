"""Round 45's reading fixes (the two walk-throughs' findings, walk45a and walk45b), in this test's own words."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines

ROW = (("S2", 0.0, "Where are the car keys? They're not on the hook."),
       ("S1", 0.8, "In my bag. You shouldn't drive when you've been drinking."))


def test_what_happens_when_pressed_is_a_veiled_threat_not_violence():
    """walk45a: "You know what happens when you push me." read as violence told, not as a threat."""
    a = run_lines(*ROW, ("S2", 0.8, "Put them back on the hook. You know what happens when you push me."))
    assert flag(a, "push me", "threat", heard=True)
    assert not flag(a, "push me", "violence")


def test_pushed_against_something_stays_violence():
    a = run_lines(*ROW, ("S2", 0.8, "When you push me against the wall like that I get bruises."))
    assert flag(a, "push me", "violence")


def test_what_happens_of_itself_is_no_threat():
    a = run_lines(("S2", 0.0, "I left the milk out again."), ("S1", 0.8, "You know what happens when you leave the milk out."))
    assert not flag(a, "milk", "threat")


def test_ones_own_keys_hidden_is_not_the_speakers_control():
    """walk45a: "Hiding my keys now." made the one whose keys were kept the controlling one."""
    a = run_lines(*ROW, ("S2", 0.8, "Hiding my keys now. Cute."))
    assert not flag(a, "keys", "isolation", heard=True)


@pytest.mark.parametrize("line", ["You've hidden my keys again so I can't go out.", "I've hidden your keys, you're staying in."])
def test_keys_kept_by_someone_named_stay_isolation(line):
    a = run_lines(("S2", 0.0, "I want to go to my sister's."), ("S1", 0.8, line))
    assert flag(a, "keys", "isolation")


@pytest.mark.parametrize("line", ["I'm not nagging. I just keep quiet so it doesn't start.",
                                  "Since he put his fist through the door I keep my voice down when he's in one of his moods."])
def test_quiet_kept_for_the_partners_anger_is_fear(line):
    """walk45a: "I just go quiet so it doesn't start." read as nothing."""
    a = run_lines(("S2", 0.0, "Why are you always so quiet when I get in?"), ("S1", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_a_complaint_with_its_criticism_heard_is_not_fear():
    """walk45a: "You always say yes to him, and I always find out afterwards." read as fear of the partner (medium),
    which made a time-out practice clinician-only and refused the next practice."""
    a = run_lines(("S2", 0.0, "Your brother rang again. He needs a loan."),
                  ("S1", 0.8, "You've said yes already. You always say yes to your brother, and I always find out after."))
    assert not [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_fear_said_beside_a_criticism_stays():
    a = run_lines(("S2", 0.0, "What's wrong with you lately?"),
                  ("S1", 0.8, "You always lose it over nothing, and I'm scared to come home."))
    assert [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_a_time_out_with_its_length_is_a_repair():
    """walk45a: the time-out the couple practised was not counted as a repair attempt."""
    a = run_lines(("S2", 0.0, "You never stand up to him, and you know it."), ("S1", 0.8, "That's not fair!"),
                  ("S1", 1.0, "My heart's pounding. I need ten minutes. I'll be back in ten minutes, I promise."))
    assert "repair" in cats(a, "ten minutes")


def test_a_truce_offered_in_a_row_is_a_repair():
    a = run_lines(("S2", 0.0, "You left the wet towels on the bed again. Every morning."),
                  ("S1", 0.8, "Oh here we go. Like you never leave anything lying around."),
                  ("S2", 0.8, "Ha. Okay, okay. I'll make the tea. Shall we call a truce?"))
    assert "repair" in cats(a, "truce")


def test_a_plan_of_the_speakers_with_the_partner_in_it_is_no_threat():
    """walk45b: "I'll talk to her tonight, and you'll be there with me." (a repair that landed) read as a threat at
    medium, which made the stepfamily report clinician-only and the thanks after it a fear response."""
    a = run_lines(("S2", 0.0, "I feel like an outsider in my own house."),
                  ("S1", 0.8, "I get that. I'll talk to him tonight, and you'll be there with me."))
    assert not flag(a, "talk to him", "threat")


def test_an_order_with_its_consequence_stays_a_threat():
    a = run_lines(("S2", 0.0, "I'm not done talking."), ("S1", 0.8, "Keep arguing and you'll be sleeping in the car."))
    assert flag(a, "sleeping in the car", "threat")


def test_not_waking_up_inside_a_long_weary_sentence_is_heard_self_harm():
    """walk45b: passive self-harm inside a long sentence of weariness read as nothing (no risk prompt)."""
    a = run_lines(("S2", 0.0, "You've been quiet this week."),
                  ("S1", 0.8, "It's just, I'm tired of everything lately, the rota, the bills, the calls with my mother, and "
                              "some nights I lie there and think it would be easier if I just didn't wake up, and then the "
                              "alarm goes and I'm doing it all again."))
    assert flag(a, "wake up", "self_harm", heard=True)


def test_weariness_of_everything_done_to_one_is_no_self_harm():
    a = run_lines(("S2", 0.0, "Why are you slamming things?"), ("S1", 0.8, "I'm sick of everything being left to me."))
    assert not flag(a, "sick of", "self_harm")


@pytest.mark.parametrize("line", ["Okay. That stung a bit, I'm not going to lie.", "Honestly? That one stung, not going to lie."])
def test_words_that_stung_are_no_self_harm(line):
    """walk45b: "That stung a bit, I'm not going to lie." (a hurt said in an appreciation practice) listed as self-harm."""
    a = run_lines(("S2", 0.0, "I appreciated the ironing, but you only do it when I've asked three times."), ("S1", 0.8, line))
    assert not flag(a, "stung", "self_harm")


def test_a_hurt_with_an_ending_in_it_stays_self_harm():
    a = run_lines(("S2", 0.0, "You've been crying."), ("S1", 0.8, "It hurts so much I want to end it all."))
    assert flag(a, "end it", "self_harm")


def test_you_always_say_that_in_a_row_stays_defensiveness():
    a = run_lines(("S2", 0.0, "You never listen to a word I say. You're useless."),
                  ("S1", 0.8, "You always say that and then you walk off."), ("S2", 0.8, "Because it's true!"))
    assert "defensiveness" in cats(a, "you always say that")


@pytest.mark.parametrize("line", ["Deal. And I'll put the kettle on while you're out there.",
                                  "Okay, go and get some air, and I'll stick the kettle on for when you're back."])
def test_the_kettle_offered_is_no_threat(line):
    """heldout14/heldout16 (read splits): an offer of tea read as a threat (a time clause read as "you're out")."""
    a = run_lines(("S2", 0.0, "I need to walk round the block for ten minutes."), ("S1", 0.8, line))
    assert not flag(a, "kettle", "threat")


def test_an_ultimatum_with_the_kettle_stays_a_threat():
    a = run_lines(("S2", 0.0, "I'm not your maid."), ("S1", 0.8, "Put the kettle on or you'll be sorry."))
    assert flag(a, "sorry", "threat")


def test_you_are_out_as_an_outcome_stays_a_threat():
    a = run_lines(("S2", 0.0, "I was only at Jen's."), ("S1", 0.8, "One more lie and you're out of this house."))
    assert flag(a, "out", "threat")


def test_not_allowed_out_alone_is_control_told_by_the_one_kept_in():
    """walk45b: "No, I know, I'm not allowed on my own." (after "You don't go to Karen's without me.") read only as a possible
    fear response; control told so is now heard, and said to be told by the one it is done to."""
    a = run_lines(("S2", 0.0, "We talked about this. You don't go to Karen's without me."),
                  ("S1", 0.8, "No, I know, I'm not allowed out on my own. I just thought, if you came with me."))
    told = flag(a, "not allowed", "coercion", heard=True)
    assert told and told[0].get("told_by_the_one_controlled")


def test_not_allowed_to_see_ones_sister_is_told_by_the_one_kept_from_her():
    a = run_lines(("S2", 0.0, "Why are you crying?"), ("S1", 0.8, "I'm not allowed to see my sister, you know that."))
    told = flag(a, "not allowed", "coercion")
    assert told and told[0].get("told_by_the_one_controlled")


def test_serving_the_one_who_threatened_just_after_is_a_possible_fear_response():
    """walk45a: "Do you want me to make you something to eat?" just after the veiled threat and an appeasing apology was
    read as nothing."""
    a = run_lines(*ROW, ("S2", 0.8, "Put them back on the hook. You know what happens when you push me."),
                  ("S1", 1.5, "Okay. Sorry. They're on the hook."), ("S1", 2.0, "Can I get you anything? Tea?"))
    assert flag(a, "get you anything", "appeasement")


def test_offering_food_in_a_calm_talk_is_nothing_unsafe():
    a = run_lines(("S2", 0.0, "I'm starving, I didn't get lunch."), ("S1", 0.8, "Do you want me to make you something to eat?"))
    assert not a["safety_flags"]
