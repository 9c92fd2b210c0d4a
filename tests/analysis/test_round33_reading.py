"""Round 33's reading fixes, found on a new blind split (heldout19: carer fatigue, a gambling debt, retirement), in this
test's own words: self-harm said sideways and heard in how the partner meets it, and self-harm read by meaning in a
sentence with no word of harm only to listen to."""

from __future__ import annotations

from .timeline import run_lines


def _harm(a, speaker=None) -> list[dict]:
    return [f for f in a["safety_flags"] if f["category"] == "self_harm" and (speaker is None or f["speaker"] == speaker)]


def _on(flags, words) -> list[dict]:
    return [f for f in flags if words.lower() in f["quote"].lower()]


DEBT = (("S1", 0.0, "How was work today?"),
        ("S2", 0.6, "Fine. They're doing a charity walk for Lifeline next month."),
        ("S1", 0.5, "Oh, nice."),
        ("S2", 0.8, "Yeah. I know. I've done the sums. The money from the house would clear it, and then some."),
        ("S1", 0.7, "What's that supposed to mean?"),
        ("S2", 1.5, "I drove out to the cliffs on Tuesday. Sat in the car near the edge for a couple of hours."),
        ("S1", 0.8, "Oh my God. Come here. We'll ring Lifeline together right now."),
        ("S2", 0.6, "Okay."))


def test_what_the_partner_answers_with_crisis_help_is_self_harm_to_assess():
    """"I drove out to the cliffs… Sat in the car near the edge…" / "Oh my God… We'll ring Lifeline together right now.":
    no list or reading can be sure of the words, the partner in the room is; the turns back to the partner's last turn
    that was not a question are flagged, heard, and the risk prompt is at the top. A charity walk for Lifeline names no
    crisis, and the small talk before it is nothing."""
    a = run_lines(*DEBT)
    harm = _harm(a, "S2")
    assert _on(harm, "to the cliffs") and _on(harm, "would clear it")
    assert all(not f.get("listen_only") and "Lifeline" in f["context"] for f in _on(harm, "would clear it"))
    assert not _on(harm, "charity walk") and not _harm(a, "S1")
    assert a["safety_prompt"] and "Assess risk" in a["safety_prompt"]["text"]


def test_crisis_help_the_speaker_rang_is_not_the_partner_answering():
    a = run_lines(("S1", 0.0, "I had such a strange week, honestly."),
                  ("S2", 0.6, "I rang the Samaritans for my brother last year, they were brilliant."),
                  ("S1", 0.5, "That's good to know."))
    assert not _harm(a)


def test_an_answer_to_a_question_about_self_harm_that_is_not_a_no_is_part_of_the_disclosure():
    """A yes in other words ("Sometimes, yeah. At night mostly.") to "Are you thinking of hurting yourself?" was
    nothing; only a denial of intent was read. "No. God, no." stays nothing."""
    yes = run_lines(("S1", 0.0, "You've been so quiet since the funeral."),
                    ("S2", 0.6, "I don't know. Everything feels heavy."),
                    ("S1", 0.6, "Are you thinking of hurting yourself?"),
                    ("S2", 1.2, "Sometimes, yeah. At night mostly."),
                    ("S1", 0.6, "Thank you for telling me. We'll see Dr Shah together tomorrow."))
    assert _on(_harm(yes, "S2"), "at night mostly") and not _on(_harm(yes), "funeral")
    assert yes["safety_prompt"] and "Assess risk" in yes["safety_prompt"]["text"]
    no = run_lines(("S1", 0.0, "Are you thinking of hurting yourself?"),
                   ("S2", 0.8, "No. God, no. I'm just wrecked from work."),
                   ("S1", 0.5, "Okay. I worry, that's all."))
    assert not _harm(no)


