"""Phrases read in their sentence: negation, warm absolutes, questions, reported speech, idioms,
blame-shifting, first-person fear, and the wider safety categories (DOMAIN.md §6-7)."""

import pytest

from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say


def run(*lines, gap=0.5):
    """Alternating S1/S2 lines (a line may be (speaker, text))."""
    utterances, t = [], 0.0
    for k, line in enumerate(lines):
        speaker, text = line if isinstance(line, tuple) else ("S1" if k % 2 == 0 else "S2", line)
        u = say(speaker, t, text)
        utterances.append(u)
        t = end_of(u) + gap
    return analyze(conversation(*utterances))


def cats(r, category):
    return [m["text"] for m in r["markers"] if m["category"] == category]


def flags(r):
    return [(f["category"], f["speaker"]) for f in r["safety_flags"]]


@pytest.mark.parametrize("text", ["It's not my fault, nobody told me.", "I am not sorry for bringing it up.",
                                  "That's not my fault at all."])
def test_a_negated_apology_is_no_repair(text):
    r = run(text)
    assert cats(r, "repair") == []


def test_not_my_fault_is_defensiveness_and_double_negation_cancels_withdrawal():
    r = run("It's not my fault, nobody told me the time changed.", "It's not that I don't care, I just forgot.")
    assert cats(r, "defensiveness") and not cats(r, "stonewalling")


@pytest.mark.parametrize("text", [
    "You always know how to make me smile after a long day.",
    "You never once made me feel like a burden when I was sick.",
    "You never fail to cheer me up, you know that?",
    "You're always so thoughtful with my parents.",
    "And you've never once let me feel like I was too much for you.",
    "You've never forgotten my birthday, not in twelve years.",
    "You always land on your feet, you know that?",
])
def test_warm_absolutes_are_affection_not_criticism(text):
    r = run(text)
    assert cats(r, "criticism") == [] and cats(r, "appreciation")
    assert r["harsh_startup"]["flag"] is False


@pytest.mark.parametrize("text", [
    "You always know every answer at the pub quiz. Twenty years and you still surprise me.",
    "Honestly, you're disgusting, eating it straight from the jar. Love you.",
    "You never let me win at cards, you rotter. Come here.",
    "You're a total nerd about trains, you know that. Best kind of nerd.",
    # warmth after a "but" is still warmth; warmth said as luck, sweetness, thanks to a "love"
    "You're impossible, na? Telling my mother her biryani beats mine. Cheeky, but I love you.",
    "Every time I come home you've got the kettle on. How'd I get so lucky?",
    "Every time the footy's on you shout at the telly, and it's the cutest thing.",
    "Every time I'm stressed about money you sit down with me and sort it. Thank you, love.",
    "You're ridiculous, singing to the dog like that, and I love it.",
])
def test_criticism_or_contempt_in_a_plainly_warm_turn_is_teasing(text):
    r = run(text)
    assert cats(r, "criticism") == [] and cats(r, "contempt") == []


@pytest.mark.parametrize("text", [
    "I love you, but you never listen to me.",
    "Cheeky, but I love you, but you never listen to me.",
    "You never listen to me. You only care about yourself.",
    "You always leave it to me. Don't you dare walk off. Come here.",
])
def test_warmth_taken_back_or_absent_leaves_criticism_standing(text):
    assert cats(run(text), "criticism")


@pytest.mark.parametrize("text", ["You never listen to me.", "You always leave the kitchen in a mess.",
                                  "Why do you always take the long way home?"])
def test_cold_absolutes_stay_criticism(text):
    assert cats(run(text), "criticism")


def test_a_question_about_a_habit_is_not_an_attack():
    assert cats(run("Do you always take the long way home from work?"), "criticism") == []


def test_reported_speech_and_fiction_are_not_the_speakers_own():
    r = run("My boss said you never finish anything on time.", "In the film he says I'll kill you and leaves.",
            "He said that? That's ridiculous of him.")
    assert cats(r, "criticism") == [] and cats(r, "contempt") == [] and r["safety_flags"] == []


@pytest.mark.parametrize("text", ["This traffic is killing me.", "My feet are killing me after that hike.",
                                  "I'd kill for a holiday."])
def test_idioms_are_not_safety_language(text):
    assert run(text)["safety_flags"] == []


def test_blame_shifting_is_not_reported_as_violence():
    r = run("You grabbed me and pushed me against the wall.", "You pushed me to it, you know how you get.")
    assert ("violence", "S1") in flags(r)
    assert ("blaming", "S2") in flags(r) and ("violence", "S2") not in flags(r)
    assert any(m["speaker"] == "S2" for m in r["markers"] if m["category"] == "defensiveness")


def test_first_person_fear_of_the_partner_is_a_safety_signal_not_a_bid():
    r = run("Can we talk about the weekend?", "I'm scared to bring anything up with you.")
    assert ("fear", "S2") in flags(r)
    assert all("scared" not in b["quote"] for b in r["reaching_for"].get("S2", []))


@pytest.mark.parametrize("text", ["I am scared too, but I am proud of you.",
                                  "I'm a bit scared of the move, though I know you'll be brilliant."])
