"""Round 49's reading fixes, in this test's own words: lines round 48's review and walk-throughs left misread."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines

QUARREL = (("S1", 0.0, "You forgot the school run again and I had to leave work early."),
           ("S2", 0.8, "I had a meeting, I told you on Sunday."))


@pytest.mark.parametrize("line, words", [("If you say so, Mister Perfect.", "mister perfect"),
                                         ("Whatever you say, Little Miss Perfect.", "miss perfect")])
def test_a_sneering_name_after_if_you_say_so_is_contempt(line, words):
    """Round 48's review: "If you say so, Mister Perfect." was stonewalling only; its "you say" was read as reported
    speech and set the sneering name aside as someone else's words."""
    a = run_lines(*QUARREL, ("S1", 0.8, "You never tell me anything, you just expect me to know."), ("S2", 0.8, line))
    assert "contempt" in cats(a, words)


def test_said_words_are_still_reported_speech():
    """Guard: a partner's words reported ("you said…") are still no contempt of the speaker's."""
    a = run_lines(*QUARREL, ("S1", 0.8, "Your mum says you're pathetic with money, and she's right."))
    assert "contempt" not in cats(a, "pathetic")


def test_if_i_am_scared_of_anyone_it_is_you_is_fear_of_the_partner():
    """Round 48's review: "Honestly, if I'm scared of anyone in this house, it's you." was no safety language at all (an
    "if" before the fear word was read as a supposition, "If I'm scared, I'll tell you")."""
    a = run_lines(("S2", 0.0, "Why are you jumping every time I walk into the room?"),
                  ("S1", 0.8, "Honestly, if I'm scared of anyone in this house, it's you."))
    assert flag(a, "scared of anyone", "fear")


def test_a_supposed_fear_is_still_set_aside():
    """Guard (walk48a): "If I'm scared, I'll tell you I'm scared instead of checking." stays no fear of the partner."""
    a = run_lines(("S2", 0.0, "You went through my bank app while I was asleep."),
                  ("S1", 0.8, "I know. It was wrong. If I'm scared, I'll tell you I'm scared instead of checking."))
    assert not flag(a, "scared instead", "fear")


def test_on_edge_when_the_partner_is_late_in_case_they_have_been_drinking_is_fear_not_a_threat():
    """Round 48's review: "I'm on edge when you're late, in case you've had a drink and you come home like last time."
    was a threat by its speaker, read by meaning: the one afraid shown as the one threatening."""
    a = run_lines(("S2", 0.0, "I was only an hour late, I don't know why you're making a thing of it."),
                  ("S1", 0.8, "I'm on edge when you're late, in case you've had a drink and you come home like last time."))
    assert flag(a, "on edge", "fear") and not flag(a, "on edge", "threat")


def test_on_edge_about_an_interview_is_no_fear_of_the_partner():
    a = run_lines(("S2", 0.0, "How did it go today?"), ("S1", 0.8, "I was on edge the whole time before the interview."))
    assert not a["safety_flags"]


def test_the_slips_checked_as_a_habit_are_financial_control():
    """walk48b: "I just like to see the slips, to keep us on track." (receipts checked, said as help) was not flagged."""
    a = run_lines(("S2", 0.0, "I bought the school shoes on Saturday, they were on sale."),
                  ("S1", 0.8, "Good. I just like to see the slips, to keep us on track."))
    assert flag(a, "see the slips", "financial_control")


def test_slips_asked_of_a_builder_are_no_control():
    a = run_lines(("S1", 0.0, "The kitchen's nearly done, the tiles look great."),
                  ("S2", 0.8, "I'd like to see the slips from the builder before we pay him."))
    assert not a["safety_flags"]


@pytest.mark.parametrize("line", ["That one is between you and God. Number two. You still pray for my mother, even now she is gone.",
                                  "Ehen, that is why I make it early. For my own safety.",
                                  "I was sitting on the edge of the pool all afternoon.",
                                  "I am on the edge of the bed, come here."])
def test_grief_a_joke_about_safety_and_an_edge_to_sit_on_are_no_self_harm(line):
    """walk48a's appreciation practice: a mother grieved and "For my own safety." (a joke about the morning tea) were
    self-harm read by meaning; "sitting on the edge of the pool" was self-harm by the rule for standing on a height."""
    a = run_lines(("S1", 0.0, "Number one. You make my tea every morning, before you even brush your teeth."),
                  ("S2", 0.8, line))
    assert not flag(a, "", "self_harm")


