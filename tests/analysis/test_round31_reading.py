"""Round 31's reading fixes, each a confident wrong statement found on new conversations."""

from __future__ import annotations

import pytest

from .timeline import run_lines


def _bid_responses(a) -> list[tuple[str, str, str]]:
    return [(x["quote"], x["response"], x.get("response_reason")) for v in a["reaching_for"].values() for x in v]


@pytest.mark.parametrize("reply", ["Maybe. Let me check my shifts.", "I'll see if I can get off early.",
                                   "Hmm, let me have a look at the calendar.", "Okay, I'll ask my boss tomorrow."])
def test_a_request_answered_by_looking_into_it_is_turned_toward(reply):
    """"Can you pick up the kids on Thursday?" / "Maybe. Let me check my shifts." was "turned away: a nod, then another
    subject": the reply takes the request up, as a maybe to be checked."""
    a = run_lines(("S1", 0.0, "Can you pick up the kids on Thursday?"), ("S2", 0.8, reply))
    responses = _bid_responses(a)
    assert responses and all(r == "toward" for _, r, _ in responses), responses


@pytest.mark.parametrize("reply", ["No. I'll ask your mum.", "Yeah. Did you ring the bank about the mortgage?"])
def test_a_refusal_or_another_subject_is_not_looking_into_it(reply):
    a = run_lines(("S1", 0.0, "Can you pick up the kids on Thursday?"), ("S2", 0.8, reply))
    assert all(reason != "said they would look into it" for _, _, reason in _bid_responses(a)), _bid_responses(a)


@pytest.mark.parametrize("reply", ["I want to get better at that.", "You're right. I'll work on that.",
                                   "I know. I need to work on it."])
def test_owning_a_complaint_with_a_promise_is_a_repair_that_turns_toward_not_a_need(reply):
    """"You never listen to me about the budget." / "I want to get better at that." was turned away ("the reply moves
    elsewhere"), and the promise was listed as the partner's own need ("something else")."""
    a = run_lines(("S1", 0.0, "You never listen to me about the budget."), ("S2", 0.6, reply))
    assert [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "repair"]
    assert not a["reaching_for"].get("S2"), a["reaching_for"].get("S2")
    responses = [r for q, r, _ in _bid_responses(a) if "budget" in q]
    assert responses == ["toward"], _bid_responses(a)


def test_a_pause_after_an_answered_request_is_no_stonewalling():
    """A request answered ("Can you do it tomorrow morning?" / "Yes, first thing."), then the asker's own remark and a
    five-second pause she breaks herself, was the partner's stonewalling ("silence after a bid"): the bid had its answer."""
    a = run_lines(("S1", 0.0, "Can you do it tomorrow morning?"), ("S2", 0.5, "Yes, first thing."),
                  ("S1", 1.5, "I was thinking about the holiday."), ("S1", 5.0, "Do you still want to go to Wales this year?"),
                  ("S2", 0.5, "Yeah, I'd love that."))
    assert not [m for m in a["markers"] if m["category"] == "stonewalling"], a["markers"]


def test_a_silence_after_an_unanswered_request_is_still_stonewalling():
    a = run_lines(("S2", 0.0, "Right, that's the dishes done."), ("S1", 1.0, "Can you do it tomorrow morning?"),
                  ("S1", 6.0, "Hello? Did you hear me?"))
    assert [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "stonewalling"]


def test_a_well_you_that_opens_the_talk_is_no_defensiveness():
    """"Well you said you would call the plumber and you didn't." as the first words of the recording was counted as
    defensiveness: nothing had been said yet to defend against."""
    a = run_lines(("S1", 0.0, "Well you said you would call the plumber and you didn't."),
                  ("S2", 0.5, "I know, I'm sorry, I forgot."))
    assert not [m for m in a["markers"] if m["category"] == "defensiveness"], a["markers"]


def test_a_well_you_answering_a_complaint_is_still_defensiveness():
    a = run_lines(("S1", 0.0, "You never call the plumber when you say you will."),
                  ("S2", 0.5, "Well you never remind me, so what do you expect?"))
    assert [m for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "defensiveness"], a["markers"]