def test_asked_what_their_words_meant_the_answer_goes_with_them():
    """"…I've the tablets counted out in the drawer." / "Are you telling me you've thought about doing that?" / "Some
    nights." The answer is part of the disclosure, to listen to; a question about something else after such words ("What if
    Tuesdays are mine…?") makes nothing of its answer ("Go on then.")."""
    a = run_lines(("S1", 0.0, "That's the third time tonight you've buzzed me."),
                  ("S2", 0.6, "Aye, well. You'd be better shot of me, the both of you."),
                  ("S1", 0.6, "Don't start with that."),
                  ("S2", 0.8, "I mean it. I've the tablets counted out in the drawer."),
                  ("S1", 0.8, "Look at me. Are you telling me you've thought about doing that?"),
                  ("S2", 1.5, "Some nights."))
    harm = _harm(a, "S2")
    assert _on(harm, "better shot of me") and _on(harm, "tablets counted out") and _on(harm, "some nights")
    # the words are heard; what the answer adds is listed for the therapist to hear (it may be "I'm just tired.")
    assert all(not f.get("listen_only") for f in _on(harm, "shot of me") + _on(harm, "tablets"))
    assert all(f.get("listen_only") for f in _on(harm, "some nights"))
    other = run_lines(("S1", 0.0, "Since you retired you're under my feet all day."),
                      ("S2", 0.6, "I know. Sometimes I think you'd be better off without me."),
                      ("S1", 0.6, "What if Tuesdays are mine, and we do the market together on Saturdays?"),
                      ("S2", 0.8, "Go on then. And I'll put your tins back."))
    assert _on(_harm(other, "S2"), "better off without me") and not _on(_harm(other), "tins back")


def test_self_harm_read_by_meaning_with_no_word_of_harm_is_only_to_listen_to():
    """"I feel like a spare part." was self-harm heard (by meaning, 0.80) in a talk about retirement; with no word of
    harm, death, ending or despair in the sentence it is listed to listen to. Words of despair are still heard."""
    a = run_lines(("S1", 0.0, "Since you retired you're under my feet all day."),
                  ("S2", 0.6, "I know. Me neither, if I'm honest. I feel like a spare part."),
                  ("S1", 0.6, "You're not a spare part. Let's sort out the week."))
    assert all(f.get("listen_only") for f in _harm(a))
    despair = run_lines(("S1", 0.0, "You've been quiet all week."),
                        ("S2", 0.6, "I just don't see the point of waking up anymore."))
    assert _harm(despair, "S2") and not any(f.get("listen_only") for f in _harm(despair, "S2"))


def test_one_partners_self_harm_makes_no_threat_of_the_others_plan():
    """Heard self-harm language counted as safety language near the partner's caring plan, and unlocked vague readings
    of it ("Will we phone the nurse in the morning…? And I want you to tell the doctor what you just told me." read as
    a threat, to listen to)."""
    a = run_lines(("S2", 0.0, "I mean it. I've the tablets counted out in the drawer. It wouldn't take much."),
                  ("S1", 0.8, "I'm so sorry it's got this bad. I'm not angry, I'm just tired."),
                  ("S2", 0.8, "I'm sorry too."),
                  ("S1", 0.8, "Will we phone the nurse in the morning about night carers? And I want you to tell "
                              "the doctor what you just told me."))
    assert _harm(a, "S2")
    assert not [f for f in a["safety_flags"] if f["speaker"] == "S1"]


def _kinds(a, speaker=None, heard_only=False) -> set:
    return {f["category"] for f in a["safety_flags"] if (speaker is None or f["speaker"] == speaker)
            and not (heard_only and f.get("listen_only"))}


def test_tiredness_and_wanting_a_holiday_are_no_self_harm():
    """A new parent's "…trying to keep a baby alive on three hours of sleep!" (self-harm by meaning, 0.94) put "assess
    risk" on top and refused recorded practice; "Honestly, I'd die for a holiday." and "I'm so tired I could sleep for a
    week" were self-harm heard (0.95). Sleep wished for with no waking is still heard."""
    a = run_lines(("S1", 0.0, "I'm trying to keep my job so we can pay for all of this."),
                  ("S2", 0.6, "And I'm trying to keep a baby alive on three hours of sleep!"),
                  ("S1", 0.6, "I know. Could you take the two o'clock feed? I really need one long stretch of sleep."),
                  ("S2", 0.6, "Honestly, I'd die for a holiday. Just one week somewhere warm."),
                  ("S1", 0.6, "I'm so tired I could sleep for a week, honestly."))
    assert not a["safety_flags"] and not a["safety_prompt"]
    b = run_lines(("S1", 0.0, "How are you doing, really?"),
                  ("S2", 0.6, "Mostly I just want to go to sleep and not wake up for a long time."))
    assert _harm(b, "S2") and b["safety_prompt"]


