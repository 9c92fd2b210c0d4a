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
    assert "Practised in the recording (soft start-up): yes" in r["summary"]
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


PRACTICE_TIME_OUT = ("Okay, it's recording. This is our practice for this week.",
                     "Right. Let's sort out the night feeds for next week.",
                     "I think we should just switch every other night.",
                     "Every other night doesn't work with my early shifts on Monday and Tuesday.",
                     "It never works with your shifts. I'm always the one who has to bend.",
                     "I'm getting flooded. I need a twenty minute break. I'll come back, I promise.",
                     "Okay. Twenty minutes. I'll be here.",
                     "I'm back. I walked around the block. Can we start again?",
                     "Yes. And I'm sorry I said always.")


def test_a_time_out_asked_for_in_ordinary_words_and_the_return_are_found_in_the_whole_transcript():
    """Walk-through 33: "I need a twenty minute break. I'll come back, I promise." … "I'm back… Can we start again?" was
    "not found — no break was asked for" (only a repair marker's quote was read, for "take a break", "pause")."""
    r = assess({"template": "time_out_plan"}, talk(*PRACTICE_TIME_OUT, gaps={6: 5.0}), {"S1": "Priya", "S2": "Tom"})
    assert r["verdict"] == "yes", r["summary"]
    assert "Tom asked for a break at" in r["summary"]
    assert "came back at" in r["summary"]
    quotes = [e["quote"] for e in r["evidence"]]
    assert quotes[0] == "I need a twenty minute break." and quotes[1].startswith("I'm back.")


def test_the_ordinary_ways_of_asking_for_a_break_and_of_coming_back():
    for ask in ("I need a quick break.", "I need a short break.", "I need a minute.", "Can we take a break?",
                "Can we pause?", "I need to step away.", "Give me ten minutes.", "Time out, please."):
        for back in ("I'm back.", "Okay, I'm ready to talk again.", "Can we try again?", "Can we start again?"):
            a = talk("You never listen to me, you always walk off.", f"I'm getting overwhelmed. {ask}",
                     "Okay.", f"{back} I walked around the block.", gaps={2: 4.0})
            r = assess({"template": "time_out_plan"}, a)
            assert r["verdict"] == "yes", (ask, back, r["summary"])


def test_a_break_refused_or_a_minute_in_passing_is_no_break_and_talking_on_is_no_return():
    for said in ("Wait a minute, that's not what I said.", "I don't need a break, I need you to listen."):
        a = talk("You never listen to me.", said, "Fine, go on.")
        assert assess({"template": "time_out_plan"}, a)["verdict"] == "not found", said
    on = talk("You never listen to me.", "I need a break.", "You always do this, you never finish anything.",
              "That's not true.")
    r = assess({"template": "time_out_plan"}, on)
    assert r["verdict"] == "partly" and "no pause and no return" in r["summary"]


def test_the_practice_verdict_names_the_break_the_analysis_found():
    """The report's patterns say where the analysis saw a break asked for and the talk come back: the verdict agrees."""
    a = talk("You're on your phone again. I needed you and you were somewhere else.",
             "I know, but you don't get to make me the bad guy every time.",
             "My heart is racing. I need a minute. I'm going to step outside and breathe.",
             "Okay. Take your time. I'll be here.", "Okay. Can we carry on now? I walked around the block.",
             "Yes. I'm sorry. I went on the phone.", gaps={3: 6.0})
    taken = next((p["break"] for p in a["patterns"] if p.get("break")), None)
    assert taken and taken["back_t"] is not None, a["patterns"]
    r = assess({"template": "time_out_plan"}, a)
    assert r["verdict"] == "yes" and [e["t"] for e in r["evidence"]] == [taken["asked_t"], taken["back_t"]], r


