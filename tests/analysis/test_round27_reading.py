"""Round 27's reading: fear of doing an everyday thing, and a nod that answers a bid's question."""

import pytest

from .test_context import flags, run

SEARCHED = ("Where's the receipt from the clinic? I went through your bag and it's not there.",
            "Is right there. I ain't hiding nothing.")


@pytest.mark.parametrize("line", ["I does be frighten to even leave it in my bag now.",
                                  "I'm scared to even leave my phone on the table now."])
def test_fear_of_doing_an_everyday_thing_is_fear_with_nobody_named(line):
    """Nobody is named, yet the fear is of what the partner does: "frighten to even leave it in my bag" (it was set
    aside as fear of no one before round 27)."""
    r = run(SEARCHED[0], SEARCHED[1] + " " + line)
    assert ("fear", "S2") in flags(r)


@pytest.mark.parametrize("line", ["I'm scared to fly to Lagos next week, honestly.",
                                  "I'm not scared to leave it in my bag, there's nothing in it.",
                                  "Don't frighten the kids with that mask."])
def test_fear_of_a_thing_a_negated_fear_or_frighten_as_a_verb_is_no_fear_of_the_partner(line):
    r = run("How was your day?", line)
    assert ("fear", "S2") not in flags(r)


def _met(r, speaker="S1"):
    return [(i["response"], i["response_reason"]) for i in r["reaching_for"].get(speaker, [])]


def test_a_nod_that_answers_a_bid_asking_something_takes_it_up():
    """"Can we get Thai?" / "Yes. Green curry.": the nod answers the question, it does not pass the bid by (it was
    read as a nod, then another subject, before round 27)."""
    r = run("Let me unload it now, and then can we get Thai? I'm starving.", "Yes. Green curry. I'll ring them.")
    assert _met(r) and _met(r)[0][0] == "toward"


def test_a_nod_then_a_question_on_another_subject_still_passes_the_bid_by():
    r = run("Can we get Thai tonight? I'm starving.", "Yeah. Did you ring the bank about the mortgage?")
    assert _met(r) and _met(r)[0] == ("away", "a nod, then another subject")


def test_a_lone_whatever_to_a_bid_turns_against_it():
    """"Whatever." waves the bid off (it was read as a withdrawal, turning away, before round 27); "Whatever works."
    is no lone dismissive word."""
    r = run("Can you please look at me? I need to know that you hear me.", "Whatever.")
    assert _met(r) and _met(r)[0] == ("against", "a dismissive reply")
    r = run("I need us to agree on one curfew and stick to it.", "Whatever works.")
    assert _met(r) and _met(r)[0][1] != "a dismissive reply"


def test_a_cool_to_a_rhetorical_question_then_ones_own_subject_still_passes_the_bid_by():
    r = run("The Leafs actually won, can you believe it?", "Cool. I'm thinking of painting the bathroom green.")
    assert _met(r) and _met(r)[0][0] == "away"


def test_an_offer_of_care_in_reply_takes_the_bid_up():
    """"Kettle's not long boiled if you want one." (it was read as a nod, then another subject, before round 27)."""
    r = run("You're up late. Couldn't sleep either?", "Nah. Just sitting. Kettle's not long boiled if you want one.")
    assert _met(r) and _met(r)[0] == ("toward", "an offer of care in reply")
    r = run("Fancy a cuppa?", "Do I look like I want a cuppa? Honestly.")
    assert _met(r) and _met(r)[0][0] != "toward"


@pytest.mark.parametrize("line, threat", [
    ("I'll take the kids to school tomorrow, you have a lie-in.", False),
    ("I'll take the kids swimming, go and put your feet up.", False),
    ("I'll take the kids and you'll never see them again.", True),
    ("I'll take the kids to my mother's and I'm not coming back.", True),
])
def test_the_children_taken_somewhere_ordinary_are_no_threat(line, threat):
    assert (("threat", "S2") in flags(run("You never help in the mornings.", line))) is threat


@pytest.mark.parametrize("line, threat", [
    ("Don't you dare walk off on me, Wade.", False),
    ("Don't you dare spoil the ending, I'm only on episode four.", False),
    ("Don't you dare tell the therapist about the money again.", True),
    ("Don't you dare mention the night at Sean's in there.", True),
])
def test_dont_you_dare_is_a_threat_when_it_demands_silence(line, threat):
    """"Don't you dare" alone is indignation; demanding silence is the threat (round 27)."""
    found = {c for c, who in flags(run("You never listen to a word I say.", line)) if who == "S2"}
    assert bool(found & {"threat", "therapy_threat"}) is threat


def test_what_the_two_of_them_did_with_money_is_no_control():
    """A walk-through's opening line read as financial control (0.87) and made the whole report clinician-only."""
    r = run("Tom, we need to talk about the holiday. I looked at the bank account this morning, and we have already spent "
            "far more than we planned.", "Okay. What did you find?",
            "You always do this. You book the expensive hotel, and you never tell me until the money is gone.")
    assert not [f for f in r["safety_flags"] if f["category"] == "financial_control"]


def test_a_title_ends_no_sentence_so_sarcastic_thanks_are_no_appreciation():
    """"Thank you so much, Mr. Financial Genius." was split at "Mr." and its thanks counted as appreciation."""
    r = run("That's not true. I told you about the hotel in March.", "Oh, wonderful. Thank you so much, Mr. Financial Genius.")
    assert not [m for m in r["markers"] if m["category"] == "appreciation"]
    assert [m for m in r["markers"] if m["category"] == "contempt" and m["speaker"] == "S2"]


