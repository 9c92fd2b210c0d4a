"""Round 36's reading fixes, found on two therapist walk-throughs (low mood and pain, control between two men, an
appreciation practice, a newborn's nights, a Christmas budget, a spider and a quiet disclosure) and on heldout22, in this
test's own words: threat words said laughing are play whatever is near to listen to; a played-down tiredness, a worry
about a thing, the phone hung up, an offer to be woken, loneliness eased are no self-harm; "don't push me" tells of no
blow, a pet taken is a threat; the balance demanded and the phone demanded are control; condescension is contempt;
one's own uselessness is no scorn; a yes or a promise to a request takes it up; an answer of how much is no
stonewalling, nor a "Whatever?" asked back, nor being done with a diet; the partner's act "again" is criticism; the
innocent victim's "what do you want me to do" is defensiveness."""

from __future__ import annotations

from .found import bids as _bids, cats as _cats, flag as _flag
from .timeline import run_lines


def _bid(a, words) -> dict:
    found = _bids(a, words)
    assert found, words
    return found[0]


def test_threat_words_said_laughing_stay_play_beside_a_worry_only_to_listen_to():
    """"Ha ha. If you buy one more jumper I'll kill you." was a threat heard (medium) because a worry read by meaning
    nearby, later made only to listen to, counted as other safety language; the rest of a warm budget talk was then
    read as fear. The worry itself ("I'm a bit worried about it.") and a played-down "I'm just tired." are no self-harm."""
    a = run_lines(("S1", 0.0, "We said four hundred pounds, all in, and we are at six hundred and twelve."),
                  ("S2", 0.8, "Six hundred and twelve? How?"),
                  ("S1", 0.6, "Jumpers, mostly. Ha ha. If you buy one more jumper I'll kill you."),
                  ("S2", 0.7, "It was on offer! Can I sit down for this?"),
                  ("S1", 0.6, "Sit. Honestly though, I'm a bit worried about it. I lie awake doing sums."),
                  ("S2", 0.7, "We'll be okay. What if we do a secret Santa?"),
                  ("S1", 0.6, "Sorry. It's actually not a bad idea, I'm just tired."))
    assert not _flag(a, "kill you", "threat")
    assert "playful_threat" in _cats(a, "kill you")
    assert not _flag(a, "worried about it", "self_harm")
    assert not _flag(a, "just tired", "self_harm")
    assert not [f for f in a["safety_flags"] if f["category"] == "appeasement"]


def test_tiredness_of_everything_and_hanging_up_then_pills_stay_heard():
    """Guards: the look-alikes above do not take real risk with them."""
    a = run_lines(("S1", 0.0, "How was the call with your sister?"),
                  ("S2", 0.9, "I hung up and took the pills."),
                  ("S1", 0.7, "What? When?"))
    assert _flag(a, "took the pills", "self_harm")