def test_fear_in_one_clause_and_the_partner_in_a_contrasting_one_is_no_safety_flag(text):
    # A false fear flag would also stop the repair before it from counting (safety first).
    assert run("I'm sorry, I know this is a big change for us.", text)["safety_flags"] == []


def test_fear_with_the_partner_as_its_reason_is_still_a_safety_flag():
    assert ("fear", "S2") in flags(run("Why won't you talk to me?", "I'm scared because you shout when I do."))


def test_fear_of_losing_the_partner_is_not_a_safety_flag():
    assert run("I'm scared of losing you, I need to know we're okay.")["safety_flags"] == []


@pytest.mark.parametrize("text, category", [
    ("Give me your bank card. You get an allowance from now on.", "financial_control"),
    ("You have to ask me before you spend anything.", "financial_control"),
    ("Who said you could go through my things?", "monitoring"),
    ("Give me your password, I want to read your messages.", "monitoring"),
    ("You're not seeing your sister this weekend.", "isolation"),
    ("If you bring this up in front of the therapist again, you will be sorry.", "therapy_threat"),
    ("Don't you dare tell the therapist about the money.", "therapy_threat"),
    ("Sometimes I think everyone would be better off without me.", "self_harm"),
])
def test_wider_safety_categories(text, category):
    r = run(text)
    assert {f["category"] for f in r["safety_flags"]} == {category}
    assert r["safety_flags"][0]["group"]


def test_self_harm_asks_for_a_risk_assessment_before_the_next_session():
    r = run("I just don't see the point of waking up anymore.")
    assert r["safety_prompt"]["text"].startswith("Assess risk before the next session")
    assert r["observations"][0]["kind"] == "safety_prompt"


def test_one_flag_per_sentence_and_kind():
    r = run("If you bring this up in front of the therapist again, you will be sorry.")
    assert len(r["safety_flags"]) == 1 and cats(r, "repair") == []


@pytest.mark.parametrize("text", ["Right, so now it is my fault that she copies me.", "Oh, so it's my fault?"])
def test_so_now_its_my_fault_protests_the_blame_and_is_no_repair(text):
    r = run("You let her have the tablet at dinner every night and you never say no.", text)
    assert cats(r, "repair") == [] and cats(r, "defensiveness")


@pytest.mark.parametrize("text", ["And I'm sorry, but it's hardly my fault he's on his own since Mum died.",
                                  "Sorry, but you started it.", "I am sorry, but it is not my fault."])
def test_sorry_but_denying_ones_part_is_no_repair(text):
    r = run("You left your brother alone at the party again.", text)
    assert cats(r, "repair") == [] and cats(r, "defensiveness")


@pytest.mark.parametrize("text", ["I'm sorry, but I need to go now.", "I'm sorry. It was my fault, but I was tired."])
def test_sorry_then_but_without_denial_stays_a_repair(text):
    assert cats(run("You left without saying goodbye.", text), "repair")


def test_owning_a_fault_is_still_a_repair():
    assert cats(run("You forgot to call the school again.", "It is my fault, I should have called."), "repair")


def test_defending_violence_the_partner_told_of_is_blaming():
    r = run("He grabbed my wrist and shoved me into the door last week.",
            "What was I supposed to do, you were screaming in my face.")
    assert ("blaming", "S2") in flags(r)
    justified = [f for f in r["safety_flags"] if f["category"] == "blaming"]
    assert justified and justified[0]["phrase"] == "violence justified"


def test_a_violence_reading_only_to_listen_to_makes_no_defence_a_justification():
    """A reading by meaning too unsure to flag as heard ("she's wee'd on the rug again" read as
    violence) does not turn the partner's excuse into a safety flag of its own."""
    from talktogether_desktop.analysis import across

    told = {"t": 1.0, "end": 4.0, "speaker": "S1", "category": "safety_violence", "source": "meaning"}
    excuse = {"t": 6.0, "end": 8.0, "speaker": "S2", "category": "defensiveness", "phrase": "it's not like i"}
    assert across.violence_justified([excuse], [{**told, "_strength": "low"}]) == []
    assert [j["phrase"] for j in across.violence_justified([excuse], [{**told, "_strength": "medium"}])] == ["violence justified"]


@pytest.mark.parametrize("text, category", [
    ("My shift overran, it's not like I did it on purpose.", "defensiveness"),
    ("And you're perfect, are you? Who forgot the bins last week?", "defensiveness"),
    ("So I'm the bad guy again, brilliant.", "defensiveness"),
    ("Okay, that's on me, I should have asked you first.", "repair"),
    ("I started that badly. Can I try again?", "repair"),
    ("Do what you like, I'm going to bed.", "stonewalling"),
    ("Right, gold star for you, you loaded a dishwasher.", "contempt"),
    ("With what money, genius?", "contempt"),
])
def test_general_forms_of_the_horsemen_and_repair(text, category):
    r = run("You never listen to me, you're so selfish.", text)
    assert [m for m in r["markers"] if m["speaker"] == "S2" and m["category"] == category]


