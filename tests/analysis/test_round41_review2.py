"""A second review of round 41's reading (26955ed..6cc0d99), by a helper, looking hardest at the changes after e08ac9b.
Each test fails on 6cc0d99 (all but the "Whatever." case on 9a2ba66 too). Its docstring says "regression" where the
same test passed on 26955ed (the change reads it wrongly), "miss" where it failed there too (a near variant of the
family the change was about, still not covered)."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines


def _flags(a, category, speaker=None):
    return [f for f in a["safety_flags"] if f["category"] == category and (speaker is None or f["speaker"] == speaker)]


# --- words.taunted / self_harm_taunts.txt "kill yourself then", "why don't you just kill yourself": unanchored, they match
# a caring question ("…kill yourself then?") and a disclosure of an inner voice.
def test_an_inner_voice_urging_self_harm_is_a_disclosure_not_a_threat():
    """Regression: on 26955ed heard self-harm; now a threat by the speaker against the partner, and no self-harm."""
    a = run_lines(("S1", 0.0, "Some nights there's a voice in my head going, why don't you just kill yourself."),
                  ("S2", 0.8, "Oh love. How often?"))
    assert not _flags(a, "threat")
    assert flag(a, "kill yourself", "self_harm")


@pytest.mark.parametrize("before, question, answer, words", [
    ("I can't see the point of anything anymore.", "Are you saying you want to kill yourself then?", "Sometimes. Yes.",
     "sometimes"),
    ("Everyone would be better off if I wasn't around.", "Do you think you might kill yourself then?",
     "I've thought about how.", "thought about how"),
])
def test_a_caring_question_ending_then_is_no_threat_and_the_answer_is_heard(before, question, answer, words):
    """Regression: on 26955ed no threat and the answer heard self-harm; now the question is a threat and the answer is
    not heard ("Sometimes. Yes." nothing at all)."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, question), ("S1", 0.8, answer))
    assert not _flags(a, "threat", "S2")
    assert flag(a, words, "self_harm", heard=True)


@pytest.mark.parametrize("line, reply", [
    ("Last night you said, go and kill yourself then.", "I was angry."),
    ("You told me to just kill yourself then, in front of the kids.", "I didn't mean it."),
    ("When I told you how low I was, you said why don't you just die.", "That's not what I said."),
])
def test_telling_the_partner_what_they_said_is_no_threat_by_the_teller(line, reply):
    """Regression: no threat on 26955ed; now the one told to kill themselves is flagged as threatening (and "When I told
    you how low I was…", heard self-harm by meaning there, is no longer read as it)."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, reply))
    assert not _flags(a, "threat", "S1")


@pytest.mark.parametrize("line, words", [("Oh, just go and kill yourself.", "kill yourself"),
                                         ("Why don't you go and top yourself?", "top yourself")])
def test_urging_the_partner_to_kill_themselves_after_a_word_or_as_top_yourself_is_a_threat(line, words):
    """Miss: no threat on 26955ed either ("^ go and kill yourself" is anchored, "top yourself" only at the start)."""
    a = run_lines(("S1", 0.0, "I can't do this anymore."), ("S2", 0.8, line), ("S1", 0.8, "Wow."))
    assert flag(a, words, "threat")


# --- idioms.txt "killed myself on the / on that": a fall prevented, but also an attempt told with a time or a place.
@pytest.mark.parametrize("before, line", [
    ("Do you remember the day I left?",
     "I sat in the car with the engine running and nearly killed myself on the day you left."),
    ("Where did you go that night?", "I went up to the bridge. I nearly killed myself on that bridge."),
])
def test_an_attempt_told_with_a_day_or_a_place_is_self_harm(before, line):
    """Regression: heard self-harm on 26955ed; now set aside as an idiom of falling."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, "killed myself on", "self_harm")


def test_a_past_attempt_prevented_on_the_spot_is_self_harm():
    """Miss: nothing on 26955ed either; "I would have killed myself" is now in the lexicon but "…on the spot" is an idiom."""
    a = run_lines(("S1", 0.0, "I'm sorry I didn't come home."),
                  ("S2", 0.8, "I would have killed myself on the spot if you hadn't come home."))
    assert flag(a, "killed myself", "self_harm")


