"""Review of round 45's safety-side reading changes (09c8dae9): realistic lines the change now reads wrong.

Each test's docstring says what is wrong and whether 12d464d9 (before the change) had it right; "guard" marks cases
the change must keep right (they pass on 09c8dae9). Groups: the push-as-condition guard (structure.py) and the veiled
threat lexicon; the keys rule (families.py); the fear lexicon additions and fear_not_of_partner ("asleep"); the
meaning.py drop of fear in a sentence whose criticism the rules heard; the self-harm lexicon ("didn't wake up and");
complaints.stung.
"""

from __future__ import annotations

import pytest

from .found import flag
from .timeline import run_lines

SATURDAY = ("S2", 0.0, "Can we talk about Saturday night?")
SISTER = ("S2", 0.0, "Why didn't you come to my sister's on Sunday?")
MORNING = ("S2", 0.0, "Where were you this morning?")
QUIET = ("S2", 0.0, "Why are you always so quiet when I get in?")
LATELY = ("S2", 0.0, "What's going on with you lately?")
CRYING = ("S2", 0.0, "You've been crying.")
WEEK = ("S2", 0.0, "You've been quiet this week.")


def _of(a, category):
    return [f for f in a["safety_flags"] if f["category"] == category]


# --- structure.py: "when/if you push me" with nothing after it taken as a condition, never as a push told ---------

@pytest.mark.parametrize("line", [
    "When you push me I get really scared.",
    "If you push me again I'm calling the police.",
    "When you push me like that I could have fallen.",
    "If you push me once more I'm ringing the guards.",
    "When you push me around in front of the kids, it's humiliating.",
])
def test_a_push_told_as_when_or_if_is_still_violence(line):
    """WRONG NOW, right before: a push the partner does (habitually, "again", "once more", "like that", "around") is
    violence told; the new guard skips any "when/if you push me" not followed by a body word or
    down/over/into..., so these lines now have no safety flag at all. Before the change each was violence (heard)."""
    a = run_lines(SATURDAY, ("S1", 0.8, line))
    assert flag(a, "push me", "violence")


def test_guard_every_time_you_push_me_stays_violence():
    """guard: "Every time you push me I end up on the floor." is violence told (right before and now)."""
    a = run_lines(SATURDAY, ("S1", 0.8, "Every time you push me I end up on the floor."))
    assert flag(a, "push me", "violence")


@pytest.mark.parametrize("line", ["You know exactly what happens when you push me."])
def test_the_veiled_threat_with_exactly_or_full_well_is_lost(line):
    """WRONG NOW, half right before: the veiled threat with an adverb in it ("you know exactly / full well what happens
    when you push me") misses the exact lexicon phrase, and the new push guard removed the violence reading it had, so
    the most pointed form of the threat now has NO safety flag. Before: a safety flag (violence, wrong category)."""
    a = run_lines(SATURDAY, ("S1", 0.8, line))
    assert flag(a, "push me", "threat")


@pytest.mark.parametrize("line", ["You know what happens when you keep pushing me.",
                                  "You know what'll happen if you wind me up."])
def test_the_veiled_threat_in_other_words_is_a_threat(line):
    """WRONG NOW and before: the same veiled threat in everyday variants ("keep pushing me", "what'll happen if you wind
    me up") is not read as a threat (violence told, or blaming, instead). The lexicon lists only exact phrasings."""
    a = run_lines(SATURDAY, ("S1", 0.8, line))
    assert flag(a, "you know what", "threat")


@pytest.mark.parametrize("line", [
    "You know what happens when you push me, I just shut down and go silent for days.",
    "You know what happens when you push me to talk before I'm ready, I go quiet.",
])
def test_what_follows_is_said_and_it_is_the_speakers_own_shutdown(line):
    """WRONG NOW (and wrong before, as violence): the speaker says what follows the pressing, and it is their own
    shutting down or crying (a flooding partner describing withdrawal), not harm to the partner; read now as a threat
    (heard), which marks the report clinician-only. Before: violence (also false)."""
    a = run_lines(SATURDAY, ("S1", 0.8, line))
    assert not _of(a, "threat") and not _of(a, "violence")


@pytest.mark.parametrize("line", [
    "You know what happens when I lose it at work, I cry in the car for an hour.",
    "You know what happens when I lose it, I go for a long drive to calm down.",
])
def test_losing_it_with_a_calming_or_crying_after_is_no_threat(line):
    """WRONG NOW, right before: "you know what happens when I lose it" followed by the speaker's own crying or a drive
    to calm down (a self-soothing time-out) is now a threat (heard). Before: no safety flag."""
    a = run_lines(SATURDAY, ("S1", 0.8, line))
    assert not _of(a, "threat")


