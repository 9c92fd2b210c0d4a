"""Round 22's reading, from two blind sentence sets (benchmarks/clinical/sentences/round22_*.tsv): horsemen in words
the lists did not hold, insults said of oneself, wishes about the partner and worry for them that read as danger."""

import pytest

from talktogether_desktop.analysis.sentence_terms import wish_of_the_partner

from .test_context import run

QUARREL = "You never tell me where you're going, it's like living with a stranger."


def _said(r, speaker="S2"):
    return {m["category"] for m in r["markers"] if m["speaker"] == speaker}


def _flags(r, speaker="S2"):
    return [f["category"] for f in r["safety_flags"] if f["speaker"] == speaker]


@pytest.mark.parametrize("line, kind", [
    ("Aw, diddums, did somebody not get his way?", "contempt"),
    ("God, you're such a hopeless little worm.", "contempt"),
    ("Sorry, was that too many big words for you?", "contempt"),
    ("Your friends are a bunch of losers, which makes sense when you think about it.", "contempt"),
    ("Is that really the best you could come up with? Wow.", "contempt"),
    ("You're completely irresponsible with money.", "criticism"),
    ("Don't give me that look, you do exactly the same thing.", "defensiveness"),
    ("Strewth, I said sorry already, what else do you want?", "defensiveness"),
    ("Here we go, poor me, I get blamed for everything in this house.", "defensiveness"),
    ("I'm not going to answer that.", "stonewalling"),
    ("I'm just gonna turn the telly up, carry on.", "stonewalling"),
    ("Ask someone who cares.", "stonewalling"),
    ("Right, I'm walking away now, we're done.", "stonewalling"),
    ("How is it my fault the boiler packed in?", "defensiveness"),
    ("You just don't care about anybody but yourself.", "criticism"),
])
def test_horsemen_in_other_words(line, kind):
    assert kind in _said(run(QUARREL, line))


@pytest.mark.parametrize("line", [
    "I think I was being a bit of a drama queen earlier, sorry about that.",
    "Honestly, I'm useless with the telly remote, can you show me again?",
])
def test_an_insult_said_of_oneself_is_no_contempt(line):
    assert "contempt" not in _said(run(QUARREL, line))


def test_the_same_insult_said_of_the_partner_is_contempt():
    assert "contempt" in _said(run(QUARREL, "You were being a bit of a drama queen earlier, honestly."))


@pytest.mark.parametrize("toks, wish", [
    ("i'd feel safer if you slowed down a bit on the motorway", True),
    ("i would be so much happier if you helped", True),
    ("i'd be better off dead if you left", False),
    ("i'd feel better if i was gone", False),
])
def test_a_wish_about_the_partner(toks, wish):
    assert wish_of_the_partner(toks.split()) is wish


@pytest.mark.parametrize("line", ["I'd feel safer if you slowed down a bit on the motorway.",
                                  "I'd feel better if you wore your helmet on the bike."])
def test_a_wish_about_how_the_partner_keeps_safe_is_no_self_harm(line):
    assert "self_harm" not in _flags(run(QUARREL, line))


@pytest.mark.parametrize("line, fear", [
    ("I get nervous when you're out on the motorbike in the rain.", False),
    ("I was worried when you didn't text, the roads were icy.", False),
    ("I'm terrified when you drive like that with the kids in the car.", True),
    ("I get nervous when you start shouting like that.", True),
])
def test_worry_for_the_partner_is_not_fear_of_them(line, fear):
    assert ("fear" in _flags(run(QUARREL, line))) is fear


WARM = "Thanks for sorting dinner tonight, that was really nice of you."


@pytest.mark.parametrize("line", [
    "Never change, you ridiculous man, I adore you.",
    "Hun, you're an idiot, a lovely adorable idiot, and I'd marry you again tomorrow.",
    "You drive me mad, sweetheart, but I'd choose you every time.",
])
def test_a_fond_insult_before_the_last_warm_words_of_its_sentence_is_teasing(line):
    said = _said(run(WARM, line))
    assert not said & {"criticism", "contempt"}, said