# --- structure.violence_against_speaker: a blow "asked for" (verb + me, an if/when later) is also a blow told as done again.
@pytest.mark.parametrize("before, line, words", [
    ("I didn't mean for it to go that far.", "And push me down the stairs again when you're drunk, why don't you.",
     "down the stairs"),
    ("I barely touched you.", "Yeah, shove me again when the kids are watching.", "shove me"),
    ("Stop going on about it.", "So slap me again if it makes you feel big.", "slap me"),
])
def test_a_blow_told_as_done_again_is_violence_not_a_kick_asked_for(before, line, words):
    """Regression: heard violence on 26955ed; now nothing."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, words, "violence")


# --- continuing.readings_going_on, the blaming gate: blaming by meaning needs harm heard by the rules 3 min before / 30 s
# after.
FILLER = [("S1", 1.0, "Anyway, what are we doing about the car?"), ("S2", 1.0, "I'll ring the garage on Monday."),
          ("S1", 1.0, "Okay. And the school trip money?"), ("S2", 1.0, "I paid it yesterday.")]


def test_blame_for_a_blow_told_more_than_three_minutes_before_is_blaming():
    """Regression: blaming on 26955ed."""
    a = run_lines(("S1", 0.0, "You pushed me down the stairs on Saturday."), ("S2", 0.8, "I don't want to talk about it."),
                  *FILLER, ("S1", 190.0, "You never take responsibility for anything."),
                  ("S2", 0.8, "If you hadn't kept on at me, none of it would have happened."))
    assert flag(a, "none of it would have happened", "blaming")


def test_blame_said_before_the_blow_is_told_is_blaming():
    """Regression: blaming on 26955ed; the partner told the blow 40 s after it."""
    a = run_lines(("S1", 0.0, "You never take responsibility for anything."),
                  ("S2", 0.8, "Honestly, you bring it on yourself with that tone."),
                  ("S1", 40.0, "You pushed me down the stairs on Saturday."))
    assert flag(a, "bring it on yourself", "blaming")


def test_blame_after_harm_heard_only_by_meaning_is_blaming():
    """Regression: blaming on 26955ed; the finger marks were read by meaning (to listen to), not by the rules."""
    a = run_lines(("S1", 0.0, "I had finger marks on my arm for a week after Saturday."),
                  ("S1", 0.5, "You never take responsibility for anything."),
                  ("S2", 0.8, "If you hadn't kept on at me, none of it would have happened."))
    assert flag(a, "none of it would have happened", "blaming")


def test_you_know_how_i_get_when_you_talk_back_is_a_safety_line():
    """Regression: blaming on 26955ed; an implied warning, whatever was heard before it."""
    a = run_lines(("S1", 0.0, "You never take responsibility for anything."),
                  ("S2", 0.8, "You know how I get when you talk back, so why do it."))
    assert [f for f in a["safety_flags"] if f["category"] in ("blaming", "threat") and "how i get" in f["quote"].lower()]


# --- continuing.feared_aftermath: "…weren't worth living" after the partner's control becomes fear, not self-harm.
def test_days_not_worth_living_after_control_stay_self_harm():
    """Regression: heard self-harm on 26955ed; now only fear."""
    a = run_lines(("S1", 0.0, "You're not going out with them again, end of."),
                  ("S2", 0.8, "Last time I went, the days after weren't worth living."))
    assert flag(a, "worth living", "self_harm")


# --- continuing.glad_reply: despair after "I know." / "Yeah." answering the partner's love or thanks.
@pytest.mark.parametrize("gladness, reply, words", [
    ("I love you, you know that.", "I know. I just don't know how much longer I can keep going.", "keep going"),
    ("Are you happy?", "Yeah. I just don't know how much longer I can do this.", "can do this"),
    ("Thank you for telling me how you've been feeling.", "Yeah. I just feel like I'm disappearing a bit more every day.",
     "disappearing"),
])
def test_despair_after_agreeing_with_love_or_thanks_stays_self_harm(gladness, reply, words):
    """Regression: self-harm to listen to on 26955ed; now nothing."""
    a = run_lines(("S1", 0.0, gladness), ("S2", 0.8, reply))
    assert flag(a, words, "self_harm")


# --- continuing.fear_for_someone: fear for a child because of the partner is fear, not worry about a third party's health.
@pytest.mark.parametrize("before, line, reply", [
    ("She needs to learn some respect.", "I'm frightened for her when you get like that with her.", None),
    ("She's old enough to take a smack.", "I'm scared for her when you're like this.", "Oh, here we go."),
    ("He needs to toughen up.", "I'm terrified for him when you've had a drink.", "Whatever."),
])
def test_fear_for_a_child_when_the_partner_gets_like_that_is_fear(before, line, reply):
    """Regression: fear on 26955ed; now nothing."""
    lines = [("S1", 0.0, before), ("S2", 0.8, line)] + ([("S1", 0.8, reply)] if reply else [])
    a = run_lines(*lines)
    assert flag(a, line.split(" when ")[0], "fear")


# --- continuing: a "we" plan with no "you" (PROPOSING + we/us) set aside as no threat.
def test_wait_till_we_get_in_the_car_after_a_therapy_disclosure_is_a_threat():
    """Regression: a threat (to listen to) on 26955ed; "maybe" and "we" now take it back."""
    a = run_lines(("S2", 0.0, "You are pathetic, you know that?"),
                  ("S1", 0.8, "I'm going to tell the counsellor about the money."),
                  ("S2", 0.8, "Maybe just wait till we get in the car."))
    assert flag(a, "wait till we get in the car", "threat")


# --- safety_self_harm.txt "i'd have ended it", "i would have ended it": ending a relationship, a film, a meeting.
@pytest.mark.parametrize("before, line", [
    ("My sister's boyfriend read all her messages.", "If he'd done that to me, I'd have ended it on the spot."),
    ("Why did you stop seeing Mark?", "He cheated. I'd have ended it sooner if I'd known."),
    ("Remember that awful film on the plane?", "I'd have ended it after ten minutes if I could."),
])
def test_ending_a_relationship_or_a_film_is_no_self_harm(before, line):
    """Regression: no heard self-harm on 26955ed ("He cheated…" only to listen to); now heard self-harm."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Fair."))
    assert not flag(a, "ended it", "self_harm", heard=True)


