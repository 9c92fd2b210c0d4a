"""Round 46 (fid46): look-alikes of a saying-back counted as the reflect-back practice done (benchmarks/fidelity): a
challenge ("So what, you want me to text you every five minutes?"), a promise held against the partner ("You said you'd
fix the gate a month ago."), a brush-off ("Sounds like a you problem, mate."), a twist that restates nothing the
partner said ("So basically you'd rather be anywhere but here."); and a saying-back in the listener's own words that
the partner confirmed ("You're worried the holiday will eat into the savings…" / "Yeah. That's right.") was missed."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import talk

REFLECT = {"template": "reflect_back", "title": "Ten-minute listen-and-say-back conversation"}


def test_a_challenge_and_promises_held_against_the_partner_are_no_saying_back():
    r = assess(REFLECT, talk("I need you to tell me when you're going to be late.",
                             "So what, you want me to text you every five minutes?",
                             "You said you'd be home by six. You said that last week too.",
                             "And you said you'd stop checking up on me."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_brush_off_and_an_old_promise_are_no_saying_back():
    r = assess(REFLECT, talk("I'm stressed about the dog getting out again.",
                             "Sounds like a you problem, mate.",
                             "You said you'd fix the gate a month ago.",
                             "Yeah, and I'll get to it. Stop nagging."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_twist_that_restates_nothing_the_partner_said_is_no_saying_back():
    r = assess(REFLECT, talk("I'd like to go to the gym after work on Tuesdays, just for an hour.",
                             "So what you're saying is you don't care about me doing bedtime on my own again.",
                             "That's not what I said at all.",
                             "So basically you'd rather be anywhere but here.",
                             "No. Forget it."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_saying_back_in_own_words_that_the_partner_confirms_counts():
    r = assess(REFLECT, talk("I'm nervous about booking Hawaii. It's a lot of money and we said we'd build the savings first.",
                             "You're worried the holiday will eat into the savings, and you'd rather wait till spring. "
                             "Did I get that?",
                             "Yeah. That's right.",
                             "I'm tired, though. I really need a break from work, even a short one.",
                             "Okay, you're really running on empty and you need some kind of break soon. Right?",
                             "Right. Exactly."))
    assert r["verdict"] == "yes", r["summary"]
    assert any(e["quote"].startswith("You're worried the holiday") for e in r["evidence"]), r["evidence"]


def test_a_saying_back_the_partner_confirms_is_one_though_read_by_meaning_as_a_complaint():
    """Held-out h_rb_checked: "So you're saying the night shifts leave you knackered and cooking is too much. Is that
    right?" / "Aye, that's it." was read by meaning as criticism, and so as an answer without a saying-back."""
    r = assess(REFLECT, talk("I'm knackered from the night shifts and I can't face cooking when I get in.",
                             "So you're saying the night shifts leave you knackered and cooking is too much. Is that right?",
                             "Aye, that's it.",
                             "For me, I'm worried we're spending a fortune on takeaways.",
                             "So you feel the takeaways are costing us too much. Have I got that right?",
                             "Yes, exactly."))
    assert r["verdict"] == "yes", r["summary"]