@pytest.mark.parametrize("line", ["Now she's gone I don't see the point of anything.",
                                  "I went and stood on the edge of the bridge last night."])
def test_own_despair_after_a_death_and_a_height_are_still_self_harm(line):
    """Guards: the speaker's own despair after a death, and standing on the edge of a bridge, stay self-harm."""
    a = run_lines(("S1", 0.0, "You've been so quiet since the funeral."), ("S2", 0.8, line))
    assert flag(a, "", "self_harm")


def test_horsemen_read_by_meaning_among_appreciations_are_set_aside():
    """walk48a: in an appreciation practice "Ah, it was nothing. Any wife would do it." (modesty) was contempt read by
    meaning, with nothing tense anywhere near it."""
    a = run_lines(("S1", 0.0, "Number three. When I had the operation, you slept on that hospital chair for nine nights."),
                  ("S2", 0.8, "Ah, it was nothing. Any wife would do it. Next one, before you make me cry."),
                  ("S1", 0.8, "Thank you, my dear. I mean it."))
    assert not cats(a, "any wife") & {"criticism", "contempt", "defensiveness", "stonewalling"}


def test_a_load_shared_is_no_self_harm():
    """walk48b: "Yeah. And we pump a bottle before bed, so it's not all on me." (the night feeds) was self-harm read by
    meaning."""
    a = run_lines(("S1", 0.0, "Who does the feed at two, then?"),
                  ("S2", 0.8, "Yeah. And we pump a bottle before bed, so it's not all on me."))
    assert not flag(a, "", "self_harm")


@pytest.mark.parametrize("line", ["I know. I get scared when you're late, Marcus. My head goes straight to the worst place, see, and I can't stop it.",
                                  "Would you, next time? Just a text. So my head knows you're alright."])
def test_worry_for_the_partner_is_no_self_harm(line):
    """walk48a: a partner eight months sober worried about; the worrier's "my head goes straight to the worst place" and
    "so my head knows you're alright" were self-harm read by meaning (round 48 took the fear of the partner away only)."""
    a = run_lines(("S2", 0.0, "Thursday I was an hour late back from the meeting, and you had that look on your face."),
                  ("S1", 0.8, line))
    assert not flag(a, "", "self_harm")


@pytest.mark.parametrize("line", ["As long as you're okay, it doesn't matter if I'm not here.",
                                  "My mind goes to the worst place and I think about ending it."])
def test_despair_beside_worry_for_the_partner_is_still_self_harm(line):
    a = run_lines(("S2", 0.0, "Where were you last night? I rang you six times."), ("S1", 0.8, line))
    assert flag(a, "", "self_harm")


def test_short_replies_after_long_silences_name_the_pursue_withdraw_cycle():
    """walk48a: she asks, he answers after five to seven seconds with a few words ("I don't know. Work's been crazy.",
    "I'm tired, Jen. That's all."), then "Fine. Whatever."; the report named no pursue-withdraw (one withdrawal sign)."""
    from .timeline import conversation, say, end_of

    lines = [("S1", 0.5, "I want to talk about us. It's been two months, Mike. Does that bother you at all?"),
             ("S2", 5.0, "I don't know. Work's been crazy."),
             ("S1", 0.6, "Work's always crazy. You come to bed after I'm asleep every night. Do you even still want me?"),
             ("S2", 6.0, "I'm tired, Jen. That's all."),
             ("S1", 0.5, "That's all? Are you angry with me? Just say something."),
             ("S2", 7.0, "Fine. Whatever. It's fine.")]
    from talktogether_desktop.analysis import analyze

    utterances, t = [], 0.0
    for speaker, gap, text in lines:
        u = say(speaker, t + gap, text)
        utterances.append(u)
        t = end_of(u)
    a = analyze(conversation(*utterances))
    assert "stonewalling" in cats(a, "work's been crazy") and "stonewalling" in cats(a, "that's all")
    assert [p for p in a["patterns"] if p["kind"] == "pursue_withdraw" and p["withdrawing"] == "S2"]


def test_a_considered_yes_after_a_pause_is_no_withdrawal():
    a = run_lines(("S1", 0.0, "Could we go to your mum's on Sunday instead of Saturday?"),
                  ("S2", 4.0, "Yeah, I think that works for everyone."))
    assert "stonewalling" not in cats(a, "works for everyone")