# --- families.py: keys hidden, only when the speaker or a pronoun doer is named -----------------------------------

@pytest.mark.parametrize("line", [
    "Dave hid my keys again so I couldn't go to work.",
    "Because my husband took my keys off me again.",
    "Gary's hidden my keys again so I can't go anywhere.",
])
def test_keys_hidden_by_the_partner_by_name_stay_isolation(line):
    """WRONG NOW, flagged before: the partner named ("Dave", "my husband", "Gary's") who hid the speaker's keys so they
    could not go out is the same coercive control as "He took my keys" (still flagged), but DOERS lists only pronouns
    and "my" no longer counts, so these now have no isolation flag. Before: isolation (heard)."""
    a = run_lines(SISTER, ("S1", 0.8, line))
    assert flag(a, "keys", "isolation")


def test_guard_he_took_my_keys_stays_isolation():
    """guard: "He took my keys and my phone so I couldn't leave." stays isolation (right before and now)."""
    a = run_lines(SISTER, ("S1", 0.8, "He took my keys and my phone so I couldn't leave."))
    assert flag(a, "keys", "isolation")


@pytest.mark.parametrize("line", [
    "You took your keys and left without a word.",
    "You locked your keys in the car again, so we were late.",
    "You keep your keys on the hook, I keep mine in my bag.",
])
def test_own_keys_taken_or_locked_in_are_no_isolation(line):
    """WRONG NOW, right before: anyone (you/he/they) near "took/locked/keep ... keys" is now a doer, so one's own keys
    taken along, locked in the car, or kept on a hook are read as isolation (heard), "the keys kept from the partner".
    Before: no flag on these lines."""
    a = run_lines(MORNING, ("S1", 0.8, line))
    assert not flag(a, "keys", "isolation")


# --- safety_fear.txt additions and fear_not_of_partner.txt ("asleep") ---------------------------------------------

@pytest.mark.parametrize("line", [
    "I keep my head down when you're at your mum's and get the decorating done.",
    "I keep my voice down round you when you're on a work call.",
])
def test_head_or_voice_kept_down_for_work_is_no_fear(line):
    """WRONG NOW, right before: "keep my head down" (British: get on with the work) and a voice kept down for a work
    call are now fear of the partner (heard). Before: no flag."""
    a = run_lines(MORNING, ("S1", 0.8, line))
    assert not _of(a, "fear")


@pytest.mark.parametrize("line", ["I say nothing so you don't worry, that's all.",
                                  "I keep quiet so he doesn't feel stupid in front of his mates."])
def test_quiet_kept_out_of_care_is_not_heard_fear(line):
    """WRONG NOW, acceptable before: quiet kept so the partner does not worry or feel stupid (care, not fear) is now
    heard fear via "say nothing so you don't" / "keep quiet so he doesn't". Before: listen-only, not heard."""
    a = run_lines(QUIET, ("S1", 0.8, line))
    assert not [f for f in _of(a, "fear") if not f.get("listen_only")]


def test_quiet_kept_in_the_past_tense_is_fear():
    """WRONG NOW and before: "I just kept quiet so it didn't start." (the new entry said in the past) has no flag."""
    a = run_lines(QUIET, ("S1", 0.8, "I just kept quiet so it didn't start."))
    assert _of(a, "fear")


@pytest.mark.parametrize("line", [
    "I only feel safe when he's asleep.",
    "The only time I can breathe is when he's asleep.",
])
def test_safe_only_when_he_is_asleep_is_fear(line):
    """WRONG NOW, right before: feeling safe or able to breathe only while the partner sleeps is fear of him; the new
    fear_not_of_partner entry "when he's asleep" cancels it. Before: fear (heard)."""
    a = run_lines(QUIET, ("S1", 0.8, line))
    assert _of(a, "fear")


def test_scared_to_move_when_he_is_asleep_is_fear():
    """WRONG NOW, right before: "I'm scared to move in bed when he's asleep next to me." says "scared" outright, yet
    "when he's asleep" now removes the fear flag. Before: fear (heard)."""
    a = run_lines(QUIET, ("S1", 0.8, "I'm scared to move in bed when he's asleep next to me."))
    assert _of(a, "fear")


def test_baby_asleep_and_he_loses_it_with_me_is_fear():
    """WRONG NOW, right before: "I keep quiet when the baby's asleep because if she cries he loses it with me." is fear
    of the partner (the baby is only the occasion); "when the baby's asleep" now cancels it. Before: fear (heard)."""
    a = run_lines(QUIET, ("S1", 0.8, "I keep quiet when the baby's asleep because if she cries he loses it with me."))
    assert _of(a, "fear")


# --- meaning.py: fear by meaning dropped in a sentence whose criticism the rules heard ----------------------------

