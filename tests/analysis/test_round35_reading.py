"""Round 35's reading fixes, found on three therapist walk-throughs of last round (a move with a chore as a way out, a
soft start-up practice, early memory loss, a pregnancy) and on a blind split once scored (heldout22: a gambling debt,
a spouse visa, an ex online, low mood, a son back home), in this test's own words: a chore is no need, "I'm listening"
takes a feeling up, shyness at asking and worry while the partner is out are no risk, a lone "Oh, wow." of delight, care
for a trip or for someone who asked, clinging is not watching, threats of exposure and of telling the counsellor, the
family said to manage without the speaker, risk said sideways and asked about directly, a yes to a plan, and control
told by the one it is done to."""

from __future__ import annotations

from .found import bids as _bids, cats as _cats, flag as _flag
from .timeline import run_lines


def test_a_chore_of_ones_own_is_no_need_to_be_met():
    """"I need to feed the cat." (a need, turned away) is a chore; a need of the partner or of the two of them
    stays one."""
    a = run_lines(("S1", 0.0, "You're on your phone every time I try to talk about Dad."),
                  ("S2", 0.8, "I need to feed the cat."),
                  ("S1", 1.5, "Right. Are we talking about Dad at all tonight?"),
                  ("S2", 0.8, "Hang on, I need to go and bring the bins in before it pours."),
                  ("S1", 0.9, "I need to hear from you that you're with me on this."),
                  ("S2", 0.8, "I am with you. I need to check we're alright after last week, too."))
    assert not _bids(a, "feed the cat")
    assert not _bids(a, "bring the bins in")
    assert _bids(a, "hear from you")
    assert _bids(a, "check we're alright")


def test_im_listening_after_an_okay_takes_the_feeling_up():
    """"Okay. I'm listening." answering a worry said as a soft start-up was read as passing it by."""
    a = run_lines(("S1", 0.0, "I feel anxious about Saturday, when you're out with the rugby lads."),
                  ("S2", 0.7, "Okay. I'm listening."),
                  ("S1", 0.6, "I'd like a text when you head home, that's all."))
    bid = _bids(a, "anxious about Saturday")
    assert bid and bid[0]["response"] == "toward"


def test_shyness_at_asking_and_worry_while_the_partner_is_out_are_no_risk():
    """"I feel a bit daft asking, to be honest." was self-harm (by meaning, listed); worry on the nights the partner is
    out was fear of the partner. Fear of the partner said plainly stays."""
    a = run_lines(("S1", 0.0, "I get anxious on Saturday nights when you're out with your brothers."),
                  ("S2", 0.8, "Go on."),
                  ("S1", 0.6, "I'd like a text when you leave the club, so I'm not lying awake guessing."),
                  ("S1", 0.6, "I feel a bit daft asking, to be honest."),
                  ("S2", 0.7, "It's not daft. I'll text."),
                  ("S1", 0.9, "And I'm scared of you when you've had a skinful."))
    assert not _flag(a, "daft asking", "self_harm")
    assert not _flag(a, "saturday nights", "fear") and not _flag(a, "leave the club", "fear")
    assert _flag(a, "scared of you", "fear")


def test_fear_set_against_the_partner_with_not_because_is_the_speakers_worry():
    """"It's because I'm frightened, not because I think you're useless." (fear of the partner, heard, so the
    partner's later thanks were possible fear responses) explains the speaker's own hovering."""
    a = run_lines(("S1", 0.0, "You phone me every hour and you check the taps after me."),
                  ("S2", 0.8, "You're right, I've been fussing. It's because I'm frightened, not because I think you're useless."),
                  ("S1", 0.8, "I know. Thank you."))
    assert not _flag(a, "because I'm frightened", "fear")
    assert not [f for f in a["safety_flags"] if f["category"] == "appeasement" and "thank you" in f["quote"].lower()]


