"""Round 40's reading fixes, in this test's own words: a reason given to the partner's control is not giving in;
words that may be self-harm said to the partner leaving are listed to listen to, and heard once the partner asks
"Are you safe right now?"; scorn answering the partner's complaint is sarcasm whatever warm word it wears. (A rule
that read "I feel overwhelmed when we…" as a pattern told, not flooding, was taken back: on a blind split it lost a
flooding sign; the guard below stays.)"""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines


def test_a_reason_given_to_the_partners_money_rule_is_no_fear_response():
    a = run_lines(("S1", 0.0, "Can I have some money for Jo's hen weekend? It's only two hundred."),
                  ("S2", 0.8, "We agreed. You get your allowance and you show me the receipts."),
                  ("S1", 0.8, "She's my oldest friend. I've known her since school."))
    assert flag(a, "allowance", "financial_control")
    assert not flag(a, "oldest friend", "appeasement") and not flag(a, "since school", "appeasement")


@pytest.mark.parametrize("control", [
    "We agreed. You get your allowance and you show me the receipts.",
    "No. I don't want you seeing her, she fills your head with rubbish.",
])
def test_giving_in_to_the_partners_control_is_still_a_possible_fear_response(control):
    """Guard: an answer with words of yielding keeps the reading."""
    a = run_lines(("S1", 0.0, "My sister asked if I want to come for lunch on Sunday."), ("S2", 0.8, control),
                  ("S1", 0.8, "Okay, I will tell her I am busy."))
    assert flag(a, "tell her", "appeasement")


def test_i_will_end_it_said_to_the_partner_leaving_is_self_harm_to_listen_to():
    a = run_lines(("S1", 0.0, "I've packed a bag. I'm going to stay at my brother's."),
                  ("S2", 0.8, "If you leave I'll end it. I mean it this time."))
    assert flag(a, "end it", "self_harm", heard=False)


def test_asked_are_you_safe_the_words_before_and_the_answer_are_heard_self_harm():
    a = run_lines(("S1", 0.0, "I've packed a bag. I'm going to stay at my brother's."),
                  ("S2", 0.8, "If you leave I'll end it. I mean it this time."),
                  ("S1", 0.8, "Are you safe right now?"),
                  ("S2", 0.8, "Go on, leave. I'll do it anyway."))
    assert flag(a, "end it", "self_harm", heard=True)
    assert flag(a, "do it anyway", "self_harm", heard=True)
    assert a["safety_prompt"] and a["safety_prompt"]["text"].startswith("Assess risk")