def test_a_soft_start_that_slips_into_criticism_later_is_only_partly_practised():
    """A walk-through's practice: three soft turns, then "But you always forget, and then I'm the one who looks
    unreasonable." The opening was soft, so it said "yes"; the slip is part of what was practised: partly, and the
    slip is shown."""
    r = assess(SOFT, talk("I feel anxious about Friday night. I need a text when you leave, so I can sleep.",
                          "That's fair. I can do that.",
                          "Thank you. It means a lot to me.",
                          "Of course.",
                          "But you always forget. You never think about anyone but yourself.",
                          "I haven't forgotten once since we started this."))
    assert r["verdict"] == "partly", r
    assert any("always forget" in e["quote"] or "never think" in e["quote"] for e in r["evidence"])


APPRECIATE = {"template": "appreciation", "title": "One thing I appreciate"}


def test_an_appreciation_exercise_with_one_general_appreciation_is_only_partly_practised():
    """The practice asks each to say one specific thing; "You're just good at everything." after "Can you pick one
    thing, though?" is warm but general: partly, and whose was general is said. Two specific ones are yes."""
    general = talk("I really appreciated the way you sorted the car insurance on Tuesday without me asking.",
                   "Thank you. That's nice to hear. You're just good at everything.",
                   "Can you pick one thing, though?")
    r = assess(APPRECIATE, general)
    assert r["verdict"] == "partly" and "general" in r["summary"], r
    both = talk("I really appreciated the way you sorted the car insurance on Tuesday without me asking.",
                "Thank you. And I appreciate that you cooked dinner for my mum on Sunday.",
                "Thank you, love.")
    assert assess(APPRECIATE, both)["verdict"] == "yes"


def test_whose_appreciation_was_general_reads_in_both_versions():
    """The couple's version said "but one of you's was general (“…”)": the clinician's sentence with "one of you" put
    in for the name."""
    general = talk("I really appreciated the way you sorted the car insurance on Tuesday without me asking.",
                   "Thank you. That's nice to hear. You're just good at everything.",
                   "Can you pick one thing, though?")
    r = assess(APPRECIATE, general, {"S1": "Alex", "S2": "Sam"})
    assert "but Sam said only a general one (“" in r["summary"], r["summary"]
    assert "but one of you said only a general one (“" in r["shared_summary"], r["shared_summary"]
    assert "one of you's" not in r["shared_summary"] and "Sam" not in r["shared_summary"]


def test_minutes_asked_for_with_a_return_said_is_a_break_and_minutes_for_a_task_are_not():
    """Walk-through 35: "I'm getting flooded. I need twenty minutes, I'll come back at eight." … "Okay, I'm back. Can we
    try again?" was "not found — no break was asked for" (only "give me N minutes" was read); "I need five minutes to
    finish this email." is no break."""
    for ask in ("I need twenty minutes, I'll come back at eight.", "I need 15 minutes to myself."):
        a = talk("You always say that and then nothing changes.", f"I'm getting flooded. {ask}",
                 "Okay. Eight.", "Okay, I'm back. Can we try again?", gaps={2: 4.0})
        r = assess({"template": "time_out_plan"}, a)
        assert r["verdict"] == "yes", (ask, r["summary"])
    a = talk("Can we talk about Saturday?", "I need five minutes to finish this email.", "Okay.", "Right, go on.")
    assert assess({"template": "time_out_plan"}, a)["verdict"] == "not found"


def test_a_saying_back_after_an_opening_and_a_reminder_is_found():
    """Walk-through 35: "Right. Sorry. Let me try again. So you feel like you're carrying the house on your own when the
    list isn't done. Did I get that right?" (after the partner's "You're meant to say it back first.") was missed: only
    a reply's first sentence was read, against the reminder just before it."""
    a = talk("When I walk in and you start with the list of jobs, I feel ambushed before I've taken my coat off.",
             "So what I'm hearing is you feel ambushed when I start with the list. Is that right?",
             "Yeah. That's exactly it. Okay, my turn. When the list isn't done by the evening, I feel like I'm carrying "
             "the whole house on my own.",
             "You're meant to say it back first. That's the practice.",
             "Right. Sorry. Let me try again. So you feel like you're carrying the house on your own when the list "
             "isn't done. Did I get that right?")
    r = assess({"template": "reflect_back"}, a)
    assert r["verdict"] == "yes", r["summary"]
