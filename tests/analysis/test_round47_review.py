"""Review of round 47's reading changes, in exchanges written for this review (not from benchmarks/clinical).

Most tests here fail on main and passed before the round (b4efc52b): each says what the round's change now misreads.
The guards at the end pass and keep what the round got right. Cases: lines said one after another (run_lines)."""

from __future__ import annotations

import pytest

from .found import bids
from .timeline import run_lines

TALK = ("S1", 0.0, "Can we talk about last week? I've been going over it.")


def safety(a, category, words=""):
    return [f for f in a["safety_flags"] if f["category"] == category and words.lower() in f["quote"].lower()]


# 093b7d95 (frames.own_act_disowned): a filler or a condition after the promise is read as the promise itself.

@pytest.mark.parametrize("line", ["I'm not going to just check your location, I'm going to read every message you send.",
                                  "I will not check your location if you're home by nine, that's the deal."])
def test_watching_that_only_looks_like_a_promise_not_to_stays_monitoring(line):
    """"Not going to JUST check…, I'm going to read every message" is more watching, not less ('just' is taken as a
    promise filler), and "I will not check your location if you're home by nine" is a rule with a condition. Both were
    monitoring before the round and are now nothing."""
    a = run_lines(TALK, ("S2", 0.8, line))
    assert safety(a, "monitoring", "location")


def test_a_promise_not_to_watch_unless_given_a_reason_is_monitoring():
    """Not a regression (missed before the round too): a promise with its exception, "unless you give me a reason to",
    keeps the watching on the table, and the therapist should hear it."""
    a = run_lines(TALK, ("S2", 0.8, "I swear I won't go through your phone again unless you give me a reason to."))
    assert safety(a, "monitoring", "phone")


# 17cdc1a2 (structure.conditional_threats): any idiom earlier in the sentence now cancels the order, including the
# "don't you dare…" idioms, which are themselves the order.

@pytest.mark.parametrize("prev,line", [
    ("I only said you were being rude to my mum.", "Don't you dare speak to me like that again, or you'll pay."),
    ("It was you who forgot the rent.", "Don't you dare blame me for this, or you'll pay."),
    ("Your mum said you were late again.", "Don't you dare make this about my mother, or you'll pay."),
    ("I just think you could ring your mum less.", "Keep it up, you're killing me, and you'll find your bags on the step."),
])
def test_an_order_with_an_idiom_in_it_keeps_its_consequence_a_threat(prev, line):
    """"Don't you dare speak to me like that" is listed as an idiom (no violence in 'dare'), but it is the order itself;
    "you're killing me" inside an order does not make "…and you'll find your bags on the step" a joke. Threats before
    the round, nothing now."""
    a = run_lines(("S1", 0.0, prev), ("S2", 0.8, line))
    assert safety(a, "threat", "you'll")


# 5a942e1c (safety_self_harm.txt): the new entries match without a subject or context.

@pytest.mark.parametrize("prev,line", [
    ("Did you order the present for your dad?", "I did, but the parcel won't be here by Christmas, the courier said."),
    ("How was the hospital?", "Grandad won't be here by Christmas, the doctors said. I can't believe it."),
    ("Any news on the extension?", "Honestly, the builders won't be here by the summer at this rate."),
    ("So when do you start the new job?", "I won't be here by the summer, love, the contract in Dubai starts in May."),
])
def test_someone_or_something_not_here_by_a_date_is_no_self_harm(prev, line):
    """A parcel, the builders, a dying grandparent (grief, not the speaker's risk), a move abroad for work: each is now
    self-harm, heard (not only to listen to), first in the safety box; none was before the round."""
    a = run_lines(("S1", 0.0, prev), ("S2", 0.8, line))
    assert not safety(a, "self_harm")


@pytest.mark.parametrize("prev,line", [
    ("Why do our Sunday talks go wrong?", "We always drift across into talking about your mother, that's why."),
    ("I'm a careful driver.", "You drift across into the bus lane every time you look at your phone."),
    ("How was the driving lesson?", "Good. When you come out of the turn, just let the wheel go back through your hands."),
    ("You were up again in the night.", "If I slept in the spare room no one would have to put up with me snoring."),
])
def test_a_talk_drifting_a_driving_tip_and_snoring_are_no_self_harm(prev, line):
    """"drift across into" a topic or the bus lane, "let the wheel go back" through the hands (a driving tip), "no one
    would have to put up with me snoring": now self-harm, heard; none before the round."""
    a = run_lines(("S1", 0.0, prev), ("S2", 0.8, line))
    assert not safety(a, "self_harm")


def test_not_being_here_next_christmas_said_otherwise_is_self_harm():
    """Not a regression (missed before too): the round's date entries need "won't be here"; "I don't think I'll be here
    next Christmas. I'm so tired of all of it." (US English) is still not found."""
    a = run_lines(("S1", 0.0, "You've seemed really down lately."),
                  ("S2", 0.8, "Honestly? I don't think I'll be here next Christmas. I'm so tired of all of it."))
    assert safety(a, "self_harm")


