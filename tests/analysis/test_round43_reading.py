"""Round 43's reading fixes (walk-throughs 43a and 43b), in this test's own words."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines


DISCLOSURE = (("S2", 0.0, "And the school trip needs paying by Friday. I can put it on my card, I suppose."),
              ("S1", 0.8, "Sometimes I think you'd all be better off without me."),
              ("S2", 1.0, "Hey. Hang on. What do you mean by that?"),
              ("S1", 1.0, "The insurance would cover the house. You wouldn't have to worry about any of it."),
              ("S2", 1.0, "Look at me. Are you thinking about killing yourself?"),
              ("S1", 1.5, "I don't know. Not like a plan. I just think about it."))


def test_what_goes_on_from_words_of_self_harm_is_heard_not_only_listened_to():
    """walk43b (b2): the insurance line after "better off without me" was only to listen to, and out of the risk prompt."""
    a = run_lines(*DISCLOSURE)
    assert flag(a, "insurance would cover", "self_harm", heard=True)


def test_the_partners_question_just_after_self_harm_is_no_scorn():
    a = run_lines(*DISCLOSURE)
    assert not cats(a, "what do you mean by that") & {"contempt", "criticism", "defensiveness"}


def test_a_reply_holding_self_harm_is_no_turning_from_the_bid():
    """walk43b (b2): the report said the partner 'answered it with push-back', quoting words of self-harm."""
    a = run_lines(("S2", 0.0, "Can we sort out the school trip money tonight? I really need us to."),
                  ("S1", 0.8, "Sometimes I think you'd all be better off without me."))
    assert all(b["response"] not in ("away", "against") for b in bids(a, "school trip"))


def test_a_reply_with_push_back_still_turns_against_the_bid():
    """Guard: the self-harm exception does not reach an ordinary refusal."""
    a = run_lines(("S2", 0.0, "Can we sort out the school trip money tonight? I really need us to."),
                  ("S1", 0.8, "Oh, give it a rest. You always pick the worst moment."))
    assert any(b["response"] in ("away", "against") for b in bids(a, "school trip"))


@pytest.mark.parametrize("line", ["I just feel like it got decided without me.", "You booked the whole holiday without me.",
                                  "They went ahead and arranged it all without me."])
def test_left_out_of_a_decision_is_no_self_harm(line):
    """walk43a (a): a soft complaint of not being asked made every page clinician-only with a risk prompt."""
    a = run_lines(("S2", 0.0, "So, your mum staying for the whole of half term. Can we talk about it?"), ("S1", 0.8, line),
                  ("S2", 0.8, "I did tell you. I said it in the car on Sunday."))
    assert not flag(a, line.split()[-2], "self_harm")


@pytest.mark.parametrize("line", ["Sometimes I think they'd all be better off without me.",
                                  "I just feel like everyone would get on fine without me."])
def test_better_off_without_me_stays_self_harm(line):
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "What do you mean?"))
    assert flag(a, "without me", "self_harm")


def test_sorry_mocked_as_a_cure_all_is_no_repair():
    """walk43a (b): "Oh, sorry fixes everything, does it?" was counted as a repair that landed."""
    a = run_lines(("S2", 0.0, "Look, I'm sorry. Can we start again?"),
                  ("S1", 0.8, "Oh, sorry fixes everything, does it? It's five weeks to Christmas and I'm still doing it all."))
    assert "repair" not in cats(a, "sorry fixes")


def test_dread_of_telling_the_mother_named_earlier_is_no_fear_of_the_partner():
    """walk43a (b): "I just freeze when I think about telling her" (her mum, named a minute before) was banner-level fear."""
    a = run_lines(("S1", 0.0, "So have you rung your mum back about Christmas?"),
                  ("S2", 0.8, "Not yet. It's just really hard with her at the moment."),
                  ("S1", 25.0, "I know. I'm sorry I snapped. What do you want to do?"),
                  ("S2", 0.8, "I do want Christmas at home this year. I just freeze when I think about telling her."))
    assert not flag(a, "freeze", "fear")


def test_freezing_at_telling_him_after_only_a_woman_named_stays_fear():
    """Guard: the pronoun must match the person named ("My mum says…" / "…telling him" may be the partner)."""
    a = run_lines(("S1", 0.0, "My mum says I've gone really quiet lately."), ("S2", 0.8, "She worries about you."),
                  ("S1", 0.8, "I just freeze when I think about telling him."))
    assert flag(a, "freeze", "fear")


def test_the_children_kept_from_the_partner_said_as_a_pity_is_a_threat():
    """walk43a (c): read as isolation only; a therapist hears a veiled threat about the children."""
    a = run_lines(("S2", 0.0, "I'd just like to go back to five-a-side on Tuesdays. Just the football."),
                  ("S1", 0.8, "You know, the girls really need their dad at home in the evenings. It would be such a shame "
                              "if they ended up only seeing you every other weekend."))
    assert flag(a, "every other weekend", "threat")


def test_a_pity_about_the_kids_and_the_weather_is_no_threat():
    a = run_lines(("S1", 0.0, "It would be such a shame if the kids ended up missing the fireworks because of the rain."),
                  ("S2", 0.8, "We could go Sunday instead."))
    assert not flag(a, "fireworks", "threat")


def test_a_journey_that_nearly_failed_is_no_self_harm():
    """walk43b (c3): "I just nearly didn't make it to the servo." was read as self-harm."""
    from talktogether_desktop.analysis.frames import framed_away

    assert framed_away("all good i just nearly didn't make it to the servo".split(), "safety_self_harm")
    assert not framed_away("i don't think i'll make it through another night alive".split(), "safety_self_harm")


@pytest.mark.parametrize("line", ["I don't know if I'll make it through another night like this.",
                                  "Honestly, I can't make it through another day like this."])
def test_not_lasting_through_what_is_ahead_is_self_harm(line):
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "Talk to me."))
    assert flag(a, "make it through", "self_harm")


def test_not_making_it_to_a_party_is_no_self_harm():
    a = run_lines(("S1", 0.0, "I don't think I'll make it to the party, I'm shattered."), ("S2", 0.8, "That's fine, stay in."))
    assert not flag(a, "party", "self_harm")


def test_the_partners_hardship_asked_back_and_topped_is_mockery():
    """walk43a (b): "It's hard for you? I'm the one who…" answering "It's just really hard with her" was read only as
    defensiveness; a therapist hears contempt (a mocking echo)."""
    a = run_lines(("S1", 0.0, "You said that last weekend. You always do this. You leave it and leave it until it's too late."),
                  ("S2", 0.8, "I know. It's just really hard with her at the moment."),
                  ("S1", 0.8, "It's hard for you? I'm the one who spends four days being told how to baste a turkey."))
    assert "contempt" in cats(a, "hard for you")


def test_a_question_asked_back_with_care_is_no_mockery():
    """Guard: asked back and then listening ("Hard for you? Tell me about it.") in a calm talk."""
    a = run_lines(("S1", 0.0, "It's been hard for me this week."), ("S2", 0.8, "Hard for you? Tell me about it."))
    assert "contempt" not in cats(a, "hard for you")


def test_cut_off_from_others_after_the_partners_control_is_isolation_told_by_the_one_kept_from_them():
    """walk43a (c): "I haven't really seen anyone since the summer." after the partner's "a bad influence on you" was missed."""
    a = run_lines(("S2", 0.0, "I suppose I was a bit sad not to go to Dan's fortieth."),
                  ("S1", 0.8, "Babe, we talked about this. Dan's lot are a bad influence on you. I'm only looking out for you."),
                  ("S2", 0.8, "Yeah. I know you are."),
                  ("S2", 0.8, "It's just, I haven't really seen anyone since the summer."))
    told = flag(a, "seen anyone", "isolation")
    assert told and all(f["speaker"] == "S2" for f in told)


