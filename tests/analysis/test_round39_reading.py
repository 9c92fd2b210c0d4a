"""Round 39's reading fixes, in this test's own words: menace that names no act ("you know what I'm like when I'm
pushed") is a threat; "You're scaring me." said just after it is fear of the partner, and a
startle or fear for the partner elsewhere is not; the means of self-harm named as what the speaker will take ("I'll take
every pill in that cupboard") is self-harm; fear of leaving as of staying is fear; an attack put as a question ("What is
wrong with you?") names no wish of the speaker to be met."""

from __future__ import annotations

import pytest

from .found import bids, flag
from .found import cats as _cats
from .timeline import run_lines


@pytest.mark.parametrize("menace, key", [
    ("Careful now. You know what I'm like when I'm pushed.", "when I'm pushed"),
    ("Don't keep on at me. You know what I'm like when I'm pushed too far.", "pushed too far"),
])
def test_menace_that_names_no_act_is_a_threat(menace, key):
    a = run_lines(("S1", 0.0, "I'm going to my sister's on Saturday whether you like it or not."),
                  ("S2", 0.8, menace))
    assert flag(a, key, "threat")


def test_youre_scaring_me_after_the_partners_threat_is_fear_of_the_partner():
    a = run_lines(("S1", 0.0, "I want to go to Lisa's hen weekend in May."),
                  ("S2", 0.8, "You know what I'm like when I'm pushed."),
                  ("S1", 0.8, "You're scaring me."))
    fear = flag(a, "scaring me", "fear")
    assert fear and fear[0]["speaker"] == "S1"


@pytest.mark.parametrize("lines", [
    (("S1", "Did you see the cat up on the shed roof?"), ("S2", "Stop it, you're scaring me, it's going to fall!")),
    (("S1", "I've been looking up how many of my tablets it would take."),
     ("S2", "Oh love. You're scaring me. Are you thinking of ending your life?")),
    (("S1", "I overtook the lorry on the bend, it was fine."), ("S2", "You're frightening me with that driving, slow down!")),
])
def test_youre_scaring_me_as_a_startle_or_fear_for_the_partner_is_no_fear_flag(lines):
    """Guard: with no threat before it, the words are not fear of the partner."""
    a = run_lines(*((spk, 0.8, text) for spk, text in lines))
    assert not flag(a, "scaring me", "fear") and not flag(a, "frightening me", "fear")


def test_the_means_named_as_what_the_speaker_will_take_is_self_harm():
    a = run_lines(("S1", 0.0, "I can't do this anymore. I'm leaving on Saturday."),
                  ("S2", 0.8, "Fine, go. I'll take every pill in that cupboard."))
    assert flag(a, "every pill", "self_harm")


def test_fear_of_leaving_as_of_staying_is_fear():
    a = run_lines(("S1", 0.0, "If you leave, I don't know what I'll do."),
                  ("S2", 0.8, "I'm scared to leave and I'm scared to stay."))
    assert flag(a, "scared to leave", "fear")


@pytest.mark.parametrize("line", ["I'm scared to leave you alone when you're this low.",
                                  "I'm scared to leave the dog alone all day."])
def test_fear_of_leaving_a_partner_or_pet_alone_is_no_fear_flag(line):
    """Guard: fear for the partner or for a pet, not of the partner."""
    a = run_lines(("S1", 0.0, "Work want me in Leeds for the week."), ("S2", 0.8, line))
    assert not flag(a, "scared to leave", "fear")


@pytest.mark.parametrize("attack", ["What is wrong with you?", "Are you even listening to me?"])
def test_an_attack_put_as_a_question_names_no_wish_to_be_met(attack):
    a = run_lines(("S1", 0.0, "You left the gate open again and the dog got out."),
                  ("S2", 0.8, "I was on the phone."),
                  ("S1", 0.8, attack),
                  ("S2", 0.8, "Nothing."))
    assert not bids(a, attack[:12])


def test_a_complaint_that_names_its_wish_is_still_read_for_it():
    """Guard: "listen" beyond the attack's words is the wish to be heard."""
    a = run_lines(("S1", 0.0, "You never listen to me when I talk about my day."),
                  ("S2", 0.8, "That's not true."))
    assert [b["category"] for b in bids(a, "never listen")] == ["respect"]