def test_a_grievance_about_money_spent_is_no_control_of_the_one_who_has_it():
    """"That money was for the house deposit, and you know it." (money control by meaning, 0.9, heard) and the joint plan
    "And we both put an extra two hundred a month into the deposit…" made the partner's "Fine." a possible fear response.
    What shared money was for is only to listen to; a plan for both is no rule."""
    a = run_lines(("S1", 0.0, "You took eleven thousand out of our savings for a car. Without a word."),
                  ("S2", 0.6, "It's not like I hid it. The old one was falling apart."),
                  ("S1", 0.6, "Looking. Not buying. That money was for the house deposit, and you know it."),
                  ("S2", 1.5, "Fine."),
                  ("S1", 0.6, "Can we agree that anything over five hundred, we talk about first?"),
                  ("S2", 0.6, "Yes. And I'll sell the motorbike."),
                  ("S1", 0.6, "And we both put an extra two hundred a month into the deposit until it's back where it was."))
    assert not _kinds(a, heard_only=True)
    assert not [m for m in a["markers"] if m["category"] == "appeasement"]


def test_the_one_on_an_allowance_explaining_is_not_controlling_and_the_card_kept_back_is_control():
    """After "You'll get your allowance on Friday like always.", her "It's just that the allowance already goes on food."
    was her own money control (0.92); "I'll hold on to the card for a while. You can have it back when you've shown me you
    can manage." was only a threat to listen to."""
    a = run_lines(("S2", 0.0, "Can I ask you something about money? It's for Maya's school trip."),
                  ("S1", 0.6, "You'll get your allowance on Friday like always. It can come out of that."),
                  ("S2", 0.6, "It's just that the allowance already goes on food."),
                  ("S1", 0.6, "I'll hold on to the card for a while. You can have it back when you've shown me you can manage."),
                  ("S2", 0.6, "Okay. That's fine."))
    assert "financial_control" not in _kinds(a, "S2")
    card = [f for f in a["safety_flags"] if f["speaker"] == "S1" and "hold on to the card" in f["quote"]]
    assert card and card[0]["category"] == "financial_control" and not card[0].get("listen_only")


def _bid(a, words) -> dict:
    return next(x for xs in a["reaching_for"].values() for x in xs if words in x["quote"])


def test_a_bid_put_off_is_turned_away_from_and_a_care_question_turns_toward():
    """"Can you come and look at this rash on her arm?" / "Hang on, I'm just answering this email from work." was
    against ("reads as an attack"): put off, with no attack in it, is away ("In a minute, love, I'll be right there." is
    still toward). "Sorry, I'm dead tired." / "Yeah, you look it. Did you eat anything today?" was passed by."""
    a = run_lines(("S1", 0.0, "Can you come and look at this rash on her arm? I'm not sure if it's normal."),
                  ("S2", 0.6, "Hang on, I'm just answering this email from work."),
                  ("S1", 0.6, "You're on your phone again."))
    assert _bid(a, "rash")["response"] == "away"
    b = run_lines(("S1", 0.0, "Can you come and look at this rash on her arm?"),
                  ("S2", 0.6, "In a minute, love, I'll be right there."))
    assert _bid(b, "rash")["response"] == "toward"
    c = run_lines(("S1", 0.0, "Hi. Sorry, I'm dead tired. Work is killing me this week."),
                  ("S2", 0.6, "Yeah, you look it. Did you eat anything today?"),
                  ("S1", 0.6, "A bit of toast at lunch."))
    assert _bid(c, "dead tired")["response"] == "toward" and not c["safety_flags"]


def test_coming_back_to_try_again_is_a_repair():
    a = run_lines(("S1", 0.0, "My heart is racing. I need a minute. I'm going to step outside and breathe."),
                  ("S2", 0.6, "Okay. Take your time. I'll be here."),
                  ("S1", 6.0, "Okay, I'm back. Can we try again?"),
                  ("S2", 0.6, "Yes. I'm sorry I was on the phone."))
    assert any(m["category"] == "repair" and m["speaker"] == "S1" and "try again" in m["quote"] for m in a["markers"])


