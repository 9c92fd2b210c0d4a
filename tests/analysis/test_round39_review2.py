"""Round 39's second review (rev39b): ways the round's later reading changes hid risk the state before them heard or
misread ordinary talk; each failed on those changes and passes on the state before them."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis import analyze

from .found import bids, cats, flag
from .timeline import conversation, run_lines, say


# 1. Self-harm narrowed to "take every pill in", "you'll be coming back to a funeral" and dropped "worry about me much
#    longer": the means named without "in …", "you're coming back to a funeral" and the partner's worry "soon over" said
#    in a leaving fight lose "Assess risk before the next session" (two stay only to listen to, three are not flagged).
@pytest.mark.parametrize("before, line, key", [
    ("I'm leaving tonight and you can't stop me.", "Fine, go. I'll take every pill I can find.", "every pill"),
    ("I'm leaving tonight and you can't stop me.", "Go then. I'll take every tablet I can find.", "every tablet"),
    ("I'm going to my sister's and I'm not coming back.", "Then I'll take every pill. See how you feel then.", "every pill"),
    ("I'm going to stay at my mum's for a bit.", "If you walk out that door you're coming back to a funeral.", "funeral"),
    ("I can't keep worrying about you like this.", "You won't have to worry about me much longer. I've made my mind up.",
     "much longer"),
])
def test_self_harm_said_in_a_leaving_fight_is_heard(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, key, "self_harm", heard=True)
    assert a["safety_prompt"] and a["safety_prompt"]["text"].startswith("Assess risk")


# 2. New idiom "i could die of" takes the hyperbole out of a line of passive ideation (was self-harm to listen to).
def test_could_die_of_loneliness_and_nobody_would_care_stays_to_listen_to():
    a = run_lines(("S1", 0.0, "Why are you always in bed?"),
                  ("S2", 0.8, "I could die of loneliness in this house and nobody would care."))
    assert flag(a, "could die", "self_harm")


# 3. Veiled menace dropped or anchored to the sentence end: heard as threat before, nothing now.
@pytest.mark.parametrize("before, line, key", [
    ("I'm telling the counsellor about last week.", "Careful. Accidents happen, you know. People fall down stairs.", "stairs"),
    ("I'm going to tell my sister what you did.", "Accidents happen to people who talk too much.", "accidents"),
    ("Why won't you just let me go out with Jo?", "You know what I'm like when I'm pushed, Sarah, so don't.", "pushed"),
    ("I'm going out whether you like it or not.", "You know what I'm like when I'm pushed so I wouldn't.", "pushed"),
])
def test_veiled_menace_is_still_a_threat(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, key, "threat", heard=True)


# 4. Violence told by the one it was done to, narrowed to "you kicked the door in" / dropped "you broke my phone".
@pytest.mark.parametrize("before, line, key", [
    ("Tell them about Friday.", "He kicked in the door and I hid in the bathroom.", "kicked in the door"),
    ("Why didn't you call your sister back?", "Because you broke my phone when I tried to call her.", "broke my phone"),
])
def test_violence_told_by_the_one_it_was_done_to_is_heard(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, key, "violence", heard=True)


# 5. Economic control narrowed to "i've/i'm/i put you on a budget" and "card back when you show me/learn/can/…".
@pytest.mark.parametrize("before, line, key", [
    ("I just need a bit for the bus.", "I'm going to put you on a budget, it's for your own good.", "budget"),
    ("Where's my bank card?", "You can have your card back when you apologise.", "card back"),
])
def test_the_allowance_and_the_card_kept_as_a_price_are_financial_control(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, key, "financial_control", heard=True)


# 5b. control_lookalikes.own_payment: "only" taken out of its rule words (and "kept" added to DONE), so the cards kept
#     in the speaker's name alone, said as the new rule, go from heard to only to listen to.
def test_the_cards_kept_in_the_speakers_name_only_stay_heard():
    a = run_lines(("S1", 0.0, "Why can't I use the joint account any more?"),
                  ("S2", 0.8, "I've kept the bank cards in my name only. That's how it works now."))
    assert flag(a, "bank cards", "financial_control", heard=True)


# 6. told_apart.asked_as_care: OUT_SAFELY holds "safe", "late", "drive", so a standing demand for the partner's location
#    with any worry after it becomes only to listen to (and "I'm driving to my mum's" is then "turned toward").
@pytest.mark.parametrize("before, line", [
    ("I'm going out with the girls tonight.", "Can you share your location with me the whole time? I need to know you're safe."),
    ("I'm meeting Tom after work.", "Could you send me your location every hour? You were late last time."),
    ("I'm driving to my mum's on Saturday.", "Will you turn your location back on and keep it on? I don't like you driving."),
])
def test_a_standing_location_demand_with_a_worry_stays_heard(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, "location", "monitoring", heard=True)


# 7. engine: fear by meaning inside the speaker's own "I'm not talking to you" is made low: fear said outright goes to
#    listen-only because a refusal to talk shares its sentence.
def test_fear_said_beside_a_refusal_to_talk_stays_heard():
    a = run_lines(("S1", 0.0, "Don't walk away from me."),
                  ("S2", 0.8, "I'm not talking to you when you've been drinking, you frighten me."))
    assert flag(a, "frighten me", "fear", heard=True)


# 8. "can we not" narrowed: after a threat, "Can we not have this conversation right now?" was appeasement; now nothing.
def test_asking_not_to_have_it_out_after_a_threat_is_appeasement():
    a = run_lines(("S1", 0.0, "Say that again and see what happens."),
                  ("S2", 0.8, "Can we not have this conversation right now?"))
    assert flag(a, "this conversation", "appeasement")


# 9. told_apart.asked_back: a repair echoed and WELCOMED ("Start again? I'd like that.") is read as turned down, since
#    TAKING_IT lacks "like", "good", "go on"...; old: it eased after the repair.
@pytest.mark.parametrize("reply", ["Start again? I'd like that. I really would.", "Start again? Go on then. From the top."])
def test_a_repair_echoed_and_welcomed_lands(reply):
    from .test_round39_reading import STEPSON

    lines = [(s, a, b, reply if t.startswith("Start again?") else t) for s, a, b, t in STEPSON]
    an = analyze(conversation(*(say(spk, start, text, end=end) for spk, start, end, text in lines)))
    tried = [r for p in an["escalation_points"] for r in p["what_next"]["repair_attempts"]]
    assert any(r["accepted"] for r in tried)


# 10. answers.thanks_in_scorn extended + the new "like normal people": a time-out proposed with a dig loses its repair
#     (old: the repair was kept and the stretch "eased after" it).
def test_a_break_proposed_with_a_dig_is_still_a_repair_attempt():
    a = run_lines(("S1", 0.0, "You always walk off in the middle of things."), ("S2", 0.8, "You never let me finish."),
                  ("S1", 0.8, "Let's take a break and talk tomorrow like normal people."))
    assert "repair" in cats(a, "take a break")


# 11. New control phrases heard on ordinary help and admin.
@pytest.mark.parametrize("before, line, category", [
    ("My phone's nearly dead and I'm lost.", "Send me the postcode and I'll check where you are on the map.", "monitoring"),
    ("I'm stuck at the services, the car's broken down.", "Let me see where you are on the map and I'll come and get you.",
     "monitoring"),
    ("The estate agent rang again about the viewing.", "We're not selling. I wouldn't bother ringing him back.", "isolation"),
    ("I'm doing the tax return tonight.", "Can you bring me that receipt from the garage when you're done?",
     "financial_control"),
])
def test_ordinary_help_is_no_control(before, line, category):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, "", category)


# 12. Vulnerability and the wish to live normally read as horsemen by the new phrases.
@pytest.mark.parametrize("before, line, key, category", [
    ("What's wrong? Come here.", "I'm such a mess today. Don't look at me.", "look at me", "defensiveness"),
    ("Why are you crying?", "I've let everyone down. Everything's my fault.", "my fault", "defensiveness"),
    ("Why are you always at home?", "I just want to be able to go out like a normal person.", "normal person", "contempt"),
    ("How are you coping with the cuts at work?", "At least I have a job. Half my team got let go.", "have a job", "contempt"),
])
def test_a_soft_or_worried_line_is_no_horseman(before, line, key, category):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert category not in cats(a, key)


# 13. reply_words.reassures: the hard word denied then a dig ("You're not a failure. You're just not trying.") now turns
#     toward (old: against).
def test_failure_denied_then_blamed_is_no_turning_toward():
    a = run_lines(("S1", 0.0, "You said you'd sort the bills."), ("S2", 0.8, "I feel like such a failure."),
                  ("S1", 0.8, "You're not a failure. You're just not trying."))
    assert "toward" not in [b["response"] for b in bids(a, "such a failure")]


# 14. "^ that wasn't fair $" as a repair: the wronged partner's protest about the partner's act ("You read my
#     messages. That wasn't fair.") is read as their apology, and after the monitoring as heard appeasement.
def test_that_wasnt_fair_said_of_the_partners_act_is_no_apology():
    a = run_lines(("S1", 0.0, "I went through your phone last night."), ("S2", 0.8, "You read my messages. That wasn't fair."))
    assert not flag(a, "wasn't fair", "appeasement")
    assert "repair" not in cats(a, "wasn't fair")


# 15. answers.praise_after_agreeing: AGREEING holds "good", "great", "perfect", so sarcasm after a mishap ("Yeah, good.
#     You're a genius.") is no longer contempt. (Sarcasm is hard from words; old read it as contempt by the rules.)
def test_genius_after_a_mishap_and_a_sarcastic_yes_is_still_contempt():
    a = run_lines(("S1", 0.0, "I think I locked the keys in the car again."), ("S2", 0.8, "Yeah, good. You're a genius."))
    assert "contempt" in cats(a, "genius")


# 16. (Judgement call, against the lead's deliberate PLEADED_AFTER) after an allowance rule, the plea "Please. I'm trying
#     so hard." (DOMAIN §6's own example of appeasement) is no longer listed as a possible fear response.
def test_a_plea_after_an_allowance_rule_is_a_possible_fear_response():
    a = run_lines(("S1", 0.0, "Your allowance is forty a week and that's final."),
                  ("S2", 0.8, "I just want to be able to buy my own shampoo. Please. I'm trying so hard."))
    assert flag(a, "please", "appeasement")