def _timed(*lines):
    """(speaker, start, end, text) lines at the times a walk-through's recording had them."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, say
    return analyze(conversation(*(say(s, a, text, end=b) for s, a, b, text in lines)))


# A money talk: a harsh start-up, a bid turned away, a pursuit met by silence and shutting down, a time-out asked for,
# agreed to and come back from, both apologies, and a plan. Nothing in it is control or a threat.
MONEY = (
    ("S1", 0.0, 5.63, "You've been hiding the credit card statements again. You're completely irresponsible with money."),
    ("S2", 6.63, 8.75, "I wasn't hiding anything."),
    ("S1", 9.15, 14.51, "We owe eleven thousand dollars and you act like it's nothing. This debt is killing me."),
    ("S1", 15.31, 20.34, "I'm really scared we're going to lose the house. Can you sit with me and look at the numbers?"),
    ("S2", 21.84, 24.48, "Mm. Did the plumber ever call back?"),
    ("S1", 24.98, 26.93, "Are you even listening to me?"),
    ("S1", 32.93, 35.16, "Say something. Anything."),
    ("S2", 39.16, 41.41, "I can't do this right now."),
    ("S2", 42.41, 50.73, "Can we take a break and come back to this at eight? I'm getting overwhelmed and I don't want to say "
                         "something I regret."),
    ("S1", 51.53, 55.34, "Okay. Eight o'clock. You promise you'll come back."),  # its question mark lost, as tiny.en lost it
    ("S2", 55.84, 57.34, "I promise."),
    ("S2", 62.34, 72.09, "Okay, it's eight. I'm back. I'm sorry I shut down earlier. The debt scares me too, and when I'm "
                         "scared I go quiet."),
    ("S1", 72.79, 77.56, "Thank you. I'm sorry I called you irresponsible. I was scared."),
    ("S2", 78.16, 84.12, "What if we sit down every Sunday morning for twenty minutes and go through the statements together?"),
    ("S1", 84.62, 89.19, "Yes. And no new purchases over two hundred dollars without talking first."),
    ("S2", 89.69, 93.01, "Deal. That works for both of us."),
)


def test_a_money_quarrel_with_a_time_out_is_no_control_nor_threat():
    """The walk-through's money talk was marked clinician-only with a financial-control flag on the harsh start-up
    ("You've been hiding the credit card statements again.", read by meaning) and a threat on "You promise you'll come
    back" (its question mark lost): that opened a threat stretch that read the time-out, both apologies and the plan as
    possible fear responses and blocked the time-out practice the couple needed."""
    a = _timed(*MONEY)
    heard = [(f["category"], f["quote"]) for f in a["safety_flags"] if not f.get("listen_only")]
    assert heard == [], heard
    assert not [f for f in a["safety_flags"] if f["category"] in ("threat", "appeasement")]
    assert not [m for m in a["markers"] if m["category"] == "repair_after_threat"]


def test_the_money_talk_names_its_pursuit_and_withdrawal_and_the_break_taken():
    """A pursuit ("Are you even listening to me?" … six seconds … "Say something. Anything.") met by silence and "I can't
    do this right now." was "not found"; the break was said to end at the agreeing words, not at the coming back."""
    a = _timed(*MONEY)
    kinds = {p["kind"]: p for p in a["patterns"]}
    assert "pursue_withdraw" in kinds, list(kinds)
    assert (kinds["pursue_withdraw"]["pursuing"], kinds["pursue_withdraw"]["withdrawing"]) == ("S1", "S2")
    assert kinds["flooding"]["break"]["back_t"] == 62.34


def test_a_nod_then_another_subject_is_turning_away_not_against():
    """"Can you sit with me and look at the numbers?" / "Mm. Did the plumber ever call back?" was met "against … with
    contempt" (high), from a contempt reading by meaning the analysis itself judged low: it is the textbook turning away."""
    a = _timed(*MONEY)
    plumber = [x["response"] for x in a["reaching_for"]["S1"] if "numbers" in x["quote"]]
    assert plumber == ["away"], a["reaching_for"]["S1"]


AFFAIR = (
    ("S1", 0.0, 4.04, "Did you see her again last week? I need you to be honest with me."),
    ("S2", 4.63, 11.22, "No. I told you already, I haven't seen her since March. Why do we keep going over this?"),
    ("S1", 11.62, 14.74, "Because you lied to me for eight months, that's why."),
    ("S2", 15.94, 21.15, "I know. You're right. I'm sorry, that was defensive."),
    ("S1", 21.65, 23.05, "Did she text you?"),
    ("S2", 23.85, 30.41, "She sent me a message on Tuesday. I didn't answer it, and I should have told you straight away."),
    ("S1", 30.81, 36.78, "Of course you didn't tell me. Honesty was never really your thing, was it? You're such a coward."),
    ("S2", 37.28, 41.70, "That's not fair. I've been doing everything you asked."),
    ("S2", 43.70, 51.73, "No. Wait. You have every reason to be angry. I broke your trust, and it's on me to earn it back."),
    ("S1", 52.73, 54.44, "Thank you for saying that."),
    ("S1", 55.04, 61.03, "I need to know you'll tell me when she contacts you. Not weeks later. The same day."),
    ("S2", 61.53, 67.84, "I will. The same day, I'll show you the message and we can decide together what to do."),
    ("S1", 68.54, 71.92, "Okay. I still feel sick when I think about it."),
    ("S2", 72.52, 77.22, "I know. I'm here. Can I hold your hand?"),
    ("S1", 78.62, 79.22, "Yes."),
)


