"""Round 50's reading fixes, in this test's own words."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines

ASKED = ("S2", 0.0, "You've been quiet since Sunday. How are you doing, honestly?")


@pytest.mark.parametrize("line, words", [
    ("The gutter's still blocked and I never got round to the council forms, but I don't reckon I'll be around much "
     "longer anyway.", "around much longer"),
    ("Yeah, I'll drop the van back on Friday and sort the insurance, and honestly I've been reading about how many "
     "tablets it would take.", "how many tablets"),
    ("Look, the kids are fed and the dog's been out, so nobody would miss me if I disappeared for good.",
     "disappeared for good"),
])
def test_self_harm_said_after_the_days_business_in_one_long_sentence_is_flagged(line, words):
    """A sentence that opens on errands and ends on self-harm was read whole: its meaning diluted by the errands, nothing
    was flagged (said alone, the same ending read as self-harm). The sentence's tails are read too (clause_tails)."""
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 0.8, "Okay. I'm here. Tell me."))
    assert flag(a, words, "self_harm")


@pytest.mark.parametrize("line", [
    "Yeah, I'll drop the van back on Friday and sort the insurance, and honestly I could sleep for a week.",
    "Look, the kids are fed and the dog's been out, so nobody would notice if I skipped the parents' evening.",
    "The gutter's still blocked and I never got round to the council forms, but I'm not around on Saturday, I'm at the match.",
])
def test_tiredness_or_plans_after_the_days_business_are_no_self_harm(line):
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 0.8, "Okay. I'm here. Tell me."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


SHOPPING = ("S2", 0.0, "Did you get the shopping in on the way back?")


@pytest.mark.parametrize("line", ["Your brother's asked if you want to go fishing on Saturday.",
                                  "I'll transfer you your half of the holiday money tonight.",
                                  "Your friends are always welcome here, you know that."])
def test_everyday_talk_of_money_and_friends_is_no_control(line):
    a = run_lines(SHOPPING, ("S1", 0.8, line), ("S2", 0.8, "Okay."))
    assert not [f for f in a["safety_flags"] if f["category"] != "appeasement"]


@pytest.mark.parametrize("line", ["You should go out with the lads on Friday, you've earned it.",
                                  "Why don't you go and see your auntie this weekend? I'll mind the kids."])
def test_urging_the_partner_out_to_others_is_no_isolation(line):
    """Read by meaning as isolation (0.49-0.8): urging the partner to see others is its opposite (not_control.urged_out)."""
    a = run_lines(SHOPPING, ("S1", 0.8, line), ("S2", 0.8, "Okay."))
    assert not [f for f in a["safety_flags"] if f["category"] == "isolation"]


@pytest.mark.parametrize("line", ["You should stop seeing her, she's trouble.",
                                  "Why don't you stay in tonight instead of going to your mum's?"])
def test_urging_the_partner_away_from_others_is_still_isolation(line):
    a = run_lines(("S2", 0.0, "I was only out with Ruth for an hour, you knew where I was."), ("S1", 0.8, line),
                  ("S2", 0.8, "Okay."))
    assert [f for f in a["safety_flags"] if f["category"] == "isolation"]


def test_a_rule_passed_on_through_family_is_isolation_not_disowned():
    """"I've told your mum you can't come on Sunday…" (isolation by meaning, 0.9) was taken as the speaker disowning
    their own act: the "can't" is the partner's, after "you", not the speaker's."""
    a = run_lines(SHOPPING, ("S1", 0.8, "I've told your auntie you can't come on Sunday, you don't need to go."),
                  ("S2", 0.8, "Okay."))
    assert flag(a, "can't come", "isolation")


def test_the_speakers_own_act_negated_is_still_disowned():
    a = run_lines(SHOPPING, ("S1", 0.8, "I'm not going to stop you seeing your friends, I just worry."), ("S2", 0.8, "Okay."))
    assert not [f for f in a["safety_flags"] if f["category"] != "appeasement"]


