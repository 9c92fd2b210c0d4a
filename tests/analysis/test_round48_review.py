"""Review of round 48's reading changes, in exchanges written for this review (not from benchmarks/clinical).

The tests before the guards fail on w48l; most passed before the round (main): each docstring says what the round's
change now misreads, and marks the ones that were missed before the round too. The guards at the end pass and keep what
the round got right. Cases: lines said one after another (run_lines)."""

from __future__ import annotations

import pytest

from .found import bids, cats
from .timeline import run_lines

# the sister quarrel of test_round48_reading, said by a partner who is then threatened
ROW = (("S1", 0.0, "I told my sister about the money."),
       ("S2", 0.8, "You did what? You always go running to her. You're pathetic."),
       ("S1", 0.8, "She's my sister. I needed someone to talk to."))
QUARREL = (("S1", 0.0, "You said you'd ring the plumber and you didn't. Again."),
           ("S2", 0.8, "I was at work all day, when was I meant to ring him?"))


def safety(a, categories, line):
    """The safety flags of these categories whose quote is (part of) `line`."""
    return [f for f in a["safety_flags"] if f["category"] in categories and f["quote"].lower() in line.lower()]


def threats(a, line):
    return safety(a, ("threat", "therapy_threat"), line)


# 6d006c7c (threat_forms.threat_form): a threat read by meaning needs a modal, a condition or a listed phrase. English
# threatens without them: a bare "you X, you Y" condition, "see where", a warning about what is said in therapy.

@pytest.mark.parametrize("line", ["Keep pushing me. See where it gets you.",
                                  "Keep talking like that. You're asking for it.",
                                  "You leave, you lose the kids."])
def test_a_threat_without_a_modal_is_still_a_threat(line):
    """"See where it gets you" (the form has "see what/how/if" but not "see where"), "Keep talking like that. You're
    asking for it." and the bare condition "You leave, you lose the kids." (no "if": two clauses side by side) were read
    as threats by meaning before the round; now they have no threat's form and are nothing."""
    a = run_lines(*ROW, ("S2", 0.8, line))
    assert threats(a, line)


def test_a_warning_about_what_is_told_in_therapy_is_still_a_threat():
    """"Think very carefully about what you tell that counsellor." is the classic threat about therapy (said before a
    session, no modal); read by meaning before the round, now nothing. The comment in threat_forms.py names "Keep your
    voice down." as the one real threat it loses: this is another, and the more dangerous kind."""
    line = "Think very carefully about what you tell that counsellor."
    a = run_lines(*ROW, ("S2", 0.8, line))
    assert threats(a, line)


# 5e959a37 (fear_not_of_partner "_ when you're late"): the entry takes any fear said "when you're late" as worry FOR the
# partner, whatever the reason given after it.

@pytest.mark.parametrize("line", ["I get scared when you're late because I know what state you'll come home in.",
                                  "I'm frightened when you're late home from the pub. You come in looking for a fight.",
                                  "I get nervous when you're running late, because then you're angry about everything and it lands on me."])
def test_fear_when_the_partner_is_late_with_their_state_as_the_reason_stays_fear(line):
    """Fear of what the partner is like when they come home late (their state, a fight, their anger landing on the
    speaker: "angry" is in the sentence) is fear of the partner; all three were fear flags before the round and are now
    nothing (walk48a's worry had no such reason: "my head goes straight to the worst place")."""
    a = run_lines(("S1", 0.0, "Why were you waiting up for me again?"), ("S2", 0.8, line))
    assert safety(a, ("fear",), line)


# 5e959a37 (keeping_peace.fear_set_aside, families.body_fear_of_partner): the partner asking, with no word of anger
# in a short list, makes freezing or shaking "flooding". Coercive control asks questions: about texts, receipts, money.

@pytest.mark.parametrize("line", ["When you ask me who I was texting, I freeze. I know what comes next.",
                                  "When he asks where the receipts are, I freeze, because last time he threw the kettle.",
                                  "My hands shake whenever he asks to see the bank statement.",
                                  "You're asking why I'm jumpy when my hands shake every time you come home?"])
def test_freezing_or_shaking_when_a_controlling_partner_asks_stays_fear(line):
    """Freezing when the partner asks who one was texting ("I know what comes next"), or where the receipts are ("last
    time he threw the kettle": thrown, not in the anger list), hands shaking when he asks for the bank statement, and
    shaking every time he comes home said in answer to "asking why" (the word of asking is the partner's question, not
    the fear's cause) are fear of a monitoring, controlling partner; all were fear flags before the round, now nothing."""
    a = run_lines(("S1", 0.0, "Tell me what the evenings are like at home."), ("S2", 0.8, line))
    assert safety(a, ("fear",), line)


# 69cabb9b (lexicon cuts)

