"""Walk-through 39m: an appreciation practice read "partly — the one at 00:14 was not taken up": Ben's "Thank you. I'm glad
it helped." (receiving Nadia's appreciation) was counted as an appreciation of its own, and Nadia's "It really did. Your
turn." (read as contempt by meaning, judged low) as brushing it off."""

from talktogether_desktop.practice.fidelity import assess

from talktogether_desktop.analysis import analyze

from ..analysis.timeline import conversation, say
from .test_fidelity import talk

WARM = ("This week I really appreciated you picking Mia up from swimming on Wednesday, when I was stuck at work. "
        "It made my whole evening easier.",
        "Thank you. I'm glad it helped. So Wednesday took some weight off you.",
        "It really did. Your turn.",
        "I appreciated you making that soup when I had the cold. You didn't make a fuss, you just did it.",
        "Aw, thank you. That's lovely to hear.")


# the walk-through's lines, with their times (an "mm-hm" under the first appreciation)
TIMED = (
    ('S1', 1.16, 4.11, "Okay, it's Sunday coffee. Shall I go first?"),
    ('S2', 4.61, 5.36, 'Go on then.'),
    ('S1', 5.9, 13.27, 'This week I really appreciated you picking Mia up from swimming on Wednesday, when I was stuck at work. It made my whole evening easier.'),
    ('S2', 8.76, 9.6, 'mm-hm'),
    ('S2', 13.84, 18.97, "Thank you. I'm glad it helped. So Wednesday took some weight off you."),
    ('S1', 19.61, 21.3, 'It really did. Your turn.'),
    ('S2', 21.52, 28.39, "I appreciated you making that soup when I had the cold. You didn't make a fuss, you just did it."),
    ('S1', 28.91, 31.76, "Aw, thank you. That's lovely to hear."),
    ('S2', 32.3, 38.99, "And while we're sitting here, we should sort out the car insurance, it's gone up again, and the boiler money, and the"),
    ('S1', 38.59, 42.88, 'I feel overwhelmed when we talk about the money, can we slow down?'),
    ('S2', 43.88, 48.05, 'Yeah, of course. Sorry. One thing at a time.'),
    ('S1', 48.28, 48.9, 'Thank you.'),
    ('S2', 49.19, 51.9, 'I think we should just take the cheaper insurance.'),
    ('S1', 52.57, 57.06, "I'd rather keep the one with breakdown cover. I'm on the motorway twice a week."),
    ('S2', 57.86, 61.3, "That's fair. I hadn't thought about the motorway."),
    ('S1', 61.99, 65.61, "We could look at it together on Tuesday, after Mia's in bed?"),
    ('S2', 65.87, 68.41, "Yeah, Tuesday works. Let's do that."),
    ('S1', 69.02, 72.82, 'And thanks for slowing down just now. It really helped.'),
    ('S2', 73.0, 76.56, 'Anytime. I love these Sunday chats, you know.'),
    ('S1', 73.83, 74.21, 'yeah'),
)


def test_the_walk_throughs_appreciation_practice_is_practised():
    a = analyze(conversation(*(say(spk, start, text, end=end) for spk, start, end, text in TIMED)),
                names={"S1": "Nadia", "S2": "Ben"})
    r = assess({"template": "appreciation_exchange"}, a)
    assert r["verdict"] == "yes", r["summary"]


def test_thanks_that_receive_the_partners_appreciation_and_its_confirmation_are_the_practice_done():
    r = assess({"template": "appreciation_exchange"}, talk(*WARM))
    assert r["verdict"] == "yes", r["summary"]


def test_an_appreciation_brushed_off_is_still_not_taken_up():
    """Guard: a clear brush-off keeps the practice partly done."""
    r = assess({"template": "appreciation_exchange"}, talk(
        "I really appreciated you cooking on Tuesday, it made my evening.", "Whatever.",
        "I appreciated you fixing the gate on Sunday, thank you.", "Aw, thank you."))
    assert r["verdict"] == "partly", r["summary"]