@pytest.mark.parametrize("line", [
    "You always go quiet and then you explode, and I'm walking round on tiptoe the whole weekend.",
    "You always come home in a mood, and the kids and I go upstairs as soon as we hear your car.",
])
def test_fear_said_after_a_you_always_is_still_fear(line):
    """WRONG NOW, right before: fear of the partner told by what the speaker does (tiptoeing all weekend, the children
    taken upstairs at the sound of his car) after a "you always" is now dropped as the complaint, because the rules
    heard criticism and the sentence has no fear word. Before: fear (heard)."""
    a = run_lines(LATELY, ("S1", 0.8, line))
    assert _of(a, "fear")


def test_guard_frightened_after_a_criticism_stays_fear():
    """guard: "You're always on at me, and I'm frightened of you when you drink." stays fear (right before and now)."""
    a = run_lines(LATELY, ("S1", 0.8, "You're always on at me, and I'm frightened of you when you drink."))
    assert _of(a, "fear")


# --- safety_self_harm.txt: "easier/better if I didn't wake up and" ------------------------------------------------

def test_better_if_i_didnt_wake_up_and_start_on_you_is_no_self_harm():
    """WRONG NOW, right before: "It would be better if I didn't wake up and start on you before you've had a coffee."
    (the speaker owning a morning habit) is now self-harm (heard) via "better if i didn't wake up and". Before: none."""
    line = "It would be better if I didn't wake up and start on you before you've had a coffee."
    a = run_lines(MORNING, ("S1", 0.8, line))
    assert not _of(a, "self_harm")


def test_easier_if_i_didnt_wake_up_and_find_the_sink_full_is_not_heard_self_harm():
    """WRONG NOW, acceptable before: "…easier if I didn't wake up and find the sink full every morning." is a
    complaint about the dishes; it is now heard self-harm (risk prompt). Before: listen-only."""
    line = "Honestly it'd be easier if I didn't wake up and find the sink full every morning."
    a = run_lines(MORNING, ("S1", 0.8, line))
    assert not [f for f in _of(a, "self_harm") if not f.get("listen_only")]


def test_guard_easier_if_i_just_didnt_wake_up_to_be_honest():
    """guard: "It'd be easier if I just didn't wake up, to be honest." stays self-harm (right before and now)."""
    a = run_lines(WEEK, ("S1", 0.8, "It'd be easier if I just didn't wake up, to be honest."))
    assert flag(a, "wake up", "self_harm")


def test_guard_tired_of_everything_living_like_this_stays_self_harm():
    """guard (venting change): "I'm tired of everything, living like this, I want it all to stop." stays self-harm."""
    a = run_lines(WEEK, ("S1", 0.8, "I'm tired of everything, living like this, I want it all to stop."))
    assert _of(a, "self_harm")


# --- complaints.stung: "it/that hurts" with no word of harm from a short list -------------------------------------

@pytest.mark.parametrize("line", [
    "It hurts that much I've been thinking about taking all my tablets.",
    "It hurts so much, I've thought about taking the lot.",
    "It hurts so much I've been thinking about the bridge.",
    "It hurts so much I just want to sleep forever.",
    "That hurt so much I wanted to disappear for good.",
])
def test_self_harm_said_after_it_hurts_is_still_self_harm(line):
    """WRONG NOW, right before: self-harm said after "it hurts" (tablets, taking the lot, the bridge, sleeping forever,
    disappearing for good) is now read as words that stung, since NOT_ONLY_STUNG lists only a few words; no self-harm
    flag at all. Before: self-harm (heard). Also lost, not listed: "It hurts all the time, I can't keep doing this."
    """
    a = run_lines(CRYING, ("S1", 0.8, line))
    assert _of(a, "self_harm")


def test_driving_into_a_wall_after_it_hurts_is_still_self_harm():
    """WRONG NOW, half right before: "It hurts that much I've thought about driving into a wall." now has no self-harm
    flag. Before: self-harm (listen-only)."""
    a = run_lines(CRYING, ("S1", 0.8, "It hurts that much I've thought about driving into a wall."))
    assert _of(a, "self_harm")


def test_guard_it_hurts_so_much_i_want_to_disappear():
    """guard: "It hurts so much I want to disappear." stays self-harm (right before and now)."""
    a = run_lines(CRYING, ("S1", 0.8, "It hurts so much I want to disappear."))
    assert _of(a, "self_harm")

# Taken out: "My partner keeps my keys in his pocket…" was missed before this round too ("keeps" is not among the verbs, and
# adding it would read "I keep my keys in the bowl" as control); left for a rule that tells whose keys and who keeps them.

# Taken out: "I go quiet so he doesn't worry about money." was read as fear before this round too (by meaning); left.
