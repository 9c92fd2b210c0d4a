"""Round 24's reading of fear, from a blind sentence set (benchmarks/clinical/sentences/round24_fear.tsv): fear of the
partner said without the listed words, and fear of things, of a "no" or for the partner that read as fear of them."""

import pytest

from .test_context import run
from .test_round23_safety import QUARREL, _flags


@pytest.mark.parametrize("line", [
    "When you've had a bad day at work, I brace myself for what you'll be like at home.",
    "I don't tell you about Mum's visits because your anger about it frightens me.",
    "I didn't ring you back because I knew you'd shout the house down at me.",
    "I didn't tell you I'd failed the test because I knew you'd make me pay for it.",
    "I've stopped asking you for anything, it's not worth the fallout.",
])
def test_fear_of_the_partner_in_words_the_lists_did_not_hold(line):
    assert "fear" in _flags(run(QUARREL, line))


@pytest.mark.parametrize("line", [
    # the partner named only in the request or thanks after the fear's own clause
    "Honestly I'm terrified of flying, can you hold my hand at take-off?",
    "I get scared driving on the motorway, can you take over after Birmingham?",
    "I was so scared when the baby had that fever, thank God you were there.",
    # "to death" between the fear and what is feared
    "I'm scared to death of your mum's parrot, I'm not going to lie.",
    # worry for the partner, a "no" feared, letting them down
    "I get frightened thinking about you on that scaffolding in the wind.",
    "When they wheeled you into surgery I was shaking like a leaf.",
    "I was frightened you'd missed the train, bach, glad you're okay.",
    "I was scared you'd say no when I asked you out, you know that?",
])
def test_fear_of_things_or_for_the_partner_is_not_fear_of_them(line):
    assert "fear" not in _flags(run(QUARREL, line))


@pytest.mark.parametrize("line", [
    # the look-alikes' partners: the partner in the fear's own clause, or the fear's reason
    "I'm terrified of you, can you just give me some space tonight?",
    "I get scared when you shout, can we talk about it tomorrow?",
    "I'm scared to death of your temper, you know that.",
    "I'm scared you'll hit me again if I tell you.",
])
def test_fear_of_the_partner_in_the_same_shapes_still_stands(line):
    assert "fear" in _flags(run(QUARREL, line))


def test_an_idiom_of_pins_in_the_eyes_is_no_violence():
    assert not _flags(run(QUARREL, "I'd rather stick pins in my eyes than sit through another four hours of golf."))