@pytest.mark.parametrize("line", ["Remember what happened to your phone the last time you went through mine.",
                                  "You remember what happened the last time you tried to leave.",
                                  "Remember what happened last time you talked back to me."])
def test_a_past_harm_recalled_as_a_warning_is_a_threat(line):
    """Round 48's review: "Remember what happened to your phone the last time…" was at most monitoring read by meaning."""
    a = run_lines(("S1", 0.0, "You were out until two again, and you didn't even text me."), ("S2", 0.8, line))
    assert flag(a, "remember what happened", "threat")


@pytest.mark.parametrize("line", ["You remember what happened the last time you forgot her birthday? She sulked for a week.",
                                  "Remember what happened to your sunglasses at the beach? Keep them in the case."])
def test_a_memory_asked_is_no_threat(line):
    a = run_lines(("S1", 0.0, "We should get your mum a proper present this year."), ("S2", 0.8, line))
    assert not flag(a, "", "threat")


DEBT = (("S1", 0.0, "Brett, the credit card letter came this arvo. Eighteen thousand dollars. When were you going to tell me?"),
        ("S2", 0.8, "So you're opening my mail now?"),
        ("S1", 0.8, "Brett, eighteen thousand dollars is not a bit of fun. It's a year of my wages."),
        ("S2", 0.8, "Listen to me. If you bring the money up with her on Thursday, don't bother coming home. I mean it."),
        ("S1", 0.8, "Okay. Okay, Brett. I won't say anything. Forget I said it."),
        ("S2", 0.8, "And from now on the pay goes into my account. I'll give you money for Woolies each week."),
        ("S1", 0.8, "Okay."),
        ("S2", 0.8, "Thanks, love. I knew you'd see sense. What's for tea?"))


def test_the_one_who_threatened_is_not_shown_giving_in():
    """walk49b: Brett's "Thanks, love. I knew you'd see sense." (after his own threat and his new rule for her pay) was a
    possible fear response, on page 1 and in the window: his "from now on the pay goes into my account" was read as control
    told by the one it is done to ("my account", no "you"), so the stretch after it was read as hers."""
    a = run_lines(*DEBT)
    assert not flag(a, "thanks, love", "appeasement")
    assert flag(a, "forget i said it", "appeasement")
    rule = flag(a, "from now on the pay", "financial_control")
    assert rule and not rule[0].get("told_by_the_one_controlled")


def test_a_promise_of_support_asked_is_no_threat():
    """walk49b: "Say you'll back me. When I say no phone after eleven, don't give it back to him behind my back…" (a
    step-parent asking for support) was a threat read by meaning, and the partner's landed repair "Sorry. That was out of
    order." became a possible fear response."""
    a = run_lines(("S1", 0.0, "Jayden came in at one in the morning again, and you said nothing."),
                  ("S2", 0.8, "I was knackered, Del."),
                  ("S1", 0.8, "Say you'll back me. When I say no phone after eleven, don't give it back to him behind my back."),
                  ("S2", 0.8, "Because he's my son, Del! He doesn't need you acting like a prison warden."),
                  ("S1", 0.8, "A prison warden. Wow."),
                  ("S2", 0.8, "Sorry. That was out of order. You're not a warden."))
    assert not flag(a, "back me", "threat") and "repair" in cats(a, "out of order")


def test_a_withdrawal_asked_as_a_question_is_no_bid():
    """walk49b: "I was knackered, Del. Can we not do this now?" was a bid for closeness "answered with push-back" (page 1)
    as well as stonewalling."""
    from .found import bids

    a = run_lines(("S1", 0.0, "Tom. Jayden came in at one in the morning again, and you said nothing."),
                  ("S2", 2.0, "I was knackered, Del. Can we not do this now?"),
                  ("S1", 0.8, "When, then? You always say not now."))
    assert "stonewalling" in cats(a, "not do this") and not bids(a, "not do this")


def test_harm_promised_to_the_partner_on_a_condition_is_no_self_harm():
    """walk49b: a line quoted from a film, "You have until sunrise, or I'll bury you in the sand!", was self-harm."""
    a = run_lines(("S1", 0.0, "If the hotel is bad, you'll do like the man in that film on Saturday."),
                  ("S2", 0.4, "You have until sunrise, or I'll bury you in the sand!"))
    assert not flag(a, "", "self_harm")


