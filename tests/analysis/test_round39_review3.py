"""Round 39's third review (rev39c): ways the changes after the second review (8525a0b..a3cfe38) hide risk the state
before them heard, or misread ordinary talk; each fails on a3cfe38 and passes on 8525a0b."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines


# 1. New self-harm phrases "i'll take every pill $", "you're coming back to a funeral", "worry about me much longer $"
#    hear ordinary talk (a course of antibiotics, a bereavement, a healing knee) and ask "Assess risk before the next
#    session" (8525a0b: nothing, or only to listen to, and no prompt).
@pytest.mark.parametrize("before, line, key", [
    ("Did the doctor give you antibiotics for your chest?", "Yes, ten days of them. Don't worry, I'll take every pill.",
     "every pill"),
    ("I've booked my flight home for Thursday.", "I'm so sorry, love. You're coming back to a funeral.", "funeral"),
    ("How's the knee this morning?", "Much better. You won't have to worry about me much longer.", "much longer"),
])
def test_ordinary_talk_is_not_heard_as_self_harm(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, key, "self_harm", heard=True)
    assert not (a["safety_prompt"] and a["safety_prompt"]["text"].startswith("Assess risk"))


# 2. New threat phrases "what i'm like when i'm pushed so", "people fall down the stairs $", "^ accidents happen you know",
#    "accidents happen to people who talk" hear self-disclosure, an old nan, a broken vase forgiven, road safety.
@pytest.mark.parametrize("before, line, key", [
    ("Why did you go so quiet at dinner?", "You know what I'm like when I'm pushed so hard at work. I just shut down.",
     "pushed"),
    ("Does your nan really need a stair lift?", "She's ninety. Old people fall down the stairs.", "stairs"),
    ("I'm so sorry, I knocked your vase off the shelf.", "Accidents happen, you know. Don't worry about it.", "accidents"),
    ("I only answered one call on the motorway.", "Accidents happen to people who talk on the phone while driving.",
     "accidents"),
])
def test_ordinary_talk_is_not_heard_as_a_threat(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, key, "threat", heard=True)


# 3. New violence phrases "you broke my phone when/so", "he kicked in the door" hear a phone sat on and a locksmith
#    (the bid before turned "against": "reply with violence").
@pytest.mark.parametrize("before, line, key", [
    ("Why is your screen cracked?", "You broke my phone when you sat on it, remember?", "broke my phone"),
    ("Do you want my old phone?", "You broke my phone so you can buy me a new one, ha.", "broke my phone"),
    ("How did you get back in last night?", "The locksmith was late, so he kicked in the door for us.", "kicked in"),
])
def test_a_mishap_is_not_heard_as_violence(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, key, "violence", heard=True)


# 4. New "i'll put you on a budget" hears help offered with a budgeting app as financial control (and "Want me to help?"
#    as a threat).
def test_a_budget_app_offered_is_not_financial_control():
    a = run_lines(("S1", 0.0, "I keep overspending on takeaways."),
                  ("S2", 0.8, "Want me to help? I'll put you on a budget app if you like."))
    assert not flag(a, "budget", "financial_control", heard=True)
    assert not flag(a, "help", "threat", heard=True)


# 5. told_apart.asked_as_care now needs "when you" and dropped "safe"/"drive"/"road" from OUT_SAFELY: a location asked
#    for one icy drive home becomes heard monitoring and the partner's news is "turned against".
@pytest.mark.parametrize("line, key", [
    ("Could you share your location with me on the way? The roads are icy.", "location"),
    ("Can you send me your location when you drive back? I just want to know you're safe.", "location"),
])
def test_a_location_asked_for_one_drive_as_care_stays_to_listen_to(line, key):
    a = run_lines(("S1", 0.0, "I'm driving back from my mum's tonight."), ("S2", 0.8, line))
    assert flag(a, key, "monitoring") and not flag(a, key, "monitoring", heard=True)
    assert bids(a, "driving back")[0]["response"] != "against"


# 6. Monitoring narrowed to "i check where you are" / "i checked where you were" and "see where you are on" dropped;
#    "bring me that receipt / those receipts" dropped: checking said as a warning and receipts demanded are no longer
#    heard (the bid before becomes "turned toward").
@pytest.mark.parametrize("before, line, key, category", [
    ("I was at Jo's, I told you.", "Don't lie. I can see where you are on Find My.", "see where you are", "monitoring"),
    ("I was at the gym all evening.", "Don't think I haven't checked where you were.", "checked", "monitoring"),
    ("I'm just popping to Sam's.", "I'll check where you are, so don't bother lying.", "check where", "monitoring"),
    ("I bought the kids new shoes today.", "Bring me those receipts. All of them.", "receipts", "financial_control"),
    ("I only got a few bits in town.", "Bring me that receipt. Now.", "receipt", "financial_control"),
])
def test_checking_and_receipts_demanded_stay_heard(before, line, key, category):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, key, category, heard=True)


# 7. "everything's my fault" narrowed to "…again" / "so (now) everything's my fault": the innocent victim's line
#    is now read as a repair ("my fault") and the complaint as "turned toward".
@pytest.mark.parametrize("before, line", [
    ("You forgot to lock the back door again.", "Oh right, everything's my fault, is it?"),
    ("The bins didn't go out again.", "Everything's my fault, isn't it?"),
    ("We missed the train.", "Oh, of course, everything is my fault."),
])
def test_everything_is_my_fault_said_bitterly_is_no_repair(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "repair" not in cats(a, "my fault")
    assert "defensiveness" in cats(a, "my fault")


# 8. answers.AGREEING lost "yes/yeah/great": the partner's plan praised after a plain yes is contempt ("genius $").
@pytest.mark.parametrize("before, line", [
    ("What if we put the sofa against the other wall?", "Yes! You're a genius."),
    ("We could ask your brother to take the dog.", "Yes. You're a genius."),
    ("I fixed the boiler, it was just the pressure.", "Yeah, that's great. You're a genius."),
])
def test_praise_after_a_plain_yes_is_not_contempt(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "contempt" not in cats(a, "genius")


# 9. answers.MOCK_INTEREST: only tell/more/listening/… repairs in a sentence of contempt are mock, so "Fair enough, here
#    comes miss perfect." counts a repair attempt again.
def test_fair_enough_opening_contempt_is_no_repair():
    a = run_lines(("S1", 0.0, "You never wash up after yourself."), ("S2", 0.8, "Fair enough, here comes miss perfect."))
    assert "contempt" in cats(a, "miss perfect")
    assert "repair" not in cats(a, "fair enough")


# 10. reply_words.COLD gained "trying": a reassurance that ends "…you're trying" turns the partner's worry or hard word
#     about themselves into "turned against" ("the reply reads as an attack").
@pytest.mark.parametrize("before, line, key", [
    ("I feel like such a failure.", "You're not a failure, you're trying so hard.", "failure"),
    ("I was worried you'd be cross about the dent in the car.", "No, not at all. I know you're trying.", "dent"),
])
def test_a_warm_no_with_youre_trying_is_not_turning_against(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert bids(a, key) and bids(a, key)[0]["response"] != "against"


# 11. New stonewalling "can we not have this", "^ i can't do this now": a dinner asked against and a talk put off to a
#     time named are withdrawals ("turned away").
@pytest.mark.parametrize("before, line, key", [
    ("I'm making the tuna pasta again tonight.", "Can we not have this again? We had it twice this week.", "not have this"),
    ("We need to talk about your mum.", "I can't do this now, I'm at work. Can we talk tonight at eight?", "do this now"),
])
def test_ordinary_not_now_is_not_withdrawal(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "stonewalling" not in cats(a, key)
