"""Round 34's reading fixes, found on two blind splits once scored (heldout19: retirement, a farm's bank letter, a
stepson's curfew; heldout20: a church left, trust after an affair, a garden planned), in this test's own words: a
frame that takes the words back ("It's not that…", "You'd think…"), reassurance about money, someone else's habit,
help asked of others, flooding named, a mocking sorry, a refusal idiom, asking the partner to answer, the partner
cleared ("It's never been you"), the speaker's own wish, a habit to stop, and one's own cup thrown at a wall."""

from __future__ import annotations

from .timeline import run_lines


def _cats(a, words, *, safety=False) -> set[str]:
    found = a["safety_flags"] if safety else a["markers"]
    return {m["category"] for m in found if words.lower() in (m.get("quote") or "").lower()}


def _flag(a, words, category) -> list[dict]:
    return [f for f in a["safety_flags"] if f["category"] == category and words.lower() in f["quote"].lower()]


def test_a_denial_framing_the_clause_takes_the_absolute_and_the_rule_back():
    """"It's not that you never help. You do, loads." is no criticism, "It's not that I never want him at the temple"
    is no isolation: what follows "it's not that" is what the speaker says is not so. "It's not like you ever help"
    (rhetorical) is not such a denial, and a plain "you never help" stays criticism."""
    a = run_lines(("S1", 0.0, "Since you started nights you're never home for tea."),
                  ("S2", 0.8, "It's not that I never want to be home. The rota is the rota."),
                  ("S1", 0.7, "It's not that you never help, Dev. You do, loads. I just need the lads to pitch in."),
                  ("S2", 0.7, "It's not that I never want him at the temple. I want him at a school with proper science."),
                  ("S1", 0.8, "Well you never help with his homework either."))
    assert "criticism" not in _cats(a, "It's not that you never help")
    assert not _flag(a, "never want him at the temple", "isolation")
    assert "criticism" in _cats(a, "you never help with his homework")


def test_a_supposition_is_a_complaint_not_the_speakers_despair():
    """"You'd think I'd nothing else in my life but your socks." (self-harm by meaning, heard) complains of how the
    speaker is treated; a despairing sentence said plainly is still read."""
    a = run_lines(("S1", 0.0, "That's the fourth time tonight you've shouted me up the stairs for your socks."),
                  ("S2", 0.7, "I can't reach them, I told you."),
                  ("S1", 0.6, "You'd think I'd nothing else in my life but your socks."),
                  ("S2", 1.0, "Sometimes I think you'd all be better off without me."))
    assert not _flag(a, "nothing else in my life", "self_harm")
    assert _flag(a, "better off without me", "self_harm")


def test_money_said_not_to_matter_is_reassurance_not_control():
    """After a debt owned and risk said sideways, "Come here. The money doesn't matter next to you." (money control by
    meaning, heard) is reassurance; "The life insurance would clear it." opening with "the" was nobody's despair (a
    sentence opening with someone else's name or "the…" is about them): a death's money is the speaker's."""
    a = run_lines(("S1", 0.0, "How much is it, Mick? All of it."),
                  ("S2", 0.8, "Forty-one thousand. The card, the personal loan, and the redraw on the house."),
                  ("S1", 0.7, "You lied to my face for a whole year."),
                  ("S2", 0.9, "I know. The life insurance would clear it, and then some."),
                  ("S1", 0.8, "What does that mean?"),
                  ("S2", 1.5, "I drove out to the cliffs on Tuesday. Sat in the car park near the edge for a couple of hours."),
                  ("S1", 0.8, "Mick. Oh my God. Come here. The money doesn't matter next to you."))
    assert not _flag(a, "doesn't matter", "financial_control")
    assert _flag(a, "life insurance would clear", "self_harm")
    from talktogether_desktop.analysis.frames import money_set_aside

    assert not money_set_aside("no wife of mine needs her own money so forget about that job".split())