def test_after_an_affair_owning_it_is_repair_and_news_of_contact_is_no_monitoring():
    """"She sent me a message on Tuesday." (the affair partner's contact, told) was the speaker's monitoring, heard; the
    accountability ("You have every reason to be angry. I broke your trust, and it's on me to earn it back.") was read as
    blaming and money control instead of a repair; "I still feel sick when I think about it." was self-harm to listen to."""
    a = _timed(*AFFAIR)
    assert not [f for f in a["safety_flags"] if not f.get("listen_only")], a["safety_flags"]
    assert not [f for f in a["safety_flags"] if f["category"] in ("self_harm", "financial_control")
                or f["speaker"] == "S2"], a["safety_flags"]
    owned = [m["quote"] for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "repair"]
    assert any("every reason" in q for q in owned) and any("broke your trust" in q for q in owned), owned


def test_after_an_affair_the_scorn_is_contempt_and_a_slow_yes_is_no_stonewalling():
    a = _timed(*AFFAIR)
    scorn = {m["quote"] for m in a["markers"] if m["speaker"] == "S1" and m["category"] == "contempt"}
    assert "You're such a coward." in scorn and "Honesty was never really your thing, was it?" in scorn, scorn
    assert not [m for m in a["markers"] if m["speaker"] == "S1" and m["category"] == "stonewalling"]


# An at-home practice of two women, "appreciation and a soft start-up": it goes well.
PRACTICE = (
    ("S1", 0.0, 5.23, "Okay, it's our practice time. I'll start with the appreciation, if that's alright."),
    ("S2", 5.63, 6.55, "Go for it."),
    ("S1", 6.85, 15.04, "I really appreciated that you picked my mum up from the airport on Tuesday, even though you were "
                        "exhausted after work. It meant a lot to me."),
    ("S2", 15.44, 20.47, "Thank you. I'm glad it helped. I actually liked seeing her, honestly."),
    ("S2", 21.07, 28.26, "My turn. I appreciate how you always make me coffee before my early shifts. It makes the mornings "
                         "feel less lonely."),
    ("S1", 28.56, 31.55, "Aw, thank you, love. I like doing that for you."),
    ("S1", 32.35, 40.80, "Okay, now the gentle complaint part. I feel a bit overwhelmed about the dishes piling up in the "
                         "evenings, and I need us to make a plan together."),
    ("S2", 41.30, 45.39, "Well, I did them on Sunday, and I've been working late all week."),
    ("S1", 45.79, 50.33, "I know you have, and I'm not blaming you. I just feel like it always lands on"),  # cut off, as heard
    ("S2", 50.33, 55.69, "No, you're right. Sorry. It has been piling up, and that isn't fair on you."),
    ("S1", 55.99, 58.18, "Thank you. That means a lot."),
    ("S2", 58.68, 63.38, "What if I do them Monday, Wednesday and Friday, and you take the other nights?"),
    ("S1", 63.68, 67.00, "Yes, that works for me. Can we try it this week?"),
    ("S2", 67.40, 72.43, "Deal. As long as you stop hiding the lasagne pan in the oven, you sneaky thing."),
    ("S1", 72.73, 74.84, "Ha! That was one time."),
    ("S2", 75.14, 76.62, "It was four times."),
    ("S1", 77.02, 79.08, "Okay, fair. I love you."),
    ("S2", 79.38, 82.19, "I love you too. That was a good practice."),
)


def test_a_warm_practice_has_no_safety_language_and_no_criticism():
    """"I know you have, and I'm not blaming you." was blaming, heard; with it, the cut-off "I just feel like it always
    lands on" was self-harm ("assess risk before the next session"), and every later apology, the plan and "I love you
    too." were possible fear responses. "I appreciate how you always make me coffee…" was criticism and a harsh start-up."""
    a = _timed(*PRACTICE)
    assert a["safety_flags"] == [], [(f["category"], f["quote"]) for f in a["safety_flags"]]
    assert not [m for m in a["markers"] if m["category"] in ("criticism", "contempt", "appeasement", "repair_after_threat")]
    assert "harsh_startup" not in {p["kind"] for p in a["patterns"]}


