"""Review of round 46's reading changes (rev46a, the safety side), in the reviewer's own everyday and clinical lines.

Each failing case here shows where main now reads WRONG; its docstring (or the list's comment) says whether it also failed
on the parent cc266bcb (then it is no regression of this round). Guards are cases the changes must keep; they pass now.
"""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines

FUNERAL = ("S1", 0.0, "You've been really quiet since the funeral.")


def self_harm(a) -> list[dict]:
    return [f for f in a["safety_flags"] if f["category"] == "self_harm"]


def control(a) -> list[dict]:
    return [f for f in a["safety_flags"] if f["category"] in ("coercion", "isolation", "financial_control")]


# Said self-harm with no word of self_harm_cues.txt: read by meaning on the parent (heard: flagged; listen: "to listen to"),
# dropped on main by frames.no_word_of_harm (7d299b31), which drops even sure readings. All REGRESSIONS.
NO_CUE_SELF_HARM = [
    "I wish I'd never been born.",                                          # passive wish, heard before
    "I keep thinking I should just take the lot.",                          # pills by implication, heard before
    "I just want to go to sleep and not wake.",                             # heard before
    "I want to go to sleep for a very long time.",                          # heard before
    "I just want to not be.",                                               # heard before
    "Some nights I want to walk into the sea and keep walking.",            # a means (drowning), heard before
    "I want to end at all.",                                                # "end it all" misheard, heard before
    "I'm going to do meself in one of these days.",                         # Northern English / Irish "meself"
    "I keep thinking I'll just hang meself in the garage.",                 # hanging: no "hang" cue
    "Honestly, I'd rather be six feet under.",
    "It would be simpler for everyone if I just wasn't.",
    "I've been reading about how much insulin it would take.",              # a method, no cue word
    "I keep thinking about the cliffs at Beachy Head.",                     # "cliffs" is not "cliff"
    "I've written to the kids. The letters are in my sock drawer, for after.",  # goodbye letters
]


@pytest.mark.parametrize("line", NO_CUE_SELF_HARM)
def test_self_harm_said_without_a_listed_cue_word_is_still_found(line):
    """REGRESSION (7d299b31): found on the parent, lost on main. A closed list of cue words cannot hold veiled, dialect,
    method-only or misheard self-harm; the cue check drops the meaning reading even when the model is sure."""
    a = run_lines(FUNERAL, ("S2", 0.8, line))
    assert self_harm(a)


@pytest.mark.parametrize("line", ["I feel like topping myself.", "I took a few extra of my sleeping pills last night, to see.",
                                  "I've been thinking about suicide."])
def test_guard_self_harm_with_its_words_stays(line):
    """Guard (passes on main and the parent)."""
    a = run_lines(FUNERAL, ("S2", 0.8, line))
    assert self_harm(a)


FRIDAY = ("S1", 0.0, "Are you coming to the coast with us on Friday?")
LEAVING_DO = ("S2", 0.0, "Maria from work asked if I want to go to her leaving do on Friday.")

# The partner's own rule, with someone outside the couple named within four words before the rule phrase: flagged on
# the parent, taken by frames.ruled_by_another (7d299b31) as that outsider's rule. All REGRESSIONS.
PARTNERS_RULE_NEAR_AN_OUTSIDER = [
    (FRIDAY, "S1", "I don't care what your boss says, you're not going back to work."),   # the partner overrides the outsider
    (FRIDAY, "S1", "I don't care what the doctor says, you're not allowed to drive."),
    (FRIDAY, "S1", "I don't care what your mum says, you're not allowed to go."),
    (FRIDAY, "S1", "Your mum, you're not seeing her again."),                              # the outsider is who is cut off
    (FRIDAY, "S1", "Your sister and your mum, you're not seeing them any more."),
    (LEAVING_DO, "S1", "That lot from work are a bad influence on you."),
    (LEAVING_DO, "S1", "Your mate from work, you're not seeing him again."),
    (FRIDAY, "S2", "Even the doctor, I'm not allowed to see the doctor on my own."),      # the outsider is the object
    (FRIDAY, "S2", "Even my own mum, I'm not allowed to ring her."),
    (FRIDAY, "S2", "He rang my boss and now I'm not allowed to work."),                   # the partner named before the outsider
    (FRIDAY, "S2", "He told the doctor I'm not allowed to go on my own."),
    (FRIDAY, "S2", "At work I'm not allowed to talk to the lads, he checks."),            # the partner named after the rule
    (FRIDAY, "S2", "Mum rang, Dan won't let me go."),                                      # the partner by name, not pronoun
]


