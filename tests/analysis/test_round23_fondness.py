"""Round 23's fond lines in a quarrel's words, from a blind sentence set (benchmarks/clinical/sentences/round23_bait.tsv):
read whole by the warmth family (analysis/fondness.py), warm closers after a fond insult, put-downs in quotation marks;
and horsemen phrases from the validation set's misses."""

import pytest

from talktogether_desktop.analysis.sentence_terms import in_quotes

from .test_context import run
from .test_round23_safety import QUARREL, WARM, _said, _sentence


@pytest.mark.parametrize("line", [
    "Somehow you always remember my mum's birthday when I forget.",
    "Never once have you made me feel silly for crying at the telly.",
    "Sweetheart, you're hopeless with directions, but I'd get lost anywhere with you.",
    "Ah, you ridiculous man, you've ironed all my shirts for the week, bless you.",
    "I swear you never age, it's ridiculous, you gorgeous thing.",
])
def test_fond_lines_in_a_quarrels_words_are_no_attack(line):
    assert not _said(run(WARM, line)) & {"criticism", "contempt"}


@pytest.mark.parametrize("line, kind", [
    ("There's one set of rules for you and one for me, there always has been.", "criticism"),
    ("At least I'm not a tight-fisted nag counting every penny like you.", "contempt"),
    ("You always make everything about you.", "criticism"),
    ("Honestly, the way you chew makes me feel sick, it's revolting.", "contempt"),  # read as fond, 0.92
])
def test_attacks_the_warmth_family_misreads_stay(line, kind):
    assert kind in _said(run(QUARREL, line))


def test_a_put_down_in_quotation_marks_is_someone_elses_words():
    line = 'Your brother went "what is wrong with you two" when we turned up in matching jumpers, ha.'
    assert "criticism" not in _said(run(WARM, line))
    assert "criticism" in _said(run(QUARREL, "What is wrong with you two?"))


@pytest.mark.parametrize("text, first, last, inside", [
    ('Your brother went "what is wrong with you two" when we', 3, 7, True),
    ('Your brother went "what is wrong with you two" when we', 8, 9, False),
    ("It's 'cause you never listen", 2, 3, False),
])
def test_in_quotes(text, first, last, inside):
    assert in_quotes(_sentence(text), first, last) is inside


@pytest.mark.parametrize("line, kind", [
    ("You dey craze? Who even asked for your opinion, mumu.", "contempt"),
    ("Nobody in their right mind would want to be married to you.", "contempt"),
    ("Ah would ye ever cop on, you sound like a spoilt child.", "contempt"),
    ("Let's just drop it and put the telly on.", "stonewalling"),
    ("I'm the only one who ever does anything round here and I still get grief for it.", "defensiveness"),
    ("You go cold and shut me out whenever I actually need you.", "criticism"),
])
def test_horsemen_from_the_validation_sets_misses(line, kind):
    assert kind in _said(run(QUARREL, line))