# --- safety_monitoring.txt "to make sure you were actually", "to see if you were really": asking after the partner's health.
@pytest.mark.parametrize("before, line", [
    ("Why did you text me five times?", "I texted to make sure you were actually okay after the scan."),
    ("Why did you ring my mum?", "I rang your mum to see if you were really alright after the funeral."),
])
def test_checking_the_partner_was_really_okay_is_no_monitoring(before, line):
    """Regression: no monitoring on 26955ed; now heard monitoring."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not _flags(a, "monitoring")


# --- safety_isolation.txt: the new phrases match a tradesman, a boss, reading glasses, the GP.
@pytest.mark.parametrize("before, line, reply", [
    ("That electrician left a right mess in the kitchen.", "I know. I'd rather you didn't call him again.", "Agreed."),
    ("My manager let me go today.", "Honestly, you're better off without her.", "Maybe."),
    ("I can't find my reading glasses.", "You don't need them. The print's huge.", "Fair."),
    ("Should I book the GP about my knee?", "You don't need to see her. It's just a sprain.", "Okay."),
])
def test_everyday_advice_is_no_isolation(before, line, reply):
    """Regression: no isolation on 26955ed; now heard isolation."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, reply))
    assert not _flags(a, "isolation")


# --- owning.owned_after: "Sorry…", "You're right…", "My fault…" said in scorn after a defence take the defence away.
@pytest.mark.parametrize("before, line, words", [
    ("You forgot the school forms again.", "That's not true, I did them on Tuesday. Sorry I'm not perfect.", "not true"),
    ("You never help with bedtime.", "That's not true. You're right, as always, I'm the useless one.", "not true"),
    ("You left the door unlocked.", "It wasn't me. My fault for living here, I suppose.", "wasn't me"),
])
def test_a_defence_followed_by_scornful_sorry_or_youre_right_stays_defensiveness(before, line, words):
    """Regression: defensiveness on 26955ed; now dropped as owned in the next breath."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "defensiveness" in cats(a, words)


# --- owning.reassuring_but: a warm word after "You say that, but" about the speaker or in sarcasm.
@pytest.mark.parametrize("before, line", [
    ("You never do anything round the house.", "You say that, but I'm the one who fixed the boiler last week."),
    ("Your mum ruined Christmas again.", "You say that, but it was your brilliant idea to invite her."),
])
def test_a_counter_with_a_warm_word_after_you_say_that_but_is_defensiveness(before, line):
    """Miss: no defensiveness on 26955ed either (the phrase came after it); now the warm word takes it away."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "That's not the point."))
    assert "defensiveness" in cats(a, "say that")


# --- contempt.txt "^ yeah whatever $", "^ whatever $": an easy-going choice.
def test_whatever_when_offered_a_choice_is_no_contempt():
    """Regression: no contempt on 26955ed, contempt on 6cc0d99 (9a2ba66 took the lone-"Whatever." contempt lines back; kept
    as a guard)."""
    a = run_lines(("S1", 0.0, "Do you want the big room or the small room at the cottage?"),
                  ("S2", 0.8, "Yeah, whatever. I'm easy."), ("S1", 0.8, "Big room then."))
    assert "contempt" not in cats(a, "whatever")


# --- stonewalling.txt "^ do it yourself then": teaching the partner.
def test_do_it_yourself_then_ill_talk_you_through_it_is_no_stonewalling():
    """Regression: no stonewalling on 26955ed."""
    a = run_lines(("S1", 0.0, "Can you show me how to change the fuse?"),
                  ("S2", 0.8, "Do it yourself then, it's easy. I'll talk you through it."))
    assert "stonewalling" not in cats(a, "yourself then")