def test_a_lone_wow_of_delight_is_no_scorn():
    """"Where? Oh, wow. There he is." (feeling a baby kick) was contempt, so the bid to feel it was met "against"."""
    a = run_lines(("S1", 0.0, "Come here, feel this, he's kicking."),
                  ("S2", 0.7, "Where? Oh, wow. There he is. Hiya, little man."))
    assert "contempt" not in _cats(a, "Oh, wow")
    bid = _bids(a, "feel this")
    assert bid and bid[0]["response"] == "toward"


def test_care_for_a_trip_or_for_someone_who_asked_is_not_monitoring():
    """A tracker up to know when to leave for the airport, and a son's location kept because he asked, were monitoring
    (heard); a standing rule to watch the partner is still monitoring."""
    a = run_lines(("S1", 0.0, "Send me your train times for Friday."),
                  ("S1", 0.5, "I'll keep the tracker open on my phone so I know when to leave for the station."),
                  ("S2", 0.8, "Grand. And I'm keeping Jamie's location on my phone for the late bus, he asked me to."),
                  ("S1", 0.9, "From now on your location stays on every time you go out, so I know where you are."))
    assert not _flag(a, "tracker open", "monitoring")
    assert not _flag(a, "he asked me to", "monitoring")
    assert _flag(a, "from now on your location", "monitoring")


def test_clinging_like_a_lost_puppy_is_not_watching():
    """"…instead of following me room to room like a lost dog." (monitoring, heard, so the other's "Fine." and their
    walking off were possible fear responses) is a complaint of clinging; being followed told plainly stays."""
    a = run_lines(("S1", 0.0, "Since I retired you've not wanted me in the house."),
                  ("S2", 0.8, "You could find a hobby instead of following me around like a lost puppy."),
                  ("S1", 1.2, "Fine."),
                  ("S1", 0.8, "I'm off to the shed."))
    assert not _flag(a, "lost puppy", "monitoring")
    assert not [f for f in a["safety_flags"] if f["category"] == "appeasement"]
    b = run_lines(("S1", 0.0, "You've been following me to work and sitting outside in the car."),)
    assert _flag(b, "following me", "monitoring")


def test_threats_of_exposure_and_of_taking_it_to_the_counsellor_are_heard():
    """"Don't you dare take this to that counsellor, or…" and "If you see him again, I'll post all your messages in
    your family chat." were only possible threats (to listen to) or control; the giving in after is a fear response."""
    a = run_lines(("S1", 0.0, "I saw the texts from Marco."),
                  ("S2", 0.8, "If you see him again, I'll post all your messages in your family chat."),
                  ("S1", 0.9, "Okay. Okay. I'll block him."),
                  ("S2", 0.8, "And don't you dare take this to that counsellor on Monday."))
    assert _flag(a, "post all your messages", "threat", heard=True)
    assert _flag(a, "take this to that counsellor", "therapy_threat", heard=True)
    assert _flag(a, "Okay. Okay", "appeasement")


def test_the_family_said_to_get_on_fine_without_the_speaker_is_self_harm():
    a = run_lines(("S1", 0.0, "You haven't been downstairs since Sunday."),
                  ("S2", 1.0, "Some days I think you and the boys would get on fine without me in the way."))
    assert _flag(a, "without me in the way", "self_harm", heard=True)


def test_risk_said_sideways_is_heard_once_the_partner_asks_about_it_directly():
    """"There's a level crossing on my way home. I've stopped at it more than once and thought about it." was only to
    listen to; the partner's "Are you saying you'd do something to yourself?" makes it plain: heard, listed once."""
    a = run_lines(("S1", 0.0, "How much do we owe, Kev?"),
                  ("S2", 0.8, "Nine grand. There's a level crossing on my way home. I've stood at it more than once this "
                              "week and thought about it."),
                  ("S1", 0.9, "What do you mean? Kev, are you saying you'd do something to yourself?"))
    heard = _flag(a, "level crossing", "self_harm", heard=True)
    assert heard
    assert len([f for f in a["safety_flags"] if f["category"] == "self_harm" and "crossing" in f["quote"].lower()]) == 1


