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
    ("Nothing I ever do is right in this flat.", "right in this flat"),
    ("I always end up the bad guy for asking.", "bad guy"),
    ("I only asked when you'd be home. That's all I asked.", "all I asked"),
    ("So I'm making it up now? Why would I make that up?", "making it up now"),
    ("I was waiting for the right time, with everything at work.", "right time"),
    ("You kept on and on that night, and you know I was provoked.", "provoked"),
])
def test_the_innocent_victim_and_the_excuse_answering_a_complaint_are_defensiveness(reply, key):
    a = run_lines(("S1", 0.0, "You never tell me anything. I found out from your brother."),
                  ("S2", 0.8, reply))
    assert "defensiveness" in _cats(a, key)


@pytest.mark.parametrize("charge, key", [
    ("Off you go to the shed. That's your answer to everything.", "answer to everything"),
    ("Every time it gets hard, you just go quiet on me and I'm on my own with it.", "go quiet"),
    ("I'm always the bad cop. You love playing the good guy.", "good guy"),
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
                                  "Oh, excuse me, I forgot I was married to the Queen of Sheba."])
def test_an_apology_that_opens_scorn_is_no_repair(line):
    a = run_lines(("S1", 0.0, "You laughed at me when I cried at the wedding."),
                  ("S2", 0.8, line))
    assert "contempt" in _cats(a, "married") and "repair" not in _cats(a, "married")


def test_an_apology_for_an_insult_stays_a_repair():
    """Guard: the insult quoted in the apology is no scorn."""
    a = run_lines(("S1", 0.0, "You called me pathetic in front of your sister."),
                  ("S2", 0.8, "I'm sorry I called you pathetic. That was cruel of me."))
    assert "repair" in _cats(a, "called you pathetic")


def test_the_partner_praised_back_to_front():
    a = run_lines(("S1", 0.0, "You were out again till two and I had the baby all night."),
                  ("S2", 0.8, "I had a work do."),
                  ("S1", 0.8, "Some husband you are."),
                  ("S2", 0.8, "Here we go."))
    assert "contempt" in _cats(a, "Some husband")


def test_a_fond_compliment_back_to_front_is_no_contempt():
    """Guard: "Real star, you are." with thanks is fond; "not a partner" inside a sentence is plain."""
    a = run_lines(("S1", 0.0, "I made you a tea while you were on the phone."),
                  ("S2", 0.8, "Real star, you are. Thanks, love."),
                  ("S1", 0.8, "She's my best friend, not a partner in the business."))
    assert not {m["category"] for m in a["markers"]} & {"criticism", "contempt"}


def test_a_break_asked_with_a_return_and_owning_ones_part_are_repairs():
    a = run_lines(("S1", 0.0, "You never once asked how the interview went. Not once."),
                  ("S2", 0.8, "Oh here we go. You always make everything about you."),
                  ("S1", 0.8, "Can we stop and come back to it tonight? We're both shattered."),
                  ("S2", 0.8, "My chest is tight. I need twenty minutes."),
                  ("S1", 0.8, "Okay."),
                  ("S2", 6.0, "I'm back."),
                  ("S1", 0.8, "I keep going quiet on you and I know it makes it worse."))
    for words in ("come back to it", "makes it worse"):
        assert "repair" in _cats(a, words), words


def test_a_return_home_in_a_calm_talk_is_no_repair():
    """Guard: "I'm back." with no tension before it."""
    a = run_lines(("S1", 0.0, "Hiya, I'm back."), ("S2", 0.8, "Lovely, kettle's on."))
    assert not _cats(a, "back") & {"repair"}


def test_disbelief_said_flat_is_contempt():
    a = run_lines(("S1", 0.0, "You went out three nights this week. You never stay in with me."),
                  ("S2", 0.8, "I was trying to get back early."),
                  ("S1", 0.8, "Trying. Sure you were."))
    assert "contempt" in _cats(a, "Sure you were")


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


PHD = (("S1", 0.0, "The chapter is always due. There is always a chapter. You never put us first, not once this year."),
       ("S2", 1.5, "Okay."),
       ("S1", 0.5, "Talking to you is like talking to the fridge. What is wrong with you?"),
       ("S2", 2.0, "Fine."),
       ("S1", 1.0, "Are you even listening to me? You never listen."),
       ("S2", 5.0, "Yes."),
       ("S1", 1.5, "Okay. I'm sorry. That was mean. I just miss you, that's all."))


def test_a_repair_met_with_a_withdrawal_did_not_land():
    """Walk-through 38: "I'm sorry. That was mean. I just miss you." / "Mm." … "I'm going to the study." was "It eased after
    Claire's 'I'm sorry.'" (the intensity had fallen with his silence before it)."""
    a = run_lines(*PHD, ("S2", 2.0, "Mm."), ("S1", 0.7, "Could we just have dinner together tonight?"),
                  ("S2", 2.4, "I've got the references to fix."), ("S2", 3.0, "I'm going to the study."))
    assert a["repairs"] and not a["repairs"][0]["landed"]
    assert any("met with a short reply or a withdrawal" in p["what_next"]["text"] for p in a["escalation_points"])


def test_a_repair_taken_with_okay_still_lands():
    """Guard: "Okay. Thank you." to the apology takes it."""
    a = run_lines(*PHD, ("S2", 1.0, "Okay. Thank you."), ("S2", 0.8, "I miss you too. Let's have dinner tonight."))
    assert a["repairs"] and a["repairs"][0]["landed"]


