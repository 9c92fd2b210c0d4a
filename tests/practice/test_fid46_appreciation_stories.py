"""Round 46 (fid46): appreciations told as a story were not found, so the appreciation practice was undercounted
("You swapped your shift on Thursday so you could pick me up…" had only its "…that meant a lot." read, quoted without
the deed; "The way you sat up with Jack… so I could sleep…" was "no appreciation was said"); "And thank you for ringing
the school…" was read as taking the partner's praise in, not as an appreciation of its own; and a sarcastic "Oh, thanks
a lot for leaving the dishes for me again. Really great." was an appreciation "not taken up" (benchmarks/fidelity)."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import talk

APPRECIATION = {"template": "appreciation_exchange", "title": "Appreciation exchange at Sunday coffee"}


def _quotes(r) -> str:
    return " | ".join(e["quote"] for e in r["evidence"])


def test_an_appreciation_told_as_a_story_is_found_and_quoted_from_the_deed():
    r = assess(APPRECIATION, talk(
        "You swapped your shift on Thursday so you could pick me up from the clinic. I didn't have to get the bus "
        "feeling rough, and that meant a lot.",
        "Thank you. I'm really glad I could be there. My one is Saturday. When you got up with the baby so I could "
        "have a lie-in, I felt looked after.",
        "Thank you, love."))
    assert r["verdict"] == "yes", r["summary"]
    assert "You swapped your shift on Thursday" in _quotes(r) and "When you got up with the baby" in _quotes(r), r


def test_a_story_with_no_word_of_thanks_is_an_appreciation():
    r = assess(APPRECIATION, talk(
        "The way you sat up with Jack when he was crook on Monday night so I could sleep before my early start. I noticed.",
        "Thanks, love. That means a lot that you noticed. You mowed Mum's lawn on Saturday without being asked.",
        "Ah, thanks. No worries."))
    assert r["verdict"] == "yes", r["summary"]
    assert "The way you sat up with Jack" in _quotes(r), r


def test_a_story_met_with_another_subject_is_said_but_not_clearly_taken_up():
    r = assess(APPRECIATION, talk(
        "On Wednesday you fetched the kids from netball in the rain so I could stay for the meeting. It made my whole "
        "week easier.",
        "Did you phone the plumber about the geyser?"))
    assert r["verdict"] == "partly", r["summary"]
    assert "On Wednesday you fetched the kids" in _quotes(r), r


def test_and_thank_you_for_a_deed_after_taking_praise_in_is_an_appreciation_of_its_own():
    r = assess(APPRECIATION, talk(
        "Thank you for sorting the car out on Tuesday, that meant I could get to my mum's without worrying.",
        "Ah, thank you. That's nice to hear. And thank you for ringing the school about Lily's trip, I'd forgotten.",
        "Thanks."))
    assert r["verdict"] == "yes", r["summary"]
    assert "thank you for ringing the school" in _quotes(r), r


def test_sarcastic_thanks_for_a_fault_is_no_appreciation():
    r = assess(APPRECIATION, talk(
        "Oh, thanks a lot for leaving the dishes for me again. Really great. Love that.",
        "Here we go.",
        "No, seriously, thank you so much for all your help. You're a real hero.",
        "Whatever. I'm not doing this tonight."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_complaint_told_of_a_past_deed_is_no_appreciation():
    r = assess(APPRECIATION, talk(
        "You took the car on Tuesday so I couldn't get to work. You never think.",
        "I needed it for the match."))
    assert r["verdict"] == "not found", r["summary"]


def test_control_told_as_a_deed_is_no_appreciation():
    r = assess(APPRECIATION, talk(
        "You took my bank card on Monday so I didn't have to worry about the spending. You kept the receipts.",
        "That's how we stay on budget."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_story_after_a_threat_is_no_appreciation():
    r = assess(APPRECIATION, talk(
        "If you tell the therapist about the money, you'll regret it.",
        "Okay. You drove me to work on Monday so I could get there on time, and that meant a lot.",
        "Good."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_reading_by_meaning_of_the_storys_own_words_does_not_hide_it():
    """Held-out h_ap_story_brushed: "…so I could sleep in." read by meaning as self-harm (only to listen to) took the
    whole story away as said after safety language; it is an appreciation, brushed aside."""
    r = assess(APPRECIATION, talk(
        "You drove my sister to the airport at five a.m. so I could sleep in. That was really generous.",
        "Oh, it was nothing, anyone would have done it.",
        "Well, I noticed."))
    assert r["verdict"] == "partly", r["summary"]
    assert "You drove my sister to the airport" in _quotes(r), r
