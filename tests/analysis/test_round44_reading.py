"""Round 44's reading fixes (round 43's left-alone misses and review cases), in this test's own words."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines

ASKED = ("S2", 0.0, "Are you looking forward to the holidays at all?")


@pytest.mark.parametrize("line", ["I won't make it to the new year, I've already written the notes.",
                                  "I don't know if I'll make it to the summer. I'm not sure I want to."])
def test_not_lasting_to_a_time_with_the_speakers_own_words_is_heard(line):
    """Round 43 review: passive self-harm in two sentences, no word of harm, read as nothing."""
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "What do you mean?"))
    assert flag(a, "make it to", "self_harm", heard=True)


@pytest.mark.parametrize("line", ["I don't think I'll make it to my next birthday.", "I won't make it to the new year.",
                                  "I can't see myself making it to the summer."])
def test_not_lasting_to_a_time_alone_is_listed_to_listen_to(line):
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "What?"))
    assert flag(a, "it to", "self_harm", heard=False)
    assert not flag(a, "it to", "self_harm", heard=True)


def test_not_lasting_after_heard_self_harm_is_heard():
    a = run_lines(("S2", 0.0, "You've gone quiet."), ("S1", 0.8, "You'd all be better off, honestly. I won't make it to Christmas."))
    assert flag(a, "make it to christmas", "self_harm", heard=True)


@pytest.mark.parametrize("line", ["I won't make it to the new year's party, I'm working.",
                                  "The doctors say I won't make it to Christmas.",
                                  "I don't think I'll make it to your birthday, sorry, I've got the conference.",
                                  "Mum won't make it to Christmas this year.",
                                  "I won't make it to the summer with this job, it's killing me.",
                                  "At this rate I won't make it to payday."])
def test_not_making_it_to_an_event_an_illness_or_someone_else_is_no_self_harm(line):
    """Guards: going to something, a named illness, another person, a job or payday."""
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "Shame."))
    assert not flag(a, "make it", "self_harm")


def test_coming_back_for_ones_things_is_no_repair():
    """Round 43 review a: a leaving line read as a repair attempt."""
    a = run_lines(("S2", 0.0, "You're leaving? Just like that?"), ("S1", 0.8, "Fine. I'll come back for my stuff tomorrow."))
    assert "repair" not in cats(a, "come back for")


def test_coming_back_to_the_talk_stays_a_repair():
    a = run_lines(("S2", 0.0, "You're walking out again."),
                  ("S1", 0.8, "I'm not walking out on you. I'm going to walk round the block, and I'll come back."))
    assert "repair" in cats(a, "come back")


def test_pity_waved_off_is_contempt_and_no_repair():
    """Round 43 review a: "…feel sorry for you?" counted as a repair attempt."""
    a = run_lines(("S2", 0.0, "I cried all day yesterday."), ("S1", 0.8, "Is that supposed to make me feel sorry for you?"))
    found = cats(a, "feel sorry for you")
    assert "repair" not in found and "contempt" in found


def test_a_loan_offered_by_family_is_no_money_control():
    """Round 43 review a: an offer of help from the parents heard as financial control."""
    a = run_lines(("S2", 0.0, "Good news, I hope."), ("S1", 0.8, "Your parents have offered to lend us the deposit."),
                  ("S2", 0.8, "That's kind of them."))
    assert not flag(a, "lend us", "financial_control", heard=True)


def test_money_given_with_a_rule_stays_control():
    """Guard: help from outside made the reason for a rule."""
    a = run_lines(("S2", 0.0, "I want my own card."), ("S1", 0.8, "My dad gave us that money, so I decide what you spend."))
    assert flag(a, "i decide what you spend", "financial_control", heard=True)


def test_what_was_i_supposed_to_say_is_defensiveness():
    """walk43a: "Well what was I supposed to say to her, no?" was missed."""
    a = run_lines(("S2", 0.0, "Why did you tell her we'd come for the whole week?"),
                  ("S1", 0.8, "Well what was I supposed to say to her, no?"))
    assert "defensiveness" in cats(a, "supposed to say")


def test_praise_brushed_aside_is_no_self_harm_no_attack():
    """walk43b / rep43: "It was on my way anyway." after thanks read as self-harm to listen to, defensiveness, and the
    thanks as a bid met against."""
    a = run_lines(("S2", 0.0, "Thank you for the dinner, it was lovely."), ("S1", 0.6, "It was on my way anyway."),
                  ("S2", 0.8, "Still, thank you."))
    assert not flag(a, "on my way", "self_harm")
    assert not cats(a, "on my way anyway") & {"defensiveness", "contempt", "criticism"}
    assert all(b["response"] != "against" for b in bids(a, "thank you for the dinner"))


def test_self_harm_in_a_reply_to_praise_is_still_read():
    """Guard: words of harm in the reply keep the reading by meaning."""
    a = run_lines(("S2", 0.0, "Thanks for the lift today, love."),
                  ("S1", 0.6, "Sure. Won't be doing it much longer, I'm done with living."), ("S2", 0.8, "What?"))
    assert flag(a, "done with living", "self_harm")


def test_refusal_with_a_reason_of_ones_own_is_no_stonewalling():
    """Read split h20: "Not tonight, Dan. My hips are bad." read as a withdrawal."""
    a = run_lines(("S2", 0.0, "Fancy an early night?"), ("S1", 0.8, "Not tonight, Dan. My hips are bad."))
    assert "stonewalling" not in cats(a, "not tonight")


def test_refusal_with_a_refusal_after_it_stays_stonewalling():
    a = run_lines(("S2", 0.0, "We need to talk about your mother."), ("S1", 0.8, "Not tonight. I'm not discussing this."))
    assert "stonewalling" in cats(a, "not tonight")


def test_an_obstacle_waved_off_is_no_stonewalling():
    """Read split h13: "I'm mucky but I don't care." (a cuddle offered) read as a withdrawal."""
    a = run_lines(("S2", 0.0, "Look at the mud on you!"), ("S1", 0.8, "Come here, give us a cuddle. I'm mucky but I don't care."))
    assert "stonewalling" not in cats(a, "don't care")


def test_not_caring_any_more_stays_stonewalling():
    a = run_lines(("S2", 0.0, "You said you'd call her."), ("S1", 0.8, "I know I said it but I don't care anymore."))
    assert "stonewalling" in cats(a, "don't care")


def test_a_treat_after_never_is_affection():
    """Read split h20: "And you never let me pay for the merienda, so this time it's my treat." read as criticism."""
    a = run_lines(("S2", 0.0, "Let me get this one."), ("S1", 0.8, "And you never let me pay for the merienda, so this time it's my treat."))
    assert "criticism" not in cats(a, "never let me pay")


@pytest.mark.parametrize("question", ["Are you having thoughts of suicide?", "Are you having thoughts of ending your life?"])
def test_the_partners_question_about_self_harm_is_not_their_own(question):
    """walk44b (c3): the risk question was flagged as the asker's self-harm and the risk prompt named both partners."""
    a = run_lines(("S1", 0.0, "Some days I honestly don't see the point."), ("S2", 1.0, question), ("S1", 1.0, "No. Not like that."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm" and "?" in f["quote"]]


def test_words_the_partner_asks_about_directly_are_heard():
    a = run_lines(("S1", 0.0, "I don't see the point some days."), ("S2", 1.0, "Are you having thoughts of suicide?"),
                  ("S1", 1.0, "No."))
    assert flag(a, "don't see the point", "self_harm", heard=True)


def test_an_answer_to_a_risk_question_is_no_push_back():
    """walk44b (c3): the question was a bid and "No, not like that." its push-back."""
    a = run_lines(("S1", 0.0, "Some days I honestly don't see the point of getting up."),
                  ("S2", 1.0, "Thank you for telling me. Can I ask you straight out, because I need to know. When you say you "
                              "don't see the point, are you having thoughts of ending your life?"),
                  ("S1", 1.0, "No. Not like that. I wouldn't do anything."))
    assert all(b["response"] not in ("away", "against") for b in bids(a, "ending your life"))


def test_harm_to_oneself_left_unsaid_as_the_price_of_going_is_self_harm_and_a_threat():
    """walk44a (c): "If you go to your sister's, I don't know what I'll do to myself." read as nothing at all."""
    a = run_lines(("S2", 0.0, "I'd like to go to Kerry's on Saturday."),
                  ("S1", 0.8, "If you go to your sister's, I don't know what I'll do to myself. I mean it."),
                  ("S2", 2.0, "Okay. Okay, I won't go."))
    assert flag(a, "do to myself", "self_harm", heard=True)
    assert flag(a, "do to myself", "threat")
    assert "repair" not in cats(a, "i won't go")


def test_wanting_sleep_told_big_is_no_self_harm():
    """walk44b (b2): "We're all dying for sleep." heard as self-harm with a risk prompt."""
    a = run_lines(("S2", 0.0, "I've been up since five, I'm dying for sleep here."), ("S1", 0.8, "We're all dying for sleep."))
    assert not flag(a, "dying for sleep", "self_harm")


def test_asking_to_sit_down_and_talk_is_a_repair():
    """walk44a (b): "Can we just sit down for a minute? Please." missed as a repair attempt."""
    a = run_lines(("S2", 0.0, "You're pathetic, you can't even lie properly."),
                  ("S1", 0.8, "Can we just sit down for a minute? Please. I want to tell you all of it, properly."))
    assert "repair" in cats(a, "sit down")


def test_a_phone_looked_through_asked_in_shock_is_only_to_listen_to():
    """walk44a (b): "You went through my phone?" made the partner who found the messages the controlling one (high)."""
    a = run_lines(("S2", 0.0, "Who's Jess? And don't say nobody, because I've read every single message."),
                  ("S1", 0.8, "You went through my phone? Since when do you go through my phone?"))
    assert not flag(a, "through my phone", "monitoring", heard=True)


# Taken out in round 44 (its lexicon lines read an office or a sleeping baby as fear (review b); the miss is left): test_keeping_ones_voice_down_since_a_night_is_fear


def test_praise_brushed_aside_in_two_short_sentences_is_no_self_harm():
    """walk43b (a1) in the report: "Oh stop. It was on my way anyway." kept its self-harm reading by meaning (the first
    sentence alone was taken as the reply) and made an appreciation practice clinician-only."""
    a = run_lines(("S2", 0.0, "You were amazing with my mum on Sunday, honestly. Thank you."),
                  ("S1", 0.6, "Oh stop. It was on my way anyway."), ("S2", 0.8, "I mean it."))
    assert not flag(a, "on my way", "self_harm")


REFLECT_BACK = (("S2", 0.0, "Yeah. Since Mum died he's just rattling round that house on his own, and I worry about him."),
                ("S1", 0.6, "So what I'm hearing is, you're worried about him being on his own in the house."),
                ("S2", 0.6, "That's it. And I feel guilty every time I drive away on a Sunday."),
                ("S1", 0.6, "You feel guilty leaving him there. That makes sense. Can I say my side now?"),
                ("S2", 0.6, "Go on."),
                ("S1", 0.6, "Maybe if we did up the garage as a room for him, with his own telly, and we kept Fridays for us."),
                ("S2", 0.6, "So you're saying a room of his own in the garage, and Fridays stay ours."),
                ("S1", 0.6, "Exactly."))


def test_the_partner_said_back_is_no_control():
    """walk44a (a): a warm reflect-back practice between two men was made clinician-only by isolation read by meaning
    in the partner's own words said back ("You feel guilty leaving him there.", "So you're saying a room of his own…")."""
    a = run_lines(*REFLECT_BACK)
    assert not [f for f in a["safety_flags"] if f["category"] in ("isolation", "monitoring", "coercion")]


def test_a_restatement_asked_as_a_challenge_keeps_its_reading():
    """Guard: "So you're saying I can't see my sister anymore?" is the one controlled, asking."""
    a = run_lines(("S2", 0.0, "Where were you? You were at Kerry's again."), ("S1", 0.8, "So you're saying I can't see my sister anymore?"))
    assert [f for f in a["safety_flags"] if f["category"] == "isolation"]
