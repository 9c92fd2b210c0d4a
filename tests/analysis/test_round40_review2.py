"""A second review of round 40's reading (ce43dab..98826f2), by a helper: each test below passed on ce43dab and failed
on 98826f2 (fixed after it). Left out: "Are you safe right now?" answered with no self-harm words flagged before (the
first review wanted no flag after black ice, an ex at the door or a rough hostel; this one wanted the answer heard after
"I've been sorting out my will"): the question counts as one about self-harm only within 3 minutes after the partner's
flagged words (before this round it was no such question at all)."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines


def _ex(before, line, after="Okay."):
    return run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, after))


# --- told_apart.fear_for_partner: a danger word (motorway, road, ice) with a word of anger that is not in TEMPER
# (screaming, furious, lose it, swerve to scare me, punish me) drops fear OF the partner entirely: first_person_fear,
# body_fear_of_partner and the meaning reading all skip it; ce43dab heard each. ("on the ice" is also meth.)
@pytest.mark.parametrize("line, words", [
    ("I'm scared when you're on the motorway and screaming at me.", "screaming at me"),
    ("I'm scared when you speed on the motorway to punish me.", "punish me"),
    ("My stomach knots when you're on the motorway and furious with me.", "furious with me"),
    ("I get a knot in my stomach when you swerve on the road to scare me.", "to scare me"),
    ("I start shaking when you lose it at other drivers on the road.", "lose it"),
    ("I'm scared when you've been on the ice for days.", "on the ice"),
    ("I'm terrified when you've had a few on the flight and you start on the crew.", "start on the crew"),
    ("I freeze when you come home late from the road trip completely wasted.", "completely wasted"),
    ("I can't stop shaking when you've been on the snow all weekend.", "on the snow"),
])
def test_fear_of_the_partner_with_a_road_or_ice_word_and_anger_in_other_words_is_still_heard(line, words):
    a = _ex("Why do you go so quiet in the car?", line)
    assert flag(a, words, "fear", heard=True)


# --- defied.harm_as_pressure: PRESSURE ("if you", "on you", "because of you") matched anywhere in the sentence, negated
# or caring: a partner telling their own suicidal thoughts gently is listed as making a THREAT (coercion), and in
# put_on_you their disclosure is scored as turning against the partner's bid (toward on ce43dab).
@pytest.mark.parametrize("line", [
    "I don't want to put this on you, but I've been thinking about killing myself.",
    "If you notice me talking about killing myself again, call my sister.",
    "When I wanted to kill myself, it wasn't because of you.",
    "Wanting to kill myself was never on you, love.",
    "I didn't kill myself because of you. You kept me going.",
])
def test_self_harm_told_gently_is_not_heard_as_self_harm_used_as_pressure(line):
    a = _ex("You've been so far away lately.", line, "Thank you for telling me. I'm here.")
    assert flag(a, "kill", "self_harm", heard=True)
    assert not [f for f in a["safety_flags"] if f["category"] == "threat"]


def test_self_harm_told_as_a_burden_put_on_the_partner_does_not_turn_against_their_bid():
    a = _ex("You've been so far away lately.", "I don't want to put this on you, but I've been thinking about killing myself.",
            "I'm so glad you told me.")
    assert [b["response"] for b in bids(a, "so far away")] != ["against"]


# --- bid_context.asks_about_harm: ANY reply holding "kill yourself" / "want to be here" that was read as turning
# against is flipped to toward, though it is the attack itself ("Why don't you go and kill yourself then?").
@pytest.mark.parametrize("bid, reply", [
    ("Can you just hold me for a minute? I've had an awful day.", "Why don't you go and kill yourself then?"),
    ("I really need you to listen to me tonight.", "Do you even want to be here? Because I don't want you here."),
])
def test_an_attack_worded_as_a_question_about_harm_is_not_turning_toward(bid, reply):
    a = run_lines(("S1", 0.0, bid), ("S2", 0.8, reply), ("S1", 0.8, "Wow."))
    assert [b["response"] for b in bids(a, bid.split("?")[0].split(".")[0])] == ["against"]


# --- context.py: "sorry" in the 3 words before "that's not fair" makes it owning; "I'm sorry but that's not fair, I
# did it all last week." is a protest, and "Oh sorry, that's not fair, is it? Poor you." sarcasm: defensiveness lost.
@pytest.mark.parametrize("before, line, words", [
    ("You never do the school run.", "I'm sorry but that's not fair, I did it all last week.", "that's not fair"),
    ("I did the washing up, at least.", "Oh sorry, that's not fair, is it? Poor you.", "that's not fair"),
])
def test_sorry_but_thats_not_fair_and_sarcastic_sorry_stay_defensiveness(before, line, words):
    a = _ex(before, line, "Stop it.")
    assert "defensiveness" in cats(a, words)


# --- Round 40's new lexicon phrases (a3ca8e4) heard in ordinary talk: none of these was listed on ce43dab.
# Self-harm HEARD with "Assess risk before the next session" (safety_self_harm.txt: "hope i don't wake up", "no one would
# even notice", "no one would notice if i", "about not waking up", "none of this will be your problem").
@pytest.mark.parametrize("before, line, words", [
    ("Are you coming to bed?", "Soon. I hope I don't wake up the baby when I come in.", "wake up the baby"),
    ("There's a stain on my shirt.", "Put your jumper on, no one would even notice.", "no one would even notice"),
    ("Is it okay to wear this again?", "No one would notice if I wore the same dress, would they?", "same dress"),
    ("Why so many alarms?", "I worry about not waking up for the early flight.", "early flight"),
    ("The builders are driving me mad.", "Once they're gone, none of this will be your problem.", "your problem"),
])
def test_waking_the_baby_a_stain_a_dress_an_alarm_or_the_builders_are_no_self_harm(before, line, words):
    a = _ex(before, line)
    assert not flag(a, words, "self_harm", heard=True)
    assert not (a["safety_prompt"] and a["safety_prompt"]["text"].startswith("Assess risk"))


# Violence (safety_violence.txt: "gun in the drawer", "a gun in the house", "keeps a gun", "knife by the bed",
# "showed me the knife"): a glue gun, a gun refused, a licensed farm gun, a cheese knife, a chef's knife.
@pytest.mark.parametrize("before, line, words", [
    ("Where's the glue?", "The glue gun in the drawer is broken.", "glue gun"),
    ("Should we get a gun for the farm?", "I'd never have a gun in the house, not with the kids.", "never have a gun"),
    ("Is it safe up there?", "My dad keeps a gun for the foxes, it's all licensed.", "for the foxes"),
    ("What's that smell?", "There's still a knife by the bed from the cheese last night.", "from the cheese"),
    ("How was the cooking class?", "The chef showed me the knife he uses for sushi.", "for sushi"),
])
def test_a_glue_gun_a_farm_gun_or_a_kitchen_knife_is_no_violence(before, line, words):
    a = _ex(before, line)
    assert not flag(a, words, "violence")


# Threat (safety_threat.txt: "you'll only see the kids if", "see how far you get"): bedtime, a crossword dare.
@pytest.mark.parametrize("before, line, words", [
    ("I'm working late.", "You'll only see the kids if you get back before bedtime.", "before bedtime"),
    ("I'll do the crossword on my own.", "Go on then, see how far you get!", "see how far"),
])
def test_bedtime_and_a_crossword_dare_are_no_threat(before, line, words):
    a = _ex(before, line, "I'll try.")
    assert not flag(a, words, "threat")


# Fear of the partner (safety_fear.txt: "^ you frighten me", "you scare me sometimes", "when i hear your car/key",
# "always on edge when you", "rehearse what i'm going to say"): a silly voice, a quiz, a welcome home, fear of flying,
# a job interview.
@pytest.mark.parametrize("before, line, words", [
    ("That film was so creepy.", "You frighten me when you do that voice!", "that voice"),
    ("I knew all the answers.", "You scare me sometimes, you know everything.", "know everything"),
    ("What's your favourite bit of the day?", "I always smile when I hear your car in the drive.", "smile"),
    ("How do you always have tea ready?", "I put the kettle on when I hear your key in the door.", "kettle"),
    ("Why were you texting so much?", "I'm always on edge when you fly, I hate planes.", "hate planes"),
    ("Nervous about tomorrow?", "I always rehearse what I'm going to say before an interview.", "interview"),
])
def test_a_silly_voice_a_welcome_home_flying_or_an_interview_is_no_fear_of_the_partner(before, line, words):
    a = _ex(before, line, "Ha.")
    assert not flag(a, words, "fear")


# Isolation (safety_isolation.txt: "told your mum you're not/can't", "told your sister you're not", "you've got me at
# home", "blocked her on your phone", "^ you're not going to that party/to her"): a message passed on, help at home, a
# block asked for, surprise asked as a question. With the flag, the partner's "Thanks." became appeasement and
# "Did Kate ring?" was scored as turned against.
@pytest.mark.parametrize("before, line, words", [
    ("Did anyone call?", "I told your mum you're not feeling great, she's sending soup over.", "sending soup"),
    ("What did my mum want?", "I told your mum you can't make Sunday because of your shift.", "your shift"),
    ("Did Kate ring?", "I told your sister you're not back till Friday, she'll ring then.", "till Friday"),
    ("I'm worried about the kids tonight.", "Don't worry, you've got me at home with them.", "with them"),
    ("Is she still messaging me?", "I blocked her on your phone like you asked, she won't bother you again.", "like you asked"),
    ("I'm skipping Tom's thing tonight.", "You're not going to that party? I thought you wanted to go.", "that party"),
    ("I'm not doing Christmas at my sister's.", "You're not going to her house this year? Why not?", "her house"),
])
def test_a_message_passed_on_help_at_home_or_a_surprised_question_is_no_isolation(before, line, words):
    a = _ex(before, line, "Thanks.")
    assert not flag(a, words, "isolation")
    assert "appeasement" not in cats(a, "Thanks.")


# Monitoring (safety_monitoring.txt: "drove past your mum's", "waited/sat outside your work", "^ i timed you",
# "been watching the house $"): a lift, a drive home, a run timed when asked, a house-sitter.
@pytest.mark.parametrize("before, line, words", [
    ("How was the drive?", "Fine. I drove past your mum's on the way back, the roofers are there.", "roofers"),
    ("Where were you?", "I waited outside your work to pick you up like we said.", "like we said"),
    ("You're early.", "I sat outside your work for ten minutes, I was early to get you.", "early to get you"),
    ("How was my run?", "I timed you, you did the whole lap in nine minutes, well done.", "well done"),
    ("Who's feeding the cat?", "While we're away, Sue has been watching the house.", "Sue"),
])
def test_a_lift_a_timed_run_or_a_house_sitter_is_no_monitoring(before, line, words):
    a = _ex(before, line)
    assert not flag(a, words, "monitoring")


# --- sentences.said_back: a saying-back with the speaker in it ("…you need me to call when I'm running late, have I got
# that right?") is no longer one (SPEAKER words), and the practised skill itself is counted as a you-statement.
@pytest.mark.parametrize("bid, reply", [
    ("I get so anxious when you're late and don't call.",
     "So you're saying you need me to call when I'm running late, have I got that right?"),
    ("It hurts when you check your phone while I'm talking.",
     "So you're saying you feel ignored when I'm on my phone, is that what you mean?"),
])
def test_a_saying_back_that_names_the_speaker_is_no_you_statement(bid, reply):
    a = run_lines(("S1", 0.0, bid), ("S2", 0.8, reply), ("S1", 0.8, "Yes, exactly."))
    assert "you_statements" not in cats(a, "so you're saying")


# --- practice/fidelity.OPENS_SAYING_BACK: a reply that opens "So you're saying…" skips the check for criticism or contempt
# in the turn, so sarcasm ("So you're saying I'm a terrible husband. What's wrong with you?") counts as saying back and
# the practice reads "yes — both partners said back" (ce43dab: partly, only Ana).
@pytest.mark.parametrize("first, sarcastic, second", [
    ("I had a hard week at work and the new manager keeps changing the deadlines.",
     "So you're saying your week was harder than mine, as usual. You always have to win.",
     "So what I hear is you had a long week too. Did I get that right?"),
    ("I feel lonely when you work every weekend.",
     "So you're saying I'm a terrible husband. What's wrong with you? You never appreciate anything.",
     "It sounds like you feel attacked. Is that close?"),
])
def test_a_sarcastic_so_youre_saying_is_no_saying_back_in_the_practice(first, sarcastic, second):
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.practice.fidelity import assess

    from .timeline import conversation, end_of, say

    out, t = [], 0.0
    for k, text in enumerate((first, sarcastic, second)):
        u = say("S1" if k % 2 == 0 else "S2", t, text)
        out.append(u)
        t = end_of(u) + 0.5
    r = assess({"template": "reflect_back"}, analyze(conversation(*out), names={"S1": "Ana", "S2": "Ben"}))
    assert r["verdict"] == "partly"
    assert not any(e["quote"].startswith("So you're saying") for e in r["evidence"])



def test_are_you_safe_tonight_asked_two_minutes_after_the_words_of_despair_is_still_about_self_harm():
    chat = ["So what time is your mum coming on Sunday?", "About eleven I think, she said she'd ring first.",
            "Okay, I'll get the roast in early then.", "Do we need anything from the shop for it?",
            "Potatoes, and maybe some gravy granules.", "I'll go tomorrow after work.", "Can you also grab milk, we're nearly out.",
            "Sure, semi-skimmed?", "Yes please, two of them.", "Okay, noted.", "And the kids need new school shoes soon.",
            "Let's do that on Saturday morning.", "Fine, the shop opens at nine.", "Great."] * 2
    a = run_lines(("S1", 0.0, "Honestly I've been thinking everyone would be better off without me."),
                  *[("S2" if k % 2 == 0 else "S1", 1.5, x) for k, x in enumerate(chat)],
                  ("S2", 1.0, "Can I ask, are you safe tonight?"), ("S1", 0.8, "Honestly? I don't know."))
    assert flag(a, "I don't know", "self_harm", heard=True)
    assert [b["response"] for b in bids(a, "are you safe tonight")] != ["against"]


# --- told_apart.YIELDING now holds "look", "then", "check"…: a defiant answer to the partner's isolation is read, to
# listen to, as appeasement (a possible fear response): "Look, I'm seeing my friends on Friday, whether you like it or not."
def test_a_defiant_look_im_seeing_my_friends_is_no_appeasement():
    a = run_lines(("S1", 0.0, "I don't like you seeing those girls, they fill your head with rubbish."),
                  ("S2", 0.8, "Look, I'm seeing my friends on Friday, whether you like it or not."), ("S1", 0.8, "We'll see."))
    assert not flag(a, "whether you like it", "appeasement")