@pytest.mark.parametrize("line, words", [("Hey. What if we start this whole thing over, nicer this time?", "start this"),
                                         ("What if we call a time out and have a cup of tea first?", "time out")])
def test_what_if_we_start_over_or_take_a_time_out_is_a_repair(line, words):
    """"What if we start this whole thing over, nicer this time?" and "What if we call a time out and have a cup of tea
    first?" after "You're useless" are repairs (starting over, a break, said softly as an offer): both were repairs
    before the round; with "what if we" cut neither is. The cut wanted proposals about chores, not these."""
    a = run_lines(*QUARREL, ("S1", 0.8, "You're useless at this."), ("S2", 0.8, line))
    assert "repair" in cats(a, words)


def test_cant_be_bothered_after_a_word_is_stonewalling():
    """"Nah, can't be bothered, mate." (asked "Are you even listening to me?") is the shut-down the entry was for: the
    new entries want "i can't be bothered" or a sentence start, and "Nah," comes first. Stonewalling before, nothing now."""
    a = run_lines(*QUARREL, ("S1", 0.8, "Are you even listening to me?"), ("S2", 0.8, "Nah, can't be bothered, mate."))
    assert "stonewalling" in cats(a, "can't be bothered")


# 64bfdd7e (bid_context.scorned_in): any rule-heard contempt of the speaker in the sentence drops the bid.

def test_a_need_said_with_an_insult_is_still_a_bid():
    """"I just need some help, you useless lump, is that so much to ask?" is a need for help said harshly (a bid with
    contempt, which the report shows beside the contempt: the need is what the therapist works with). It was a bid for
    fairness before the round; the name-calling now deletes it. Mock sympathy ("poor you") is not a need; this is."""
    a = run_lines(("S1", 0.0, "The kids were up all night again."), ("S2", 0.8, "So?"),
                  ("S1", 0.8, "I just need some help, you useless lump, is that so much to ask?"))
    assert bids(a, "need some help")


# Missed before the round too (not regressions), and plain threats: the therapist must see them.

@pytest.mark.parametrize("line", ["Don't make me hurt you.", "I can make you disappear and nobody would miss you."])
def test_plain_threats_missed_before_and_after_the_round(line):
    """Not a regression: "Don't make me hurt you." (no modal: the round's form check would also drop a meaning reading)
    and "I can make you disappear and nobody would miss you." are threats; neither is read, before the round or now."""
    a = run_lines(*ROW, ("S2", 0.8, line))
    assert threats(a, line)


# Guards: what the round got right, and what it must keep.

def test_guard_whatever_you_say_alone_is_stonewalling():
    """Guard: a bare "Whatever you say." stays stonewalling (now without contempt)."""
    a = run_lines(*QUARREL, ("S1", 0.8, "You could have rung him at lunch."), ("S2", 0.8, "Whatever you say."))
    assert "stonewalling" in cats(a, "whatever you say")


@pytest.mark.parametrize("line", ["You know what I'm capable of.", "Nobody will believe you.",
                                  "Walk out that door and you don't come back.", "Tell anyone and you lose the kids."])
def test_guard_threats_still_read(line):
    """Guard: threats with a modal, "capable of", or "…and you…" consequences are still read."""
    a = run_lines(*ROW, ("S2", 0.8, line))
    assert threats(a, line)


def test_guard_fear_when_he_is_late_for_what_he_does():
    """Guard: "I'm terrified when he's late, because he comes back and smashes things." stays fear of the partner."""
    line = "I'm terrified when he's late, because he comes back and smashes things."
    a = run_lines(("S1", 0.0, "Tell me what happens on a Friday."), ("S2", 0.8, line))
    assert safety(a, ("fear",), line)


def test_guard_a_complaint_about_the_night_is_no_threat():
    """Guard: "You just lie there pretending to sleep." is a complaint; no threat (before the round or now)."""
    a = run_lines(("S1", 0.0, "You never get up with her. You just lie there pretending to sleep."),
                  ("S2", 0.8, "That's not fair, I was up at four."))
    assert not [f for f in a["safety_flags"] if f["category"] == "threat"]


def test_guard_mock_sympathy_is_no_bid_and_a_real_one_after_stays():
    """Guard: "Oh, poor baby, such a hard life." is no bid; "I feel lonely in this house, and I want you to sit with me."
    after a partner's "Oh, poor you." stays a bid for closeness (the partner's scorn does not cancel it)."""
    a = run_lines(("S1", 0.0, "You didn't do the dishes again."), ("S2", 0.8, "I had a long shift."),
                  ("S1", 0.8, "Oh, poor baby, such a hard life."))
    b = run_lines(("S1", 0.0, "You've been on your phone all night."), ("S2", 0.8, "Oh, poor you."),
                  ("S1", 0.8, "Don't poor me. I feel lonely in this house, and I want you to sit with me."))
    assert not bids(a, "poor baby") and bids(b, "feel lonely")
