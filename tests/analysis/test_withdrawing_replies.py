"""Short replies read by meaning as withdrawing (withdrawal.withdrawn_by_meaning): stonewalling in a
tense stretch, never agreement in a calm one, a backchannel or a piece of the partner's sentence."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze

from .timeline import spoken


def run(*lines):
    """(speaker, text, gap before) lines in order."""
    return analyze(spoken(*lines))


def withdrawing(r, speaker="S2"):
    return [m["text"] for m in r["markers"]
            if m["category"] == "stonewalling" and m["phrase"] == "withdrawing reply" and m["speaker"] == speaker]


QUARREL = [
    ("S1", "You never listen to a single word I say to you.", 0.0),
    ("S2", "I was listening the whole time.", 0.5),
    ("S1", "The car needs its service and the front tyres are nearly bald.", 0.5),
]


def test_a_closing_word_after_a_pause_in_a_quarrel_is_withdrawing():
    r = run(*QUARREL, ("S2", "Mm.", 1.8))
    assert withdrawing(r) == ["Mm."]
    m = next(x for x in r["markers"] if x["phrase"] == "withdrawing reply")
    assert m["source"] == "meaning" and m["confidence"] in ("medium", "low") and m["probability_of_kind"] >= 0.85


def test_leaving_the_room_in_a_quarrel_is_withdrawing():
    assert withdrawing(run(*QUARREL, ("S2", "I'm taking the dog out.", 0.6))) == ["I'm taking the dog out."]


def test_the_same_words_in_a_calm_talk_are_agreement():
    calm = [("S1", "I was thinking we could have pasta on Friday evening.", 0.0),
            ("S2", "That sounds nice, I can get the bread.", 0.5),
            ("S1", "The car needs its service next week as well.", 0.5)]
    assert not withdrawing(run(*calm, ("S2", "Mm.", 1.8)))
    assert not withdrawing(run(*calm, ("S2", "Okay.", 1.8)))


def test_a_closing_word_said_at_once_is_a_backchannel_not_withdrawal():
    assert not withdrawing(run(*QUARREL, ("S2", "Mm.", 0.2)))


def test_a_warm_word_or_a_question_is_not_withdrawing():
    assert not withdrawing(run(*QUARREL, ("S2", "Sounds good.", 1.5)))
    assert not withdrawing(run(*QUARREL, ("S2", "Are you finished?", 1.5)))


def test_a_piece_of_the_partners_sentence_is_no_reply():
    lines = [*QUARREL[:2], ("S1", "I need you to tell me when something", 0.5)]
    assert not withdrawing(run(*lines, ("S2", "bothered you.", 0.1)))


def test_putting_off_a_partner_who_asks_again_is_withdrawing():
    """withdrawal.deferrals: "In a minute." to a partner who asked and asks again is stonewalling; the
    same words to a passing request that is not asked again are an answer."""
    pursued = run(("S1", "Can you turn the telly off? I need to talk to you about Saturday.", 0.0),
                  ("S2", "Yeah, in a minute.", 1.0),
                  ("S1", "You said that an hour ago. Why won't you talk to me?", 1.0))
    assert [m["text"] for m in pursued["markers"] if m["phrase"] == "putting off"] == ["Yeah, in a minute."]
    passing = run(("S1", "Can you pass me the charger when you get up?", 0.0),
                  ("S2", "Yeah, in a minute.", 1.0),
                  ("S1", "Thanks, no rush at all.", 1.0))
    assert not [m for m in passing["markers"] if m["phrase"] == "putting off"]


def test_logistics_are_not_putting_off():
    for reply in ("Yep, see you later.", "Five minutes away, love.", "The weekend after this."):
        r = run(("S1", "Are you nearly home? I need to talk to you about Saturday.", 0.0), ("S2", reply, 1.0),
                ("S1", "Okay. Can you grab milk on the way?", 1.0))
        assert not [m for m in r["markers"] if m["phrase"] == "putting off"], reply