@pytest.mark.parametrize("line, key", [
    ("If you walk out that door, you'll be coming back to a funeral.", "funeral"),
    ("Go on then, leave. I probably won't be around much longer anyway.", "much longer"),
])
def test_death_told_as_what_the_partner_leaves_behind_is_self_harm(line, key):
    a = run_lines(("S1", 0.0, "I'm going to stay at Mum's for a bit. I need some space."), ("S2", 0.8, line))
    assert flag(a, key, "self_harm", heard=True)


@pytest.mark.parametrize("line, key", [
    ("I've put you on a budget, it's for your own good.", "budget"),
    ("You can have your card back when you show me you can be sensible.", "card back"),
])
def test_the_allowance_said_as_budgeting_help_is_financial_control(line, key):
    a = run_lines(("S1", 0.0, "I need new school shoes for Ayo, his are split."), ("S2", 0.8, line))
    assert flag(a, key, "financial_control")


@pytest.mark.parametrize("line, key", [
    ("The bathroom door still has the hole from when you put your fist through it.", "fist through"),
    ("You smashed my phone that night, remember.", "smashed my phone"),
])
def test_things_broken_in_anger_told_by_the_one_they_were_broken_at_is_violence(line, key):
    a = run_lines(("S1", 0.0, "Can we talk about the money?"), ("S2", 0.8, "Not this again."), ("S1", 0.8, line))
    assert flag(a, key, "violence")


@pytest.mark.parametrize("line", [
    "If you eat my last Rolo, I'll end it, I swear. Haha.",
    "Your dad won't be around much longer, we should visit him.",
    "You'll get your new card when the bank sends it.",
    "I dropped my bag and broke my sunglasses, typical.",
])
def test_the_same_kinds_of_words_in_ordinary_talk_are_no_new_flag(line):
    """Guard: the new phrases need their own words, not a near look-alike."""
    a = run_lines(("S1", 0.0, "What a day. The bus was late again."), ("S2", 0.8, line))
    assert not [f for f in a["safety_flags"] if f["category"] in ("self_harm", "financial_control", "violence")
                and f.get("source") == "lexicon"]


def test_violence_the_teller_did_to_the_partner_makes_the_partner_the_one_afraid():
    """"…when you grabbed my phone and I only shoved you." is told by the one who shoved: the partner's apology after it
    may be fear (was read the other way round, the apology as the threatener's own repair)."""
    a = run_lines(("S1", 0.0, "You've been so quiet all week."),
                  ("S2", 0.8, "I don't want a row every night, like last month, when you grabbed my phone and I only shoved you."),
                  ("S1", 0.8, "I'm sorry, you're right, I shouldn't have touched your phone."))
    assert flag(a, "shouldn't have touched", "appeasement")


def test_violence_told_both_ways_stays_the_tellers_account_of_being_hurt():
    """Guard: "I pushed you because you hit me first." tells the partner's violence too."""
    from talktogether_desktop.analysis.told_apart import i_struck_you

    assert not i_struck_you("i pushed you because you hit me first".split())
    assert i_struck_you("when you grabbed my phone and i only shoved you".split())


@pytest.mark.parametrize("reply, key", [
    ("I wouldn't have to forget if you didn't nag me every five minutes.", "nag me"),
    ("Don't put this on me.", "put this on me"),
])
def test_the_blame_handed_back_and_the_charge_refused_are_defensiveness(reply, key):
    a = run_lines(("S1", 0.0, "You forgot to pick up Sipho again."), ("S2", 0.8, reply))
    assert "defensiveness" in _cats(a, key)


def test_the_martyr_announced_is_contempt():
    a = run_lines(("S1", 0.0, "I've done the whole weekend shop on my own again."), ("S2", 0.8, "Oh, here comes the martyr."))
    assert "contempt" in _cats(a, "martyr")


@pytest.mark.parametrize("line", ["If you didn't go on about the bins, what would we talk about? Ha.",
                                  "Don't put this on the top shelf, the kids can reach it."])
def test_the_new_defensiveness_words_in_plain_talk_are_no_horseman(line):
    """Guard: no complaint before them."""
    a = run_lines(("S1", 0.0, "I've brought the shopping in."), ("S2", 0.8, line))
    assert not {m["category"] for m in a["markers"]} & {"defensiveness", "criticism", "contempt"}