def test_a_yes_to_what_the_partner_will_do_is_no_withdrawal():
    """"Aye." answering "I'm ringing the doctor first thing and I'm coming in with you." was stonewalling."""
    a = run_lines(("S1", 0.0, "You lie there all day. It's like living with a ghost, you've given up on the lot of us."),
                  ("S2", 0.8, "Some days I think you'd all be better off without me."),
                  ("S1", 0.7, "Don't say that. You're scaring me. I'm ringing the doctor in the morning and I'm coming in with you."),
                  ("S2", 1.2, "Aye."))
    assert "stonewalling" not in _cats(a, "Aye")


def test_control_told_by_the_one_it_is_done_to_is_heard():
    """A hold that left marks, watching for the partner's mood, a hobby given up for them and no money for the bus,
    told by the one it is done to, were missed or only to listen to."""
    a = run_lines(("S1", 0.0, "At the barbecue you had me by the arm so hard I had marks for days."),
                  ("S2", 0.8, "Here we go."),
                  ("S1", 0.6, "I look at my phone before I come in, so I know what mood you're in."),
                  ("S1", 0.7, "I stopped going to choir because you said they were snobs."),
                  ("S1", 0.8, "I don't even have money for the bus to my sister's."))
    assert _flag(a, "had me by the arm", "violence", heard=True)
    assert _flag(a, "what mood you're in", "fear", heard=True)
    assert _flag(a, "stopped going to choir", "isolation", heard=True)
    assert _flag(a, "money for the bus", "financial_control", heard=True)


def test_a_sorry_that_puts_the_partner_off_is_no_repair():
    a = run_lines(("S1", 0.0, "Hey, you're finally on! I've got loads to tell you."),
                  ("S2", 0.6, "Mm, sorry, just finishing this report for Gav."))
    assert "repair" not in _cats(a, "just finishing")


def test_the_children_taken_after_a_condition_is_a_threat_and_giving_in_after_it_is_no_repair():
    """"If you back him again, I'm taking the boys to my sister's…" (only a possible control reading to listen to, so the
    "Okay. I won't bring it up. Sorry." after it counted as a repair that eased things) threatens the children; taking
    them to the park, or to school "or I'll take them myself", does not."""
    a = run_lines(("S1", 0.0, "You always back him over me."),
                  ("S2", 0.8, "If you back him again, I'm taking the boys to my sister's and you can tell them why."),
                  ("S1", 0.9, "Okay. I won't bring it up. Sorry."),
                  ("S2", 0.8, "I'm taking the kids to the park on Saturday."),
                  ("S1", 0.8, "Wait for me, or I'll take the kids to school myself."))
    assert _flag(a, "taking the boys", "threat", heard=True)
    assert "repair" not in _cats(a, "I won't bring it up")
    assert not _flag(a, "to the park", "threat") and not _flag(a, "to school myself", "threat")


def test_someone_elses_fear_of_a_third_person_is_not_fear_of_the_partner():
    """"She rang me because she was scared of him." (a friend, of her ex) was fear of the partner, high."""
    a = run_lines(("S1", 0.0, "Why were you messaging her at midnight?"),
                  ("S2", 0.8, "She rang me because she was scared of him."),
                  ("S1", 0.8, "I've been scared of him since the night he broke the door, and he knows it."))
    assert not _flag(a, "she was scared of him", "fear")
    assert _flag(a, "I've been scared of him", "fear")


def test_a_feeling_shared_back_takes_it_up():
    """"I can't wait, honestly." / "Me neither. This'll be good for us." was met "against" (by the replies examples)."""
    a = run_lines(("S1", 0.0, "Right, the cottage is booked. Thank you for sorting the dog."),
                  ("S2", 0.7, "No bother. I can't wait, honestly."),
                  ("S1", 0.6, "Me neither. This'll be good for us."))
    bid = _bids(a, "can't wait")
    assert not bid or bid[0]["response"] == "toward"
    assert not [b for b in _bids(a, "can't wait") if b["response"] == "against"]