def test_someone_elses_habit_of_texting_is_no_monitoring():
    """A stepson's curfew ("Midnight on Fridays, and he texts me if he's running late.") is a parent's care, not one
    partner watching the other; "and you text me where you are every hour" would be about the partner."""
    a = run_lines(("S1", 0.0, "What did you agree with him about weekends?"),
                  ("S2", 0.7, "Midnight on Saturdays, and he texts me if he's running late. Is that fair?"),
                  ("S1", 0.6, "That sounds fair to me."))
    assert not _cats(a, "he texts me", safety=True) - {"appeasement"}


def test_help_asked_of_others_and_ones_own_payment_are_only_to_listen_to():
    """"Next time I'll tell them to talk one at a time, and I'll sit on your good side." (a threat by meaning, heard)
    asks the family to help; "I have paid the deposit at the new school." (money control by meaning, heard) tells a
    decision taken alone: both may be listed to listen to, neither is heard."""
    a = run_lines(("S1", 0.0, "All of you talk over me at your sister's. I sit there like the furniture."),
                  ("S2", 0.8, "Come, sit by me. Next time I'll tell them to talk one at a time, and I'll sit on your good side."),
                  ("S1", 0.7, "I have paid the deposit at the new school. She starts in September."),
                  ("S2", 0.8, "You paid it without me?"))
    for f in _flag(a, "tell them to talk", "threat") + _flag(a, "paid the deposit", "financial_control"):
        assert f.get("listen_only"), f


def test_flooding_named_and_a_tight_chest_are_flooding():
    a = run_lines(("S1", 0.0, "You told your mother before you told me. Again."),
                  ("S2", 0.7, "I'm getting flooded. My chest is tight. I need twenty minutes."),
                  ("S1", 0.6, "Okay. Twenty minutes."))
    assert "flooding" in _cats(a, "getting flooded")


def test_a_mocking_sorry_is_no_repair():
    """"Sorry I'm such hard work." and "Pardon me for trying to be useful." answer a complaint with a jab; a sincere
    "Sorry, I snapped at you." is still a repair."""
    a = run_lines(("S1", 0.0, "You moved all the tins again. I can't find a thing in my own kitchen."),
                  ("S2", 0.7, "Pardon me for trying to be useful."),
                  ("S1", 0.6, "And you buzzed me three times last night."),
                  ("S2", 0.7, "Sorry I'm such hard work."),
                  ("S1", 1.2, "That's not what I meant."),
                  ("S2", 1.0, "Sorry, I snapped at you. I'm tired too."))
    assert "repair" not in _cats(a, "Pardon me") | _cats(a, "such hard work")
    assert "repair" in _cats(a, "I snapped at you")


def test_over_my_dead_body_is_a_refusal_not_a_threat():
    """A guard: read as a possible threat in one blind conversation; the idiom list now names it."""
    a = run_lines(("S1", 0.0, "I've put his name down for the college."),
                  ("S2", 0.7, "Over my dead body is he going to that college."),
                  ("S1", 0.6, "Then we need to talk about it properly."))
    assert not _flag(a, "dead body", "threat") and not _flag(a, "dead body", "self_harm")


def test_asking_the_partner_to_answer_is_pursuing_not_withdrawing():
    """After a complaint and a silence, "Well, say something." is the one who wants an answer: it was read as that
    speaker's stonewalling."""
    a = run_lines(("S1", 0.0, "You've made this kitchen your project and me your staff."),
                  ("S2", 0.8, "That's not fair, I asked you what you wanted."),
                  ("S1", 0.6, "I asked you not to move the tins."),
                  ("S2", 4.0, "Okay."),
                  ("S1", 1.5, "Well, say something."))
    assert "stonewalling" not in _cats(a, "say something")


