from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say


def reach(r, speaker="S1"):
    return r["reaching_for"].get(speaker, [])


def test_need_grouped_into_a_category_and_turned_toward():
    a = say("S1", 0.0, "I miss you lately. I need us to spend more time together.")
    b = say("S2", end_of(a) + 0.4, "Okay. Let's keep Saturday evening just for us.")
    r = analyze(conversation(a, b), names={"S1": "Ana", "S2": "Ben"})
    items = reach(r)
    need = next(i for i in items if i["quote"] == "I need us to spend more time together.")
    assert need["category"] == "closeness" and need["kind"] == "need"
    assert abs(need["t"] - a[4]["start"]) < 0.01
    assert need["response"] == "toward" and need["response_by"] == "S2"
    assert r["speakers"][1]["bids_turned_toward"] >= 1


def test_bid_ignored_is_away_and_countered_is_against():
    a = say("S1", 0.0, "Could you help me with the dishes tonight?")
    b = say("S1", end_of(a) + 8.0, "Anyway, the car needs new tyres.")
    r = analyze(conversation(a, b))
    (item,) = reach(r)
    assert item["category"] == "fairness" and item["kind"] == "bid"
    assert item["response"] == "away" and item["response_by"] is None
    c = say("S2", end_of(a) + 0.5, "That's not fair, I did them yesterday.")
    r2 = analyze(conversation(a, c))
    (item2,) = reach(r2)
    assert item2["response"] == "against" and item2["response_by"] == "S2"


def test_each_category():
    cases = {
        "reassurance": "I need to know that you still love me.",
        "respect": "I wish you would listen when I talk.",
        "space": "I need some time to myself after work.",
        "appreciation": "I want you to notice what I do around here.",
    }
    for expected, text in cases.items():
        r = analyze(say("S1", 0.0, text))
        assert [i["category"] for i in reach(r)] == [expected], text


def test_passing_feelings_and_short_acceptances_are_not_needs():
    r = analyze(conversation(say("S1", 0.0, "I am happy today."), say("S2", 3.0, "Yes, I would like that.")))
    assert [(i["kind"], i["label"]) for i in r["reaching_for"]["S1"]] == [("feeling", "attention and connection")]  # a share
    assert "S2" not in r["reaching_for"]  # an acceptance reaches for nothing
    # in a quarrel a feeling is no share, and anger never is
    r = analyze(conversation(say("S1", 0.0, "You never listen to a word I say."), say("S2", 3.0, "I am so tired of this.")))
    assert "attention and connection" not in [i["label"] for i in r["reaching_for"].get("S2", [])]
    r = analyze(conversation(say("S1", 0.0, "How was the drive?"), say("S2", 3.0, "I am so angry about the roadworks.")))
    assert "S2" not in r["reaching_for"]


def test_invitations_and_news_are_bids_however_short():
    """Gottman's everyday bids: an invitation asked in a few words, news shared, something pointed
    out; an acceptance ("Deal.") turns toward them."""
    for line, reply in [("Hey, I made that soup you like. Want a bowl?", "Oh yes please, I'm starving."),
                        ("Fancy a walk up the hill tomorrow if it's dry?", "Deal. I'll bring the flask."),
                        ("Guess who's the new team lead? I start on Monday!", "No way! That's brilliant, well done."),
                        ("Wanna get Thai to celebrate?", "Go on then."),
                        ("Come and look at the cat, she's asleep in the laundry basket again.", "Aw, let me see."),
                        ("Can I read you the first bit of my speech for the wedding?", "Go on, I'd love to hear it."),
                        ("Remember the last time we went camping and the tent blew away?", "Ha, yes, your face!")]:
        a = say("S1", 0.0, line)
        b = say("S2", end_of(a) + 0.5, reply)
        items = reach(analyze(conversation(a, b)))
        assert [i["kind"] for i in items] == ["bid"], line
        assert items[0]["response"] == "toward", (line, items[0])


def test_a_short_acceptance_is_still_not_a_need():
    a = say("S1", 0.0, "I would like that.")
    assert reach(analyze(conversation(a))) == []


def test_a_question_on_another_subject_turns_away_one_about_the_bid_turns_toward():
    for reply, want in [("Did you ring the plumber back about the boiler?", "away"),
                        ("Where? Oh, I see them.", "toward")]:
        a = say("S1", 0.0, "Hey, look out the window, there's a family of ducks on the lawn.")
        b = say("S2", end_of(a) + 0.5, reply)
        items = reach(analyze(conversation(a, b)))
        assert [i["kind"] for i in items] == ["bid"], reply
        assert items[0]["response"] == want, (reply, items[0])


