"""Round 42's reading fixes, in this test's own words: a good thing the partner kept back, said with delight, is a
happy surprise and not criticism ("You never told me you'd booked the cottage!"), while news kept back that hurts
stays a complaint; "You say that, but you always pull it off." answering self-doubt is reassurance."""

from __future__ import annotations

import pytest

from .found import cats
from .timeline import run_lines


@pytest.mark.parametrize("line, after", [
    ("You never told me you'd booked the cottage!", "You sneaky thing."),
    ("You never told me you could cook like this.", "Seriously, this is gorgeous."),
    ("You never said you'd found the old photos.", "Oh, look at us."),
    ("You never mentioned you'd kept the ticket from our first date.", "I'm going to cry."),
])
def test_a_good_thing_kept_back_said_with_delight_is_no_criticism(line, after):
    a = run_lines(("S1", 0.0, line + " " + after), ("S2", 0.8, "I wanted it to be a surprise. Happy anniversary."))
    assert "criticism" not in cats(a, line.split()[2])
    assert not a["harsh_startup"]["flag"]


@pytest.mark.parametrize("line", [
    "You never told me you'd be back this late again!",
    "You never said you'd spent the savings on a boat!",
    "You never told me you'd booked a weekend away with Dave instead of coming to Mum's.",
    "You never told me you'd lent him the money!",
    "You never told me you'd been to see her again!",
])
def test_news_kept_back_that_hurts_stays_a_complaint(line):
    """Guard: the rule is about delight; a complaint with an exclamation is still a complaint."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "I was going to tell you."))
    assert "criticism" in cats(a, line.split()[2])


@pytest.mark.parametrize("line", ["You say that, but you always pull it off.",
                                  "You say that, but you never let me down when it counts."])
def test_you_say_that_but_with_the_partners_knack_is_reassurance(line):
    a = run_lines(("S1", 0.0, "I'm rubbish at this. I'll make a mess of the speech."), ("S2", 0.8, line))
    assert "defensiveness" not in cats(a, "you say that")


@pytest.mark.parametrize("line", ["You say that, but you always manage to forget the rings.",
                                  "You say that, but you always pull the same trick."])
def test_you_say_that_but_with_a_jibe_stays_defensiveness(line):
    a = run_lines(("S1", 0.0, "You've got to stop leaving everything to me."), ("S2", 0.8, line))
    assert "defensiveness" in cats(a, "you say that")


def test_the_one_tracked_giving_in_is_told_by_the_one_controlled():
    """Walk-through 42b (c3): "I'll keep my location on." run on by the recogniser after a raised voice is the one tracked
    giving in; no page may read its speaker as the one monitoring."""
    from .found import flag

    a = run_lines(("S1", 0.0, "Don't you walk away from me! Sit down! I am talking to you!"),
                  ("S2", 0.8, "Okay. Okay, sorry. I'm sitting. I'll be home by seven from now on I'll keep my location on."))
    told = flag(a, "location", "monitoring")
    assert told and all(f.get("told_by_the_one_controlled") for f in told)


def test_the_partners_dot_on_a_location_app_is_monitoring():
    from .found import flag

    a = run_lines(("S1", 0.0, "You weren't back till gone ten again last night."), ("S2", 0.8, "I told you, it's the launch."),
                  ("S1", 0.8, "Everyone. Right. Your dot was at that bar on Clarke Street at half nine, Tash, not the office."))
    assert flag(a, "your dot was", "monitoring", heard=True)


def test_life_arranged_round_the_partners_tracking_said_as_convenience_is_fear_to_listen_to():
    from .found import flag

    a = run_lines(("S1", 0.0, "I only check your location so I know you're safe. You know what that road's like at night."),
                  ("S2", 0.8, "I know. But you rang me six times. I had to go out of the meeting."),
                  ("S1", 0.8, "Because you weren't answering! What am I supposed to think?"),
                  ("S2", 0.8, "I've started leaving my phone in the car when I go in. It's just easier that way."))
    assert flag(a, "easier that way", "fear", heard=False)


def test_easier_that_way_with_no_control_before_it_is_no_fear():
    from .found import flag

    a = run_lines(("S1", 0.0, "Why do you do the shopping online now?"),
                  ("S2", 0.8, "I've started doing it on Sunday nights. It's just easier that way."))
    assert not flag(a, "easier", "fear")


def test_the_partners_card_cut_up_as_what_follows_is_money_control_though_laughed():
    """Walk-through 42a (b): the threat laughed off, the partner not laughing."""
    from .found import flag

    a = run_lines(("S1", 0.0, "I'm not talking about Easter. I'm talking about us."),
                  ("S2", 0.8, "Keep going on about it and I'll cut your card up while you're asleep. Ha ha ha."),
                  ("S1", 0.8, "That's not funny."))
    assert flag(a, "cut your card", "financial_control", heard=True)


def test_worry_for_the_partner_wearing_themselves_out_is_no_self_harm():
    from .found import flag

    a = run_lines(("S1", 0.0, "Okay, swap? Your turn to talk."),
                  ("S2", 0.8, "Sure. I guess for me, I've been worried you're wearing yourself out. You come back from those "
                              "shifts pretty grey in the face."))
    assert not flag(a, "wearing yourself out", "self_harm")


def test_a_yes_to_ones_words_said_back_is_no_minimal_reply():
    a = run_lines(("S1", 0.0, "So, the thing on my mind is the weekends. Since I started the Saturday shifts, I feel like we "
                              "hardly see each other, and Sunday's just chores."),
                  ("S2", 0.6, "So what I'm hearing is, since the Saturday shifts started, we hardly see each other, and "
                              "Sunday goes on chores. Did I get that?"),
                  ("S1", 0.6, "Yeah, that's it."))
    assert "stonewalling" not in cats(a, "that's it")


@pytest.mark.parametrize("reply", [
    "Right, so, the thing is, the car needed new tyres in March, and then there was the boiler.",
    "Well, a lot of that is work lunches that I get paid back for, eventually.",
])
def test_the_reason_that_excuses_answering_a_complaint_is_defensiveness(reply):
    a = run_lines(("S1", 0.0, "You've put another three thousand on the credit card since Christmas, without even telling me."),
                  ("S2", 0.8, reply))
    assert "defensiveness" in cats(a, reply.split(",")[0])


def test_the_same_reason_with_no_complaint_before_it_is_an_account():
    a = run_lines(("S1", 0.0, "How come the car's making that noise again?"), ("S2", 0.8, "The thing is, the tyres are bald."))
    assert "defensiveness" not in cats(a, "the thing is")


@pytest.mark.parametrize("complaint", [
    "You signed the extension papers without even asking me, Travis.",
    "You were on the phone with Tess until eleven again.",
    "Eighteen grand, Brendan. On a credit card I didn't know we had.",
])
def test_an_excuse_answering_a_plain_complaint_about_what_was_done_is_defensiveness(complaint):
    """A complaint names a behaviour (no criticism in it); the excuse that answers it is still defensiveness (Gottman)."""
    a = run_lines(("S1", 0.0, complaint), ("S2", 0.8, "It was only for a few months. I was going to win it back anyway."))
    assert "defensiveness" in cats(a, "it was only")


@pytest.mark.parametrize("before, reply", [("Did you manage to eat anything at the conference?", "It was a buffet. I had loads."),
                                           ("Thanks for sorting the car, even though you were shattered.",
                                            "It was a nice change, actually.")])
def test_the_same_opening_after_a_question_or_thanks_is_no_excuse(before, reply):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, reply))
    assert "defensiveness" not in cats(a, "it was")


def test_a_question_on_another_errand_answering_a_plea_is_turning_away():
    a = run_lines(("S1", 0.0, "You never talk to me about money. You just go quiet every single time."), ("S2", 3.0, "Maybe."),
                  ("S1", 0.8, "Maybe? I'm really trying here, Dev. I just need you to say something."), ("S2", 3.0, "Fine."),
                  ("S1", 0.8, "Fine what? Fine you'll do it, or fine leave you alone?"),
                  ("S2", 2.0, "Did you ring your mum back about Easter?"))
    assert "stonewalling" in cats(a, "did you ring")


def test_the_same_question_in_a_calm_talk_is_no_turning_away():
    a = run_lines(("S1", 0.0, "I've booked the table for Friday."), ("S2", 0.8, "Lovely. Did you ring your mum back about Easter?"))
    assert "stonewalling" not in cats(a, "did you ring")


def test_a_put_off_answered_by_the_partner_taking_it_back_is_no_withdrawal():
    """Walk-through 42b (a1): "Hang on, that's not" cut off by "No, sorry. That came out wrong." is no stonewalling (a guard:
    with this round's complaints read, the partner's next need made it a put-off "asked again")."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, say

    lines = [("S2", 37.73, 41.92, "So if we did the lunch boxes at two, before kick off, would that work?"),
             ("S1", 42.52, 50.97, "Yeah, that would be nice. And then last week, when my sister came round, you always just "
                                  "disappear into the garage the minute anyone comes over."),
             ("S2", 51.67, 52.72, "Hang on, that's not"),
             ("S1", 52.42, 56.57, "No, sorry. That came out wrong. Let me try that again."),
             ("S1", 57.47, 67.25, "When my sister came on Saturday, I felt a bit awkward on my own with her. I'd love it if you "
                                  "came and sat with us for a bit, even just for a cup of tea.")]
    a = analyze(conversation(*[say(spk, t0, text, end=t1) for spk, t0, t1, text in lines]))
    assert "stonewalling" not in cats(a, "hang on")


def test_a_put_off_then_asked_again_is_still_withdrawal():
    a = run_lines(("S1", 0.0, "Can you come and look at this letter from the school?"), ("S2", 0.8, "In a minute."),
                  ("S1", 4.0, "Can you please just come and look at it? It's important."))
    assert "stonewalling" in cats(a, "in a minute")


def test_fear_of_the_partner_with_a_plea_in_it_stays_though_others_are_named():
    """Guard: "Please don't shout, the neighbours will hear again." is fear of the partner however 'they' are named."""
    from .found import flag

    a = run_lines(("S1", 0.0, "You're not going to see them anymore. I've decided."),
                  ("S2", 0.8, "They are the only people I know here. Please don't shout, the neighbours will hear again."))
    assert [f for f in a["safety_flags"] if f["speaker"] == "S2"], a["safety_flags"]
