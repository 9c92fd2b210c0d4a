"""Practice fidelity: was the practised behaviour in the linked recording? Linking is not "done"."""

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.fidelity import assess, behaviour_of

from ..analysis.timeline import conversation, end_of, say


def talk(*lines, gaps=None):
    out, t = [], 0.0
    for k, text in enumerate(lines):
        u = say("S1" if k % 2 == 0 else "S2", t, text)
        out.append(u)
        t = end_of(u) + (gaps or {}).get(k, 0.5)
    return analyze(conversation(*out), names={"S1": "Ana", "S2": "Ben"})


SOFT = {"template": "soft_startup", "title": "Gentle start rehearsal"}


def test_the_behaviour_comes_from_the_template_or_the_words():
    assert behaviour_of(SOFT) == "soft_startup"
    assert behaviour_of({"title": "Listen and say back", "behaviour": "Each of you reflects back first."}) == "reflect_back"
    assert behaviour_of({"title": "Time-out and return plan"}) == "time_out"
    assert behaviour_of({"title": "Weekly check-in"}) is None


def test_soft_startup_yes_partly_and_not_found():
    soft = talk("I feel tired when the dishes pile up. I need us to share them this week.",
                "Okay, that makes sense. I can do them on weekdays.")
    harsh = talk("You never do the dishes, I always have to clean up after you.", "That's not true.")
    r = assess(SOFT, soft)
    assert r["verdict"] == "yes" and r["evidence"][0]["quote"].startswith("I feel tired")
    assert "Practised in the recording (soft startup): yes" in r["summary"]
    assert assess(SOFT, harsh)["verdict"] == "not found"


def test_reflect_back_needs_both_partners_to_say_back_what_they_heard():
    both = talk("I had a hard week at work and the new manager keeps changing the deadlines.",
                "So what I hear is the deadlines keep moving and it wears you down. My week was long too, "
                "the kids were sick twice.",
                "It sounds like the kids being sick made your week long. Thank you for telling me.")
    one = talk("I had a hard week at work and the new manager keeps changing the deadlines.",
               "So what I hear is the deadlines keep moving. Did I get that right?",
               "Yes. Anyway, what are we eating tonight?")
    none = talk("I had a hard week at work and the new manager keeps changing the deadlines.",
                "Did you pay the electricity bill?")
    rb = {"template": "reflect_back"}
    assert assess(rb, both)["verdict"] == "yes"
    assert assess(rb, one)["verdict"] == "partly"
    assert assess(rb, none)["verdict"] == "not found"


def test_time_out_needs_a_return():
    back = talk("You're always criticising the way I talk to your mother.",
                "My heart is pounding. Can we take a break for twenty minutes and come back to this?",
                "Okay. I'll make tea.", "Thank you. I'm calmer now, can we try again?", gaps={2: 5.0})
    gone = talk("You're always criticising the way I talk to your mother.",
                "Can we take a break for twenty minutes and come back to this?")
    plan = {"template": "time_out_plan"}
    assert assess(plan, back)["verdict"] == "yes"
    assert assess(plan, gone)["verdict"] == "partly"


def test_a_linked_recording_without_the_behaviour_is_not_found_and_safety_is_mentioned():
    r = assess({"template": "appreciation_exchange"}, talk("Give me your bank card.", "Okay."))
    # (flagged for the clinician's review and report; never written into the summary the couple's version prints)
    assert r["verdict"] == "not found" and r["safety_flags"] and "safety" not in r["summary"]
    assert assess({"title": "Weekly check-in"}, talk("How are you?", "Fine."))["verdict"] == "not checked"


def test_a_mocking_echo_is_no_reflect_back_and_a_practice_that_broke_down_says_so():
    """"You don't know. You never know." shared the partner's words and was given as evidence of saying back; nothing
    said that the listening stopped at 00:31."""
    a = talk("I felt really appreciated when you made dinner on Tuesday.",
             "So what I hear is that dinner on Tuesday made you feel appreciated. Did I get that right?",
             "Yes. You got it. My turn. I've been worried about Sam coming home so late on weekends.",
             "What I am hearing is that you are worried about Sam, and you can't sleep until he is home. Is that it?",
             "But honestly, eleven o'clock is fine for a sixteen year old. You are way too strict with him.",
             "That's not true. I am not strict. I just want to know where he is.",
             "I don't know what to say.",
             "You don't know. You never know what to say. Why do I always have to decide everything?")
    out = assess({"template": "reflect_back"}, a, {"S1": "Ana", "S2": "Ben"})
    assert out["verdict"] == "partly"  # only Ben said back what he heard
    assert all("never know" not in e["quote"] for e in out["evidence"]), out["evidence"]
    assert "the talk turned to complaints and defending" in out["summary"]
