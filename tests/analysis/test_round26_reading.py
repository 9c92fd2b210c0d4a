"""Round 26's reading: what the meaning reader may not read into a plain sentence."""

import pytest

from .test_context import cats, flags, run

ASKED = "Why is there a four grand payment on the joint account?"
QUARREL = "You never tell me anything, you just do what you want."
# the quarrel benchmarks/sentence_sets.py says its lines in
STRANGER, TEA = "You never tell me where you're going, it's like living with a stranger.", "Okay. Let's just get the kids' tea on."


def test_a_thing_described_naming_no_one_is_no_control():
    """An explanation of where the money went names nobody: no rule given to anyone (it read as financial
    control, 0.79, before round 26)."""
    r = run(ASKED, "Yeah, I was gonna tell you. It's the deposit on Dave's tinny.", QUARREL)
    assert ("financial_control", "S2") not in flags(r)


@pytest.mark.parametrize("line", ["It stays in the drawer from now on, the bank card.",
                                  "Can I have the bank card back. Right now."])
def test_a_rule_said_without_a_you_still_reads_as_control(line):
    """Not a thing described (a rule word: "stays", "now") nor an outing asked for ("have" the card): read by meaning."""
    assert any(f["category"] == "financial_control" and f["speaker"] == "S2" and f.get("source") == "meaning"
               for f in run(ASKED, line, QUARREL)["safety_flags"])


@pytest.mark.parametrize("line", [
    "I'm not letting your Filipino friends in this house, they gossip.",
    "I'm not allowing you to go out with the girls from work anymore.",
])
def test_a_negated_letting_is_a_rule_given_not_an_act_disowned(line):
    """'I'm not going to stop you…' disowns the speaker's act; 'I'm not letting you…' gives a rule (it was set aside
    as disowned before round 26)."""
    assert ("isolation", "S2") in flags(run(STRANGER, line, TEA))


@pytest.mark.parametrize("line", ["I'm not going to stop you seeing your cousins, go.",
                                  "I'm not letting you down this time, I'll drive you."])
def test_a_promise_or_a_disowned_act_is_still_no_control(line):
    assert flags(run(STRANGER, line, TEA)) == []


def test_feeling_stupid_when_the_partner_was_late_is_no_contempt():
    """The partner is in another clause ("When you were late…"); the insult word is the speaker's own feeling."""
    r = run("You were late on Saturday again.", "I'm not doing drama. When you were late on Saturday and didn't call, I sat "
            "there with the food getting cold and I felt stupid in front of my sister.")
    assert cats(r, "contempt") == []


def test_done_in_is_worn_out_not_a_withdrawal():
    assert cats(run("Come for a walk with me?", "I know. I'm done in, honestly, pure done in."), "stonewalling") == []
    assert cats(run("Can we talk?", "I'm done in this marriage."), "stonewalling") != []


def test_a_letting_in_a_later_clause_does_not_undo_a_disowned_act():
    assert flags(run(STRANGER, "I'm not going to stop you, I'll let you go see them.", TEA)) == []


def test_asking_why_one_was_left_out_is_no_control():
    """The one a rule would be given to asks; nobody gives one (read as isolation before round 26)."""
    line = "So, um, can I ask why I wasn't invited to Kayla's thing on Saturday?"
    assert ("isolation", "S1") not in flags(run(line, "We'll see.", QUARREL))


def test_a_wish_for_ones_own_outing_is_no_control_and_the_rule_answering_it_is():
    r = run("I want to go to Friday prayers with my cousins.",
            "I'm not letting you go back to that mosque, the aunties there gossip about me.")
    assert ("isolation", "S1") not in flags(r) and ("isolation", "S2") in flags(r)


@pytest.mark.parametrize("line", ["Right, because your job is so much harder than everyone else's.",
                                  "Oh well done, the man can boil an egg.",
                                  "Sure, that makes total sense, coming from the expert."])
def test_clear_sarcasm_in_a_calm_stretch_is_contempt_without_a_cold_word(line):
    """The first jab of a talk has no tension before it; a clear contempt reading stands there with no warm word
    (before round 26 it needed a cold one, and praise words read as thanks)."""
    r = run("I got the washing in before the rain.", line, "Okay.")
    assert "contempt" in {m["category"] for m in r["markers"] if m["speaker"] == "S2"}


def test_pity_said_of_a_shared_trouble_is_no_contempt():
    r = run("I got the washing in before the rain.", "Teething is torture for all of us, poor wee thing.", "Okay.")
    assert cats(r, "contempt") == []


def test_a_need_to_feel_safe_with_money_is_no_self_harm():
    """The coercive-control case's own words (benchmarks/clinical_audio.py): listed as possible self-harm (0.59) before."""
    r = run("Give me your bank card. You get an allowance from now on.",
            "But it is my salary. I just need to feel safe with my own money.")
    assert ("self_harm", "S2") not in flags(r)


def test_a_need_to_feel_safe_from_oneself_is_still_self_harm():
    r = run("You've been really quiet tonight.", "I just need to feel safe from myself.")
    assert ("self_harm", "S2") in flags(r)


def test_a_complaint_that_reads_a_little_like_fear_is_the_complaint():
    """No word of fear or of the body, in a turn that criticises: read as fear (0.79) before round 26."""
    r = run("I'll do it later.", "Why can't you just help me for once? I asked you three times this week and every time "
            "you said later.")
    assert ("fear", "S2") not in flags(r)


def test_fear_said_in_a_complaining_turn_with_a_word_of_fear_stays():
    r = run(STRANGER, "I'm nervous every time I have to ask you for money for the shopping.", TEA)
    assert ("fear", "S2") in flags(r)