def test_genius_as_praise_is_not_contempt():
    r = run("You fixed the boiler yourself? You're a genius, that saved us a fortune.")
    assert cats(r, "contempt") == []


def test_an_absolute_in_a_calm_stretch_is_not_read_as_an_attack():
    """Nothing tense around it, before or after: "you always spot them first" in a talk about birds is
    not criticism; the same words inside a quarrel are."""
    line = "Where? Oh yes. You always spot them first, you do."
    r = run("Look, a goldfinch on the feeder.", line, "I had a good teacher. Shall we put the kettle on?", "Go on then.")
    assert cats(r, "criticism") == []
    r = run("You never tell me anything, it's pathetic.", line, "Whatever.")
    assert [m for m in r["markers"] if m["speaker"] == "S2" and m["category"] == "criticism"]


def test_an_absolute_that_starts_a_quarrel_stays_criticism():
    r = run("You're always on that phone.", "I was only checking the football scores, what's your problem?",
            "My problem is you never look up from it.")
    assert cats(r, "criticism")


@pytest.mark.parametrize("reply, contempt", [
    ("No, I forgot. I'm useless, me.", False),
    ("I'm such a total muppet, I left my keys at work again.", False),
    ("Oh no, I am such an idiot.", False),
    # the insult is not the speaker's of themself
    ("Whatever, I'm done with this pathetic conversation.", True),
])
def test_an_insult_said_of_oneself_is_no_contempt(reply, contempt):
    r = run("Did you remember to pick up the bread?", reply)
    assert bool([m for m in r["markers"] if m["speaker"] == "S2" and m["category"] == "contempt"]) == contempt


@pytest.mark.parametrize("reply, repair", [
    ("Oh, I'm sorry, I didn't realise I was your personal chauffeur now.", False),
    ("Sorry, I didn't realise you were the fridge police.", False),
    ("Sorry, I didn't realise it was open, I'll shut it.", True),
])
def test_a_sorry_that_mocks_is_contempt_not_a_repair(reply, repair):
    r = run("You left the fridge door open again.", reply)
    cats = {m["category"] for m in r["markers"] if m["speaker"] == "S2"}
    assert ("repair" in cats) == repair and ("contempt" in cats) != repair


@pytest.mark.parametrize("reply, stonewalling", [
    ("Right. Whatever.", True),
    ("Fine. I said it doesn't matter.", True),
    ("Do what you want.", True),
    ("Nope, I'm not getting into this again.", True),
    # the same words with no door shut: a plan, a choice handed over in fear, a story
    ("Doesn't matter, we can get the later bus.", False),
    ("Please, I'll do whatever you want.", False),
    ("I'm not getting into the sales job, I've decided to stay.", False),
])
def test_shutting_the_subject_is_stonewalling(reply, stonewalling):
    r = run("You said you'd ring the school and you didn't, again.", reply)
    assert bool([m for m in r["markers"] if m["speaker"] == "S2" and m["category"] == "stonewalling"]) == stonewalling


def test_drop_it_shuts_the_subject_but_dropping_something_off_is_an_errand():
    complaint = "You said you'd book the car in and it still hasn't been done."
    assert [m for m in run(complaint, "I said fine. Drop it.")["markers"] if m["category"] == "stonewalling"]
    assert not [m for m in run(complaint, "Can you drop it off? I've a meeting at nine.")["markers"]
                if m["category"] == "stonewalling"]


@pytest.mark.parametrize("reply, contempt", [
    ("Shut up, no way! When do you start?", False),
    ("Shut up. Seriously? Come here, you.", False),
    ("Shut up. I'm not listening to this.", True),
])
def test_shut_up_followed_by_surprise_is_delight(reply, contempt):
    r = run("I got the job at the hospital! They rang this afternoon.", reply)
    assert bool(cats(r, "contempt")) == contempt


QUARREL = "You never tell me where you're going, it's like living with a stranger."


@pytest.mark.parametrize("reply, kind", [
    ("Nope. Not having this conversation, not now, not ever.", "stonewalling"),
    ("Leave it. Just leave it, alright?", "stonewalling"),
    ("Is that it? Can I go now?", "stonewalling"),
    ("Say what you want, I'm putting my headphones on.", "stonewalling"),
    ("Ach, I'm away out, I cannae be doing with this.", "stonewalling"),
    ("I graft all day, come home, and this is the welcome I get, unbelievable.", "defensiveness"),
    ("The way you behaved in front of my parents was a disgrace. You're an embarrassment.", "contempt"),
    ("Honestly, talking to you is like talking to a brick wall.", "contempt"),
    ("Of course you forgot, you forget everything that matters to me.", "criticism"),
])
def test_shutting_down_excuses_and_scorn_in_everyday_words(reply, kind):
    assert cats(run(QUARREL, reply), kind)


@pytest.mark.parametrize("reply", ["Howzit, babe, I'm done at work early, want me to grab the kids?",
                                   "Leave it on the side, I'll put it away later.",
                                   "I'm done with the washing, your turn."])
def test_a_task_finished_or_an_errand_is_not_shutting_down(reply):
    assert cats(run(QUARREL, reply), "stonewalling") == []