def test_someone_who_never_minds_hard_work_is_not_closing_the_talk():
    a = run_lines(("S1", 0.0, "Sleepers or pallets for the beds, do you reckon?"),
                  ("S2", 0.7, "Pallets. Free from the yard, and you never mind a bit of hard graft, bless you."),
                  ("S1", 0.6, "Oh, never mind. I'll ask your dad."))
    assert "stonewalling" not in _cats(a, "hard graft")
    assert "stonewalling" in _cats(a, "Oh, never mind")


def test_the_partner_cleared_and_the_speakers_own_wish_are_no_criticism():
    """"It's never been you, you big lump." clears the partner; "I don't want to be checking up on you forever." is
    the speaker's own wish; "I want to stop needing to." is a habit to stop, no self-harm. "It's always you who
    forgets the bins" stays criticism."""
    a = run_lines(("S1", 0.0, "I thought it was me. That I'd done something wrong."),
                  ("S2", 0.7, "It's not you. It's never been you, you big lump."),
                  ("S1", 0.8, "Thank you. I don't want to be checking up on you forever. I want to stop needing to."),
                  ("S2", 0.9, "It's always you who forgets the bins, mind."))
    assert "criticism" not in _cats(a, "never been you")
    assert "criticism" not in _cats(a, "checking up on you forever")
    assert not _flag(a, "stop needing to", "self_harm")
    assert "criticism" in _cats(a, "always you who forgets")


def test_ones_own_cup_thrown_at_a_wall_is_no_violence_against_the_speaker():
    """"…and I wanted to throw my brew at the wall." was violence against the speaker; "He threw my phone at the wall"
    is still heard."""
    a = run_lines(("S1", 0.0, "My mum said at least we can keep trying, and I wanted to throw my brew at the wall."),
                  ("S2", 0.8, "I know. She means well."),
                  ("S1", 0.7, "Last week he threw my phone at the wall when I said I was going out."))
    assert not _flag(a, "throw my brew", "violence")
    assert _flag(a, "threw my phone", "violence")


def test_all_of_a_medicine_taken_at_once_is_self_harm_even_said_as_a_threat():
    """"Get on that plane… I've still got the pills from my knee op, and I'll take the lot, and that's on you." was
    read only as a threat: the self-harm in it went unflagged, with no risk prompt. At a market stall, "I'll take the
    lot" is buying."""
    a = run_lines(("S1", 0.0, "It's a good job. It's more money for both of us."),
                  ("S2", 0.8, "Get on that plane then. I've still got the pills from my knee op, and I'll take the lot, and that's on you."),
                  ("S1", 0.7, "No. Don't say that. Just leave the pills."))
    assert _flag(a, "take the lot", "self_harm") and a["safety_prompt"]
    b = run_lines(("S1", 0.0, "Those peaches look lovely, how much for the box?"),
                  ("S2", 0.7, "Go on, I'll take the lot, we can make jam."))
    assert not _flag(b, "take the lot", "self_harm")


def test_put_out_of_the_home_if_the_accounts_come_up_is_a_threat_and_what_follows_may_be_fear():
    """"If the books come up in that room, you'll be sleeping at your sister's and the kids will hear why." was read
    only as possible monitoring; so "I won't bring it up. I'm sorry…" after it was a repair."""
    a = run_lines(("S1", 0.0, "I don't even know what the shop made last month."),
                  ("S2", 0.8, "If the books come up in that room, you'll be sleeping at your sister's and the kids will hear why."),
                  ("S1", 0.9, "I won't bring it up. I'm sorry, I shouldn't have asked in front of the supplier."))
    assert _flag(a, "sleeping at your sister's", "threat")
    assert "repair" not in _cats(a, "I shouldn't have asked")
    assert _flag(a, "bring it up", "appeasement") or _flag(a, "I shouldn't have asked", "appeasement")