def test_agreeing_to_a_break_with_its_time_is_no_withdrawal_and_the_break_was_agreed_to():
    """"I need twenty minutes, I'll come back at eight." / "Okay. Eight." was stonewalling, and the break turned away."""
    a = run_lines(("S1", 0.0, "You always say that and then nothing changes."),
                  ("S2", 0.8, "I'm getting flooded. I need twenty minutes, I'll come back at eight."),
                  ("S1", 1.5, "Okay. Eight."))
    assert "stonewalling" not in _cats(a, "Okay. Eight")
    bid = _bids(a, "twenty minutes")
    assert bid and bid[0]["response"] == "toward"


def test_how_the_partner_learned_of_a_money_secret_is_not_money_control():
    """"I found out from the online banking, not from you." and "I opened the letter from the loan company." (money
    control by meaning, heard) are the one kept in the dark telling how they learned of it; a rule about money stays."""
    a = run_lines(("S1", 0.0, "I found out from the online banking, not from you. Six thousand on a card."),
                  ("S2", 0.8, "It's not as bad as it looks."),
                  ("S1", 0.7, "I opened the letter from the loan company this morning."),
                  ("S2", 0.8, "From now on I handle the money and you get an allowance on Fridays."))
    assert not _flag(a, "online banking", "financial_control", heard=True)
    assert not _flag(a, "opened the letter", "financial_control", heard=True)
    assert _flag(a, "allowance", "financial_control", heard=True)


def test_being_watched_told_plainly_is_heard_and_a_go_ahead_is_no_withdrawal():
    """"You check who likes my photos every night. You made me give you my password." was only to listen to (blaming);
    "Sure. Go ahead." answering "Can we talk about last night?" was stonewalling; "Oh, sorry, I forgot you're perfect."
    was a repair after a threat."""
    a = run_lines(("S1", 0.0, "Can we talk about last night? I didn't like how it ended."),
                  ("S2", 1.2, "Sure. Go ahead."),
                  ("S1", 0.6, "You check who likes my photos every night. You made me give you my password."),
                  ("S2", 0.8, "Oh, sorry, I forgot you're perfect."))
    assert _flag(a, "check who likes my photos", "monitoring", heard=True) or _flag(a, "give you my password", "monitoring", heard=True)
    assert "stonewalling" not in _cats(a, "Go ahead")
    assert "repair" not in _cats(a, "forgot you're perfect") and "repair_after_threat" not in _cats(a, "forgot you're perfect")
    assert "contempt" in _cats(a, "forgot you're perfect")


def test_repair_attempts_are_counted_alike_in_the_observation_the_figures_and_the_list():
    """One apology said in a breath ("You're right. I'm sorry. That's on me.") was "Repair attempts: S2 3" in the
    observation, 1 in the figures and 1 in the list of repairs."""
    a = run_lines(("S1", 0.0, "You never once asked how the interview went."),
                  ("S2", 0.8, "You're right. I'm sorry. That's on me."),
                  ("S1", 0.7, "Thank you."))
    attempts = [r for r in a["repairs"] if r["by"] == "S2"]
    figures = next(s for s in a["speakers"] if s["id"] == "S2")["repair_attempts"]
    said = next(o["text"] for o in a["observations"] if o["kind"] == "repair")
    assert len(attempts) == figures == 1
    assert "S2 1 (" in said and "(first" not in said  # one attempt: no "first" (round 53)


def test_the_partners_words_said_back_are_no_bid_of_ones_own():
    """"What I heard is that you felt alone on Sunday." (a reflect-back practice) was read by meaning as a bid for
    closeness of the one saying it back."""
    a = run_lines(("S1", 0.0, "What I heard is that you felt alone on Sunday."),
                  ("S2", 0.5, "Yes, that's it. I felt alone."),
                  ("S1", 0.5, "I appreciate that you cooked dinner on Tuesday."),
                  ("S2", 0.5, "Thank you, I liked doing it."))
    assert not _bids(a, "What I heard")


