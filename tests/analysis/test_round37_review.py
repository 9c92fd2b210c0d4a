"""Round 37 review (helper): probes of round 37's reading (8eba504..09eacf4): probes that fail on main. Ready to paste into tests/analysis/
(they import .found and .timeline like test_round37_reading.py). Each names what 8eba504 read and what main reads."""

from __future__ import annotations

from .found import bids as _bids, cats as _cats, flag as _flag
from .timeline import run_lines

THREAT = ("S2", 0.0, "If you ever take the kids to your mum's again, you'll regret it.")
FEAR = ("S1", 0.0, "I'm scared of you when you've been drinking.")
ROW = (("S1", 0.0, "You always do this, you never listen to a word I say."), ("S2", 1.0, "Oh here we go, you're impossible."))


def _heard(a, category):
    return [f for f in a["safety_flags"] if f["category"] == category and not f.get("listen_only")]


def test_sorry_with_a_plea_or_a_promise_after_a_threat_is_still_appeasement():
    """non_apologies 'sorry don't' / 'sorry won't' match an apology said with a comma; _appeasing_phrases then skips
    'don't be mad at me' (it starts inside the match) and the sorry is no repair to turn into appeasement. 8eba504:
    appeasement heard on both; main: nothing after the threat."""
    a = run_lines(THREAT, ("S1", 1.0, "Sorry, don't be mad at me."))
    assert _flag(a, "don't be mad at me", "appeasement", heard=True)
    a = run_lines(THREAT, ("S1", 1.0, "Sorry, won't happen again."))
    assert _flag(a, "won't happen again", "appeasement", heard=True)


def test_an_apology_said_with_a_comma_is_still_a_repair():
    """8eba504: repair; main: no repair at all in the turn ('Sorry, won't…' / 'Sorry, never…' read as sorry talked about)."""
    a = run_lines(*ROW, ("S2", 2.0, "Sorry, won't happen again. I was out of line."))
    assert "repair" in _cats(a, "won't happen again")
    a = run_lines(*ROW, ("S2", 2.0, "Sorry, never mind me. You were saying about your day?"))
    assert "repair" in _cats(a, "never mind me")


def test_blame_of_the_partner_told_in_the_third_person_after_violence_stays_heard():
    """In a session partners speak of each other as 'she'/'he' to the therapist; no_one_blamed sees no 'you' and makes
    the justification of violence only to listen to. 8eba504: blaming heard (by meaning) on each; main: listen only."""
    for told, blame in ((("S1", 0.0, "He grabbed my wrist."), "If she didn't wind me up I wouldn't have to grab her."),
                        (("S1", 0.0, "You threw the plate at me."), "Look what she made me do. It's always her."),
                        (("S1", 0.0, "You hit me."), "Any man would have done the same if his wife spoke to him like that."),
                        (("S1", 0.0, "You grabbed my throat."),
                         "If she'd just listen the first time I wouldn't have to raise my hand.")):
        a = run_lines(told, ("S2", 1.0, blame))
        assert _heard(a, "blaming"), blame


def test_money_control_told_with_no_word_of_money_stays_heard():
    """no_money misses hidden income ('how much he makes') and assets taken ('gold … sold'). 8eba504: financial
    control heard; main: listen only."""
    for line in ("After eleven years I still don't know how much he makes.",
                 "I gave him my mother's gold to keep safe and he sold it."):
        a = run_lines(("S1", 0.0, line))
        assert _heard(a, "financial_control"), line


def test_loneliness_with_no_way_out_is_still_possible_self_harm():
    """told_apart 'lonely' (alone + feel) drops these whole; 8eba504 listed each as self-harm to listen to; main: nothing."""
    for lines in ((("S1", 0.0, "I've been feeling so alone I don't see a way out."),),
                  (("S1", 0.0, "I just feel so alone with it all. I can't do it anymore."),)):
        a = run_lines(("S2", 0.0, "How have you been?"), *((s, 1.0, t) for s, _, t in lines))
        assert [f for f in a["safety_flags"] if f["category"] == "self_harm"], lines


def test_a_check_back_question_does_not_hide_scorn_or_control():
    """'Is that it?' / 'Is that right?' after 'So you…' is as often a challenge as a check. 8eba504: isolation heard and
    the bid turned against; contempt and criticism on the 'pathetic baby'; main: nothing, and the bids 'toward'."""
    a = run_lines(("S1", 0.0, "I'd like to see my friends more."),
                  ("S2", 1.0, "So you want to go out whoring with your mates. Is that it?"))
    assert _flag(a, "whoring", "isolation", heard=True)
    assert [b["response"] for b in _bids(a, "see my friends")] != ["toward"]
    a = run_lines(("S1", 0.0, "I felt really hurt when you left the party without me."),
                  ("S2", 1.0, "So you think you're the victim again, you pathetic baby. Is that it?"))
    assert "contempt" in _cats(a, "pathetic baby")
    a = run_lines(("S1", 0.0, "I went to see my sister today."),
                  ("S2", 1.0, "So you went to your sister's without asking me first. Is that right?"))
    assert [b["response"] for b in _bids(a, "see my sister")] != ["toward"]