def test_pressure_told_over_and_over_is_no_blow_but_blows_told_over_and_over_are():
    a = run_lines(("S1", 0.0, "You won't even let me see the accounts."),
                  ("S2", 0.8, "You see? You push me and push me and then I'm the bad one."),
                  ("S1", 0.9, "Last winter he hit me and hit me until I couldn't stand."))
    assert not _flag(a, "push me and push me", "violence")
    assert _flag(a, "hit me and hit me", "violence")


def test_a_promise_to_give_in_after_fear_of_the_partner_is_a_possible_fear_response():
    a = run_lines(("S1", 0.0, "You quit the fellowship, you quit this house."),
                  ("S2", 0.8, "I'm scared to even say the word church around you now."),
                  ("S1", 0.9, "Sorry, okay? Let's just pray on it and start fresh."),
                  ("S2", 0.7, "Okay. I'll come Sunday."))
    assert _flag(a, "I'll come Sunday", "appeasement")


def test_an_answer_listed_to_listen_to_is_heard_once_the_partner_answers_it_with_crisis_help():
    """With "The life insurance would clear it." heard, "What's that supposed to mean?" made the answer ("I drove out to
    the cliffs…") only one to listen to, and the crisis help the partner named after it no longer counted: the
    disclosure was listed as "it may be nothing"."""
    a = run_lines(("S1", 0.0, "You lied to my face for a whole year."),
                  ("S2", 0.9, "Yeah. I know. I've done the sums. The life insurance would clear it, and then some."),
                  ("S1", 0.8, "What's that supposed to mean?"),
                  ("S2", 1.5, "I drove out to the cliffs on Tuesday. Sat in the car park near the edge for a couple of hours."),
                  ("S1", 0.8, "Oh my God. Come here."),
                  ("S1", 0.5, "We'll ring Lifeline together right now."))
    cliffs = _flag(a, "out to the cliffs", "self_harm")
    assert cliffs and any(not f.get("listen_only") for f in cliffs)


def test_the_speakers_body_struck_is_violence_told_by_the_one_hurt():
    """"…I still feel the back of my head hitting it." (the cupboard door, with a hole in it) was read only as possible
    self-harm; "the second my head hit the pillow I was gone" is sleep."""
    a = run_lines(("S1", 0.0, "Ninety days today. I thought you might say well done."),
                  ("S2", 0.8, "I'm not trying to take it off you. But I still see the cupboard door with the hole in it, and I still feel the back of my head hitting it."),
                  ("S1", 0.9, "The second my head hit the pillow last night I was gone, honestly."))
    assert _flag(a, "my head hitting it", "violence")
    assert not _flag(a, "hit the pillow", "violence")


def test_an_absolute_followed_by_a_worry_taken_away_is_warm():
    """"And you always pack the snacks, so I'm not worried about the drive." was criticism (high) and a bid for
    reassurance "not taken up"; "You always leave the packing to me, so I'm not happy." stays a complaint."""
    a = run_lines(("S1", 0.0, "I'll book the train tonight."),
                  ("S2", 0.7, "And you always pack the snacks, so I'm not worried about the drive."),
                  ("S1", 0.6, "Obviously. Cheese and onion, for the road."))
    assert "criticism" not in _cats(a, "pack the snacks")
    b = run_lines(("S1", 0.0, "Why is the car still not packed? We leave at six."),
                  ("S2", 0.7, "You always leave the packing to me, so I'm not surprised we're late."),
                  ("S1", 0.6, "That's not fair, I did the tickets."))
    assert "criticism" in _cats(b, "leave the packing to me")