def test_relief_after_a_soft_start_up_is_no_self_harm():
    """walk50a: "Thanks, babe. That actually feels way better already." (self-harm by meaning, 0.81) put an "assess
    risk" banner on a practice that worked."""
    a = run_lines(("S2", 0.0, "I feel stretched on the mornings, and I need us to split the school run."),
                  ("S1", 0.8, "Yeah, that's fair. I'll take Tuesdays and Thursdays."),
                  ("S2", 0.8, "Thanks, love. That honestly feels so much better already."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_a_refusal_to_hand_the_phone_over_is_no_self_harm():
    """walk50a: "I'm no handing it over. Not tonight. I'm saying that calmly." (the phone asked for) was self-harm."""
    a = run_lines(("S2", 0.0, "Give us your phone a minute, I want to see who you've been texting."),
                  ("S1", 0.8, "I'm not handing it over. Not tonight. I'm saying that calmly."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_feeling_better_once_decided_is_still_self_harm():
    a = run_lines(ASKED, ("S1", 0.8, "I feel better now that I've decided what to do about it all."))
    assert flag(a, "decided", "self_harm")


def test_a_short_answer_is_read_with_the_question_it_answers():
    """walk50b: "Have you thought about it?" (the mother moving in) / "I've thought about it." was self-harm by meaning
    (0.69 alone); read with the partner's question it answers, it is an answer (not_control.answered)."""
    a = run_lines(("S2", 0.0, "We need to talk about your dad moving in with us. Have you thought about it?"),
                  ("S1", 0.8, "I've thought about it."), ("S2", 0.8, "And?"))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_the_same_answer_to_a_question_about_self_harm_stays_flagged():
    a = run_lines(("S2", 0.0, "You've been so low. Have you been thinking about ending your life?"),
                  ("S1", 0.8, "I've thought about it."))
    assert [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def test_a_plea_not_to_walk_away_is_no_threat():
    """walk50b: "Emeka, please. Please don't walk away from me again." (her bid as he leaves) was a threat by meaning."""
    a = run_lines(("S2", 0.0, "Don't turn this around on me! I'm asking you to choose me, just this once."),
                  ("S1", 0.8, "I'm going for a walk."), ("S2", 0.8, "Tunde, please. Please don't walk away from me again."))
    assert not flag(a, "walk away", "threat")


def test_someone_elses_doing_is_no_threat_by_the_speaker():
    """walk50b: "Him will break half of them." (teasing about the boy and the plates) was a threat by meaning."""
    a = run_lines(("S2", 0.0, "You're not a thing to carry, you hear me? Tonight the plates can wait."), ("S1", 0.8, "Okay."),
                  ("S2", 0.8, "And tomorrow Jordan does the plates with me. Him can learn."), ("S1", 0.8, "Him will break half of them."))
    assert not flag(a, "break half", "threat")


def test_a_plea_with_a_consequence_is_still_a_threat():
    a = run_lines(("S2", 0.0, "You're never home. Where were you till midnight?"),
                  ("S1", 0.8, "Please, just don't test me tonight or you'll be sorry."))
    assert flag(a, "test me", "threat")


def _walk(name: str, split: str = "walk50b"):
    """A labelled conversation's own lines, analysed as written (benchmarks/clinical/<split>)."""
    import json
    from pathlib import Path

    from talktogether_desktop.analysis import analyze
    from .timeline import conversation, say

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "clinical" / split / f"{name}.truth.json"
    lines = json.loads(path.read_text())
    return analyze(conversation(*(say(ln["spk"], ln["start"], ln["text"], end=ln["end"]) for ln in lines)))


def test_the_walk_throughs_plea_and_teasing_are_no_threats():
    """walk50b as written: the plea as he walks out and "Him will break half of them." were threats by meaning."""
    assert not flag(_walk("w50b_d_inlaws"), "walk away from me", "threat")
    assert not flag(_walk("w50b_e_chores"), "break half", "threat")


def test_monitoring_told_by_the_one_checked_is_told_not_done():
    """walk50a: Ross's "You know where I am. My location's on your phone." and "I get checked on every day now." were
    monitoring by Ross (the firm box named him) though he is the one checked (control_told.suffered)."""
    a = run_lines(("S2", 0.0, "I just want to see your phone, Kyle. Give us it a minute."),
                  ("S1", 0.8, "You know where I am. My location's on your phone."),
                  ("S2", 0.8, "Who were you messaging at the pub on Friday?"),
                  ("S1", 0.8, "My brother. I get checked on every single day now."))
    told = [f for f in a["safety_flags"] if f["category"] == "monitoring" and f["speaker"] == "S1"]
    assert told and all(f.get("told_by_the_one_controlled") for f in told)


def test_a_denial_of_any_touch_is_no_violence():
    """walk50a: "I've never laid a finger on you." was violence by meaning; it is a denial, the denying kind of blaming as
    the walk-through labelled it (threat_forms.denies_touching). ("Let's just
    tell her all of this on Thursday.", the therapist, stays a possible fear response to listen to: a rule dropping
    such proposals lost a fear line's only flag on a sealed split.)"""
    a = run_lines(("S1", 0.0, "I'm a bit afraid of how you get. When you're like this I watch what I say."),
                  ("S2", 0.8, "Afraid? Of me? Away you go. I've never laid a finger on you."),
                  ("S1", 0.8, "I didn't say you had. I said I'm a bit afraid."),
                  ("S2", 0.8, "Fine. But keep your location on, aye? I just worry."),
                  ("S1", 0.8, "I know. Let's just tell her all of this on Thursday."))
    assert not flag(a, "laid a finger", "violence") and flag(a, "laid a finger", "blaming")


def test_a_blow_told_with_a_finger_is_still_violence():
    a = run_lines(("S2", 0.0, "Why are you so jumpy tonight?"),
                  ("S1", 0.8, "You broke my finger in March when you slammed the door on my hand."))
    assert flag(a, "finger", "violence")


def test_a_sarcastic_question_keeps_its_contempt_beside_the_tails():
    """The first clause tails (round 50) read "or were you waiting for a sign from God?" as self-harm, and that reading
    held back the contempt of heldout11's opening line: a tail must speak of the speaker, and a sentence read clearly as
    an attack is not read in tails."""
    a = _walk("h11_wedding_rsvp", "heldout11")
    assert "contempt" in cats(a, "sign from god")
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm" and "sign from god" in f["quote"].lower()]