def test_a_backchannel_before_the_partners_crisis_help_is_not_what_it_answers():
    """The "mm-hm" under the partner's thanks is no second self-harm passage; the disclosure before it is the one."""
    a = run_lines(("S1", 0.0, "Are you thinking about hurting yourself tonight?"),
                  ("S2", 0.8, "I don't know. Maybe. I've thought about it before."),
                  ("S1", 0.8, "Okay. Thank you for telling me."),
                  ("S2", 0.3, "Mm-hm."),
                  ("S1", 0.5, "Can we call the crisis line together, right now?"))
    assert flag(a, "thought about it before", "self_harm")
    assert not flag(a, "mm-hm", "self_harm")


def test_the_risk_prompt_names_apart_a_partner_whose_words_were_only_read_by_meaning():
    """"I'll take every pill in that cupboard." is Jess's; Priya's words only read by meaning are a passage to listen to,
    not a second person to assess (was "self-harm language from Jess and Priya")."""
    from talktogether_desktop.analysis.risk_prompt import self_harm_prompt

    flags = [{"category": "self_harm", "speaker": "S2", "t": 4.0, "end": 6.0, "source": "meaning", "quote": "I've been "
              "thinking about it for weeks.", "probability_of_kind": 0.85, "_strength": "low"},
             {"category": "self_harm", "speaker": "S1", "t": 19.0, "end": 21.0, "source": "lexicon",
              "quote": "I'll take every pill in that cupboard."}]
    text = self_harm_prompt(flags, {"S1": "Jess", "S2": "Priya"})["text"]
    assert "self-harm language from Jess at 00:19." in text
    assert "Possible self-harm language from Priya at 00:04 too" in text


def test_the_answer_to_the_partners_question_about_self_harm_is_no_turning_against():
    """"Are you safe right now?" met by "I don't know. Maybe. I've thought about it before." is the disclosure (was "Jess
    pushed it away", read as an attack by meaning)."""
    a = run_lines(("S1", 0.0, "I know. I'm sorry. I just can't picture the flat without you."),
                  ("S2", 0.4, "I need to ask you something, and I need a real answer. Are you safe right now? "
                              "Are you thinking about hurting yourself tonight?"),
                  ("S1", 3.0, "I don't know. Maybe. I've thought about it before."))
    assert flag(a, "thought about it before", "self_harm")
    assert not [b for b in bids(a, "safe right now") + bids(a, "real answer") if b["response"] == "against"]


def test_the_controlled_partners_own_saving_told_is_only_to_listen_to():
    a = run_lines(("S1", 0.0, "Two hundred pounds. For a hen weekend."),
                  ("S2", 0.8, "I've put a bit aside from the shopping money, so it would only be about one forty from the account."))
    assert not flag(a, "put a bit aside", "financial_control", heard=True)


# walk39m's stepson talk, with its times: Owen pursues, Marcus withdraws; Marcus's repair is asked back and turned down
STEPSON = (
    ('S1', 0.82, 6.38, "Finn's mum rang. She wants to swap, so he'd be with us this weekend and the next one as well."),
    ('S2', 3.65, 4.08, 'mm'),
    ('S2', 7.38, 7.67, 'Right.'),
    ('S1', 8.2, 13.09, "Right? That's it? He keeps asking if you'll take him to the climbing wall again."),
    ('S2', 14.59, 15.02, 'Maybe.'),
    ('S1', 15.47, 19.44, 'Maybe. Every time he comes you disappear into the garage. What is wrong with you?'),
    ('S2', 21.24, 21.63, 'Nothing.'),
    ('S1', 22.22, 27.61, "He's eight. He notices when you don't come down for breakfast. He asked me if you were cross with him."),
    ('S2', 28.3, 31.33, "I'm not cross with him. I just need a bit of"),
    ('S1', 30.73, 35.32, "A bit of what? A bit of space? You've had space all week. Are you even listening to me?"),
    ('S2', 37.32, 37.64, 'Yes.'),
    ('S1', 37.96, 41.89, "Oh, you're a genius, you are. Two weekends in a row and you've got a one-word plan."),
    ('S2', 47.89, 52.41, "Sorry. I know I've been off with him. Can we start again?"),
    ('S1', 52.71, 56.05, "Start again? We've started again about four times since Christmas."),
    ('S2', 58.26, 58.56, 'Fine.'),
    ('S1', 59.56, 66.13, "I just want us to feel like a family when he's here. Could you do Saturday morning with him, just the two of you?"),
    ('S2', 68.63, 69.77, "I'm going for a walk."),
    ('S1', 70.11, 72.41, 'Course you are. Off you go, then.'),
)


