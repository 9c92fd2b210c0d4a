"""Round 38's reading fixes, in this test's own words: the innocent victim's "nothing I do is right", the complaint
brushed off as more than was asked, the partner's account called made up and the excuse of being pushed to it are
defensiveness; the partner's way of coping named as a fault ("that's your answer to everything", "you go quiet") is
criticism; mock deference to the partner as royalty is contempt."""

from __future__ import annotations

import pytest

from .found import cats as _cats
from .timeline import run_lines


@pytest.mark.parametrize("reply, key", [
    ("Here we go. Nothing I do is ever good enough for you, is it?", "good enough"),
    ("Whatever I say is wrong in this flat, so I'll say nothing.", "wrong"),
    ("And then, as usual, I end up the bad guy for asking.", "bad guy"),
    ("I only asked when you'd be home. That's all I asked.", "all I asked"),
    ("So I'm making it up now? Why would I make that up?", "making it up now"),
    ("I was waiting for the right time, with everything at work.", "right time"),
    ("You kept on and on that night, and I was provoked.", "provoked"),
])
def test_the_innocent_victim_and_the_excuse_answering_a_complaint_are_defensiveness(reply, key):
    a = run_lines(("S1", 0.0, "You never tell me anything. I found out from your brother."),
                  ("S2", 0.8, reply))
    assert "defensiveness" in _cats(a, key)


@pytest.mark.parametrize("charge, key", [
    ("Off you go to the shed. That's your answer to everything.", "answer to everything"),
    ("Every time it gets hard, you just go quiet and I'm on my own with it.", "go quiet"),
    ("I'm always the bad cop. You love playing the good guy.", "good guy"),
    ("It's like you've given up on the lot of us.", "given up"),
])
def test_the_partners_way_of_coping_named_as_a_fault_is_criticism(charge, key):
    a = run_lines(("S1", 0.0, "The school rang again about Maya's homework."),
                  ("S2", 0.8, "I'll look at it at the weekend."),
                  ("S1", 0.8, charge))
    assert "criticism" in _cats(a, key)


def test_mock_deference_to_the_partner_as_royalty_is_contempt():
    a = run_lines(("S1", 0.0, "Please don't post videos of me without asking."),
                  ("S2", 0.8, "Oh, excuse me, I forgot I married the Duchess of Kent. Shall I book you an audience?"))
    assert "contempt" in _cats(a, "forgot I married")


@pytest.mark.parametrize("line", [
    "All I asked was whether you'd like the window seat, love.",
    "I was going to tell you, the tickets came through! We're going to Lisbon!",
    "You go quiet when you're reading, it's lovely to watch.",
])
def test_the_same_words_in_warm_or_plain_talk_are_no_horseman(line):
    """Guard: the new phrases in talk with no complaint before them."""
    a = run_lines(("S1", 0.0, "Right, I've got the tea on."),
                  ("S2", 0.8, line))
    assert not {m["category"] for m in a["markers"]} & {"defensiveness", "criticism", "contempt"}


@pytest.mark.parametrize("line", ["Oh, I'm sorry, I didn't realise I married a saint.",
                                  "I'm sorry, you're being ridiculous now."])
def test_an_apology_that_opens_scorn_is_no_repair(line):
    a = run_lines(("S1", 0.0, "You laughed at me when I cried at the wedding."),
                  ("S2", 0.8, line))
    assert "contempt" in _cats(a, "sorry") and "repair" not in _cats(a, "sorry")


def test_an_apology_for_an_insult_stays_a_repair():
    """Guard: the insult quoted in the apology is no scorn."""
    a = run_lines(("S1", 0.0, "You called me pathetic in front of your sister."),
                  ("S2", 0.8, "I'm sorry I called you pathetic. That was cruel of me."))
    assert "repair" in _cats(a, "called you pathetic")


def test_the_partner_praised_back_to_front_or_named_less_than_a_partner():
    a = run_lines(("S1", 0.0, "You were out again till two and I had the baby all night."),
                  ("S2", 0.8, "I had a work do."),
                  ("S1", 0.8, "Some husband you are."),
                  ("S2", 0.8, "Here we go."),
                  ("S1", 0.8, "Honestly, I've got a flatmate, not a husband."))
    assert "contempt" in _cats(a, "Some husband") and "criticism" in _cats(a, "flatmate")