@pytest.mark.parametrize("first,speaker,line", PARTNERS_RULE_NEAR_AN_OUTSIDER, ids=[x[2][:40] for x in PARTNERS_RULE_NEAR_AN_OUTSIDER])
def test_the_partners_rule_near_an_outsider_stays_control(first, speaker, line):
    """REGRESSION (7d299b31): coercion or isolation flagged on the parent, none on main. An outsider named near the rule is
    not who gave it: the partner overriding them, the outsider cut off, or the partner named by name or after the rule."""
    a = run_lines(first, (speaker, 0.8, line))
    assert control(a)


@pytest.mark.parametrize("line", ["He says I'm not allowed to see my mum.", "My mum keeps asking but he won't let me see her.",
                                  "The police said I should leave, but he won't let me.", "My mum's poorly but you won't let me visit her."])
def test_guard_the_partners_rule_told_beside_an_outsider_stays(line):
    """Guard (passes on main and the parent)."""
    assert control(run_lines(FRIDAY, ("S2", 0.8, line)))


MONEY = ("S2", 0.0, "I just think we should talk about the money before Friday.")


def test_an_ultimatum_after_im_not_kidding_keeps_its_isolation():
    """REGRESSION (7d299b31): "I'm not kidding" is no negation of the act after "or"; isolation flagged on the parent, none
    on main (frames.negation_carried takes the "or" of an ultimatum for a list of disowned acts)."""
    a = run_lines(MONEY, ("S1", 0.8, "I'm not kidding, do it now or you're not seeing your sister."))
    assert flag(a, "not seeing your sister", "isolation")


def test_an_ultimatum_after_i_wont_tell_you_again_keeps_its_threat():
    """REGRESSION (7d299b31): threat flagged on the parent beside the monitoring; on main only the monitoring is left."""
    a = run_lines(MONEY, ("S1", 0.8, "I won't tell you again, give me your phone or you're out."))
    assert flag(a, "you're out", "threat")


@pytest.mark.parametrize("line", ["I'm not joking, or you'll never see the kids again.", "I'm not asking, you'll do it or I'll take the kids.",
                                  "I won't say it twice, or you'll be sorry."])
def test_guard_an_ultimatum_after_a_negation_stays_a_threat(line):
    """Guard (passes on main and the parent)."""
    assert flag(run_lines(MONEY, ("S1", 0.8, line)), "or", "threat")


@pytest.mark.parametrize("line", ["I'm not going to hit you, or take the kids.", "I'm not going to leave you, or take the kids off you."])
def test_guard_a_reassurance_carried_over_or_is_no_threat(line):
    """Guard of the change (flagged as a threat on the parent, none on main)."""
    assert not [f for f in run_lines(MONEY, ("S1", 0.8, line))["safety_flags"] if f["category"] == "threat"]


FUNNY = ("S1", 0.0, "Why are you being so funny with me tonight?")


@pytest.mark.parametrize("line", ["I'm frightened, you're not safe to be around when you're like this.",
                                  "I get scared when you drive like that with the kids in, you're not safe."])