def test_deferring_to_the_partner_after_a_threat_is_a_possible_fear_response():
    """walk49b: "Whatever you think is best." after a threat about therapy and a new rule for her pay was not listed."""
    a = run_lines(*DEBT[:6], ("S1", 0.8, "Whatever you think is best."))
    assert flag(a, "whatever you think", "appeasement")


def test_a_partners_people_steered_away_from_as_care_is_isolation():
    """walk49a: "I just think she's not good for us, Nia." (her sister) and "I'm not stopping you… I just want you home by
    seven, that's all." (a curfew, counted as her bid) were no safety language."""
    from .found import bids

    a = run_lines(("S2", 0.0, "It's my sister's birthday on Saturday."),
                  ("S1", 0.8, "I just think she's not good for us, Nia. You always come back from hers upset."),
                  ("S2", 0.8, "Jess, I'm going on Saturday."),
                  ("S1", 0.8, "Course you are. I'm not stopping you. I just want you home by seven, that's all."))
    assert flag(a, "not good for us", "isolation") and flag(a, "home by seven", "isolation")
    assert not bids(a, "home by seven")


def test_a_plan_to_be_home_by_a_time_is_no_isolation():
    a = run_lines(("S2", 0.0, "What time's dinner at your mum's?"),
                  ("S1", 0.8, "I want you home by six tonight, we're eating at Mum and Dad's at half six."))
    assert not a["safety_flags"]


def test_looked_me_in_the_eye_is_no_violence():
    """walk49a: "You lied to me for four months, Declan. Every night you looked me in the eye." was violence by meaning,
    and the report turned clinician-only."""
    a = run_lines(("S1", 0.0, "Deirdre said we're to talk about last week."), ("S2", 0.8, "I'll listen. I said I would."),
                  ("S1", 0.8, "You'll listen. Grand. You lied to me for four months, Declan. Every night you looked me in "
                              "the eye. What kind of man does that?"))
    assert not flag(a, "", "violence")


def test_back_after_a_break_is_a_repair_not_a_withdrawal():
    """walk49a: after "I need a break. Twenty minutes." / "Okay. Twenty minutes. I'll be here.", her "Okay. I'm back."
    was stonewalling (a withdrawing reply)."""
    a = run_lines(("S1", 0.0, "I can't do this. My heart is going like the clappers. I need a break. Twenty minutes."),
                  ("S2", 0.8, "Okay. Twenty minutes. I'll be here."),
                  ("S1", 7.0, "Okay. I'm back."),
                  ("S2", 0.8, "Thanks for coming back. Can I say one thing?"))
    assert "stonewalling" not in cats(a, "i'm back") and "repair" in cats(a, "i'm back")


def test_a_reflection_naming_the_speaker_is_no_criticism_by_meaning():
    """walk49a's reflect-back practice: "You're saying when I'm quiet, you don't know what it means, and you worry it's
    about you." (his reflection, the practice done well) was criticism read by meaning."""
    a = run_lines(("S1", 0.0, "When you go quiet after work, I don't know if you're tired or upset with me."),
                  ("S2", 0.8, "You're saying when I'm quiet, you don't know what it means, and you worry it's about you."))
    assert not cats(a, "you're saying") & {"criticism", "contempt", "defensiveness", "stonewalling"}


def test_a_wrong_owned_whole_is_a_repair_not_blaming():
    """walk49a: the repair that landed, "What I did was wrong. It wasn't a mistake, it was a choice. You didn't cause any
    of it.", was coercive control: blaming, read by meaning; repairs 0 and 0."""
    a = run_lines(("S1", 0.0, "You lied to me for four months. What kind of man does that?"),
                  ("S2", 0.8, "What I did was wrong. It wasn't a mistake, it was a choice. You didn't cause any of it."))
    assert "repair" in cats(a, "what i did was wrong") and not flag(a, "", "blaming")