def test_an_offer_to_be_woken_the_phone_hung_up_and_loneliness_eased_are_no_self_harm():
    a = run_lines(("S1", 0.0, "Can we try a rota? I do until two, and you do from two till seven?"),
                  ("S2", 0.7, "Yes. I'd love that. And wake me if you're drowning, yeah?"),
                  ("S1", 0.8, "I appreciated that you sat with me when I rang the GP. I didn't feel so on my own with it."),
                  ("S2", 0.7, "Thank you. I didn't know it helped that much."),
                  ("S1", 0.6, "It did. I'd have hung up on them otherwise."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_dont_push_me_tells_of_no_blow_and_a_pet_taken_is_a_threat():
    """"Don't push me, Tom." was violence (a listed phrase, quoted first on page 1) while "…I'll leave, and I'm taking the
    dog." was only a reading to listen to. A dog taken for a walk is no threat."""
    a = run_lines(("S1", 0.0, "What time will you be back?"),
                  ("S2", 0.7, "Late. Why, are you planning something?"),
                  ("S1", 0.6, "No. I just wanted to know whether to cook."),
                  ("S2", 0.8, "Don't push me, Tom. If you keep this up, I'll leave, and I'm taking the dog."))
    assert not _flag(a, "push me", "violence")
    threat = _flag(a, "taking the dog", "threat", heard=True)
    assert threat and threat[0]["phrase"].startswith("a pet taken")
    b = run_lines(("S1", 0.0, "If it stops raining, I'm taking the dog for a walk."),
                  ("S2", 0.7, "Good idea. Take a coat."))
    assert not _flag(b, "taking the dog", "threat")


def test_the_balance_and_the_phone_demanded_are_control_and_giving_in_is_no_repair():
    """A screenshot of the balance every night, and "Give it here, then. If it's just Priya you won't mind." were not
    heard; "Fine. Sorry. I'll send it." counted as a repair (and was quoted in the couple's version)."""
    a = run_lines(("S1", 0.0, "Who was that texting you at dinner?"),
                  ("S2", 0.7, "Just Priya from work. About the rota."),
                  ("S1", 0.8, "Give it here, then. If it's just Priya you won't mind."),
                  ("S2", 0.9, "Okay. Here."),
                  ("S1", 1.0, "And the money. From now on, just send me a screenshot of the balance every night, it's easier."),
                  ("S2", 0.9, "Fine. Sorry. I'll send it."))
    assert _flag(a, "won't mind", "monitoring", heard=True)
    assert _flag(a, "screenshot of the balance", "financial_control", heard=True)
    assert "repair" not in _cats(a, "I'll send it")


def test_condescension_is_contempt_and_ones_own_uselessness_is_no_scorn():
    a = run_lines(("S1", 0.0, "Fine. I'll send it."),
                  ("S2", 0.7, "Good boy. See, that wasn't hard."),
                  ("S1", 1.5, "I hate being this useless to you."),
                  ("S2", 0.7, "You are so useless."))
    assert "contempt" in _cats(a, "that wasn't hard")
    assert "contempt" not in _cats(a, "this useless to you")
    assert "contempt" in _cats(a, "so useless")


def test_a_yes_or_a_promise_to_a_request_takes_it_up():
    """"Okay. I'll ring the helpline tomorrow morning." and "Yeah. Okay." to "Can we ring your doctor tomorrow,
    together?" were read as passing the request by (and "Yeah. Okay." as stonewalling); "I'll ring you later." to a
    request to talk still does not take it up."""
    a = run_lines(("S1", 0.0, "And I want you to talk to someone about the betting. Not for me. For you."),
                  ("S2", 0.7, "Okay. I'll ring the helpline tomorrow morning."),
                  ("S1", 1.0, "Can we ring your doctor tomorrow, together?"),
                  ("S2", 0.9, "Yeah. Okay."),
                  ("S1", 1.2, "Can we talk about this tonight, please?"),
                  ("S2", 0.8, "I'll ring you later."))
    assert _bid(a, "talk to someone")["response"] == "toward"
    assert _bid(a, "ring your doctor")["response"] == "toward"
    assert "stonewalling" not in _cats(a, "Yeah. Okay.")
    assert _bid(a, "talk about this tonight")["response"] != "toward"
    b = run_lines(("S1", 0.0, "See that wee robin on the fence? He's there every morning."), ("S2", 0.8, "Aye."))
    assert _bid(b, "wee robin")["response"] == "away"  # a nod to a bid for attention asks nothing done


def test_an_answer_of_how_much_a_word_asked_back_and_a_diet_are_no_stonewalling():
    a = run_lines(("S1", 0.0, "How's the back today? Honestly. Did you do the stretches the physio gave you?"),
                  ("S2", 2.5, "Some of them."),
                  ("S1", 0.8, "Are you even listening to me?"),
                  ("S2", 2.0, "Whatever."),
                  ("S1", 0.8, "Whatever? Really?"),
                  ("S2", 1.0, "I'm eating a salad. I'm so done with this diet, I could just die for a cheeseburger."),
                  ("S1", 0.8, "I'm done with this conversation."))
    assert "stonewalling" not in _cats(a, "Some of them")
    assert "stonewalling" not in _cats(a, "Whatever? Really?")
    assert "stonewalling" in _cats(a, "Whatever.")
    assert "stonewalling" not in _cats(a, "done with this diet")
    assert "stonewalling" in _cats(a, "done with this conversation")


def test_the_partners_act_again_is_criticism_and_what_do_you_want_me_to_do_is_defensiveness():
    a = run_lines(("S1", 0.0, "You slept through her crying again."),
                  ("S2", 0.8, "What do you want me to do, stay up all night and go to work on no sleep?"),
                  ("S1", 0.9, "You made my favourite again! Thank you."),
                  ("S2", 0.7, "What do you want me to do for your birthday?"))
    assert "criticism" in _cats(a, "crying again")
    assert "defensiveness" in _cats(a, "stay up all night")
    assert "criticism" not in _cats(a, "my favourite again")
    assert not {"defensiveness", "criticism"} & {m["category"] for m in a["markers"]
                                                 if "birthday" in m["quote"] and m.get("source") == "lexicon"}


def test_a_sentence_finished_for_the_partner_and_taken_as_theirs_is_no_cut_in():
    """"…every time I put her down, she just" / "wakes up the second her back touches the mattress." / "Yes! Exactly that."
    was counted as a cut-in ("mid-sentence… first at 00:12"); the same cut-off answered by a protest stays one."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, end_of, say

    first = say("S1", 0.0, "Honestly, every time I put her down, she just")
    finish = say("S2", end_of(first) + 0.1, "wakes up the second her back touches the mattress.")
    taken = say("S1", end_of(finish) + 0.3, "Yes! Exactly that. It's like she has a sensor.")
    assert not analyze(conversation(first, finish, taken))["interruptions"]
    protest = say("S1", end_of(finish) + 0.3, "Can I finish? That is not what I was going to say.")
    cut = analyze(conversation(first, finish, protest))["interruptions"]
    assert [(i["by"], i["of"]) for i in cut] == [("S2", "S1")]


def test_a_yes_given_as_a_promise_is_no_threat():
    """"Of course I will." answering "Will you sit with me when I ring?" was a threat (by meaning, 0.96): page 1's first
    finding, individual check-ins only, and recorded practice refused."""
    a = run_lines(("S1", 0.0, "Yeah. Okay. Will you sit with me when I ring?"),
                  ("S2", 0.8, "Of course I will."),
                  ("S1", 0.6, "Thanks. That helps, actually."))
    assert not a["safety_flags"]


def test_everything_done_alone_and_a_task_off_the_mind_are_no_self_harm_and_a_thing_left_alone_no_feeling():
    """"I feel alone when I do everything by myself." was self-harm heard, with "ASSESS RISK" at the top ("by myself"
    counted as a word of harm, so the load carried alone was never told apart); "That is one thing less for me to think
    about." was self-harm to listen to; "leave the turkey budget alone" and "the second I sit down" were feelings.
    Guards: "hurt myself" stays heard; "I can't do this by myself anymore" stays, to listen to."""
    a = run_lines(("S1", 0.0, "I feel alone when I do everything by myself."),
                  ("S2", 0.7, "I know. I'm sorry."),
                  ("S1", 0.8, "Okay, I'll book the plumber then. That is one thing less for me to think about."),
                  ("S2", 0.7, "And leave the turkey budget alone. The second I sit down you start."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]
    assert "feelings" not in _cats(a, "turkey budget alone")
    b = run_lines(("S1", 0.0, "I can't do this by myself anymore."),
                  ("S2", 0.8, "What do you mean?"),
                  ("S1", 0.7, "Some nights I want to hurt myself."))
    assert _flag(b, "hurt myself", "self_harm", heard=True)
    assert _flag(b, "by myself anymore", "self_harm")


def test_one_less_thing_after_not_waking_up_stays_self_harm():
    """Guard: "If I didn't wake up one morning it'd be one less thing for you to worry about." keeps both its readings
    (the task off the mind above must not take it)."""
    a = run_lines(("S1", 0.0, "What's going on with you lately?"),
                  ("S2", 0.9, "Just that I'm a weight round your neck. If I didn't wake up one morning it'd be one less "
                              "thing for you to worry about."))
    assert _flag(a, "wake up one morning", "self_harm", heard=True)


def test_a_limit_on_ones_own_whereabouts_is_no_isolation():
    """"But if she's still here at Easter, I'm going to stay at my brother's for a bit." was isolation heard (by meaning,
    0.97): page 1's safety passage, check-ins only, recorded practice refused for 90 days. Taking the children along stays
    read."""
    a = run_lines(("S1", 0.0, "She's my sister. What was I supposed to do, leave her on the street?"),
                  ("S2", 0.9, "I'm not asking you to put her out tonight. But if she's still here at Easter, I'm going "
                              "to stay at my brother's for a bit."),
                  ("S1", 2.4, "Right."))
    assert not [f for f in a["safety_flags"] if f["category"] == "isolation"]


def test_pursuit_met_by_asking_to_stop_is_pursue_withdraw():
    """The sister-staying talk's cycle was not named ("No pursue-withdraw cycle… found"): "Can we not do this tonight?",
    itself a withdrawal, counted as the withdrawing partner pressing too; "Are you even listening? You've been on your
    phone since I sat down." was no criticism."""
    a = run_lines(("S1", 0.0, "Are you even listening? You've been on your phone since I sat down."),
                  ("S2", 3.0, "Mm."),
                  ("S1", 1.0, "Sam. Put it down. Please."),
                  ("S2", 2.8, "Can we not do this tonight?"),
                  ("S1", 1.0, "We never do it any night. That's the whole problem."),
                  ("S2", 2.2, "Fine."))
    assert "criticism" in _cats(a, "even listening")
    pw = [p for p in a["patterns"] if p["kind"] == "pursue_withdraw"]
    assert pw and pw[0]["pursuing"] == "S1" and pw[0]["withdrawing"] == "S2"


def test_minimising_a_counter_charge_and_mock_generosity_are_horsemen():
    """The betting-app talk's horsemen table was empty ("none found" for both): minimising ("It's only a tenner here and
    there.", "it's not a big deal"), the complaint turned back ("You spend more than that on coffee.") and mock praise of
    the loss ("How generous of you to lose our money in tenners.")."""
    a = run_lines(("S1", 0.0, "How long has it been there?"),
                  ("S2", 0.7, "A few months. It's only a tenner here and there."),
                  ("S1", 0.6, "Oh, a tenner. How generous of you to lose our money in tenners."),
                  ("S2", 0.5, "You spend more than that on coffee."),
                  ("S1", 0.6, "That is not the same thing and you know it."),
                  ("S2", 0.7, "I'm just saying, it's not a big deal. Everybody has a flutter on the football."))
    assert "defensiveness" in _cats(a, "here and there")
    assert "contempt" in _cats(a, "How generous of you")
    assert "defensiveness" in _cats(a, "more than that on coffee")
    assert "defensiveness" in _cats(a, "Everybody has a flutter")


import pytest  # noqa: E402


@pytest.mark.parametrize("said, kind", [
    ("Stop pushing me, you're hurting me!", "violence"),
    ("Don't push me, I swear I'll put you through that wall.", None),
    ("I'm just tired, I keep thinking about driving into a tree.", "self_harm"),
    ("I'll stop her seeing those friends of hers.", "isolation"),
    ("You took my wages again.", "financial_control"),
    ("I'm not worried about it, I've made my plan.", "self_harm"),
    ("I'd be one less thing for you to worry about.", "self_harm"),
    ("I didn't feel so alone once I'd written the letters to the kids.", "self_harm"),
    ("I do everything on my own and some days I think about driving into the river.", "self_harm"),
])
def test_the_look_alikes_of_this_round_leave_real_risk_heard(said, kind):
    """Guards found by a review of this round's look-alike rules: each sentence keeps the safety reading it had before
    them (None: some safety reading, whichever kind)."""
    a = run_lines(("S1", 0.0, "Can we talk about how things have been this week?"), ("S2", 0.8, said))
    found = {f["category"] for f in a["safety_flags"] if f["speaker"] == "S2"}
    assert (kind in found) if kind else found, (said, found)


def test_a_yes_to_a_question_of_taking_the_children_stays_a_threat():
    a = run_lines(("S1", 0.0, "You'll really take the kids from me?"), ("S2", 0.8, "Of course I will."))
    assert _flag(a, "Of course I will", "threat")


def test_the_surest_safety_kind_is_said_first_on_page_one():
    """"I just don't know what mood you'll be in when you get home." (fear, heard clearly) was left off page 1's five
    items behind two lines heard less surely that came earlier."""
    from talktogether_desktop.analysis.observations import _safety

    flags = [{"t": 10.0, "end": 12.0, "speaker": "S2", "category": "monitoring", "group": "coercive control: monitoring",
              "quote": "They were on the side where you left them.", "confidence": "medium", "source": "lexicon"},
             {"t": 29.0, "end": 31.0, "speaker": "S2", "category": "financial_control", "group": "coercive control: money",
              "quote": "Then that's between you and your manager.", "confidence": "medium", "source": "lexicon"},
             {"t": 58.0, "end": 61.0, "speaker": "S1", "category": "fear", "group": "fear of the partner",
              "quote": "I just don't know what mood you'll be in when you get home.", "confidence": "high", "source": "lexicon"}]
    out = sorted(_safety(flags, lambda s: s), key=lambda o: -o["score"])
    assert "mood you'll be in" in out[0]["text"]