def test_you_are_not_safe_is_fear_of_the_partner(line):
    """REGRESSION (836cb4a4): fear flagged on the parent, none on main: told_apart.fear_for_partner takes any "you('re) …
    safe" as worry for the partner, so "you're not safe" (the partner is the danger) cancels the fear said beside it."""
    a = run_lines(FUNNY, ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_guard_not_feeling_safe_with_the_partner_stays_fear():
    """Guard (passes on main and the parent)."""
    a = run_lines(FUNNY, ("S2", 0.8, "I'm scared of what you'll do, you're not safe with the kids."))
    assert [f for f in a["safety_flags"] if f["category"] == "fear"]


HAD_IT_COMING = (("S2", 0.0, "I only asked where you were till two in the morning."),
                 ("S1", 0.8, "You had it coming, the way you were talking to me."),
                 ("S2", 0.8, "I wasn't talking to you any way. I just asked where you'd been, that's all I did."),
                 ("S1", 0.8, "Don't. You know exactly what you were doing, you always know exactly what you're doing."),
                 ("S2", 0.8, "Okay. Okay, I'm sorry. Forget I said anything."),
                 ("S1", 0.8, "Ask me where I've been one more time and see what happens."))
SET_ME_OFF = (("S2", 0.0, "Your dinner's in the oven. I didn't know when you'd be back."),
              ("S1", 0.8, "You know full well what you did to set me off."),
              ("S2", 0.8, "I don't, honestly I don't, I was just sitting here waiting for you to come home."),
              ("S1", 0.8, "Don't give me that. You should have kept your mouth shut at your mum's, shouldn't you."),
              ("S2", 0.8, "You're right. I'm sorry. I'll be quiet next time, I promise."),
              ("S1", 0.8, "Do it again and you'll be sorry."))


@pytest.mark.parametrize("lines,words", [(HAD_IT_COMING, "I'm sorry"), (SET_ME_OFF, "I'm sorry")], ids=["had it coming", "set me off"])
def test_sorry_after_blame_for_harm_and_before_a_threat_is_appeasement_not_repair(lines, words):
    """REGRESSION (4193c193): blame for harm read by meaning (heard, "You had it coming", "what you did to set me off"),
    a threat 20 s later: on the parent the apology between was appeasement; on main blame by meaning opens only a 12 s
    possible stretch, so the apology is read as a repair (DOMAIN 6: nothing after a threat counts as repair)."""
    a = run_lines(*lines)
    assert flag(a, words, "appeasement")
    assert "repair" not in cats(a, words)


def test_guard_tea_after_blame_and_fear_is_appeasement():
    """Guard of bea5be76 (not appeasement on the parent; appeasement on main)."""
    a = run_lines(("S1", 0.0, "You've been on that phone all night again."), ("S2", 0.8, "I was messaging my sister about her scan."),
                  ("S1", 0.8, "If you'd just listen the first time I wouldn't have to raise my voice. You start it and I finish it."),
                  ("S2", 0.8, "I'm frightened of you when you get like this."),
                  ("S1", 0.8, "Then stop making me into the bad guy in front of your sister."),
                  ("S2", 0.8, "Sorry. I'm sorry, forget I said anything. I'll put the kettle on."))
    assert flag(a, "kettle", "appeasement")


def test_a_turn_of_self_harm_keeps_its_heard_flag_when_one_sentence_has_no_cue():
    """REGRESSION (7d299b31): on the parent "I just want to not be." was heard (sure) self-harm; on main the cue check,
    made sentence by sentence, drops it, leaving only the bridge sentence "to listen to": the turn's risk is downgraded."""
    a = run_lines(FUNERAL, ("S2", 0.8, "I was up on the bridge again last night. I just want to not be."))
    assert flag(a, "", "self_harm", heard=True)


def test_an_ultimatum_over_the_bank_card_keeps_its_coercion():
    """REGRESSION (7d299b31): coercion ("you're not leaving this house") flagged on the parent beside the financial
    control; on main only the financial control is left ("bank" is taken for an outsider, "I'm not arguing" as a negation)."""
    a = run_lines(MONEY, ("S1", 0.8, "I'm not arguing, hand over your bank card or you're not leaving this house."))
    assert flag(a, "leaving this house", "coercion")

# Taken out (test_self_harm_by_a_means_or_a_date_is_found): missed before this round too (a firearm named, 'I won't be here by Christmas', 'after tonight'); not fixed this round.

# Taken out (test_looking_disowned_over_or_is_no_monitoring): 'I won't read your texts, or check your location' is read as monitoring before and after this round: the lexicon's location phrase is not negatable; left.
