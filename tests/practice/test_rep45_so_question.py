"""rep45 (walk41a a, the holiday plan): "I still laugh about that. So do you want to drive, or take the train?" was
read as saying the partner back (any sentence opening "So" was), and the couple's practice line said "partly — only
one of you said back what they heard (once)" over that question. "So" opens a saying-back only where it goes on to
restate ("So you feel…", "So what I hear…"), not into the speaker's own question or plan."""

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import talk

RB = {"template": "reflect_back"}


def test_a_question_opening_with_so_is_no_saying_back():
    a = talk("The seagulls were so brave. One took half my sandwich.",
             "I still laugh about that. So do you want to drive, or take the train?",
             "Honestly, I'd rather the train. I get so tired driving that far.",
             "Train it is. So when shall we go, the second week of June?")
    r = assess(RB, a)
    assert r["verdict"] == "not found", r
    assert not r["evidence"], r


def test_so_that_restates_the_partner_still_counts():
    a = talk("The seagulls were so brave. One took half my sandwich.",
             "So you lost half your lunch to a bird. I still laugh about that. I get so tired driving that far, though.",
             "So you'd rather the train, so the first day isn't lost. Train it is.")
    assert assess(RB, a)["verdict"] == "yes"
