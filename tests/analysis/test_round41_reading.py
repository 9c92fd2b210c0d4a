"""Round 41's reading fixes, in this test's own words: news the partner never gave is a complaint, not warmth
("You never told me you'd be back this late again."); urging the partner to kill themselves is a threat, never a
caring question about self-harm whose reply would be read as a disclosure."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines


@pytest.mark.parametrize("line", [
    "You never told me you'd be back this late again.",
    "You never said you were going to be out all night.",
    "You never mentioned you'd lost the job.",
])
def test_news_the_partner_never_gave_is_a_complaint_not_affection(line):
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "I texted you at six."))
    assert "appreciation" not in cats(a, line.split()[2])


def test_a_warm_never_stays_affection():
    """Guard: what the partner never did that would hurt is warmth."""
    a = run_lines(("S1", 0.0, "You never once made me feel like a burden when I was ill."),
                  ("S2", 0.8, "You were never a burden."))
    assert "criticism" not in cats(a, "never once")


@pytest.mark.parametrize("taunt", ["Why don't you go and kill yourself then?", "Just kill yourself then, see if I care."])
def test_urging_the_partner_to_kill_themselves_is_a_threat_and_the_reply_no_disclosure(taunt):
    a = run_lines(("S1", 0.0, "I can't do this anymore, you're always on at me."), ("S2", 0.8, taunt),
                  ("S1", 0.8, "Wow. That's a horrible thing to say."))
    assert flag(a, "kill yourself", "threat")
    assert not flag(a, "horrible", "self_harm")


def test_a_caring_question_about_self_harm_still_makes_the_answer_part_of_the_disclosure():
    """Guard: the question asked in care keeps its reading."""
    a = run_lines(("S1", 0.0, "I don't see the point of any of it anymore."),
                  ("S2", 0.8, "Are you thinking of killing yourself?"),
                  ("S1", 0.8, "Sometimes. At night mostly."))
    assert flag(a, "at night", "self_harm")


def test_a_past_attempt_told_in_a_counterfactual_is_self_harm_and_laughing_is_not():
    a = run_lines(("S1", 0.0, "If you hadn't found me that night, I'd have killed myself."), ("S2", 0.8, "I know. I'm glad I did."))
    assert flag(a, "killed myself", "self_harm")
    b = run_lines(("S1", 0.0, "I'd have killed myself laughing if I'd seen his face."), ("S2", 0.8, "It was priceless."))
    assert not flag(b, "killed myself", "self_harm")


def test_held_up_against_the_fridge_is_violence_and_a_deadline_is_not():
    a = run_lines(("S1", 0.0, "He had me up against the fridge last week."), ("S2", 0.8, "That's not what happened."))
    assert flag(a, "fridge", "violence", heard=True)
    for line in ("The boss had me up against a deadline all week.", "You had me up against the ropes in that debate, fair play."):
        b = run_lines(("S1", 0.0, line), ("S2", 0.8, "Ha, fair enough."))
        assert not [f for f in b["safety_flags"] if f["category"] == "violence"]


@pytest.mark.parametrize("line", ["I rang your work to check you were actually there.",
                                  "I called your boss and asked where you were all afternoon."])
def test_checking_up_through_the_partners_work_is_monitoring(line):
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "Why would you do that?"))
    assert [f for f in a["safety_flags"] if f["category"] == "monitoring" and f["speaker"] == "S1"]


def test_ringing_the_partners_office_with_news_is_no_monitoring():
    """Guard."""
    a = run_lines(("S1", 0.0, "I rang your office to tell you the boiler's fixed."), ("S2", 0.8, "Oh great, thanks."))
    assert not [f for f in a["safety_flags"] if f["category"] == "monitoring"]


def test_the_partners_people_said_to_be_unneeded_is_isolation_and_seeing_them_off_is_not():
    a = run_lines(("S1", 0.0, "My sister's having a barbecue on Saturday."),
                  ("S2", 0.8, "Stay here with me. You don't need to see her again."))
    assert flag(a, "need to see her", "isolation")  # (not the bare "…see her.": "It's just a sprain" of the GP, review 2)
    b = run_lines(("S1", 0.0, "Your mum's flight lands at six."), ("S2", 0.8, "You don't need to see them off, I'll take them."))
    assert not [f for f in b["safety_flags"] if f["category"] == "isolation"]


@pytest.mark.parametrize("news, reply", [("I rang your office to tell you the boiler's fixed.", "Oh great, thanks."),
                                         ("I got us tickets for Saturday.", "Oh great! I'm so pleased."),
                                         ("I've booked the table for eight.", "Oh great, thank you.")])
def test_oh_great_with_thanks_or_gladness_at_good_news_is_no_contempt(news, reply):
    a = run_lines(("S1", 0.0, news), ("S2", 0.8, reply))
    assert "contempt" not in cats(a, "oh great")


@pytest.mark.parametrize("news, reply", [("The car failed its MOT again.", "Oh great. That's all we need."),
                                         ("I told your mum we can't come.", "Oh great, thanks a lot.")])
def test_oh_great_at_bad_news_or_with_scornful_thanks_stays_sarcasm(news, reply):
    """Guard."""
    a = run_lines(("S1", 0.0, news), ("S2", 0.8, reply))
    assert "contempt" in cats(a, "oh great")


def test_the_days_after_a_night_out_not_worth_it_are_no_self_harm_and_the_answer_no_disclosure():
    """walk41a: fear of the partner's reaction, told sideways, was read as self-harm; the appeasement after it as the
    answer to a question about self-harm."""
    a = run_lines(("S1", 0.0, "I'd rather you didn't text him so much either. I'm only saying it because I love you."),
                  ("S2", 0.8, "It's easier if I just don't go. Last time I went, the next few days weren't worth it."),
                  ("S1", 0.8, "What does that mean?"),
                  ("S2", 0.8, "Nothing. No, you're right. I'll tell them I can't make it. Sorry."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]
    assert flag(a, "text him", "isolation")
    assert flag(a, "weren't worth it", "fear")  # the price of going, after the partner's control


def test_life_not_worth_it_stays_self_harm():
    """Guard."""
    a = run_lines(("S1", 0.0, "How was your day?"), ("S2", 0.8, "Honestly, life isn't worth it anymore. I can't keep going."))
    assert [f for f in a["safety_flags"] if f["category"] == "self_harm"]


@pytest.mark.parametrize("line", ["I think you're better off at home with me. They don't really care about you the way I do.",
                                  "And I'd rather you didn't see them so much."])
def test_isolation_said_as_love(line):
    a = run_lines(("S1", 0.0, "The quiz with Liam and the others is on Friday."), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "isolation" and f["speaker"] == "S2"]


def test_a_playful_kick_asked_for_is_no_violence_nor_threat():
    a = run_lines(("S1", 0.0, "Could you sit with me a bit more when we're there?"),
                  ("S2", 0.8, "Yes. Kick me under the table if I disappear."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("violence", "threat")]


def test_missing_the_partner_is_no_isolation():
    a = run_lines(("S1", 0.0, "I don't want to do three days there again. Last year I barely saw you."),
                  ("S2", 0.8, "I know. I'm sorry."))
    assert not flag(a, "barely saw you", "isolation")


def test_agreeing_with_the_partners_thanks_is_no_contempt():
    a = run_lines(("S1", 0.0, "That's not fair. You always make it a problem."), ("S2", 0.8, "I'm sorry, you're right."),
                  ("S1", 0.8, "Thank you. This went better than last year."), ("S2", 0.8, "It did. The break helped."))
    assert "contempt" not in cats(a, "break helped")


def test_you_say_that_but_is_defensiveness():
    a = run_lines(("S1", 0.0, "I'm not keeping score. I just want one day that's ours."),
                  ("S2", 0.8, "You say that, but every time it's my family, it becomes a problem."))
    assert "defensiveness" in cats(a, "you say that")


def walk41b_mother(*extra):
    return run_lines(("S1", 0.0, "So this is about the telly. My mum can barely walk and you're worried about the telly."),
                     ("S2", 0.8, "Forget it."), ("S1", 0.8, "I'm scared about her, Mark. I need you with me on this."),
                     ("S2", 0.8, "Because whatever I say is wrong."), ("S1", 0.8, "I never said you can't stand her."),
                     ("S2", 0.8, "You didn't have to."), *extra)


def test_an_ordinary_row_about_a_parent_holds_no_safety_reading():
    """walk41b: fear for her mother and a plan said as 'we' were read by meaning as fear of the partner and a threat,
    and made the report clinician-only. (Blame in the same row, read by meaning as blaming, stays: a gate asking for
    harm or control beside it lost 10 of 60 blaming lines of a sentence set said alone.)"""
    a = walk41b_mother(("S1", 0.8, "Yes. And maybe we keep Friday nights just for us, whatever happens."),
                       ("S2", 0.8, "I'd like that."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("fear", "threat")]


def test_blame_for_harm_heard_stays():
    """Guard: blame after violence the rules heard is still read."""
    a = run_lines(("S1", 0.0, "You grabbed my wrist and shoved me into the counter."),
                  ("S2", 0.8, "Because you wouldn't stop going on and on. You made me do that and you know it."))
    assert [f for f in a["safety_flags"] if f["category"] in ("blaming", "violence") and f["speaker"] == "S2"] or \
        [f for f in a["safety_flags"] if f["category"] == "violence"]


def test_fear_of_the_partner_stays():
    """Guard."""
    a = run_lines(("S1", 0.0, "Why are you so quiet tonight?"), ("S2", 0.8, "I'm scared of you when you drink, Mark."))
    assert flag(a, "scared of you", "fear")


def test_owning_it_in_the_next_breath_is_no_defensiveness():
    a = run_lines(("S1", 0.0, "I thought you booked it last week. You said you'd do it on Monday."),
                  ("S2", 0.8, "I did say that. I forgot. I'll do it tonight."))
    assert "defensiveness" not in cats(a, "i did say")


def test_a_defence_not_owned_stays():
    """Guard."""
    a = run_lines(("S1", 0.0, "You said you'd be home by six."),
                  ("S2", 0.8, "I did say that, but the traffic was awful. Sorry, but it's not my fault."))
    assert "defensiveness" in {m["category"] for m in a["markers"] if m["speaker"] == "S2"}


def test_asking_the_partner_to_ease_off_is_a_repair_and_handing_the_task_back_is_stonewalling():
    a = run_lines(("S1", 0.0, "I thought you booked it last week. You said you'd do it on Monday."),
                  ("S2", 0.8, "I did say that. I forgot. I'll do it tonight."),
                  ("S1", 0.8, "Oh, you forgot. What a shock. The great organiser strikes again."),
                  ("S2", 0.8, "Come on, that's a bit much."),
                  ("S1", 0.8, "Is it? You can't book one campsite without me holding your hand."),
                  ("S2", 0.8, "Fine. Do it yourself, then."))
    assert "repair" in cats(a, "bit much")
    assert "stonewalling" in cats(a, "do it yourself")


def test_gladness_shared_in_an_appreciation_practice_is_no_self_harm():
    """walk41b: 'Me too. I felt human all day.' put a safety box on an appreciation practice."""
    a = run_lines(("S1", 0.0, "Yeah. Sorry, I do that, don't I. Thank you. I'm really glad you got the sleep."),
                  ("S2", 0.8, "Me too. I felt human all day."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


@pytest.mark.parametrize("reply", ["Me too. I've been thinking everyone would be better off without me.",
                                   "Yeah. Honestly I didn't want to be here at all, I don't want to be anywhere."])
def test_despair_said_after_agreeing_stays_self_harm(reply):
    """Guard."""
    a = run_lines(("S1", 0.0, "I'm really glad you told me how bad it's been. Thank you."), ("S2", 0.8, reply))
    assert [f for f in a["safety_flags"] if f["category"] == "self_harm"]
