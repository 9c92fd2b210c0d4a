"""Round 24's safety reading, from two blind sentence sets (benchmarks/clinical/sentences/round24_fear.tsv and
round24_threat.tsv): fear of the partner, threats and blows said without the listed words, and fear of things, of a
"no" or for the partner that read as fear of them."""

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


# Round 24's threat set (benchmarks/clinical/sentences/round24_threat.tsv, written blind): threats and blows the lists
# did not hold.
@pytest.mark.parametrize("line, kind", [
    ("Go out with your friends on Saturday and don't expect the dog to be alive when you get back.", "threat"),
    ("Yuh tink yuh can leave me? Mi will find yuh wherever yuh go.", "threat"),
    ("Call the police and I'll make sure you never call anyone again.", "threat"),
    ("I know which way you walk home from work, just remember that.", "threat"),
    ("Just wait till the kids are asleep, then you and me will have a proper talk.", "threat"),
    ("You won't always have your brother around to protect you.", "threat"),
    # a blow told by the one who gave it
    ("I pushed you down the stairs, I know, I lost it.", "violence"),
    ("I hit you, I know, and I'm sorry.", "violence"),
    ("I slapped you and I shouldn't have.", "violence"),
])
def test_threats_and_blows_in_words_the_lists_did_not_hold(line, kind):
    assert kind in _flags(run(QUARREL, line))


@pytest.mark.parametrize("line", [
    "I pushed you to apply for that job and look at you now.",
    "I hit you up last night, did you not see it?",
    "I pushed you away when you tried to talk, I'm sorry.",
    "I threw you a surprise party, remember?",
    "I kicked you out of bed for snoring, ha.",
    "I pushed you into taking the job.",
    "I grabbed you a coffee on the way.",
    "I beat you at chess again.",
])
def test_i_and_a_blow_verb_before_you_in_urging_favours_and_play_is_no_violence(line):
    assert "violence" not in _flags(run(QUARREL, line))


# Round 24's control set (benchmarks/clinical/sentences/round24_control.tsv, written blind).
@pytest.mark.parametrize("line, kind", [
    ("Why did you spend five rand on a cooldrink? I told you, you don't buy anything without asking me.", "financial_control"),
    ("I'm not allowed to have cash, he says I'd only waste it.", "financial_control"),
    ("She made me hand over my tips at the end of every shift.", "financial_control"),
    ("He makes me show him the till slip for every shop, down to the bread.", "financial_control"),
    ("You'll cancel that credit card today or I'll cut it up myself.", "financial_control"),
    ("He rings every half hour when I'm out and goes mad if I don't pick up.", "monitoring"),
    ("You said you were at the gym till six but your Fitbit says otherwise, explain.", "monitoring"),
    ("He picks fights every time I plan to see anyone, so now I just don't bother.", "isolation"),
    ("He says my friends are all jealous and made me unfollow every one of them.", "isolation"),
    ("I'm not letting you go back to that mosque, the aunties there gossip about me.", "isolation"),
])
def test_control_in_words_the_lists_did_not_hold(line, kind):
    assert kind in _flags(run(QUARREL, line))


@pytest.mark.parametrize("line", [
    "Should we both turn location sharing on for the festival? It's massive and we'll lose each other.",
    "Could you check your email for the booking confirmation? I can't find mine.",
    "I'll keep my location on while I'm driving up to Manchester, you can see when I'm close.",
])
def test_a_plan_for_both_or_the_partner_asked_to_look_at_their_own_is_no_monitoring(line):
    assert "monitoring" not in _flags(run(QUARREL, line))


@pytest.mark.parametrize("line, kind", [
    ("We should share your location with me at all times from now on.", "monitoring"),
    ("I've had to keep my location on since he found out about Dave.", "monitoring"),
    ("He makes me keep my location on all day.", "monitoring"),
    ("Can you hand over your wages to me every Friday?", "financial_control"),
])
def test_control_said_as_a_plan_or_a_request_still_stands(line, kind):
    assert kind in _flags(run(QUARREL, line))