def test_an_apology_quoting_what_the_speaker_said_is_no_criticism():
    """Walk-through 38: "I'm sorry I said what's wrong with you. That was harsh." was Dana's criticism (and a landed
    repair); "I said you were selfish, and you are." with no apology is still criticism."""
    a = run_lines(("S1", 0.0, "What's wrong with you? You always get drunk at your work things."),
                  ("S2", 0.8, "That's not fair."),
                  ("S1", 0.8, "I'm sorry I said what's wrong with you. That was harsh."),
                  ("S2", 0.8, "I said you were selfish, and you are selfish."))
    assert "criticism" not in _cats(a, "sorry I said") and "repair" in _cats(a, "sorry I said")
    assert "criticism" in _cats(a, "you are selfish")


def test_a_question_after_the_partners_feeling_takes_the_need_up():
    """Walk-through 38: "I need some time that's just ours." / "Okay. What part is the hardest for you?" was "a nod, then
    another subject"; "Okay. Where did you put the car keys?" still is."""
    from .found import bids
    a = run_lines(("S1", 0.0, "I feel overwhelmed when we spend the whole week at your parents'. I need some time that's just ours."),
                  ("S2", 0.8, "Okay. What part is the hardest for you?"),
                  ("S1", 0.8, "I need a hand with the bins on Sunday."),
                  ("S2", 0.8, "Okay. Where did you put the car keys?"))
    assert bids(a, "just ours")[0]["response"] == "toward"
    assert bids(a, "bins")[0]["response"] == "away"


def test_a_short_yes_after_the_talk_made_up_is_no_withdrawal():
    """Walk-through 38: "Deal." at the end of a gentle talk was a "withdrawing reply in a tense stretch" (p=0.93): the one
    criticism came 46 s earlier, with an apology taken and thanks on both sides since."""
    a = run_lines(("S1", 0.0, "And honestly, you never stick up for me when your mum starts on about grandchildren."),
                  ("S2", 0.5, "That's not true, I told her to drop it last year."),
                  ("S1", 1.0, "You're right, you did. I'm sorry, that came out harsher than I meant."),
                  ("S2", 0.5, "It's okay. I get why it feels that way."),
                  ("S1", 0.5, "What I'd really love is if we stayed four nights instead of seven."),
                  ("S2", 0.5, "I think four nights could work. I'll ring Mum this weekend."),
                  ("S1", 0.5, "Thank you. That means a lot. I really appreciate you doing the call."),
                  ("S2", 0.5, "Yeah, and Dad would love New Year. He can bring his terrible board game."),
                  ("S1", 0.6, "Deal."))
    assert "stonewalling" not in _cats(a, "Deal")


def test_control_said_warmly_is_never_the_controllers_fear_response():
    """Walk-through 38: after "You took my car keys on Friday so I couldn't go." (control told by the one it is done to),
    his "That's my girl. I only do it because I love you. Nobody will look after you like I do." was read as HIS
    possible fear response."""
    a = run_lines(("S1", 0.0, "You took my car keys on Friday so I couldn't go."),
                  ("S2", 0.5, "You were exhausted. I told your mum you were busy."),
                  ("S1", 0.5, "I'd like to see Rachel and the girls from work sometimes."),
                  ("S2", 0.7, "That's my girl. I only do it because I love you. Nobody will look after you like I do."))
    assert not [f for f in a["safety_flags"] if f["speaker"] == "S2" and f["category"] == "appeasement"]


def test_a_threat_answered_with_an_apology_is_never_play():
    """Helper rep38's leak test: "You'll regret it if you leave me." / "I'm sorry, forget I said anything." … "Thank you.
    That would help me a lot." (the threatener's thanks 20 s on) made the threat play, and the apology a repair that
    the couple's page printed."""
    from .found import flag
    a = run_lines(("S1", 0.0, "I'm going to my sister's on Saturday."),
                  ("S2", 0.6, "You'll regret it if you leave me."),
                  ("S1", 0.6, "I'm sorry, forget I said anything."),
                  ("S2", 0.6, "I need you to listen to me for once."),
                  ("S1", 0.6, "Okay. I would like to hear it. Tell me."),
                  ("S2", 0.6, "I feel alone with the boys most evenings."),
                  ("S1", 0.6, "That sounds hard. I could do bath time on Tuesdays."),
                  ("S2", 0.6, "Thank you. That would help me a lot."))
    assert flag(a, "regret it", "threat", heard=True)
    assert not [r for r in a["repairs"] if "forget I said" in (r.get("quote") or "")]


def test_pushed_to_it_after_violence_is_blaming_and_a_referee_is_not():
    """The evaluation sets: "That was one time, and you know I was provoked." after the partner told of a push was
    blaming heard before round 38's first lexicon change took it for defensiveness only; "The ref said I was provoked."
    is no blame of the partner."""
    from .found import flag
    a = run_lines(("S1", 0.0, "You pushed me into the wardrobe in March. I still think about it."),
                  ("S2", 0.6, "That was one time, and you know I was provoked. You kept going on and on at me."),
                  ("S1", 0.6, "The ref said I was provoked, and the red card was rescinded."))
    assert flag(a, "you know I was provoked", "blaming", heard=True)
    assert not flag(a, "The ref said", "blaming")


def test_an_apology_taken_with_an_exclamation_still_lands():
    """Guard: "Okay!" (the word read as the lexicons read it, punctuation and all) takes the apology as "Okay." does."""
    a = run_lines(*PHD, ("S2", 1.0, "Okay! Thank you!"), ("S2", 0.8, "I miss you too. Let's have dinner tonight."))
    assert a["repairs"] and a["repairs"][0]["landed"]