def test_a_repair_said_in_one_breath_is_one_attempt_and_counts_match_the_lists():
    r = run("You always do this. You never tell me anything.", "That's not true. You're the one who wanted it.",
            "Okay, I'm sorry. Can we start again?", "Yeah. I'd like that. I'm sorry too, I got defensive.",
            "Yes, and honestly, you always know how to make me laugh when I'm stressed.")
    assert [(x["by"], x["quote"]) for x in r["repairs"]] == [("S1", "Okay, I'm sorry. Can we start again?"),
                                                           ("S2", "I'm sorry too, I got defensive.")]
    figures = {v["id"]: v for v in r["speakers"]}
    assert (figures["S1"]["repair_attempts"], figures["S2"]["repair_attempts"]) == (1, 1)
    assert figures["S1"]["appreciations"] == 1  # one sentence heard by two cues
    assert figures["S1"]["criticism"] == len(r["horsemen"]["S1"]["criticism"])


def test_a_short_follow_up_question_takes_the_bid_up():
    """"Okay. What did you find?" asks about what was just said (it was read as a nod, then another subject)."""
    r = run("Tom, we need to talk about the holiday. I looked at the bank account this morning.", "Okay. What did you find?")
    assert _met(r) and _met(r)[0][0] == "toward"


def test_a_closing_word_after_scorn_then_a_silence_the_partner_breaks_is_stonewalling():
    """"Fine." 0.4 s after the partner's sarcasm, then 4 s of silence that the partner breaks (a walk-through found no
    stonewalling there: the reply was quick, and the turn before it short)."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, end_of, say

    a = say("S1", 0.0, "Oh, wonderful. Thank you so much, Mister Financial Genius. I'm sure you have it all under control.")
    b = say("S2", end_of(a) + 0.4, "Fine.")
    c = say("S1", end_of(b) + 4.0, "Okay, I'm sorry, can we start again?")
    r = analyze(conversation(a, b, c))
    assert [m["phrase"] for m in r["markers"] if m["category"] == "stonewalling" and m["speaker"] == "S2"] == [
        "a closing word, then silence"]
    d = say("S2", end_of(b) + 4.0, "Okay, I'm sorry, can we start again?")  # the one who said it breaks the silence
    r = analyze(conversation(a, b, d))
    assert not [m for m in r["markers"] if m["category"] == "stonewalling" and m["phrase"] == "a closing word, then silence"]


def test_the_longest_turn_is_the_longest_of_either_partner():
    """"The longest turn was S1's, 8 s" where S2's was 10 s: it named the longest turn of whoever talked most."""
    r = run("I looked at the account. We spent more than we planned on the hotel and the flights this time.",
            "Okay.", "And the car insurance went up again, and the boiler needs a service before winter, so we are short.",
            "Right, so what I think we should do is sit down on Sunday with a coffee and go through every single thing we pay "
            "for each month, the phone, the gym, the streaming, and cut what we do not use.")
    text = next(o["text"] for o in r["observations"] if o.get("kind") == "talk_balance")
    longest = max(r["speakers"], key=lambda s: s["longest_turn_s"])
    assert f"The longest turn was {longest['name']}'s" in text


def test_the_cli_summary_numbers_the_observations_it_prints_from_one():
    """The safety observation is printed first, apart; the numbered list started at "2." (a walk-through)."""
    from talktogether_desktop.cli.analyze_cmds import summary_text

    text = summary_text(run("You always do this. You never tell me anything.", "I am afraid of you when you shout.",
                            "Okay, I'm sorry. Can we start again?"))
    import re

    numbered = [x.strip() for x in text.splitlines() if re.match(r"  \d+\. ", x)]
    assert numbered and numbered[0].startswith("1. ")
    assert [int(x.split(".")[0]) for x in numbered] == list(range(1, len(numbered) + 1))


def test_a_harsh_start_up_is_as_sure_as_its_quotes_not_as_the_heated_moment_it_opens():
    """The report's patterns said harsh start-up "high" and the observation "low": the heated moment starting at the
    same time was low, and its certainty was taken for the quote's."""
    from talktogether_desktop.analysis.observations import _confidence_of

    result = {"markers": [{"t": 11.04, "category": "criticism", "confidence": "high"}], "safety_flags": [],
              "escalation_points": [{"start": 11.04, "confidence": "low"}], "reaching_for": {}}
    assert _confidence_of({"kind": "harsh_startup", "evidence": [{"t": 11.04}]}, result) == "high"
    assert _confidence_of({"kind": "escalation", "evidence": [{"t": 11.04}]}, result) == "low"


def test_a_repair_in_one_breath_keeps_its_outcome_when_only_its_first_sentence_was_judged():
    from talktogether_desktop.analysis.patterns import _repairs

    markers = [{"t": 1.0, "end": 2.0, "speaker": "S1", "category": "repair", "quote": "Okay, I'm sorry."},
               {"t": 2.5, "end": 3.5, "speaker": "S1", "category": "repair", "quote": "Can we start again?"}]
    points = [{"what_next": {"repair_attempts": [{"t": 1.0, "accepted": False}]}}]
    assert [(r["landed"], r["outcome"]) for r in _repairs(markers, points)] == [(False, "missed")]