def test_a_practice_of_two_behaviours_checks_both_and_finds_the_start_up_past_the_appreciations():
    """Fidelity looked at the first three turns only (the appreciations), called them the soft start-up and never
    checked the appreciation half of "Appreciation and a soft start-up"."""
    from talktogether_desktop.practice.fidelity import assess

    out = assess({"title": "Appreciation and a soft start-up"}, _timed(*PRACTICE))
    assert out["verdict"] == "yes", out["summary"]
    assert out["behaviours"] == ["appreciation", "soft_startup"]
    # (round 42: dated from the start of the sentences said in the same breath, "Okay, now the gentle complaint part.")
    assert "start-up at 00:32" in out["summary"], out["summary"]
    assert any("overwhelmed" in e["quote"] for e in out["evidence"]), out["evidence"]


@pytest.mark.parametrize("line", ["I just feel stuck in the middle.", "I just feel like it always lands on me.",
                                  "I still feel sick when I think about it."])
def test_a_bind_a_load_or_sickness_at_a_memory_is_no_self_harm(line):
    a = run_lines(("S1", 0.0, "We went to your sister's for Easter and it was fine."), ("S2", 0.5, line),
                  ("S1", 0.5, "I know. I'm here."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"], a["safety_flags"]


IN_LAWS = (
    ("S1", 0.0, 5.71, "So your mother called again about Christmas. She's already assuming we're coming for the whole week."),
    ("S2", 6.21, 10.90, "Yeah, she asked me on Sunday. I said we'd probably come."),
    ("S1", 11.20, 17.19, "You said we'd come? You never ask me before you decide anything. You always put her first."),
    ("S2", 17.49, 23.00, "That's not true. I told you on Sunday night, you just weren't listening."),
    ("S1", 23.30, 27.64, "Oh, here we go, the perfect son. Mummy calls and you come running."),
    ("S2", 27.84, 32.36, "Don't talk about my mother like that! Every single year you do this, you turn it into a"),
    ("S1", 32.36, 37.94, "Because every single year we spend the whole week at her house and nobody asks what I want!"),
    ("S2", 38.14, 43.33, "That is not fair. We went to your sister's for Easter, and I didn't complain once, I just"),
    ("S1", 43.33, 45.53, "You complained the entire drive home!"),
    ("S2", 47.03, 50.60, "Can we just... okay, I'm sorry."),
    ("S1", 50.90, 55.14, "Don't sorry me. You always say sorry and then nothing changes."),
    ("S2", 58.14, 67.06, "Okay. You're right that I said yes without asking you. That wasn't fair. I should have checked with "
                         "you first."),
    ("S1", 67.66, 73.66, "Thank you. That's all I wanted. I just want to feel like we decide things together."),
)


def test_an_apology_turned_down_did_not_land_and_the_one_taken_did():
    """"Can we just... okay, I'm sorry." / "Don't sorry me. You always say sorry and then nothing changes." was the repair
    after which it eased ("landed", high), and the suggested question asked what made it possible to hear it."""
    a = _timed(*IN_LAWS)
    landed = {round(r["t"]): r["landed"] for r in a["repairs"]}
    sorry = next(r for r in a["repairs"] if "I'm sorry" in r["quote"])
    assert sorry["landed"] is False, a["repairs"]
    assert any(r["landed"] and "You're right" in r["quote"] for r in a["repairs"]), landed


def test_a_quarrel_line_read_vaguely_as_control_does_not_make_a_reply_against_with_control():
    """A reply listed only to listen to (isolation by meaning, low) was the bid's answer "with coercive control:
    isolation", stated without the listen-only caveat."""
    a = _timed(*IN_LAWS)
    reasons = [x.get("response_reason") or "" for v in a["reaching_for"].values() for x in v]
    assert not [r for r in reasons if "coercive" in r or "control" in r], reasons


def test_answering_again_as_if_it_should_not_be_asked_is_defensiveness():
    """"I need you to be honest with me." / "No. I told you already, I haven't seen her since March. Why do we keep going
    over this?" was read as taking the need up ("No.")."""
    a = _timed(*AFFAIR[:2])
    said = {m["phrase"] for m in a["markers"] if m["speaker"] == "S2" and m["category"] == "defensiveness"}
    assert {"i told you already", "why do we keep going over this"} <= said, said
    assert [x["response"] for x in a["reaching_for"]["S1"] if "honest" in x["quote"]] == ["against"]