def test_a_repair_asked_back_with_a_complaint_did_not_land():
    """"Sorry. I know I've been off with him. Can we start again?" / "Start again? We've started again about four times
    since Christmas." was "It eased after Marcus's 'Sorry.'" (the fall was his 6 s silence before it)."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, say

    a = analyze(conversation(*(say(spk, start, text, end=end) for spk, start, end, text in STEPSON)))
    tried = [r for p in a["escalation_points"] for r in p["what_next"]["repair_attempts"]]
    assert tried and not any(r["accepted"] for r in tried)


def test_a_repair_asked_back_and_taken_still_lands():
    """Guard: "Start again? Okay, let's." takes it."""
    from talktogether_desktop.analysis.told_apart import asked_back

    def w(spk, t, word):
        return {"speaker": spk, "start": t, "end": t + 0.3, "word": word, "probability": 0.9}

    repair = {"speaker": "S2", "t": 1.0, "end": 2.5}
    said = [w("S2", 1.0, "Can"), w("S2", 1.4, "we"), w("S2", 1.8, "start"), w("S2", 2.2, "again?")]
    assert asked_back(repair, said + [w("S1", 3.0, "Start"), w("S1", 3.3, "again?"), w("S1", 3.8, "We've")], 6.0)
    assert not asked_back(repair, said + [w("S1", 3.0, "Start"), w("S1", 3.3, "again?"), w("S1", 3.8, "Okay,"),
                                          w("S1", 4.1, "let's.")], 6.0)


def test_a_soft_feeling_shared_in_a_quarrel_is_a_bid_and_its_hard_word_denied_takes_it_up():
    """"I feel like such a failure. I can't even tell my brother." after a criticism was no bid at all ("No need
    statements or bids were picked up" for him, walk39n); "You're not a failure." turns toward it."""
    a = run_lines(("S1", 0.0, "You never tell me anything. I had to hear it from your brother."),
                  ("S2", 0.8, "Don't start on my brother."),
                  ("S1", 0.8, "I'm not starting anything."),
                  ("S2", 0.8, "I feel like such a failure. I can't even tell my brother."),
                  ("S1", 0.8, "You're not a failure. Thank you for telling me."))
    assert [b["response"] for b in bids(a, "such a failure")] == ["toward"]



def test_i_could_die_as_hyperbole_of_tiredness_is_no_self_harm():
    a = run_lines(("S1", 0.0, "What a week. Three late shifts."), ("S2", 0.8, "Honestly, I'm so tired I could die."))
    assert not flag(a, "could die", "self_harm")


def test_i_could_die_said_of_not_being_noticed_is_still_self_harm():
    """Guard."""
    a = run_lines(("S1", 0.0, "How was your week?"), ("S2", 0.8, "Some days I think I could die and nobody would notice."))
    assert flag(a, "could die", "self_harm", heard=True)


def test_a_location_asked_for_as_care_on_icy_roads_is_only_to_listen_to():
    a = run_lines(("S1", 0.0, "I'm off to Mum's after work."),
                  ("S2", 0.8, "Will do. Can you share your location when you drive back from your mum's? The roads are icy."))
    assert flag(a, "location", "monitoring") and not flag(a, "location", "monitoring", heard=True)


@pytest.mark.parametrize("line, key", [
    ("Can you send me your location every hour? I want to know where you are.", "location"),
    ("I check where you are on the app because I worry, that's all.", "where you are"),
])
def test_a_location_demanded_or_checked_stays_heard(line, key):
    """Guard: no reason of safety out, or monitoring done rather than asked (this one was not heard at all before)."""
    a = run_lines(("S1", 0.0, "I'm off to Mum's after work."), ("S2", 0.8, line))
    assert flag(a, key, "monitoring", heard=True)


@pytest.mark.parametrize("line, key", [
    ("Thursday? You've picked the one day I'm in Leeds. Honestly, do you ever listen?", "do you ever listen"),
    ("I told you twice. You just hear what suits you.", "what suits you"),
    ("Nobody said that. You've got selective hearing, that's your problem.", "selective hearing"),
])
def test_not_listening_named_as_the_partners_way_is_criticism(line, key):
    a = run_lines(("S1", 0.0, "I booked the dentist for Thursday like you asked."), ("S2", 0.8, line))
    assert [m for m in a["markers"] if m["category"] == "criticism" and key.lower() in m["quote"].lower()
            and m.get("confidence") != "low"]  # heard, not only read by meaning to listen to


@pytest.mark.parametrize("line", ["It's always my fault, isn't it?", "Here we go, everything's my fault again."])
def test_my_fault_inside_the_innocent_victims_complaint_is_no_repair(line):
    a = run_lines(("S1", 0.0, "You left the gate open again."), ("S2", 0.8, line))
    assert "defensiveness" in _cats(a, "my fault") and "repair" not in _cats(a, "my fault")


def test_my_fault_owned_is_still_a_repair():
    """Guard."""
    a = run_lines(("S1", 0.0, "You left the gate open again."), ("S2", 0.8, "Sorry, that's my fault. I'll fix the latch."))
    assert "repair" in _cats(a, "my fault")


def test_interest_said_in_scorn_is_no_repair():
    """"No, go on, tell me more about how normal people do things." was a repair (and contempt)."""
    a = run_lines(("S1", 0.0, "Maybe if you wrote things on the calendar like everyone else."),
                  ("S2", 0.8, "Wow. Lovely."), ("S1", 0.8, "You know what I mean."),
                  ("S2", 0.8, "No, go on, tell me more about how normal people do things."))
    assert _cats(a, "tell me more") == {"contempt"}


@pytest.mark.parametrize("line, key", [
    ("Oh, was I meant to? Sorry, I forgot I work for you.", "work for you"),
    ("At least one of us has a job.", "has a job"),
    ("Brilliant. Sulk then. It's what you're best at.", "Sulk then"),
])
def test_the_servants_mock_apology_the_job_thrown_and_sulking_mocked_are_contempt(line, key):
    a = run_lines(("S1", 0.0, "Did you call the plumber? You said you would."), ("S2", 0.8, line))
    assert "contempt" in _cats(a, key) and "repair" not in _cats(a, key)


def test_refusing_to_talk_while_the_partner_is_like_this_is_withdrawal_and_the_apology_after_it_a_repair():
    """"I'm not talking to you when you're like this." was fear of the partner by meaning (heard), so the partner's "I took
    it out on you. That wasn't fair." was read as blaming and the thanks for it as a possible fear response."""
    a = run_lines(("S1", 0.0, "You always have a lot going on."),
                  ("S2", 0.8, "Oh, grow up."),
                  ("S1", 0.8, "I'm not talking to you when you're like this."),
                  ("S2", 4.0, "Look, I'm stressed, and I took it out on you. That wasn't fair."),
                  ("S1", 0.8, "No, it wasn't. But thank you for saying it."))
    assert "stonewalling" in _cats(a, "not talking to you")
    assert not flag(a, "not talking to you", "fear", heard=True)
    assert "repair" in _cats(a, "took it out on you")
    assert not [f for f in a["safety_flags"] if f["category"] in ("blaming", "appeasement")]


def test_asking_not_to_fight_is_a_repair_and_can_we_not_alone_withdrawal():
    a = run_lines(("S1", 0.0, "The car's got another scratch on it."),
                  ("S2", 0.8, "Well, it wasn't me. And I'm just saying don't look at me."),
                  ("S1", 0.8, "Okay. Can we not fight about the car?"))
    assert _cats(a, "not fight") & {"repair"} and "stonewalling" not in _cats(a, "not fight")
    b = run_lines(("S1", 0.0, "We need to talk about your mum."), ("S2", 0.8, "Can we not."))
    assert "stonewalling" in _cats(b, "can we not")


def test_a_hard_day_told_is_a_bid_and_comfort_in_answer_is_none():
    """"I've had the worst day." / "Come here, tell me.": the share was no bid and the comfort read as a bid pushed
    away."""
    a = run_lines(("S1", 0.0, "I had a horrible day. My manager shouted at me in front of everyone."),
                  ("S2", 0.6, "Oh no, that's awful. What happened?"),
                  ("S1", 0.6, "I've had the worst day."), ("S2", 0.6, "Come here, tell me."),
                  ("S1", 0.6, "Work was rubbish again today."))
    assert [b["response"] for b in bids(a, "worst day")] == ["toward"]
    assert not bids(a, "Come here")


# walk39n's break-up talk, its first six lines with their times: Jess's "I'll take every pill in that cupboard." in the heat
BREAKUP = (
    ('S1', 1.22, 3.26, "So you've made up your mind, then."),
    ('S2', 4.16, 11.76, "I think so. I've been thinking about it for weeks. I don't think this is working any more, for either of us."),
    ('S1', 12.04, 15.32, "Weeks? You've been planning this for weeks and you said nothing?"),
    ('S2', 15.62, 19.78, 'I tried to say something. Every time I started, we ended up'),
    ('S1', 19.28, 21.7, "Fine, go. I'll take every pill in that cupboard."),
    ('S2', 24.3, 27.21, "Please don't say that. You're frightening me."),
)


def test_what_follows_self_harm_said_in_a_heated_stretch_is_not_read_as_easing():
    """The heated moment at 00:14 "calmed down by 00:22", where Priya was saying "You're frightening me." after the pills."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, say

    a = analyze(conversation(*(say(spk, start, text, end=end) for spk, start, end, text in BREAKUP)))
    nexts = [p["what_next"] for p in a["escalation_points"]]
    assert nexts and not any(n["eased"] for n in nexts)
    assert "self-harm" in nexts[0]["text"] and "not the risk passing" in nexts[0]["text"]


@pytest.mark.parametrize("line, key", [("Thanks for nothing, as usual.", "for nothing"),
                                       ("Look at you, finally doing something round the house.", "finally doing")])
def test_thanks_refused_and_help_mocked_as_rare_are_contempt(line, key):
    a = run_lines(("S1", 0.0, "I paid the gas bill, finally."), ("S2", 0.8, line))
    assert "contempt" in _cats(a, key) and "appreciation" not in _cats(a, key)


def test_genius_said_after_the_speakers_own_yes_is_praise():
    """walk38k's paint talk: "Yeah, okay. That's fair. You're a genius." was contempt (high)."""
    a = run_lines(("S1", 0.0, "How about the dark one in the study, and the pale sage in the hall?"),
                  ("S2", 0.8, "Yeah, okay. That's fair. You're a genius."))
    assert "contempt" not in _cats(a, "genius")


def test_genius_said_in_a_jibe_is_still_contempt():
    """Guard: no yes before it."""
    a = run_lines(("S1", 0.0, "I thought we could just wing it this weekend."), ("S2", 0.8, "Wing it. You're a genius."))
    assert "contempt" in _cats(a, "genius")


@pytest.mark.parametrize("line, key, category", [
    ("You go on your own and you can find somewhere else to live.", "somewhere else to live", "threat"),
    ("And the kids stay with me if you ever leave. Any judge would see you're not fit.", "kids stay with me", "threat"),
    ("You can talk to me. Nobody else needs to know our business.", "our business", "isolation"),
])
def test_the_home_and_children_as_the_price_and_people_kept_out_are_heard(line, key, category):
    a = run_lines(("S1", 0.0, "I'd like to go to the counsellor on my own next week."), ("S2", 0.8, line))
    assert flag(a, key, category, heard=True)


def test_an_in_law_quarrel_is_no_isolation():
    """Guard."""
    a = run_lines(("S1", 0.0, "Your mum rang again about Christmas."),
                  ("S2", 0.8, "Your mum's been trying to split us up for years, I swear."))
    assert not flag(a, "split us up", "isolation", heard=True)


def test_work_tomorrow_said_kindly_is_no_defensiveness():
    """Guard: "Somebody has to work tomorrow" with no complaint before it."""
    a = run_lines(("S1", 0.0, "Do you want the last of the olives?"),
                  ("S2", 0.8, "Somebody has to earn tomorrow, so I'm off to bed early, love. You have them."))
    assert "defensiveness" not in _cats(a, "has to earn")


def test_veiled_menace_in_a_quarrel_is_a_threat_and_in_a_calm_talk_nothing():
    """analysis/defied.py: "People fall down stairs." is menace in a quarrel, a remark of an elderly mother's fall in a calm
    talk."""
    a = run_lines(("S1", 0.0, "You're pathetic, you know that? Pathetic."),
                  ("S2", 0.8, "I'm not doing this any more."),
                  ("S1", 0.8, "Careful. People fall down stairs."))
    assert flag(a, "fall down stairs", "threat", heard=True)
    b = run_lines(("S1", 0.0, "Your mum shouldn't be on her own in that house now."),
                  ("S2", 0.8, "I know, love. People fall down stairs."))
    assert not flag(b, "fall down stairs", "threat", heard=True)
