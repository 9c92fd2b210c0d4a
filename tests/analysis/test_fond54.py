"""Round 54: affectionate teasing read as criticism. What the partner never does TO the speaker is praise ("you never
make me feel like a freak", "…never once laughed at me", "…never get sick of it"), and so is a cost never let fall on
them ("you never let me pay"): cold phrases that negative_words.txt lacked, or whose warm word ("laughed") outweighed
them. The same phrase under "always" stays a complaint. New sentences, none from a probe or a split."""

from __future__ import annotations

import pytest

from .timeline import run_lines

# plain talk either side, no fondness shown: "you never…" is read by its own words
BEFORE = ("S1", 0.0, "What time is your mum coming over on Sunday?")
AFTER = ("S1", 0.8, "About six, I think.")


def _attacks(line, first=BEFORE, last=AFTER):
    a = run_lines(first, ("S2", 0.8, line), last)
    return [m for m in a["markers"] if m["category"] in ("criticism", "contempt") and m["speaker"] == "S2"]


@pytest.mark.parametrize("line", [
    "You never make me feel like a freak about the nightmares.",
    "And you've never once laughed at me over it.",
    "You've never made fun of me for it.",
    "Twenty years and you never get sick of my terrible singing.",
    "You never let me pay for the taxi.",
])
def test_what_is_never_done_to_the_speaker_is_praise(line):
    assert not _attacks(line)


@pytest.mark.parametrize("line", [
    "You always laugh at me in front of my mum.",
    "You always make fun of me in front of your brother.",
    "You always let me pay and then complain about the bill.",
])
def test_the_same_phrase_under_always_stays_a_complaint(line):
    quarrel = ("S1", 0.0, "Don't start on me again tonight.")
    assert _attacks(line, first=quarrel, last=("S1", 0.8, "That's not fair."))


def test_laughing_with_the_speaker_stays_warm():
    assert not _attacks("You always laugh at my jokes, even the awful ones.")


# A quarrel a little earlier (defensiveness heard): an absolute is no longer read in a calm stretch.
EARLIER = ("S1", 0.0, "That's not fair, I was only trying to help.")


@pytest.mark.parametrize("line", [
    "You're such a nerd about the match stats, you know. It's cute.",
    "You always burn the toast, every single morning, and I wouldn't have it any other way.",
])
def test_a_tease_warmed_at_once_is_no_criticism_even_near_tension(line):
    assert not _attacks(line, first=EARLIER, last=("S1", 0.8, "The numbers matter."))


@pytest.mark.parametrize("line", [
    "You're such a know-it-all. Great.",  # mock praise: no warm word of love
    "You're such a nerd about the match stats. It's cute, but it's boring.",
    "You're such a nerd about the match stats. Is that cute?",
])
def test_a_tease_followed_by_scorn_or_a_but_stays(line):
    assert _attacks(line, first=EARLIER, last=("S1", 0.8, "The numbers matter."))


def test_cute_answering_the_partners_complaint_is_no_warmth():
    complaint = ("S1", 0.0, "You never help with the kids' homework, not once.")
    assert _attacks("You're such a martyr about it. Oh, that's cute.", first=complaint, last=("S1", 0.8, "Whatever."))


@pytest.mark.parametrize("line", [
    "You're such a tidy person, I'd be lost without you.",
    "You're always so considerate with my mum, even when she's difficult.",
])
def test_a_virtue_named_after_the_frame_is_praise(line):
    assert not _attacks(line)


def test_a_virtue_missed_stays_criticism():
    quarrel = ("S1", 0.0, "Don't start on me again tonight.")
    assert _attacks("You're never considerate about my shifts.", first=quarrel, last=("S1", 0.8, "That's not fair."))


def _meaning(category, t, end, speaker="A", strength="low"):
    return {"category": category, "t": t, "end": end, "speaker": speaker, "source": "meaning", "_strength": strength}


def test_a_horseman_read_by_meaning_beside_the_speakers_affectionate_absolute_is_set_aside():
    from talktogether_desktop.analysis.warmed_after import read_beside_affection

    unsure = _meaning("contempt", 28.1, 30.3)
    warm = {"category": "appreciation", "t": 30.4, "end": 31.2, "speaker": "A", "phrase": "affectionate you never"}
    markers = [unsure, warm]
    assert [d["category"] for d in read_beside_affection(markers)] == ["contempt"] and markers == [warm]


@pytest.mark.parametrize("others", [
    [{"category": "criticism", "t": 29.0, "end": 29.5, "speaker": "A", "phrase": "you always", "source": "lexicon"}],
    [{"category": "appreciation", "t": 30.4, "end": 31.2, "speaker": "B", "phrase": "affectionate you never"}],
    [],
])
def test_not_beside_a_heard_horseman_nor_the_partners_warmth(others):
    from talktogether_desktop.analysis.warmed_after import read_beside_affection

    markers = [_meaning("contempt", 28.1, 30.3), *others]
    assert not read_beside_affection(markers)


def test_a_sure_reading_by_meaning_stays():
    from talktogether_desktop.analysis.warmed_after import read_beside_affection

    warm = {"category": "appreciation", "t": 30.4, "end": 31.2, "speaker": "A", "phrase": "affectionate you never"}
    assert not read_beside_affection([_meaning("contempt", 28.1, 30.3, strength="medium"), warm])