def test_the_speakers_own_plan_with_their_own_mother_is_no_threat():
    """The bundled demo listed "And I will call my mother about Saturday." as a possible threat: a plan of the speaker's
    own opened with "And", naming their own mother, is a plan ("I'll take the kids to my mother's" names the kids)."""
    a = run_lines(("S1", 0.0, "OK. So we said we would talk for ten minutes about the weekend."),
                  ("S2", 0.6, "Right. I thought we could visit my parents in Saturday."),
                  ("S1", 0.6, "You asked me after you had already told them yes and every time on"),
                  ("S2", 0.6, "that is not true That is just not true."),
                  ("S1", 0.6, "You never listen to me. You always do what your family wants"),
                  ("S2", 0.6, "Okay I hear you. I'm sorry. I did not ask you first"),
                  ("S1", 0.6, "Thank you. I need to feel that my time matters to you too"),
                  ("S2", 0.6, "It does matter. Can we keep Sunday just for the two of us?"),
                  ("S1", 0.6, "Yes, I would like that. Could we go for a walk by the river?"),
                  ("S2", 0.6, "Yes, let's do that. And I will call my mother about Saturday."),
                  ("S1", 0.6, "Thank you. That really helps."))
    assert not a["safety_flags"]


MONEY = (
         ("S1", 0.5, 'You took eleven thousand out of our savings for a car. Without a word. What is wrong with you?'),
         ("S2", 0.5, "It's not like I hid it. The old one was falling apart, you know that."),
         ("S1", 0.5, 'You always do this. You decide, and then I find out from the bank app like some'),
         ("S2", 0.5, "That's not true. I told you last month I was looking at cars."),
         ("S1", 0.5, 'Looking. Not buying. That money was for the house deposit, and you know it.'),
         ("S2", 0.5, 'Fine.'),
         ("S1", 0.5, "Fine? That's all you've got?"),
         ("S2", 0.5, 'Whatever.'),
         ("S1", 0.5, "I don't want to fight about this. I just want to understand what happened. Can you talk to me?"),
         ("S2", 0.5, "I don't know what you want me to say."),
         ("S1", 0.5, 'Oh, great plan, really well thought out.'),
         ("S2", 0.5, "Okay, I should have asked you first. I'm sorry."),
         ("S1", 0.5, 'Thank you. That actually means a lot.'),
         ("S2", 0.5, 'When the garage said the repair would be three thousand, I panicked. I felt like I had to fix it fast, on my own.'),
         ("S1", 0.5, 'I get that. I just felt left out of a big decision about our money.'),
         ("S2", 0.5, "That's fair."),
         ("S1", 0.5, 'Can we agree that anything over five hundred, we talk about first?'),
         ("S2", 0.5, "Yes. And I'll sell the motorbike. That puts two thousand back this month."),
         ("S1", 0.5, "And we both put an extra two hundred a month into the deposit until it's back where it was."),
         ("S2", 0.5, 'Together. We do it together this time.'),
         ("S1", 0.5, 'Together. Okay. Thank you for telling me about the garage.'))


def test_a_repair_in_a_quarrel_the_voices_did_not_raise_is_landed_when_thanked_and_missed_when_attacked():
    """"Okay, I should have asked you first. I'm sorry." / "Thank you. That actually means a lot." after contempt and
    stonewalling was "no heated stretch around it" (the voices never rose there), and the report gave the landed repair
    to another line. After a horseman, the partner's reply says how it went."""
    landed = run_lines(*MONEY)
    k = next(n for n, line in enumerate(MONEY) if "That actually means a lot" in line[2])
    missed = run_lines(*MONEY[:k], ("S1", 0.5, "Don't sorry me. You always say sorry and nothing changes."))
    pick = lambda a: next(r for r in a["repairs"] if "asked you first" in r["quote"])  # noqa: E731
    assert pick(landed)["outcome"] == "landed" and pick(missed)["outcome"] == "missed"


def test_comfort_that_answers_a_feeling_is_no_bid_of_its_own():
    """"I felt really alone with it for a second." / "You're not alone with her. …" listed the comfort as his own bid,
    with "did not take it up" at high confidence, in the couple's version too."""
    a = run_lines(("S1", 0.0, "It looks like the one the nurse said was from the new soap."),
                  ("S2", 0.6, "Okay. That helps. I felt really alone with it for a second."),
                  ("S1", 0.6, "You're not alone with her. The phone goes in the drawer after dinner."),
                  ("S2", 0.6, "Thank you."))
    assert _bid(a, "really alone")["response"] == "toward"
    assert not [x for x in a["reaching_for"].get("S1", []) if "not alone" in x["quote"]]
