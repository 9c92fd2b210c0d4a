"""Round 25's reading: a turn's second horseman read whole (turn_meaning), horsemen in words the lists did not
hold (from the blind set benchmarks/clinical/sentences/round25_horsemen.tsv; the lines here were written for these
tests), and words that only looked like a repair, a warm denial or a story."""

import pytest

from .test_context import run

QUARREL = "You never tell me where you're going, it's like living with a stranger."
COMPLAINT = "You never listen to me, you're so selfish."
SCORN = "Yeah but you started it. Oh, marvellous. Another lecture. Can't wait."


def _said(r, speaker="S2"):
    return {m["category"] for m in r["markers"] if m["speaker"] == speaker}


def _whole(r, speaker="S2"):
    return [(m["category"], m["confidence"]) for m in r["markers"] if m["speaker"] == speaker and m.get("read_whole_turn")]


def test_a_reply_with_a_defence_is_read_whole_for_its_scorn_too():
    """The rules hear the defence ("yeah but"); the rest is sarcasm only as a whole. Before round 25 a turn with any
    horseman found was left to the rules; now only its own kind is, and the scorn is listed once, to listen to."""
    r = run(COMPLAINT, SCORN)
    assert _whole(r) == [("contempt", "low")] and "defensiveness" in _said(r)
    assert sum(m["category"] == "contempt" for m in r["markers"] if m["speaker"] == "S2") == 1  # no mock praise beside it


def test_the_same_turn_opening_the_talk_gets_no_second_kind():
    """Not a reply: its own defence is the only tension, and a second kind read from it would be the first one's echo."""
    assert _whole(run(SCORN, "What?"), "S1") == []


@pytest.mark.parametrize("line, kind", [
    ("Well done, Einstein, you've left the oven on again.", "contempt"),
    ("Maybe leave the big decisions to the grown-ups, yeah?", "contempt"),
    ("Oh, it's cute that you think that counts as tidying.", "contempt"),
    ("Was I supposed to be impressed that you hoovered one room?", "contempt"),
    ("Oh, I've heard that one before, you'll be home by eight.", "contempt"),
    ("What is it with you and leaving wet towels on the bed?", "criticism"),
    ("Right, so what's your excuse this time?", "criticism"),
    ("Nobody told me the party was fancy dress.", "defensiveness"),
    ("You can't expect me to remember every birthday in your family.", "defensiveness"),
    ("Why are you making such a big deal of one late night?", "defensiveness"),
    ("There you go, you turn it around on me again.", "defensiveness"),
    ("Don't talk to me.", "stonewalling"),
    ("I've stopped caring, honestly.", "stonewalling"),
])
def test_horsemen_in_other_words(line, kind):
    assert kind in _said(run(QUARREL, line))


def test_my_fault_said_of_being_blamed_is_a_defence_not_a_repair():
    said = _said(run(QUARREL, "See, I knew you'd make it my fault somehow."))
    assert "defensiveness" in said and "repair" not in said
    assert "repair" in _said(run(QUARREL, "You're right, it's my fault, I should have rung."))


def test_a_sorry_that_opens_scorn_of_the_partner_is_no_repair():
    said = _said(run(QUARREL, "Sorry, was I supposed to be impressed that you emptied the dishwasher?"))
    assert "contempt" in said and "repair" not in said
    assert "repair" in _said(run(QUARREL, "Sorry, that was a stupid thing to say."))  # scorn of one's own words


def test_a_denial_is_warm_only_with_warm_words_of_the_partner():
    """"That's not fair" then "my best": the speaker defends themself; "that's not true, you're a wonderful dad"
    reassures."""
    assert "defensiveness" in _said(run(QUARREL, "That's not fair, I've been doing my best with the kids and you know it."))
    assert "defensiveness" not in _said(run(QUARREL, "That's not true, you're a wonderful dad and they adore you."))


def test_book_it_is_a_booking_not_a_story():
    assert "stonewalling" in _said(run(QUARREL, "Go on then, book it, I don't care."))
    assert "stonewalling" not in _said(run(QUARREL, "In the book she tells him I don't care, and leaves."))


WARM = "Thanks for sorting dinner tonight, that was really nice of you."


def test_impossible_to_stay_cross_with_is_warmth_and_impossible_to_talk_to_is_not():
    assert not _said(run(WARM, "Honestly, you're impossible to stay cross with when you pull that face.")) & {"criticism", "contempt"}
    assert "criticism" in _said(run(QUARREL, "Honestly, you're impossible to talk to when you pull that face."))


def test_whats_wrong_with_you_said_fondly_in_a_calm_talk_is_no_criticism():
    """Like "you never…", "what's wrong with you" in a calm stretch stands unless fondness shows; its own "wrong" is
    not the cold word that would show a complaint."""
    fond = run(WARM, "What's wrong with you, ironing my shirts before I'm even up?", "Ha! Somebody has to. Coffee?")
    assert "criticism" not in _said(fond)
    assert "criticism" in _said(run(QUARREL, "What's wrong with you? You've been snapping at me all day."))
    assert "criticism" in _said(run(WARM, "What's wrong with you? You left the back door wide open again.", "Okay."))