def test_leave_asked_near_fear_is_not_heard_as_control_over_a_biscuit_a_child_or_by_the_frightened_partner():
    """permission.leave_withheld counts any heard flag within two minutes, the replier's own fear included: the partner
    who said 'I'm scared of you' becomes the one heard keeping decisions, and the feared partner's 'Okay, I'll…' after
    it is heard as appeasement. 8eba504: none of these."""
    calm = (FEAR, ("S2", 1.0, "I know. I'm trying."))
    a = run_lines(*calm, ("S2", 2.0, "Could I take the car to the garage on Friday?"),
                  ("S1", 0.8, "We'll see what the weather does."), ("S2", 1.0, "Okay, I'll ring them tomorrow then."))
    assert not _heard(a, "coercion") and not _flag(a, "ring them tomorrow", "appeasement")
    for asked, who, reply in (("Can I have the last biscuit?", "S2", "Ask me nicely."),
                              ("Can I have the last biscuit, Mummy?", "S1", "Ask me after tea."),
                              ("Could I see you each on your own next week?", "S2", "That depends on my shifts."),
                              ("Can I see my mum on Saturday?", "S2", "That depends whether she's out of hospital by then.")):
        asker = "S3" if "Mummy" in asked or "each" in asked else ("S1" if who == "S2" else "S2")
        a = run_lines(*calm, (asker, 2.0, asked), (who, 0.8, reply))
        assert not _heard(a, "coercion"), reply


def test_leave_kept_said_other_ways_after_a_threat_is_read():
    """Gaps of the new reading (8eba504 read none either): the same control in other everyday words."""
    for asked, reply in (("Is it alright if I go to my sister's on Saturday?", "We'll see."),
                         ("When can I have my phone back?", "When I say so."),
                         ("Can I have my bank card back?", "I'll let you know.")):
        # (not "Can I have some money for the bus?" / "We'll see if you need it.": a need named reads as a reason)
        a = run_lines(THREAT, ("S1", 2.0, "Okay."), ("S1", 2.0, asked), ("S2", 0.8, reply))
        assert _flag(a, reply.rstrip("."), "coercion"), reply


def test_a_likeness_with_a_warm_word_after_is_still_criticism_not_appreciation():
    """WARMABLE 'like': a warm word anywhere after the likeness ('happy to let…', 'nice to everyone but me') turns it to
    praise, and 'princess' (now a warm word) a complaint of unequal treatment. 8eba504: criticism on the first two, no
    likeness read as praise; main: 'appreciation' on all three (the whole likeness quoted)."""
    a = run_lines(("S1", 0.0, "You're just like your father, happy to let everyone else do the work."),
                  ("S2", 1.0, "It's like living with a lodger who's nice to everyone but me."),
                  ("S1", 1.0, "You treat her like a princess and me like dirt."))
    assert "criticism" in _cats(a, "happy to let everyone")
    assert "criticism" in _cats(a, "nice to everyone but me")
    assert not [m for m in a["markers"] if m["category"] == "appreciation" and " like " in m["quote"]]


def test_a_fond_or_plain_likeness_is_no_criticism():
    """'you talk to _ like' / 'you treat _ like' / 'you look at me like i'm' read any likeness as criticism unless a
    listed warm word follows. 8eba504: none of these was criticism."""
    a = run_lines(("S1", 0.0, "You talk to the baby like she understands every word."),
                  ("S2", 1.0, "You look at me like I'm the only person in the room."),
                  ("S1", 1.0, "You treat my mum like one of your own, you know."),
                  ("S2", 1.0, "You talk to me like you did when we first met."),
                  ("S1", 1.0, "You treat the kids like they're the centre of the world."),
                  ("S2", 1.0, "When you talk to Sam like that, like a grown-up, he really listens."))
    assert not [m for m in a["markers"] if m["category"] in ("criticism", "contempt")]


def test_the_load_said_to_be_ones_own_with_any_verb_is_still_criticism():
    """The verb list after "i'm the only one who" misses common chores. 8eba504: criticism; main: nothing."""
    a = run_lines(("S1", 0.0, "I'm the only one who remembers bin day."),
                  ("S2", 1.0, "I'm the only one who walks the dog."),
                  ("S1", 1.0, "I'm the only one who apologises."))
    assert len([m for m in a["markers"] if m["category"] == "criticism"]) == 3