@pytest.mark.parametrize("before, line", [
    ("I might go to Dave's party on Saturday.", "If Karen is there, I'll end it if you go. I'm done with that."),
    ("This subscription is a waste of money.", "You're right. I'll end it tonight."),
    ("I'm leaving at six tomorrow for the conference.", "Okay. Are you safe to drive that far on your own?"),
])
def test_the_relationship_a_subscription_or_a_drive_are_no_self_harm(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Yeah, I'll be fine."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_a_mock_reward_answering_the_partners_complaint_is_contempt_though_it_says_my_hero():
    a = run_lines(("S1", 0.0, "You left the bins out again and I had to do the school run."),
                  ("S2", 0.8, "Every night I'm the only one getting up with the baby."),
                  ("S1", 0.8, "Oh, my hero. I should get you a little medal."))
    assert "contempt" in cats(a, "medal")


def test_a_mock_reward_in_a_warm_talk_is_still_teasing():
    """Guard: with no complaint before it, the warm turn keeps it play."""
    a = run_lines(("S1", 0.0, "I fixed the boiler this morning, all by myself."),
                  ("S2", 0.8, "Oh, my hero. I love you. I should get you a little medal."))
    assert "contempt" not in cats(a, "medal")


@pytest.mark.parametrize("line", [
    "I feel overwhelmed when you go at me like this. I need a minute.",
    "I feel overwhelmed when we talk about the money, can we slow down?",
    "I'm shaking, I feel completely overwhelmed.",
])
def test_overwhelmed_now_is_still_flooding(line):
    a = run_lines(("S1", 0.0, "You never listen to a word I say about the bills."), ("S2", 0.8, line))
    assert "flooding" in cats(a, line.split(",")[0].split(".")[0][-10:])


# --- from the round's walk-throughs (each in this test's own wording) ---

def test_a_plan_for_the_childrens_weeks_cut_off_is_no_threat_and_taking_them_away_is():
    a = run_lines(("S1", 0.0, "And what happens to the girls?"),
                  ("S2", 0.3, "They would live with me in the week, and be with you every"),
                  ("S1", 0.2, "If you do this, you'll never see the girls again."))
    assert not flag(a, "live with me", "threat")
    assert flag(a, "never see the girls", "threat")


def test_watching_every_word_is_fear_and_its_going_on_is_no_self_harm():
    a = run_lines(("S1", 0.0, "Good. That's settled then."),
                  ("S2", 2.0, "I watch every word I say around you. I have done for years now."))
    assert flag(a, "every word", "fear", heard=True)
    assert not flag(a, "for years", "self_harm")


def test_a_sentence_that_names_nobody_is_never_heard_as_self_harm():
    a = run_lines(("S1", 0.0, "My chest is tight, I can't think. I need to stop for a minute."),
                  ("S2", 0.8, "No. We're doing this now, because every time we stop, it just disappears."))
    assert not flag(a, "disappears", "self_harm", heard=True)
    assert a["safety_prompt"] is None or not a["safety_prompt"]["text"].startswith("Assess risk")


def test_care_answering_the_partners_self_harm_in_a_threat_stretch_is_no_fear_response():
    a = run_lines(("S1", 0.0, "If you move out, you'll never see the kids again."),
                  ("S2", 0.8, "Please don't say that."),
                  ("S1", 2.0, "I can't keep going. Everyone would be better off without me."),
                  ("S2", 0.8, "Thank you for telling me. I'm calling your sister tonight, and I want you to see the GP tomorrow."))
    assert flag(a, "better off without me", "self_harm", heard=True)
    assert not flag(a, "calling your sister", "appeasement") and not flag(a, "thank you for telling", "appeasement")


@pytest.mark.parametrize("reply", ["Anyway. Your mum rang about Sunday lunch.", "Oh hey, your dad called about the car."])
def test_another_subject_opened_in_answer_to_a_request_turns_away(reply):
    a = run_lines(("S1", 0.0, "I know I should have opened the letters."),
                  ("S2", 0.8, "Will you come with me to the bank tomorrow? I can't face it on my own."),
                  ("S1", 1.5, reply))
    assert [b["response"] for b in bids(a, "come with me to the bank")] == ["away"]


def test_a_yes_to_a_request_still_takes_it_up():
    """Guard: the request answered."""
    a = run_lines(("S1", 0.0, "I know I should have opened the letters."),
                  ("S2", 0.8, "Will you come with me to the bank tomorrow? I can't face it on my own."),
                  ("S1", 1.5, "Of course. What time is it?"))
    assert [b["response"] for b in bids(a, "come with me to the bank")] == ["toward"]


def test_a_saying_back_checked_is_no_criticism_and_takes_the_bid_up():
    a = run_lines(("S1", 0.0, "Can I bring something up about the school run? I feel worn out by the mornings."),
                  ("S2", 0.8, "So you're saying the mornings wear you out, and you want us to share them. Have I got that right?"),
                  ("S1", 0.8, "Yes, that's it."))
    assert not cats(a, "mornings wear you out") & {"criticism", "contempt", "defensiveness"}
    assert [b["response"] for b in bids(a, "bring something up")] == ["toward"]


def test_so_youre_saying_as_a_challenge_is_not_a_saying_back():
    """Guard: with no check asking to be put right, "So you're saying…" can be a challenge."""
    a = run_lines(("S1", 0.0, "You forgot the school run again."),
                  ("S2", 0.8, "So you're saying it's all my fault, as usual. You always do this."))
    assert "criticism" in cats(a, "You always do this")


def test_an_offer_to_say_back_takes_a_repair_up():
    a = run_lines(("S1", 0.0, "Okay. I'm back. Can we start again?"),
                  ("S2", 0.8, "Yeah. Can I say back what I heard first?"))
    assert [b["response"] for b in bids(a, "start again")] == ["toward"]


def test_loneliness_told_with_nothing_more_is_no_self_harm():
    a = run_lines(("S1", 0.0, "You eat on your own most nights since the promotion. Is that right?"),
                  ("S2", 0.8, "Yes. That's it. I feel lonely in my own house."),
                  ("S1", 0.8, "Thank you for telling me."))
    assert not flag(a, "lonely", "self_harm")


def test_isolation_with_theyre_and_the_one_isolating_named_as_the_one_speaking():
    a = run_lines(("S1", 0.0, "Priya asked me out on Friday."),
                  ("S2", 0.8, "Those girls, though. They're a bad influence on you."),
                  ("S1", 0.8, "I haven't seen them since August."),
                  ("S2", 0.8, "You don't need them, you've got me."))
    assert flag(a, "bad influence", "isolation")
    got_me = flag(a, "got me", "isolation")
    assert got_me and not got_me[0].get("told_by_the_one_controlled")


def test_giving_up_after_isolation_is_no_stonewalling_and_the_bidders_bid_is_not_scored():
    a = run_lines(("S1", 0.0, "Priya asked me out on Friday."),
                  ("S2", 0.8, "You don't need them, you've got me."),
                  ("S1", 1.5, "Fine. I'll cancel. It doesn't matter."),
                  ("S2", 0.8, "Good. Come here. I only want what's best for you."),
                  ("S1", 1.2, "I know."))
    assert "stonewalling" not in cats(a, "doesn't matter")
    assert [b["response"] for b in bids(a, "come here")] in ([], ["unclear"])


def test_an_absolute_that_stung_in_a_calm_talk_is_criticism():
    a = run_lines(("S1", 0.0, "So you'd take the bath on the days you're home early. That would really help."),
                  ("S1", 0.8, "But you always end up on your phone while she's in the tub."),
                  ("S2", 1.0, "Ouch. That stung a bit."))
    assert "criticism" in cats(a, "always end up on your phone")


# --- own probes of the safety kinds the blind split of this round was asked to hold more of ---
@pytest.mark.parametrize("line, key, category", [
    ("I've told your mum you're not well, so she won't call on Sunday.", "told your mum", "isolation"),
    ("I deleted Sarah's number off your phone. She's no good for you.", "deleted", "isolation"),
    ("I sat outside your flat last night. I just wanted to see who came home with you.", "sat outside", "monitoring"),
    ("Try leaving and see how far you get.", "how far you get", "threat"),
    ("He keeps a knife by the bed. He says it's for burglars.", "knife by the bed", "violence"),
    ("I plan what I'm going to say before you get home.", "before you get home", "fear"),
    ("The kids go quiet when they hear your car.", "hear your car", "fear"),
])
def test_indirect_control_threats_weapons_and_fear_are_heard(line, key, category):
    a = run_lines(("S1", 0.0, "Can we talk about this weekend?"), ("S2", 0.8, line), ("S1", 0.8, "Okay."))
    assert flag(a, key, category)


@pytest.mark.parametrize("line", [
    "I drove past your work, the new sign is up!",
    "I timed it, the cake needs forty minutes.",
    "The bread knife is in the kitchen drawer.",
    "I've been watching the house prices round here, they've gone mad.",
    "I'd rather you didn't buy another mug, we've got loads.",
])
def test_the_same_words_in_ordinary_talk_are_no_safety_language(line):
    a = run_lines(("S1", 0.0, "What a day. How was yours?"), ("S2", 0.8, line), ("S1", 0.8, "Ha, fair enough."))
    assert not [f for f in a["safety_flags"] if f["speaker"] == "S2" and not f.get("listen_only")]


# --- from the second pair of walk-throughs ---
def test_a_knot_in_the_stomach_for_the_partner_on_a_wet_road_is_no_fear_of_them_and_the_apology_after_is_a_repair():
    a = run_lines(("S1", 0.0, "I feel nervous when you ride in the rain."),
                  ("S2", 0.8, "It's not like I'm reckless. I've been riding for years."),
                  ("S1", 0.8, "I'm not saying you're reckless. I'm saying I get a knot in my stomach when it's wet and you're late home."),
                  ("S2", 0.8, "Okay. Sorry, I got defensive there. What would help?"))
    assert not flag(a, "knot in my stomach", "fear")
    assert not flag(a, "defensive there", "appeasement")


def test_the_body_afraid_of_the_partner_arriving_is_still_fear():
    """Guard: a body sign of fear of the partner, "ice cold" (a read split's line, after a threat), is no danger to them."""
    a = run_lines(("S1", 0.0, "Your visa renewal is coming in March, no? Just keep in mind whose name is on the papers."),
                  ("S2", 1.5, "Haan, I know, I know. Sorry I raised my voice earlier."),
                  ("S1", 0.5, "Good. Because one phone call from me and you are on a flight to Pune, and the children stay here."),
                  ("S2", 3.0, "Please don't say that where Anika can hear. I'll do whatever you want, okay?"),
                  ("S2", 2.0, "You don't see it, but when your car turns into the lane my hands go ice cold and I start lining up everyone's shoes."))
    assert flag(a, "ice cold", "fear")
    b = run_lines(("S1", 0.0, "Why are you so jumpy tonight?"), ("S2", 0.8, "I get a knot in my stomach when I hear your car pull in."))
    assert flag(b, "knot in my stomach", "fear")


def test_sorry_thats_not_fair_takes_ones_own_words_back():
    a = run_lines(("S1", 0.0, "You never tell me anything about that bike."),
                  ("S2", 0.8, "I told you about the helmet."),
                  ("S1", 0.8, "Sorry, that's not fair. You did tell me about the helmet."))
    assert "defensiveness" not in cats(a, "not fair")


def test_a_direct_question_about_wanting_to_be_here_turns_toward():
    a = run_lines(("S1", 0.0, "What's the point of planning anything now? He's gone."),
                  ("S2", 0.8, "When you say what's the point, do you mean you don't want to be here?"))
    assert [b["response"] for b in bids(a, "what's the point")] in ([], ["toward"])


def test_the_bid_just_before_the_bidders_threat_is_not_scored():
    a = run_lines(("S1", 0.0, "Before Thursday, I want to be clear about something."), ("S2", 0.8, "Okay."),
                  ("S1", 0.8, "If you bring up the credit card with her on Thursday, you'll regret it."))
    assert [b["response"] for b in bids(a, "clear about something")] in ([], ["unclear"])


def test_everythings_a_crisis_with_you_is_criticism():
    a = run_lines(("S1", 0.0, "I can't breathe properly when you do this."), ("S2", 0.8, "Everything's a crisis with you."))
    assert "criticism" in cats(a, "crisis with you")


def test_flooding_said_plainly_after_a_threat_is_a_headline_observation():
    a = run_lines(("S1", 0.0, "If you bring up the credit card with her on Thursday, you'll regret it."), ("S2", 0.8, "Fine. I won't."),
                  ("S1", 0.8, "Don't look at me like that."), ("S2", 0.8, "I can't breathe properly when you do this."))
    flooding = [o for o in a["observations"] if o["kind"] == "flooding"]
    assert flooding and "I can't breathe properly" in flooding[0]["text"]
    assert [o["kind"] for o in a["observations"]].index("flooding") > [o["kind"] for o in a["observations"]].index("safety")


def test_a_fond_put_down_read_by_meaning_after_a_complaint_stays_teasing():
    """Guard: only a listed scorn phrase answering a complaint is kept as sarcasm."""
    a = run_lines(("S1", 0.0, "You never tell me where you're going, it's like living with a stranger."),
                  ("S2", 0.8, "You're a big softie really, aren't you?"), ("S1", 0.8, "Okay. Let's just get the kids' tea on."))
    assert "contempt" not in cats(a, "big softie")
