"""A third review of round 41's reading (26955ed..291151a), by a helper, looking hardest at 291151a. Each test fails on
291151a. Its docstring says "regression" where the same test passed on 26955ed (the change reads it wrongly), "miss"
where it failed there too (a near variant of the family the change was about, still not covered)."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines


def _flags(a, category, speaker=None):
    return [f for f in a["safety_flags"] if f["category"] == category and (speaker is None or f["speaker"] == speaker)]


# --- structure.violence_against_speaker, blows "asked for in play": "kick me when…" is also a blow told bitterly.
@pytest.mark.parametrize("before, line", [
    ("Why are you bringing that up again?", "Yeah, kick me when I'm down, like you did on Saturday."),
    ("I'm done talking.", "Just kick me when I'm on the floor, like last time."),
    ("Why do you sleep in the spare room?", "So kick me when I'm asleep, like you did last night?"),
    ("You're overreacting.", "Kick me when I'm pregnant, that's what you did."),
])
def test_a_kick_told_as_what_the_partner_did_is_violence(before, line):
    """Regression: violence on 26955ed; now set aside as a nudge asked for in play (no "again", a "when")."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, "kick me when", "violence")


# --- continuing.fear_for_someone: fear for a child or a relative because of the partner, named as "he".
@pytest.mark.parametrize("before, line, words", [
    ("What worries you most about Emma?", "I'm frightened for her when he's been drinking.", "frightened for her"),
    ("How are the children coping?", "I'm scared for them when he comes home angry.", "scared for them"),
])
def test_fear_for_a_child_because_of_the_partner_said_as_he_is_fear(before, line, words):
    """Regression: fear on 26955ed; now dropped as fear for someone else (only "you" keeps it)."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, words, "fear")


# --- continuing blaming gate: blame for an injury, with no other safety flag near, is still blaming.
def test_an_injury_blamed_on_the_one_hurt_is_blaming():
    """Regression: blaming on 26955ed; now dropped (no violence or control heard within 15 minutes)."""
    a = run_lines(("S1", 0.0, "Where did the mark on her arm come from?"),
                  ("S2", 0.8, "It only happened because she wouldn't stop screaming at me."))
    assert flag(a, "only happened because", "blaming")


# --- owning.owned_after: sarcasm ("Sorry you feel that way.", "You're right, I'm the worst…", "Fair enough, you're never
# wrong.") takes the defence away; SCORN does not know these words.
@pytest.mark.parametrize("before, line, words", [
    ("You forgot the school pickup again.", "That's not true, I told you I had a meeting. Sorry you feel that way.",
     "not true"),
    ("You never listen to me.", "That's not fair, I always listen. You're right, I'm the worst husband in the world.",
     "not fair"),
    ("You never help with the washing.", "That's not true, I did it on Monday. Fair enough, you're never wrong.",
     "not true"),
])
def test_a_defence_followed_by_sarcastic_owning_stays_defensiveness(before, line, words):
    """Regression: defensiveness on 26955ed; now taken out as owned in the next breath."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "defensiveness" in cats(a, words)


# --- self_harm_taunts.txt: a taunt after a word other than "oh", or without "go and", or as "go and die".
@pytest.mark.parametrize("line", [
    "Fine, go and kill yourself then.",
    "Kill yourself. See if I care.",
    "Well go on then, kill yourself.",
    "Just go and die, then.",
    "Then go and kill yourself, I don't care.",
    "Honestly, just kill yourself and be done with it.",
])
def test_urging_the_partner_to_die_is_a_threat_and_no_self_harm_of_the_speaker(line):
    """Miss: no threat on 26955ed either ("Then go and kill yourself…" even heard as the speaker's own self-harm)."""
    a = run_lines(("S1", 0.0, "I don't want to be here anymore."), ("S2", 0.8, line), ("S1", 0.8, "Wow."))
    assert _flags(a, "threat", "S2")
    assert not _flags(a, "self_harm", "S2")


# --- safety_self_harm.txt "hadn't found me that night / in time": a past attempt, found at another time or place.
@pytest.mark.parametrize("line, words", [
    ("If my sister hadn't found me that morning, I wouldn't be here.", "hadn't found me"),
    ("If Mum hadn't found me in the bathroom, I'd be gone.", "hadn't found me"),
])
def test_a_past_attempt_found_in_the_morning_or_in_a_room_is_self_harm(line, words):
    """Miss: nothing at all on 26955ed either."""
    a = run_lines(("S1", 0.0, "I know that year was hard."), ("S2", 0.8, line))
    assert flag(a, words, "self_harm")


# --- safety_monitoring.txt "to check/see if you were really…": "check if", "check whether", "you'd really gone".
@pytest.mark.parametrize("before, line, words", [
    ("Why did my mum say you called?", "I rang your mum to check if you were really there.", "check if"),
    ("Why did Dave say you phoned?", "I phoned the office to check whether you were actually at work.", "check whether"),
    ("Why was your car outside the gym?", "I drove past to see if you'd really gone to the gym.", "really gone"),
])
def test_checking_up_on_where_the_partner_really_was_is_monitoring(before, line, words):
    """Miss: no monitoring on 26955ed either."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, words, "monitoring")


# --- safety_isolation.txt, trimmed: the partner's people said to be unneeded, with the speaker offered instead.
@pytest.mark.parametrize("before, line", [
    # ("You don't need to see them. You've got me, haven't you?") taken out by the lead: the bare "You don't need to see
    # them." is the GP or the glasses of review 2, and "You've got me, haven't you?" alone is as often comfort
    ("Why did you cancel on Jo?", "Because nobody gets to see you but me."),
    ("Can I go to Sam's birthday?", "I'm the only one you need to see."),
])
def test_the_speaker_offered_instead_of_the_partners_people_is_isolation(before, line):
    """Miss: no isolation on 26955ed either."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert _flags(a, "isolation", "S2")


# --- the "we" plan gate: a "we" plan that takes the children away is a threat.
def test_a_plan_to_take_the_children_where_the_partner_cannot_find_them_is_a_threat():
    """Miss: no threat on 26955ed either."""
    a = run_lines(("S1", 0.0, "I'm thinking of leaving."),
                  ("S2", 0.8, "Maybe we all go together, me and the kids, somewhere you'll never find us."))
    assert flag(a, "never find us", "threat")


# --- blaming: abuse justified as deserved.
def test_harm_said_to_be_deserved_is_blaming():
    """Miss: nothing on 26955ed either."""
    a = run_lines(("S1", 0.0, "Why did the neighbours call the police?"),
                  ("S2", 0.8, "She gets what she deserves when she talks back like that."))
    assert flag(a, "deserves", "blaming")


# --- owning.reassuring_but: a "warm" word after "You say that, but" used as a jibe about the partner.
@pytest.mark.parametrize("before, line", [
    ("I've really tried this week.", "You say that, but you're good at playing the victim."),
    ("I just want us to be honest with each other.", "You say that, but you're great at twisting things."),
])
def test_you_say_that_but_with_a_jibe_is_no_reassurance(before, line):
    """Miss: no defensiveness on 26955ed either (the first even read as appreciation on both)."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    found = cats(a, "you say that")
    assert found & {"defensiveness", "contempt", "criticism"}
    assert "appreciation" not in found