def _met(bid, reply):
    a = say("S1", 0.0, bid)
    b = say("S2", end_of(a) + 0.5, reply)
    items = reach(analyze(conversation(a, b)))
    assert items, bid
    return items[0]["response"]


NEWS = "Guess what, they've put me forward for the charge nurse job on my ward!"


def test_a_bid_not_taken_in_is_away_whatever_apology_follows():
    assert _met(NEWS, "Hm? Sorry, I was booking the car in for its service.") == "away"


def test_an_acceptance_first_takes_the_bid_up_whatever_the_turn_goes_on_to():
    assert _met("Do you fancy the Thai place on the corner to celebrate?",
                "Yes, absolutely. And I'm sorry I've been such a grump, I was just wound up about the interview.") == "toward"
    assert _met("Do you fancy the Thai place on the corner tonight?", "Okay, whatever. Your choice.") != "toward"


def test_a_nod_then_another_subject_passes_the_bid_by():
    assert _met(NEWS, "Yeah. Did you ring the bank about the mortgage thing?") == "away"
    assert _met("I think I'm gonna run a half marathon this spring.", "Yeah. Oh hey, I need the car on Saturday.") == "away"
    # a nod, then the bid taken up: asked about, offered, or warm
    assert _met(NEWS, "Yeah? Which ward is it on?") == "toward"
    assert _met("Fancy a takeaway tonight?", "Yeah. Chinese or curry?") == "toward"
    assert _met("Ugh, my back is killing me.", "Oh no. Want me to rub it later?") == "toward"
    assert _met(NEWS, "Yes, absolutely. That's brilliant news.") == "toward"
    assert _met("Guess what, I got today's Wordle in two guesses!", "Yeah. Why would I care?") == "against"  # scorn
    # round 15: "is there" points at nothing said; a nod, then a plain statement of another subject
    assert _met("I'd love us to get a wee dog one day.", "Mm. Is there any bread left?") == "away"
    assert _met("There's a heron on the canal again, he's massive.", "Yeah. The plumber's coming at ten.") == "away"
    assert _met("There's a heron on the canal again, he's massive.", "Yeah. He's gorgeous, isn't he?") == "toward"
    assert _met("There's a heron on the canal again, he's massive.", "Yeah. Is he still there?") == "toward"


def test_a_surprised_question_in_the_second_sentence_takes_news_up():
    assert _met(NEWS, "Shut up. Seriously? Come here, you.") == "toward"


def test_an_everyday_verb_is_no_shared_subject():
    assert _met("Do you remember we put the first bulbs in here the spring Sam was born?",
                "Have you seen where I put the scissors? They were here a minute ago.") == "away"


def test_d_you_fancy_is_an_invitation():
    assert _met("I could murder a curry. D'you fancy the Bengal Lancer?", "Go on then.") == "toward"


def test_cuddles_gifts_and_things_shown_are_bids():
    assert _met("Come 'ere, give us a cuddle. I'm mucky but I don't care.", "Ha, you're mucky! Go on then, a quick one.") == "toward"
    assert _met("Hey love, I brought you some of that lemon cake, the one you like.", "Oh, you're a star. Thank you.") == "toward"
    assert _met("Look at these tomatoes, the first proper red ones this year.", "Did you ring the plumber back?") == "away"


def test_an_acceptance_that_goes_on_to_contempt_does_not_take_the_bid_up():
    assert _met("Can you give me a hug? I've had an awful day.",
                "Yeah, sure. God, you're so needy, it's pathetic.") != "toward"


def test_a_feeling_of_ones_own_told_is_a_bid_to_meet():
    a = say("S1", 0.0, "I've been feeling really down since Grandpa passed.")
    b = say("S2", end_of(a) + 0.5, "Did you reply to the email from the school?")
    items = reach(analyze(conversation(a, b)))
    assert [(i["kind"], i["label"], i["response"]) for i in items] == [("feeling", "attention and connection", "away")]
    assert _met("I'm so proud of myself, I ran the whole way without stopping.", "That's brilliant, I knew you could do it!") == "toward"
    # a feeling about the partner is no share of one's own
    a = say("S1", 0.0, "You were so nervous on our first date.")
    b = say("S2", end_of(a) + 0.5, "I was not, I was cool as anything.")
    assert "attention and connection" not in [i["label"] for i in reach(analyze(conversation(a, b)))]