def test_looking_disowned_and_asking_how_the_partner_knows_are_no_monitoring_by_the_speaker():
    """"I'm not asking to read your phone. I just miss when you told me things first." was monitoring (heard); "How do
    you know where I parked?" is the one watched asking (monitoring by meaning 0.96). "I'm going to read your phone
    tonight" is still heard."""
    a = run_lines(("S1", 0.0, "You were on the phone with your sister until eleven again."),
                  ("S2", 0.7, "Are you checking up on me now?"),
                  ("S1", 0.8, "Maybe I am. I'm not asking to read your phone. I just miss when you told me things first."),
                  ("S2", 0.9, "How do you know where I parked today?"),
                  ("S1", 0.8, "Give me that. I'm going to read your phone tonight."))
    assert not _flag(a, "not asking to read your phone", "monitoring")
    assert not _flag(a, "where I parked", "monitoring")
    assert _flag(a, "going to read your phone", "monitoring")


def test_a_rise_after_a_threat_is_never_said_not_to_have_calmed_down():
    """The analysis's own observation ended "It had not calmed down by the end of the recording." for a rise after a
    threat (the window and the JSON carried it; only the report put it right): after a threat no calm, and no lack of
    it, is read; the observation says what its moment says."""
    from talktogether_desktop.analysis.observations import _escalation_text

    said = ("There was safety language (threat or intimidation) at 00:45; what followed is not read as repair or easing "
            "(a calm after it may be fear).")
    point = {"signals_by_speaker": {"S1": ["loudness"]}, "signals": ["loudness"], "start": 44.0, "end": 50.0,
             "quote": "If you walk out, you won't see the kids again.", "quote_t": 45.4, "quote_by": "S1",
             "what_next": {"text": said, "eased": False, "eased_at": None, "repair_attempts": [], "repair_landed": False,
                           "eased_after_repair": None, "after_threat": True, "threat_t": 45.4}}
    text = _escalation_text(point, lambda s: {"S1": "Tom"}.get(s, s))
    assert "not calmed down" not in text and said in text


def test_worry_told_big_and_hurt_at_being_treated_like_a_child_are_neither_self_harm_nor_scorn():
    """Early memory loss: "I was beside myself." was self-harm (heard, with the risk prompt, on the worried partner);
    "Stop treating me like a child." was contempt (high). The real line, "Sometimes I think it'd be kinder if I just
    went before it gets bad.", was only listed to listen to. "You're acting like a child." stays contempt."""
    a = run_lines(("S1", 0.0, "You ring me every hour."),
                  ("S2", 0.7, "I was beside myself. You got lost coming back from the shop last week."),
                  ("S1", 0.6, "Stop treating me like a child."),
                  ("S2", 0.8, "I'm frightened of what's coming, that's all."),
                  ("S1", 1.2, "Sometimes I think it'd be kinder if I just went before it gets bad."),
                  ("S2", 0.9, "Oh, love. Come here."))
    assert not _flag(a, "beside myself", "self_harm")
    assert "contempt" not in _cats(a, "treating me like a child")
    harm = _flag(a, "kinder if I just went", "self_harm")
    assert harm and any(not f.get("listen_only") for f in harm)
    b = run_lines(("S1", 0.0, "I'm not giving you the phone, and that's that."),
                  ("S2", 0.7, "You're acting like a child. Grow up."))
    assert "contempt" in _cats(b, "acting like a child")


def test_less_checking_offered_as_a_proposal_is_no_monitoring():
    """"And what if you take the phone with the map on, just for your walks, and I stop ringing every hour?" (after a
    disclosure, planning together) was monitoring, heard."""
    a = run_lines(("S1", 0.0, "You ring me every hour. You check the cooker after me. I ran a shop for thirty years."),
                  ("S2", 1.0, "You're right. I have been hovering, and I'm sorry."),
                  ("S1", 0.9, "I'm frightened of what's coming."),
                  ("S2", 0.6, "So am I, love. Can we tell the doctor on Thursday, together?"),
                  ("S1", 0.5, "Yes. Alright."),
                  ("S2", 0.4, "And what if you take the phone with the map on, just for your walks, and I stop ringing every hour?"),
                  ("S1", 0.8, "That's fair."))
    assert not [f for f in _flag(a, "what if you take the phone", "monitoring") if not f.get("listen_only")]