def test_news_saved_up_and_time_for_the_two_of_them_are_bids():
    """"Hey, you're finally on. I've had heaps to tell you since lunch." and "…I found a boat trip on Thursday, just us
    two." were not listed as bids, so the partner passing them by was not seen."""
    a = run_lines(("S1", 0.0, "Hey, you're finally on. I've had heaps to tell you since lunch."),
                  ("S2", 0.5, "Mm, sorry, just finishing this email."),
                  ("S1", 1.0, "I found a boat trip on Thursday, just us two."),
                  ("S2", 0.8, "Thursday's my golf."))
    told = _bids(a, "heaps to tell you")
    trip = _bids(a, "just us two") or _bids(a, "boat trip")
    assert told and told[0]["response"] == "away"
    assert trip and trip[0]["response"] == "away"


def test_what_happened_to_someone_else_and_a_reminder_of_a_duty_are_not_control():
    """"Kira was standing outside the school gate for forty minutes." (monitoring by meaning, heard) names neither
    partner; "She is your daughter, not a meeting." (isolation by meaning) keeps nobody from anyone. Heard, the first
    made the partner's apology after it a possible fear response."""
    a = run_lines(("S1", 0.0, "Where were you at half three?"),
                  ("S2", 0.8, "At work. Why, what happened?"),
                  ("S1", 0.6, "Kira was standing outside the school gate for forty minutes. The office rang me at work. Again."),
                  ("S2", 0.7, "Oh no. The pick-up. I completely forgot."),
                  ("S1", 0.6, "You are like a goldfish with a diary."),
                  ("S2", 0.6, "That is not fair, nobody reminded me."),
                  ("S1", 0.6, "Nobody reminded you? She is your daughter, not a meeting."),
                  ("S2", 1.0, "You are right. I am sorry. I will set two alarms."))
    assert not _flag(a, "school gate", "monitoring")
    assert not _flag(a, "not a meeting", "isolation")
    assert not [f for f in a["safety_flags"] if f["category"] == "appeasement"]
    assert "repair" in _cats(a, "I am sorry")


def test_fear_of_someone_else_toward_the_partner_is_not_fear_of_the_partner():
    """"I'm scared my dad will say something awful to you." was fear of the partner (medium), so the partner's "I'm sorry
    I pushed." was a repair after a threat."""
    a = run_lines(("S1", 0.0, "You've been gone ages."),
                  ("S2", 0.7, "I'm scared my dad will say something awful to you. Last year he wouldn't even look at you."),
                  ("S1", 0.9, "Oh, love. I didn't know. I'm sorry I pushed."))
    assert not _flag(a, "scared my dad", "fear")
    assert "repair" in _cats(a, "sorry I pushed")


def test_agreeing_to_a_proposal_comfort_offered_and_the_load_carried_alone_are_read_as_such():
    """"Deal." answering "Can we do the list after dinner?" was withdrawal; "Okay. Okay. Take a breath." answering a
    partner flooded was passing it by; "I feel like I'm carrying the whole house on my own." was self-harm (to listen
    to), which sent a calm practice's review to separate sessions."""
    a = run_lines(("S1", 0.0, "When the list isn't done by the evening, I feel like I'm carrying the whole house on my own."),
                  ("S2", 0.8, "Okay. Then can we do the list after dinner, and not at the door?"),
                  ("S1", 1.2, "Deal."),
                  ("S2", 1.0, "Stop. Just stop for a second. My heart's going, I can't think."),
                  ("S1", 1.0, "Okay. Okay. Take a breath."))
    assert not _flag(a, "carrying the whole house", "self_harm")
    assert "stonewalling" not in _cats(a, "Deal")
    proposal, flooded = _bids(a, "after dinner"), _bids(a, "just stop")
    assert proposal and proposal[0]["response"] == "toward"
    assert not flooded or flooded[0]["response"] == "toward"



def test_an_order_with_no_pronoun_still_names_the_partner_it_is_given_to():
    """What happened to someone else names neither partner (above); an order said without a pronoun, in any English, is
    still said to the partner: "An' leave di bank card pon di table." stays money control."""
    a = run_lines(("S1", 0.0, "Mi never go by her since Easter."),
                  ("S2", 0.8, "Mm-hm. An' leave di bank card pon di table. Mi a hold it dis week."))
    assert _flag(a, "leave di bank card", "financial_control", heard=True)