# f7e9c4f7 (safety_threat.txt): the court entries match any judge, court or fine.

@pytest.mark.parametrize("prev,line", [
    ("Should I appeal the parking ticket?", "I don't think a judge would let it go, to be honest, just pay it."),
    ("I'm scared I'll get fined for the bins.", "Don't worry, love, no judge would give you a fine for that."),
    ("I was two over the limit on the camera.", "No judge is going to give you points for two miles over, relax."),
    ("The neighbours are on about the fence again.", "If it ever came to court, they'd lose, the fence is on our land."),
    ("The landlord wants to keep the whole deposit.", "If it ever comes to court we've got the photos of the flat, we'll be fine."),
])
def test_a_judge_or_a_court_about_fines_fences_and_deposits_is_no_threat(prev, line):
    """Reassurance about a parking fine, bin fine or speeding points, and the couple on the same side against the
    neighbours or the landlord: now a threat (heard), which also turns the partner's bid before it 'against'."""
    a = run_lines(("S1", 0.0, prev), ("S2", 0.8, line))
    assert not safety(a, "threat")


def test_a_court_giving_the_children_said_otherwise_is_a_threat():
    """Not a regression (missed before too): the children held over the partner through the courts in other words."""
    a = run_lines(("S1", 0.0, "I can't keep living like this."),
                  ("S2", 0.8, "Leave, then. Any court in the land would give me the children."))
    assert safety(a, "threat")


# 0ed8ca4b (criticism.txt): "or is that my job now" about work is no criticism of the partner.

def test_asking_whether_a_task_at_work_is_now_ones_job_is_no_criticism():
    """Telling about work ("my boss wants me to order the printer toner, or is that my job now?") is now criticism of
    the partner, and the partner's "How was work?" turned against; neither before the round."""
    a = run_lines(("S1", 0.0, "How was work?"),
                  ("S2", 0.8, "Karen left, so my boss wants me to order the printer toner, or is that my job now? I'll ask on Monday."))
    assert not [m for m in a["markers"] if m["category"] == "criticism" and m["speaker"] == "S2"]


# f6bdc112 (bid_context.controlled_by_meaning): "heard controlling" counts any monitoring flag with the partner as
# speaker, and a partner who REPORTS being watched ("You check my location every night") is that speaker.

@pytest.mark.parametrize("report", ["You check my location every night, Dev.", "You read my messages while I was in the shower."])
def test_the_watched_partners_need_for_trust_stays_a_bid(report):
    """The partner telling of being watched is taken as the controlling one, so her "I need you to trust me." (read by
    meaning as blaming, to listen to) is no longer her bid for reassurance; it was before the round. The bid of the
    person being watched is exactly what the therapist needs to see met or not."""
    a = run_lines(("S1", 0.0, report), ("S2", 0.8, "Only because I care."),
                  ("S1", 0.8, "I need you to trust me. I miss how close we used to be."),
                  ("S2", 0.8, "I miss that too. I'll try."))
    assert bids(a, "trust me")


# Guards: what the round got right.

def test_guard_a_plain_promise_not_to_read_messages_is_no_monitoring():
    a = run_lines(TALK, ("S2", 0.8, "I'm never going to read your messages again, honestly. I'm sorry."),
                  ("S1", 0.8, "Okay. Thank you."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("monitoring", "appeasement")]


def test_guard_an_affectionate_idiom_before_and_youll_is_no_threat():
    a = run_lines(("S1", 0.0, "I bought you three more plants."),
                  ("S2", 0.8, "Oh stop, you'll be the death of me, and you'll have me in stitches."))
    assert not safety(a, "threat")


@pytest.mark.parametrize("line", ["Sure no one'd have to put up with me if I wasn't around at all.",
                                  "Book it for yourself. I won't be here by Christmas, will I."])
def test_guard_self_harm_by_burden_or_date_is_found(line):
    a = run_lines(("S1", 0.0, "Should we book the cottage for the holidays?"), ("S2", 0.8, line))
    assert safety(a, "self_harm")


@pytest.mark.parametrize("prev,line", [
    ("Maybe I need some time at my sister's.", "Go on then. But a judge would give me the kids in a heartbeat, you know that."),
    ("I want the kids to stay at my mum's for a week.", "I don't think a judge would see it your way. The kids stay with me."),
])
def test_guard_the_children_held_over_through_a_judge_is_a_threat(prev, line):
    a = run_lines(("S1", 0.0, prev), ("S2", 0.8, line))
    assert safety(a, "threat", "judge")


def test_guard_a_caring_bid_from_a_partner_never_heard_controlling_stays():
    a = run_lines(("S2", 0.0, "You come home tired every night, love, and I miss you. Can we have a quiet night in on Friday?"),
                  ("S1", 0.8, "Yes. I'd love that."))
    assert bids(a, "quiet night")