def test_not_seeing_anyone_since_the_baby_with_no_control_before_is_no_safety_flag():
    a = run_lines(("S1", 0.0, "How was the baby group?"), ("S2", 0.8, "I didn't go. I haven't really seen anyone since the baby came."),
                  ("S1", 0.8, "Oh love. Shall I take her Saturday so you can see Jo?"))
    assert not [f for f in a["safety_flags"] if "seen anyone" in f["quote"]]


def test_love_given_as_the_reason_for_ones_own_control_is_no_appreciation():
    """walk43a (c): "Because I love you." after the speaker's own monitoring was listed as their appreciation."""
    a = run_lines(("S1", 0.0, "Anyway, who's Sophie? She messaged you on Thursday night at ten past eleven."),
                  ("S2", 0.8, "She's from work. It was about the rota. You read it, you know it was about the rota."),
                  ("S1", 0.8, "I just like to know who's in your phone. Couples shouldn't have secrets."),
                  ("S2", 0.8, "I gave you my code, didn't I. I always give you my code."),
                  ("S1", 0.8, "Because I love you. That's what people do when they love each other."))
    assert "appreciation" not in cats(a, "because i love you")


def test_love_given_as_a_reason_with_no_control_before_stays_warmth():
    a = run_lines(("S1", 0.0, "Thanks for picking up the kids today."), ("S2", 0.8, "Because I love you. And they're my kids too."))
    assert "appreciation" in cats(a, "because i love you")


def test_the_one_cut_off_is_never_read_as_the_one_isolating():
    """Found on walk43a (c) by the comparison: with the cut-off line read as isolation, the victim's next bid was read as
    coming 'after B's coercive control: isolation'."""
    a = run_lines(("S2", 0.0, "I suppose I was a bit sad not to go to Dan's fortieth."),
                  ("S1", 0.8, "Babe, we talked about this. Dan's lot are a bad influence on you. I'm only looking out for you."),
                  ("S2", 0.8, "It's just, I haven't really seen anyone since the summer."),
                  ("S1", 0.8, "You've got me."),
                  ("S2", 3.0, "I'd just like to go back to five-a-side on Tuesdays. That's all."),
                  ("S1", 0.8, "You know, the girls really need their dad at home in the evenings."))
    told = flag(a, "seen anyone", "isolation")
    assert told and all(f.get("told_by_the_one_controlled") for f in told)
    assert not any("S2's" in str(b.get("response_reason")) for b in bids(a, "five-a-side"))
