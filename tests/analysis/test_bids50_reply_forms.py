"""Plain replies to a bid read as the partner meant them (issue 14 item 3): a reflection with no "so" and no check, a
yes to what was asked or invited, a lone "Mm?", and a rebuff asked as a question; and a partner's feeling said back is
no bid of the speaker's own."""

from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say


def met(bid: str, reply: str, which: str = ""):
    a = say("S1", 0.0, bid)
    r = analyze(conversation(a, say("S2", end_of(a) + 0.4, reply)))
    items = [i for i in r["reaching_for"].get("S1", []) if i["t"] < end_of(a) and which in i["quote"]]
    assert items, f"no bid found in {bid!r}"
    return items[0]["response"]


def test_a_reflection_without_so_or_a_check_turns_toward():
    assert met("I don't feel like you hear me lately.",
               "It sounds like you've been feeling on your own with things.") == "toward"
    assert met("When you go quiet after work, I don't know if you're tired or upset with me.",
               "You're saying when I'm quiet, you don't know what it means, and you worry it's about you.") == "toward"


def test_a_challenge_that_opens_like_a_reflection_is_not_one():
    assert met("When you go quiet after work, I don't know if you're tired or upset with me.",
               "So you're saying it's my fault? Always my fault.") != "toward"


def test_a_yes_to_what_was_asked_turns_toward():
    assert met("I'd love that. Will you teach me the sorrel?",
               "Yes, man. And your mum can bring the turkey to us next year.", "sorrel") == "toward"
    assert met("Could you give me a hand with the shopping bags?", "Coming.") == "toward"
    assert met("Can you help me with this zip? It's stuck.", "Yeah, hold still.") == "toward"
    assert met("Come and sit with me for a bit.", "Alright, budge up.") == "toward"


def test_a_yes_that_is_put_off_or_taken_back_is_not_a_yes():
    assert met("Can you help me with this zip? It's stuck.", "Yeah, in a minute, I'm on a call.") != "toward"
    assert met("Could you give me a hand with the shopping bags?", "Sure. Whatever.") != "toward"


def test_a_lone_mm_invites_the_partner_on_but_a_distracted_hm_does_not():
    assert met("Did you see the sunset just now?", "Mm?") == "toward"
    assert met("Did you see the sunset just now?", "Hm? Sorry, I was answering a text.") == "away"


def test_a_rebuff_asked_as_a_question_turns_against():
    assert met("Look at this, the neighbour's cat is on our roof again.", "Can't you see I'm busy?") == "against"
    assert met("Guess who I ran into at the shops today.", "Do I look like I care?") == "against"


def test_the_partners_feeling_said_back_is_no_bid_of_the_speakers():
    a = say("S2", 0.0, "Sundays. Your mother calls at nine and it goes on till twelve. I miss our Sunday mornings.")
    b = say("S1", end_of(a) + 0.5, "So it's not about Amma. You like our coffee time, just us two, and you miss it.")
    c = say("S2", end_of(b) + 0.5, "Yes. That's it.")
    r = analyze(conversation(a, b, c))
    assert not [i for i in r["reaching_for"].get("S1", []) if "miss it" in i["quote"]]
    assert any("Sunday mornings" in i["quote"] for i in r["reaching_for"].get("S2", []))
