"""Round 30's reading fixes, each from a walk-through on new conversations."""

from __future__ import annotations

import pytest

from .timeline import run_lines


def _bid_responses(a) -> list[tuple[str, str]]:
    return [(x["response"], x.get("response_reason")) for v in a["reaching_for"].values() for x in v]


@pytest.mark.parametrize("reply", ["Okay, tomorrow.", "Sure, after dinner.", "Yes, after the kids are in bed.",
                                   "Not tonight. Tomorrow for sure.", "Tomorrow, okay?"])
def test_a_request_accepted_for_a_named_later_time_is_turned_toward(reply):
    """A yes with a time was "turned away (withdrawal: minimal reply)" after a one-second pause."""
    a = run_lines(("S1", 0.0, "Can we go for a walk together tonight? I miss spending time with you."), ("S2", 1.0, reply))
    responses = _bid_responses(a)
    assert responses and all(r == "toward" for r, _ in responses), responses
    assert not [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "stonewalling"]


@pytest.mark.parametrize("reply", ["Not tonight.", "Later, I'm busy.", "Not tonight, maybe tomorrow."])
def test_a_refusal_or_a_vague_later_is_not_an_acceptance(reply):
    a = run_lines(("S1", 0.0, "Can we go for a walk together tonight?"), ("S2", 1.0, reply))
    assert all(r != "toward" for r, _ in _bid_responses(a)), _bid_responses(a)


def test_a_time_said_after_a_nod_for_something_else_is_no_acceptance():
    a = run_lines(("S1", 0.0, "Can you look at this photo of the garden?"),
                  ("S2", 0.5, "Yeah. Oh hey, I need the car on Saturday."))
    assert all(reason != "a yes, for a named later time" for _, reason in _bid_responses(a))


def _safety(a, speaker=None):
    return [(f["category"], f.get("listen_only")) for f in a["safety_flags"] if speaker is None or f["speaker"] == speaker]


def test_a_parenting_quarrel_is_no_coercive_control():
    """A reflect-back practice sliding into a quarrel about a teenager's curfew: "You are way too strict with him." was
    coercive control (isolation), "I just want to know where he is." monitoring, which marked the report clinician-only,
    made every question an individual check-in and blocked the next recorded practice."""
    a = run_lines(("S1", 0.0, "My turn. I've been worried about Sam coming home so late on weekends."),
                  ("S2", 0.5, "What I am hearing is that you are worried about Sam, and you can't sleep until he is home. Is that it?"),
                  ("S1", 0.3, "Yes, exactly. Thank you."),
                  ("S2", 0.8, "But honestly, eleven o'clock is fine for a sixteen year old. You are way too strict with him."),
                  ("S1", 0.2, "That's not true. I am not strict. I just want to know where he is."),
                  ("S2", 0.2, "Well you never let him do anything. You always say no first."))
    assert all(listen for _category, listen in _safety(a)), _safety(a)
    assert "isolation" not in [c for c, _ in _safety(a)]


def test_a_reflect_back_is_the_partners_words_and_turns_toward_them():
    """"What I am hearing is that you are worried about Sam…" was the speaker's fear of the partner (to listen to), her
    own need for reassurance, and the partner's bid met "against" (read as an attack by meaning)."""
    a = run_lines(("S1", 0.0, "I've been worried about Sam coming home so late on weekends. I lie awake until I hear the door."),
                  ("S2", 0.5, "What I am hearing is that you are worried about Sam, and you can't sleep until he is home. Is that it?"),
                  ("S1", 0.3, "Yes, exactly. Thank you."))
    assert _safety(a, "S2") == []
    assert a["reaching_for"].get("S2", []) == []
    assert [x["response"] for x in a["reaching_for"]["S1"]] == ["toward"]
    assert not [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] in ("feelings", "criticism", "defensiveness")]


def test_empathy_meets_the_feeling():
    """"I miss feeling wanted by you." / "I didn't know you felt that way. That sounds lonely." was "push-back", the
    headline of the report (and of the couple's version); "lonely" made Tom's own bid."""
    a = run_lines(("S1", 0.0, "I miss feeling wanted by you. I miss you reaching for me."),
                  ("S2", 2.0, "I didn't know you felt that way. That sounds lonely."))
    bids = a["reaching_for"]["S1"]
    assert bids and all(x["response"] == "toward" for x in bids), bids
    assert bids[0]["category"] == "closeness"
    assert a["reaching_for"].get("S2", []) == []