def test_the_therapist_named_by_first_name_makes_a_threat_about_therapy():
    """walk49b: the couple call their therapist Sharon ("I reckon we need to tell Sharon on Thursday. That's what the
    sessions are for."); his "We don't need Sharon in our business. We'll tell her we had a good week, yeah?" (what may be
    said in therapy, dictated right after his threat) was read only as money control, by meaning."""
    a = run_lines(("S1", 0.0, "I'm frightened of this debt, Brett. I reckon we need to tell Sharon on Thursday. That's "
                              "what the sessions are for."),
                  ("S2", 0.8, "Listen to me. If you bring the money up with her on Thursday, don't bother coming home."),
                  ("S1", 0.8, "Okay. Okay. I won't say anything."),
                  ("S2", 0.8, "See, this is better. We don't need Sharon in our business. We'll tell her we had a good week, yeah?"))
    assert flag(a, "sharon in our business", "therapy_threat")
    assert flag(a, "don't bother coming home", "threat") or flag(a, "don't bother coming home", "therapy_threat")


def test_a_name_with_no_sessions_named_is_no_therapist():
    """Guard: "We don't need Sharon in our business" about a nosy neighbour, with no sessions named, is no threat."""
    a = run_lines(("S1", 0.0, "Sharon from next door asked about the extension again."),
                  ("S2", 0.8, "We don't need Sharon in our business. Tell her it's all sorted."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("threat", "therapy_threat")]


def test_the_therapy_ended_and_a_bed_taken_away_are_a_price_for_telling():
    """heldout11's "You say one word about that in her office and we're done with therapy, and you can find somewhere
    else to sleep." was a threat by meaning only, not a threat about therapy."""
    a = run_lines(("S1", 0.0, "I'm going to tell her about the location thing on Tuesday."),
                  ("S2", 0.8, "You say one word about that in her office and we're done with therapy, and you can find "
                              "somewhere else to sleep."))
    assert flag(a, "one word", "therapy_threat")


@pytest.mark.parametrize("reply", ["Oh. I didn't know it felt like that. I thought you'd stopped wanting me.",
                                   "Bwoy. I didn't know that. Come, we do it together then. Same rules, both of us."])
def test_news_of_the_partners_inner_world_taken_in_turns_toward(reply):
    """walk48a and walk49b: "I freeze… I feel like I'm failing you" answered "Oh. I didn't know it felt like that." and
    "I'm scared if I'm strict he'll go and live with his mum" answered "Bwoy. I didn't know that. Come, we do it together"
    were bids turned against (the report: "pushed it away")."""
    from .found import bids

    a = run_lines(("S1", 0.0, "You're right. I'm scared if I'm strict he'll go and live with his mum. I feel like I'm failing."),
                  ("S2", 0.8, reply))
    got = bids(a, "scared if i'm strict")
    assert got and all(b["response"] == "toward" for b in got)


@pytest.mark.parametrize("line, words", [("Because he's my son, Del! He doesn't need you acting like a prison warden.", "prison warden"),
                                         ("Oh, it meant nothing! Isn't that grand so. Would you ever cop on to yourself.", "cop on")])
def test_a_jailer_and_cop_on_said_in_scorn_are_contempt(line, words):
    """walk49b ("…acting like a prison warden", its "doesn't need" read as negating the insult) and walk49a (an Irish
    "Would you ever cop on to yourself", mocking his "it meant nothing"): no contempt."""
    a = run_lines(("S1", 0.0, "You lied to me. You let him run rings round you."), ("S2", 0.8, line))
    assert "contempt" in cats(a, words)


@pytest.mark.parametrize("line", ["I don't trust myself with the pills any more, so Kerry has them.",
                                  "I gave the tablets to my sister so I don't use them."])
def test_the_means_kept_from_oneself_are_self_harm(line):
    """Round 49's review, missed before the round: the means of self-harm kept away by a speaker who does not trust
    themselves with them."""
    a = run_lines(("S1", 0.0, "You've been so quiet since the funeral."), ("S2", 0.8, line))
    assert flag(a, "", "self_harm")


def test_pills_kept_from_a_child_are_no_self_harm():
    a = run_lines(("S1", 0.0, "Where did you put the paracetamol?"),
                  ("S2", 0.8, "Top shelf, so the baby can't reach the tablets."))
    assert not flag(a, "", "self_harm")


def test_an_appreciation_received_with_thanks_is_no_defensiveness():
    """walk48a: "…you never made me feel small." answered "Thank you, my dear. I receive it. I did not know you remembered
    that." (the appreciation taken in) was defensiveness read by meaning."""
    a = run_lines(("S1", 0.0, "Number three, and I mean it. When I lost my job at the ministry, you never made me feel small."),
                  ("S2", 0.8, "Thank you, my dear. I receive it. I did not know you remembered that."))
    assert "defensiveness" not in cats(a, "remembered that")
