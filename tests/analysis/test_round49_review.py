"""Round 49's review: lines in this test's own words that round 49's reading changes (8ff1ae8..d88f939) now misread.

Tests marked "regression" pass at 8ff1ae8 and fail at d88f939; "missed before too" ones fail at both (left for the
owners of the rules); the rest are guards that pass now."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines

HORSEMEN = {"criticism", "contempt", "defensiveness", "stonewalling"}
AFTER_FUNERAL = ("S1", 0.0, "You've been really quiet since the funeral, love.")
LEAVING = ("S1", 0.0, "I'm going to stay at my sister's for a few days.")
JUMPY = ("S2", 0.0, "Why are you so jumpy tonight?")


# --- self-harm set aside by not_despair and the "edge of" rule -------------------------------------------------------

def test_tablets_handed_over_for_my_own_safety_are_self_harm():
    """Regression: "for my own safety" (not_despair.own_safety_named) now sets aside a self-harm reading whose danger
    is in words outside its short HARM list ("tablets", "trust myself"); 8ff1ae8 flagged it to listen to."""
    a = run_lines(AFTER_FUNERAL, ("S2", 0.8, "I gave my tablets to my sister for my own safety. I don't trust myself with them."))
    assert flag(a, "", "self_harm")


def test_sitting_on_the_edge_of_the_bath_with_a_razor_is_self_harm():
    """Regression: an edge of a seat (families' HIGH_EDGES check, not_despair.seat_edge: "bath" is a seat) now clears the
    sentence whatever else is in it; "sat on the edge of the bath with your razor for an hour" was self-harm at 8ff1ae8."""
    a = run_lines(AFTER_FUNERAL, ("S2", 0.8, "Last night I sat on the edge of the bath with your razor for an hour."))
    assert flag(a, "", "self_harm")


def test_no_reason_for_me_since_she_is_gone_is_self_harm():
    """Missed before too: "Since she's gone there's no reason for me to keep going." is no self-harm at either commit
    (not_despair.grieved would set it aside anyway: its SPEAKER set lacks "me" and "my")."""
    a = run_lines(AFTER_FUNERAL, ("S2", 0.8, "Since she's gone there's no reason for me to keep going."))
    assert flag(a, "", "self_harm")


@pytest.mark.xfail(reason="missed at 8ff1ae8 too: 'for my own safety' with knives may as well be fear of the partner", strict=True)
def test_knives_locked_away_for_my_own_safety_are_self_harm():
    """Missed before too: "I've locked the knives in the car, for my own safety." (means restricted by the speaker from
    themselves) is no self-harm; own_safety_named now sets such a reading aside by rule."""
    a = run_lines(AFTER_FUNERAL, ("S2", 0.8, "I've locked the knives in the car, for my own safety."))
    assert flag(a, "", "self_harm")


@pytest.mark.parametrize("line", ["Now Mum's passed, there's no point in me being here anymore.",
                                  "My head goes to dark places and I've looked up how many it would take.",
                                  "My head goes to the worst place, and I've looked up how many paracetamol it would take.",
                                  "I stood on the edge of the motorway bridge for an hour on Friday.",
                                  "I drove out to the edge of Beachy Head on Friday and just sat there.",
                                  "As long as you're okay, you won't have to put up with me much longer.",
                                  "It's not all on me once I'm gone, you'll all manage fine without me."])
def test_grief_worry_and_edges_that_are_despair_stay_self_harm(line):
    """Guards: despair said beside grief, "my head goes…", an edge of a height not named in HIGH_EDGES' two words,
    "you're okay" and "not all on me" stay self-harm (they pass now, by meaning)."""
    a = run_lines(AFTER_FUNERAL, ("S2", 0.8, line))
    assert flag(a, "", "self_harm")


# --- slow_replies: a considered answer after a pause is no stonewalling ------------------------------------------------

@pytest.mark.parametrize("question, gap, reply, words", [
    ("When are you free to come to the bank with me?", 4.0, "Let me think. Probably Tuesday.", "tuesday"),
    ("What did you feel when I left the party without you?", 5.0, "Honestly, I felt lonely and a bit embarrassed.", "lonely"),
    ("Do you want me to come to the appointment with you?", 4.0, "No, I think I'd rather go alone.", "rather go alone"),
    ("Which bit of what I said hurt the most?", 6.0, "The part about my mother, I think.", "my mother"),
    ("Shall we get a takeaway tonight?", 3.5, "Mm, the Thai place would be nice.", "thai place"),
    ("Are you still annoyed about Sunday?", 4.0, "A wee bit, but I'm getting there.", "getting there")])
def test_a_considered_short_answer_after_a_pause_is_no_stonewalling(question, gap, reply, words):
    """Regression: slow_replies calls any 4-8 word reply after 3 s of silence following a question stonewalling,
    so a partner who thinks before answering, names a feeling ("I felt lonely…"), a preference or a plain no is
    shown as withdrawing; none of these was stonewalling at 8ff1ae8."""
    a = run_lines(("S1", 0.0, question), ("S2", gap, reply))
    assert "stonewalling" not in cats(a, words)


# --- fondness.read_among_warmth: a real horseman after thanks is dropped ------------------------------------------------

THANKS = (("S1", 0.0, "Thank you for the flowers on Friday, they're beautiful. I really appreciated them."),
          ("S2", 0.8, "You're welcome, I thought you'd like them."))


@pytest.mark.parametrize("line, words", [("You only think of me when you want something from me.", "only think of me"),
                                         ("Mind you, a man your age who still can't work the washing machine.", "a man your age"),
                                         ("Look at you, so pleased with yourself, like a dog that's fetched a stick.", "fetched a stick")])
def test_a_horseman_by_meaning_right_after_thanks_is_still_a_horseman(line, words):
    """Regression: read_among_warmth drops every horseman read by meaning within 30 s of any appreciation, even the
    thanker's own turn souring into criticism or contempt; 8ff1ae8 read these by meaning (criticism, contempt, contempt)."""
    a = run_lines(*THANKS, ("S1", 0.8, line))
    assert cats(a, words) & HORSEMEN


# --- safety_threat "^ remember what happened …" ----------------------------------------------------------------------

@pytest.mark.parametrize("before, line", [
    ("Our Kev wants to borrow the van on Saturday.", "Remember what happened to your car the last time you lent it to him."),
    ("Ooh, they've got seafood paella on the menu.", "Remember what happened last time you ate prawns, so go easy."),
    ("I'll just shift the wardrobe myself this afternoon.",
     "Just remember what happened to your back the last time you lifted it on your own.")])
def test_a_caring_reminder_of_what_happened_last_time_is_no_threat(before, line):
    """Regression: the new "^ remember what happened to your / last time you" entries flag everyday care (a lent car,
    prawns, a bad back) as a threat heard; none was flagged at 8ff1ae8."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, "", "threat")


@pytest.mark.parametrize("line", ["Remember what happened the last time you tried to leave me?",
                                  "We both remember what happened the last time you tried to leave.",
                                  pytest.param("You know what happened last time you tried that.", marks=pytest.mark.xfail(
                                      reason="'that' is the leaving said before: one sentence does not say it", strict=True))])
def test_a_veiled_warning_about_leaving_is_a_threat(line):
    """Missed before too: the warning asked as a question (dropped by threat_forms.a_memory_asked), said with "we both"
    or "you know", to a partner who says she is leaving, is no threat at either commit."""
    a = run_lines(LEAVING, ("S2", 0.8, line))
    assert flag(a, "", "threat")


def test_remember_what_happened_to_your_car_when_leaving_is_a_threat():
    """Guard: "Just remember what happened to your car the last time you walked out on me." stays a threat."""
    a = run_lines(LEAVING, ("S2", 0.8, "Just remember what happened to your car the last time you walked out on me."))
    assert flag(a, "remember what happened", "threat")


# --- fear: "on edge", "if I'm scared …, it's you" ------------------------------------------------------------------

def test_if_i_am_ever_scared_it_is_you_i_ring_is_no_fear_of_the_partner():
    """Regression: keeping_peace.supposed now takes any "it's you" after an "if I'm scared" as the partner named as the
    one feared, so "If I'm ever scared at night, it's you I ring first." (trust) is fear of the partner."""
    a = run_lines(("S2", 0.0, "I love that you call me when things go wrong."),
                  ("S1", 0.8, "If I'm ever scared at night, it's you I ring first."))
    assert not flag(a, "", "fear")


@pytest.mark.parametrize("line", ["I'm on edge when you come home late, you know why.",
                                  "If I'm on edge, it's because you've been drinking again."])
def test_on_edge_of_the_partner_with_a_reason_left_unsaid_is_fear(line):
    """Missed before too: "on edge" when the partner comes home late "you know why" (late_worry: no listed reason) and
    "If I'm on edge, it's because you've been drinking" (an "if" of cause read as a supposition) are no fear."""
    a = run_lines(JUMPY, ("S1", 0.8, line))
    assert flag(a, "", "fear")


@pytest.mark.parametrize("line", ["I'm always on edge around you when you've been drinking.",
                                  "You've got me on edge every time your key's in the door.",
                                  "I'm on edge all evening waiting to see what mood you'll be in."])
def test_on_edge_around_the_partner_is_fear(line):
    """Guards: "on edge" of the partner said three ways is fear (the second is new in round 49)."""
    a = run_lines(JUMPY, ("S1", 0.8, line))
    assert flag(a, "", "fear")


def test_on_edge_about_a_biopsy_is_no_fear_of_the_partner():
    a = run_lines(("S2", 0.0, "You seem distracted."),
                  ("S1", 0.8, "I'm on edge about my mum's biopsy results. Can you come with me?"))
    assert not flag(a, "", "fear")


# --- financial control: slips and receipts ------------------------------------------------------------------------

def test_an_accountant_asking_for_receipts_is_no_financial_control():
    """Regression: "show me your receipts" (unanchored) now flags an accountant's request, reported, as control."""
    a = run_lines(("S1", 0.0, "The tax return is due next week."),
                  ("S2", 0.8, "The accountant said show me your receipts by Friday, so can you dig them out?"))
    assert not flag(a, "", "financial_control")


@pytest.mark.xfail(reason="read by meaning at 8ff1ae8 too (the sentence reader hears 'your receipts' as control)", strict=True)
def test_receipts_seen_in_the_banking_app_are_no_financial_control():
    """Missed before too (by meaning at 8ff1ae8, now by the rule "see your receipts" as well): a tip about the app."""
    a = run_lines(("S1", 0.0, "I can never find the receipts for the online shop."),
                  ("S2", 0.8, "You can see your receipts in the banking app now, it's dead handy."))
    assert not flag(a, "", "financial_control")


def test_receipts_demanded_every_friday_are_financial_control():
    """Guard (new in round 49): "Every Friday you show me your receipts, every single one, or no card next week.\""""
    a = run_lines(("S1", 0.0, "I bought a coffee on the way in."),
                  ("S2", 0.8, "Every Friday you show me your receipts, every single one, or no card next week."))
    assert flag(a, "receipts", "financial_control")


# --- reported speech: "said so" ---------------------------------------------------------------------------------

def test_a_fathers_words_told_with_said_so_are_no_threat_of_the_speaker():
    """Regression: a "say so" is now never reported speech, so a childhood memory ("My dad said so every night when I
    was little: I'll kill you if you cry.") is a threat heard from the one telling it."""
    a = run_lines(("S1", 0.0, "Tell me about growing up."),
                  ("S2", 0.8, "My dad said so every night when I was little: I'll kill you if you cry."))
    assert not flag(a, "", "threat", heard=True)


def test_if_you_say_so_with_an_insult_is_contempt():
    """Guard (new in round 49): "If you say so, you pathetic little man." is contempt."""
    a = run_lines(("S1", 0.0, "You never tell me anything."), ("S2", 0.8, "If you say so, you pathetic little man."))
    assert "contempt" in cats(a, "pathetic")