def test_that_sounds_needs_a_feeling_to_meet_one():
    a = run_lines(("S1", 0.0, "I miss feeling wanted by you."), ("S2", 0.5, "That sounds stupid. You're being so dramatic."))
    assert all(x["response"] != "toward" for x in a["reaching_for"]["S1"])


def test_a_pursuit_that_urges_and_ends_with_the_partner_leaving():
    """"We need to talk about this now." and "Talk to me. Look at me." were no pursuing turns, so the cycle was missed
    (or its first sign put on the withdrawing partner), and a pause in the pursuer's talk after the other had walked out
    was that partner's stonewalling."""
    a = run_lines(("S1", 0.0, "We need to talk about this now. Not later. Now."),
                  ("S2", 1.8, "Okay."),
                  ("S1", 0.4, "Okay? That's all you have to say? He asked me again today and I didn't know what to tell him."),
                  ("S2", 3.0, "I don't know."),
                  ("S1", 0.3, "You don't know. You never know. Why do I always have to be the one who decides everything?"),
                  ("S2", 4.0, "Fine."),
                  ("S1", 0.5, "Don't just say fine. Talk to me. Look at me, Dan."),
                  ("S2", 3.5, "I'm going for a walk."),
                  ("S1", 2.0, "Dan. Please. We were supposed to be practising this."),
                  ("S1", 5.0, "I just wanted us to decide together. That's all I wanted."))
    pw = next(p for p in a["patterns"] if p["kind"] == "pursue_withdraw")
    assert pw["pursuing"] == "S1" and pw["first_sign_from"] == "S1"
    assert pw["left"]["by"] == "S2" and "walk" in pw["left"]["quote"]
    walked_out = pw["left"]["t"]
    assert not [m for m in a["markers"] if m["speaker"] == "S2" and m["t"] > walked_out + 1.0]


@pytest.mark.parametrize("line", ["Honestly, you are way too strict with him.", "You're so soft on the kids."])
def test_the_partners_manner_with_a_child_is_no_isolation(line):
    a = run_lines(("S1", 0.0, "I've been worried about Sam coming home so late on weekends."), ("S2", 0.5, line),
                  ("S1", 0.3, "That's not true. I am not strict."))
    assert "isolation" not in [c for c, _ in _safety(a)]


def test_a_word_quoted_back_is_no_fear_response():
    """"Don't just say fine. Talk to me." after a threat was the pursuer's "possible fear response" (the word "fine")."""
    a = run_lines(("S1", 0.0, "If you bring this up in front of the therapist again, you will be sorry."),
                  ("S2", 1.0, "Fine."),
                  ("S1", 0.5, "Don't just say fine. Look at me."),
                  ("S2", 1.0, "Don't just say fine to me. Talk to me properly."))
    fear = [f for f in a["safety_flags"] if f["category"] == "appeasement"]
    assert [f["quote"] for f in fear if f["speaker"] == "S2"] == ["Fine."], fear


def test_a_fear_of_failing_the_partner_is_a_share_met_by_reassurance():
    """"Sometimes I feel like I'm failing you, and then I freeze up." was no bid at all (a "you" in it made it a
    complaint), so the partner's "You're not failing me." turned toward nothing."""
    a = run_lines(("S1", 0.0, "Sometimes I feel like I'm failing you, and then I freeze up."),
                  ("S2", 1.5, "You're not failing me. I'm scared we're losing each other, that's all."))
    bids = a["reaching_for"]["S1"]
    assert [(b["category"], b["response"]) for b in bids] == [("reassurance", "toward")]


def test_a_slow_answer_in_a_tender_talk_is_the_reply():
    """"I lie there at night, and I feel invisible." … seven seconds … "I've been so tired since the new job. It's not
    about you. I still want you." was "no reply from the other partner"."""
    a = run_lines(("S1", 0.0, "I lie there at night, and I feel invisible."),
                  ("S2", 7.0, "I've been so tired since the new job. It's not about you. I still want you."))
    bid = next(b for b in a["reaching_for"]["S1"] if "invisible" in b["quote"])
    assert bid["response"] == "toward", bid


def test_a_bid_the_partner_had_to_follow_up_is_still_unanswered():
    a = run_lines(("S1", 0.0, "I lie there at night, and I feel invisible."),
                  ("S1", 7.0, "Did you hear me?"),
                  ("S2", 1.0, "Sorry, what?"))
    bid = next(b for b in a["reaching_for"]["S1"] if "invisible" in b["quote"])
    assert bid["response"] == "away", bid
