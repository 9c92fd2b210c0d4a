"""Round 18's contempt phrases (contempt.txt): disbelief said as agreement, "funny how" about the partner, scorn
with the partner's supposed perfection, the martyr named, "nobody else would put up with you"; and the sincere
look-alikes beside each, which must stay clear."""

import pytest

from .test_clinical_rules import cats, run

COMPLAINT = "You said you'd sort the car insurance and it ran out on Friday."


@pytest.mark.parametrize("reply", [
    "Funny how your back's fine for five-a-side of a Thursday.",
    "Then let him raise them, since he's so perfect.",
    "And don't give me that face. Always the long face, like some martyr.",
    "Nobody else would put up with you, you know that.",
    "Oh, so now you're counting. You keeping score now?",
])
def test_sarcasm_and_scorn_aimed_at_the_partner_is_contempt(reply):
    assert cats(run(COMPLAINT, reply), "contempt", "S2"), reply


@pytest.mark.parametrize("lead, reply", [
    ("Was I any good at the karaoke?", "Course you were."),
    ("Did I lock the back door?", "Sure you did, I watched you."),
    ("The car's making that noise again.", "Funny that you mention it, I heard it too."),
    ("The car's making that noise again.", "Since you know everything about cars, what's that noise?"),
    ("Right, your go.", "Are you keeping score in this game or am I?"),
    ("Did you remember to feed the cat before work?", "Funny how the cat always knows when dinner's ready."),
])
def test_the_sincere_look_alikes_are_not_contempt(lead, reply):
    assert not cats(run(lead, reply), "contempt", "S2"), reply


@pytest.mark.parametrize("line", [
    "This is the problem with you, Jim. You start and then you walk off.",
    "So the phone is more interesting than your own daughter, is it?",
    "It's half nine. Tea's been in the oven since six. Not a text, nothing.",
    "Your mum reorganised my whole kitchen and you said nothing.",
])
def test_the_partners_person_named_as_the_problem_is_criticism(line):
    assert cats(run("Hiya.", line), "criticism", "S2"), line


@pytest.mark.parametrize("line", [
    "The trouble with the boiler is the pressure keeps dropping.",
    "Your problem is the starter motor, not the battery.",
    "The thing with you is you always see the best in people.",
    "Nothing's more important than your family, love, go and see your mum.",
    "My phone's been dead quiet all day, not a single text.",
])
def test_the_look_alikes_are_not_criticism(line):
    assert not cats(run("Hiya.", line), "criticism", "S2"), line