def test_a_fond_compliment_back_to_front_is_no_contempt():
    """Guard: "Real star, you are." with thanks is fond; "not a partner" inside a sentence is plain."""
    a = run_lines(("S1", 0.0, "I made you a tea while you were on the phone."),
                  ("S2", 0.8, "Real star, you are. Thanks, love."),
                  ("S1", 0.8, "She's my best friend, not a partner in the business."))
    assert not {m["category"] for m in a["markers"]} & {"criticism", "contempt"}


def test_a_break_with_a_return_the_return_and_owning_ones_part_are_repairs():
    a = run_lines(("S1", 0.0, "You never once asked how the interview went. Not once."),
                  ("S2", 0.8, "Oh here we go. You always make everything about you."),
                  ("S1", 0.8, "Can we stop a minute? We're both shattered."),
                  ("S2", 0.8, "My chest is tight. I need twenty minutes. I'm coming back."),
                  ("S1", 0.8, "Okay."),
                  ("S2", 6.0, "I'm back."),
                  ("S1", 0.8, "I keep going quiet on you and I know it makes it worse."))
    for words in ("stop a minute", "coming back", "I'm back", "makes it worse"):
        assert "repair" in _cats(a, words), words


def test_a_return_home_in_a_calm_talk_is_no_repair():
    """Guard: "I'm back." with no tension before it."""
    a = run_lines(("S1", 0.0, "Hiya, I'm back."), ("S2", 0.8, "Lovely, kettle's on."))
    assert not _cats(a, "back") & {"repair"}


def test_disbelief_said_flat_and_a_failing_said_as_an_idiom():
    a = run_lines(("S1", 0.0, "You went out three nights this week. You never stay in with me."),
                  ("S2", 0.8, "I was trying to get back early."),
                  ("S1", 0.8, "Trying. Sure you were."),
                  ("S2", 0.8, "And you can't cook a meal to save your life."))
    assert "contempt" in _cats(a, "Sure you were") and "criticism" in _cats(a, "to save your life")


def test_reassurance_with_course_is_no_contempt():
    """Guard: "Course you can." and "Course it was, love." are warm."""
    a = run_lines(("S1", 0.0, "Can I come with you to the market?"), ("S2", 0.8, "Course you can."),
                  ("S1", 0.8, "It was an accident, the vase."), ("S2", 0.8, "Course it was, love."))
    assert not {m["category"] for m in a["markers"]} & {"contempt", "criticism"}


def test_the_children_gone_when_the_partner_comes_back_is_a_threat():
    """Walk-through 38: "If you go to your sister's, don't expect the kids to be here when you get back." was only a
    low reading of isolation, to listen to."""
    from .found import flag
    a = run_lines(("S1", 0.0, "My sister asked if I could come over on Sunday."),
                  ("S2", 0.8, "If you go to your mum's, don't expect the kids to be here when you get back."))
    assert flag(a, "kids to be here", "threat", heard=True)


def test_the_partner_mocked_as_royalty_is_contempt():
    """Walk-through 38: "Oh, do let me know when His Highness has a free evening." was read as nothing."""
    a = run_lines(("S1", 0.0, "I can't do Friday, I've got the chapter due."),
                  ("S2", 0.8, "Oh, do let me know when His Highness has a free evening."))
    assert "contempt" in _cats(a, "Highness")


def test_words_of_self_harm_answering_a_bid_are_not_read_as_turning_away():
    """Walk-through 38: "Tired of what, love?" / "I've been looking up how many of my tablets it would take." was "Sam
    did not take it up", rated high; the answer is the disclosure."""
    from .found import bids
    a = run_lines(("S1", 0.0, "You've been really quiet since you got back from your mum's."),
                  ("S2", 1.0, "I'm just tired. I'm tired of all of it, honestly."),
                  ("S1", 0.6, "Tired of what, love?"),
                  ("S2", 1.5, "I've been looking up how many of my tablets it would take."))
    asked = bids(a, "Tired of what")
    assert asked and asked[0]["response"] == "unclear" and "self-harm" in asked[0]["response_reason"]
