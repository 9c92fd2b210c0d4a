"""Replies read by what they answer (analysis/answers.py): an excuse answering a complaint is
defensiveness and the same words after a plain question in a calm talk are an account; the partner's
words handed back with a tell of sarcasm in a quarrel are mockery, and repeated back plainly, or asked
back, they are listening."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis import analyze

from .timeline import spoken


def run(*lines):
    """(speaker, text, gap before) lines in order."""
    return analyze(spoken(*lines), settings={"read_by_meaning": False})


def found(r, category, speaker="S2", phrase=None):
    return [m["text"] for m in r["markers"] if m["category"] == category and m["speaker"] == speaker
            and (phrase is None or m["phrase"] == phrase)]


COMPLAINT = ("S1", "The gas bill came back unpaid again. You're hopeless with anything that has a date on it.", 0.0)


@pytest.mark.parametrize("reply", [
    "I was going to ring them after lunch, the office was shut this morning.",
    "Well, it was a mistake with the bank, not me forgetting.",
    "You told me to leave the bills to you in the first place.",
    "I've been busy with the move, in case you hadn't noticed.",
])
def test_an_excuse_answering_a_complaint_is_defensiveness(reply):
    r = run(COMPLAINT, ("S2", reply, 0.6))
    assert found(r, "defensiveness"), reply
    m = next(x for x in r["markers"] if x["category"] == "defensiveness" and x["speaker"] == "S2")
    assert "complaint" in m["context"] and m["confidence"] in ("medium", "low")


@pytest.mark.parametrize("reply, excuse", [
    ("Don't bring the kids into it. And when your brother stayed six weeks? Did anyone ask me?", "And when your"),
    ("Babe, come on. Hang on a sec. I just sat down after eleven hours.", "I just sat down"),
    ("Aye, well. Which night? Nothing happened that night, I told you.", "Nothing happened"),
])
def test_an_excuse_opening_a_later_sentence_of_the_reply_is_defensiveness(reply, excuse):
    r = run(COMPLAINT, ("S2", reply, 0.6))
    assert [t for t in found(r, "defensiveness") if excuse.startswith(t)], reply
    # ... but not after a plain question in a calm talk, nor from the fourth sentence on
    calm = run(("S1", "Are we still going to your mum's on Sunday for lunch?", 0.0), ("S2", reply, 0.6))
    assert not found(calm, "defensiveness")
    late = run(COMPLAINT, ("S2", "Right. Okay. Fine. " + reply.split(". ", 1)[1], 0.6))
    assert not found(late, "defensiveness")


def test_taking_up_the_word_again_is_no_excuse():
    r = run(COMPLAINT, ("S2", "Okay. Well I was going to say that the", 0.6))
    assert not found(r, "defensiveness")
    assert found(run(COMPLAINT, ("S2", "Okay. Well I was going to ring them after lunch.", 0.6)), "defensiveness")


@pytest.mark.parametrize("complaint", [
    "Stop pouting at the telly and talk to me. What is wrong with you?",
    "Look at you, forty years of age and you pout like a toddler. What is wrong with you?",
])
def test_denying_the_partners_own_word_is_defensiveness(complaint):
    r = run(("S1", complaint, 0.0), ("S2", "I'm not pouting, I'm watching the match.", 0.8))
    assert found(r, "defensiveness") == ["I'm not pouting,"]


@pytest.mark.parametrize("lines", [
    # a plain question in a calm talk: the same opening is an account
    [("S1", "Did you get a chance to post the parcel to your aunt?", 0.0),
     ("S2", "I was going to drop it in on the way to the gym tomorrow.", 0.6),
     ("S1", "Lovely, thanks. She'll be thrilled with the scarf.", 0.5)],
    # no complaint before it: an account of the day
    [("S1", "How was the drive back from the coast today?", 0.0),
     ("S2", "It was a nightmare on the ring road, but the kids slept.", 0.6)],
])
def test_the_same_openings_with_no_complaint_are_an_account(lines):
    assert not found(run(*lines), "defensiveness")


QUARREL = [
    ("S1", "You left the back door open all night again. You never think about this house.", 0.0),
    ("S2", "I was out at the bins, it was only for a minute.", 0.6),
]


@pytest.mark.parametrize("echo, quoted", [
    ("A minute. Like the minute you spent fixing the gate last spring.", "A minute."),
    ("Oh, the bins. Of course. The bins take all night now.", "the bins."),
    ("Ah, 'minute'. Like the gate was getting fixed in a 'minute'.", "'minute'."),
])
def test_the_partners_words_handed_back_with_a_tell_are_mockery(echo, quoted):
    r = run(*QUARREL, ("S1", echo, 0.5))
    assert found(r, "contempt", speaker="S1", phrase="the partner's words handed back") == [quoted]
    m = next(x for x in r["markers"] if x["phrase"] == "the partner's words handed back")
    assert m["confidence"] == "low"


@pytest.mark.parametrize("lines", [
    # asked back: a question
    [*QUARREL, ("S1", "The bins? Okay, but lock it after next time.", 0.5)],
    # repeated back with no tell: listening
    [*QUARREL, ("S1", "Only a minute. Okay. Just lock it after, please.", 0.5)],
    # a calm talk: praise after an echo is praise
    [("S1", "I booked the cottage in Kerry for the second week of June.", 0.0),
     ("S2", "Kerry. Brilliant, I've always wanted to go back there.", 0.6)],
])
def test_words_asked_or_repeated_back_plainly_are_not_mockery(lines):
    r = run(*lines)
    assert not [m for m in r["markers"] if m["phrase"] == "the partner's words handed back"]


def test_a_plea_to_stop_in_a_flooded_turn_is_fear_to_listen_to():
    """across.pleas_in_fear: the body flooded and a plea to stop, in one turn, is fear of the partner,
    listen-only; the plea alone, or the flooding alone, is not."""
    def fear(*lines):
        return [f for f in run(*lines)["safety_flags"] if f["category"] == "fear" and f["speaker"] == "S2"]

    shouting = ("S1", "Answer me! Where were you until two in the morning?", 0.0)
    flagged = fear(shouting, ("S2", "My heart is pounding, I can't think straight. Please, please just stop.", 0.5))
    assert [f["phrase"] for f in flagged] == ["a plea to stop, with the body flooded"]
    assert flagged[0]["listen_only"] and flagged[0]["confidence"] == "low"
    assert not fear(shouting, ("S2", "Please stop shouting, the baby is finally asleep.", 0.5))
    assert not fear(shouting, ("S2", "My heart is pounding, I can't think straight. Give me a minute.", 0.5))


@pytest.mark.parametrize("lines", [
    # owning a part, or meeting the partner's feeling, is no excuse
    [("S1", "You never listen to me.", 0.0), ("S2", "I didn't know you felt that way.", 0.6)],
    [("S1", "You never listen to me.", 0.0), ("S2", "I wasn't listening. I'll do better.", 0.6)],
    [("S1", "You never listen to me.", 0.0), ("S2", "It was a stupid thing to do.", 0.6)],
    # a plain question answered, even with a quarrel near
    [("S1", "You never listen to me.", 0.0), ("S2", "Fine.", 1.0), ("S1", "Did you eat anything today?", 3.0),
     ("S2", "I didn't, no.", 0.6)],
    # a denial answering a question, not a charge
    [("S1", "You never talk to me anymore. Are you leaving me?", 0.0), ("S2", "I'm not leaving you.", 0.6)],
    # words of despair answered
    [("S1", "You never notice. I don't want to be here anymore.", 0.0), ("S2", "I didn't know it was that bad.", 0.6)],
])
def test_owning_answering_and_reassuring_are_no_excuse(lines):
    assert not found(run(*lines), "defensiveness")


def test_owning_up_to_violence_is_not_violence_justified():
    r = run(("S1", "You pushed me against the wall last night.", 0.0), ("S2", "I did. I shouldn't have done that.", 0.6))
    assert not [f for f in r["safety_flags"] if f["speaker"] == "S2" and f["category"] == "blaming"]
    assert not found(r, "defensiveness")


def test_a_proposal_echoed_is_taken_up_not_mocked():
    r = run(*QUARREL, ("S2", "Shall we just get a takeaway tonight?", 2.0), ("S1", "A takeaway. Great idea.", 0.5))
    assert not [m for m in r["markers"] if m["phrase"] == "the partner's words handed back"]


def test_a_plea_not_to_leave_is_no_plea_to_stop():
    r = run(("S1", "Answer me! Where were you until two in the morning?", 0.0),
            ("S2", "My heart is pounding, I can't think straight. Please don't leave me.", 0.5))
    assert not [f for f in r["safety_flags"] if f["phrase"] == "a plea to stop, with the body flooded"]


@pytest.mark.parametrize("reply", [
    "Right. I'm having me tea in the other room.",
    "I said it's fine. I'm gonna watch the match.",
    "Mm. Anyway, are we still going to your sister's on Saturday or not?",
])
def test_turning_to_something_else_answering_a_complaint_is_stonewalling(reply):
    r = run(COMPLAINT, ("S2", reply, 0.6))
    assert [m for m in r["markers"] if m["category"] == "stonewalling" and m["speaker"] == "S2"
            and "turns to something else" in m.get("context", "")], reply


@pytest.mark.parametrize("lines", [
    [("S1", "The film starts at eight, do you fancy it?", 0.0), ("S2", "I'm gonna watch the match first, then yes.", 0.6)],
    [("S1", "I've finished the ironing, love.", 0.0), ("S2", "Anyway, are we still going to your sister's?", 0.6)],
    # tension about someone else, or a reply that deals with the complaint, is no turning away
    [("S1", "That referee is a total idiot.", 0.0), ("S2", "I'm going to the shop, want anything?", 0.6)],
    [("S1", "You always forget the milk, every single week.", 0.0), ("S2", "I'm going to the shop now then, I'll get some.", 0.6)],
])
def test_the_same_plans_in_a_calm_talk_are_no_stonewalling(lines):
    assert not found(run(*lines), "stonewalling")
