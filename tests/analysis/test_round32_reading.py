"""Round 32's reading fixes, each a confident wrong statement found by therapist walk-throughs of new conversations
(grief and caregiving, a parenting quarrel repaired with humour, affectionate teasing between two women, jealousy and
monitoring with appeasement)."""

from __future__ import annotations

import re

import pytest

from .timeline import run_lines


def _flags(a, category=None, speaker=None) -> list[dict]:
    return [f for f in a["safety_flags"] if (category is None or f["category"] == category)
            and (speaker is None or f["speaker"] == speaker)]


def _markers(a, category, speaker=None) -> list[dict]:
    return [m for m in a["markers"] if m["category"] == category and (speaker is None or m["speaker"] == speaker)]


GRIEF = (("S1", 0.0, "I was at the hospice again until ten last night. This schedule is killing me."),
         ("S2", 0.6, "I know. Thank you for doing all the late shifts."),
         ("S1", 0.5, "I can't go on like this, driving back and forth every day and working full time."),
         ("S2", 0.7, "Okay. I'll call the agency tomorrow about night cover."),
         ("S1", 0.6, "Your mum had a bad night. She didn't know who I was."),
         ("S2", 1.2, "I keep making lists, because if I stop, I'll fall apart."),
         ("S1", 0.6, "Come here. You don't have to hold it all together with me."),
         ("S2", 1.0, "I'm going to lose my mum."),
         ("S1", 0.7, "I know, love. I'm right here. We'll get through this together."),
         ("S2", 0.8, "Can you just hold me for a minute?"),
         ("S1", 0.5, "Of course I can. Come here."))


def test_caring_for_a_dying_parent_is_no_self_harm_and_asks_no_risk_assessment():
    """"I was at the hospice again until ten last night." was self-harm heard (by meaning, 0.87) and put "assess risk
    before the next session" at the top of a tender talk; "I can't go on like this, driving back and forth every day…"
    (about the schedule) was self-harm by its phrase, and "I'm going to lose my mum." a threat, whose comfort ("I'm right
    here.") then read as a possible fear response."""
    a = run_lines(*GRIEF)
    harm = _flags(a, "self_harm")
    assert not [f for f in harm if "hospice" in f["quote"] or "go on" in f["quote"] or not f.get("listen_only")], harm
    assert not _flags(a, "threat") and not _flags(a, "appeasement"), a["safety_flags"]
    assert a.get("safety_prompt") is None


@pytest.mark.parametrize("line", ["I can't go on like this.", "I can't go on like this, living like this.",
                                  "Everyone would be better off without me.",
                                  "Some nights I think about taking all the pills at once."])
def test_despair_is_still_heard(line):
    a = run_lines(("S2", 0.0, "How was the hospital today?"), ("S1", 0.8, line))
    assert _flags(a, "self_harm", "S1"), a["safety_flags"]


@pytest.mark.parametrize("line", ["You're going to lose the kids if you walk out that door.",
                                  "I'm going to lose it with you in a minute, I swear."])
def test_a_loss_threatened_or_a_temper_about_to_go_is_not_a_feared_loss(line):
    """Only the speaker's own feared loss ("I'm going to lose my mum.", "We might lose the house.") is read as no threat."""
    from talktogether_desktop.analysis.control_lookalikes import fears_a_loss

    toks = [t.strip(".,").lower() for t in line.split()]
    assert not fears_a_loss(toks)
    assert fears_a_loss(["i'm", "going", "to", "lose", "my", "mum"])
    assert fears_a_loss(["we", "might", "lose", "the", "house"])


PHONE = (("S1", 0.0, "Who were you texting at midnight?"), ("S2", 0.5, "Just Sam. About the game on Sunday."),
         ("S1", 0.3, "Give me your phone. I want to see the messages."), ("S2", 0.8, "Okay. Here. I've got nothing to hide."),
         ("S1", 0.4, "You know how I feel about Sam. I don't want you seeing him anymore."),
         ("S2", 2.2, "Okay. I'll stop seeing them. Whatever makes you happy."))


def test_a_lift_home_in_the_snow_watched_over_is_care_not_monitoring():
    """"Can you share your location while you drive back in the snow, so I know you're safe?" (from the partner who was
    being monitored) was "coercive control: monitoring" (high), and the warm "Thanks for thinking of that." a possible
    fear response: the one controlled was shown as a controller and the controller as afraid."""
    a = run_lines(*PHONE,
                  ("S2", 1.5, "Can you share your location while you drive back from your sister's in the snow, so I know "
                              "you're safe?"),
                  ("S1", 0.4, "Of course. I'll text you when I leave, too. Thanks for thinking of that."))
    assert not _flags(a, "monitoring", "S2"), _flags(a, speaker="S2")
    assert not _flags(a, "appeasement", "S1"), _flags(a, speaker="S1")
    assert _flags(a, "monitoring", "S1") and _flags(a, "isolation", "S1")


@pytest.mark.parametrize("line", ["Share your location with me from now on, so I know you're safe.",
                                  "I want your location on all the time, so I know where you are."])
def test_location_as_a_standing_rule_is_still_monitoring(line):
    a = run_lines(("S2", 0.0, "I'm going to the gym later."), ("S1", 0.5, line))
    assert _flags(a, "monitoring", "S1"), a["safety_flags"]


def test_permission_made_to_hang_on_behaviour_is_coercion_and_asking_leave_is_not_isolation():
    """"And, um, can I still go to Sam's birthday on Friday?" was "coercive control: isolation" under the name of the
    one asking leave, and "We'll see. It depends on how you behave this week." was only low criticism."""
    a = run_lines(*PHONE, ("S2", 1.5, "And, um, can I still go to Sam's birthday on Friday?"),
                  ("S1", 0.5, "We'll see. It depends on how you behave this week."), ("S2", 1.2, "Okay. That's fair."))
    assert not _flags(a, "isolation", "S2"), _flags(a, speaker="S2")
    assert _flags(a, "coercion", "S1"), _flags(a, speaker="S1")


WARM = (("S1", 0.0, "Okay, one small thing. When you leave your dishes in the sink overnight, I feel a bit taken for "
                    "granted. Could you rinse them before bed?"),
        ("S2", 0.7, "That's fair. I'm sorry, I didn't realise it bothered you. I'll do them before bed."),
        ("S1", 0.4, "Thank you. I really appreciate that."),
        ("S2", 0.5, "And if I forget, you're allowed to steal the blanket back."))


def test_a_threat_word_in_play_after_the_speakers_own_thanks_is_listened_to_not_flagged():
    """"Deal. I'm going to kill you if you forget, though." after the speaker's own "Thank you. I really appreciate that."
    in a warm talk was a threat heard (high): clinician-only, safety check-ins, and recorded practice refused."""
    a = run_lines(*WARM, ("S1", 0.3, "Deal. I'm going to kill you if you forget, though."), ("S2", 0.4, "Love you, dork."))
    assert not _flags(a, "threat"), a["safety_flags"]
    assert _markers(a, "playful_threat", "S1")


def test_the_same_words_after_a_quarrel_are_still_a_threat():
    a = run_lines(("S2", 0.0, "You never do anything I ask, you're useless."),
                  ("S1", 0.5, "I'm going to kill you if you touch my stuff again."))
    assert _flags(a, "threat", "S1"), a["safety_flags"]


def test_owning_what_was_unfair_on_the_partner_is_a_repair_not_defensiveness():
    """"Look, I'm sorry I left it all to you. I hate being the bad guy, but that's not fair on you." was defensiveness
    (high) for "that's not fair"."""
    a = run_lines(("S1", 0.0, "I need you to back me up with her."),
                  ("S2", 0.6, "Look, I'm sorry I left it all to you. I hate being the bad guy, but that's not fair on you."))
    assert not _markers(a, "defensiveness", "S2"), _markers(a, "defensiveness")
    assert _markers(a, "repair", "S2")
    c = run_lines(("S1", 0.0, "You never back me up with her, it's always me."),
                  ("S2", 0.6, "I hate being the bad guy, but that's not fair on you."))
    assert not _markers(c, "defensiveness", "S2") and _markers(c, "repair", "S2"), c["markers"]
    b = run_lines(("S1", 0.0, "You never back me up with her."), ("S2", 0.6, "That's not fair. I told her twice."))
    assert _markers(b, "defensiveness", "S2")


def test_enjoying_the_partners_joke_is_no_excuse():
    """"Ha ha. Okay, that was funny." (the partner's joke taken in) was defensiveness: an excuse opening "that was"."""
    a = run_lines(("S1", 0.0, "And when I took the phone off her, she said, you never let me do anything, and you just "
                              "stood there."),
                  ("S2", 1.0, "Well, to be fair, you never let me do anything either."),
                  ("S1", 0.4, "Ha ha. Okay, that was funny. Shut up."))
    assert not _markers(a, "defensiveness", "S1"), _markers(a, "defensiveness")


@pytest.mark.parametrize("worry,reply", [("I was worried it was too spicy.", "Never. I could eat that every day."),
                                         ("I was worried you'd be cross.", "No, not at all. I'm glad you told me."),
                                         ("I'm scared I'll mess up the interview.", "Never. You'll be brilliant.")])
def test_a_no_that_reassures_a_worry_turns_toward_it(worry, reply):
    """"Aw, thanks. I was worried it was too spicy." / "Never. I could eat that every day." was "against" (pushing it
    away), in the couple's own report too."""
    a = run_lines(("S2", 0.0, "Thank you for making dinner tonight."), ("S1", 0.4, worry), ("S2", 0.4, reply))
    got = [(x["quote"], x["response"]) for x in a["reaching_for"].get("S1", [])]
    assert got and all(r == "toward" for _, r in got), got


@pytest.mark.parametrize("reply", ["No. I'm watching the match.", "Nope. Did you pay the gas bill?", "No. Whatever."])
def test_a_no_that_moves_on_still_turns_away(reply):
    a = run_lines(("S1", 0.0, "I'm scared I'll mess up the interview."), ("S2", 0.4, reply))
    got = [x["response"] for x in a["reaching_for"].get("S1", [])]
    assert got and "toward" not in got, got


def test_comfort_offered_in_answer_is_no_bid_left_unmet():
    """"Can you just hold me for a minute?" / "Of course I can. Come here." listed Claire's "Come here." as a bid of her
    own that "the recording ends before a reply could come", and her "Come here." to his "…if I stop, I'll fall apart."
    as a bid he passed by ("I'm going to lose my mum."): falling apart is a feeling told, the comfort its answer."""
    a = run_lines(*GRIEF)
    mine = [x["quote"] for x in a["reaching_for"].get("S1", [])]
    assert "Come here." not in mine, mine
    theirs = [(x["quote"], x["response"]) for x in a["reaching_for"].get("S2", []) if "hold me" in x["quote"]]
    assert theirs == [("Can you just hold me for a minute?", "toward")], a["reaching_for"]


def test_a_come_here_that_opens_a_moment_is_still_a_bid():
    a = run_lines(("S1", 0.0, "You stole the whole blanket again last night, you absolute menace."),
                  ("S2", 0.5, "I did not. That is a complete lie."), ("S1", 0.4, "You're such a dork. Come here."))
    assert any(x["quote"] == "Come here." for x in a["reaching_for"].get("S1", [])), a["reaching_for"]


def test_a_need_about_the_dishes_is_fairness_not_closeness():
    """"I feel a bit overwhelmed about the dishes piling up in the evenings, and I need us to make a plan together." was
    "reaching for closeness and connection": "together" is a cue of closeness and of respect alike, "dishes" of fairness."""
    a = run_lines(("S2", 0.0, "Go for it."),
                  ("S1", 0.5, "I feel a bit overwhelmed about the dishes piling up in the evenings, and I need us to make a "
                              "plan together."), ("S2", 0.5, "Okay, let's make one tonight."))
    cats = [x["category"] for x in a["reaching_for"].get("S1", [])]
    assert cats == ["fairness"], a["reaching_for"]


def test_a_proposal_in_answer_to_a_need_takes_it_up():
    """"I need us to be a team on this." / "What if phones go on the kitchen charger at ten thirty on school nights…?"
    was "passing it by": the compromise answered the need."""
    a = run_lines(("S1", 0.0, "Thank you. I need us to be a team on this."),
                  ("S2", 0.6, "What if phones go on the kitchen charger at ten thirty on school nights?"))
    got = [(x["quote"], x["response"]) for x in a["reaching_for"].get("S1", [])]
    assert got == [("I need us to be a team on this.", "toward")], got
    b = run_lines(("S1", 0.0, "I need us to be a team on this."), ("S2", 0.6, "How about you stop nagging me for once?"))
    assert [x["response"] for x in b["reaching_for"].get("S1", [])] != ["toward"], b["reaching_for"]


def test_someone_elses_feeling_told_is_not_the_speakers_bid():
    """"Can I finish? She's exhausted. She fell asleep in maths twice this week." (of the daughter) was Maya's own feeling,
    "passed by" when Jon gave her the floor ("Okay. Okay. Go on.")."""
    a = run_lines(("S2", 0.0, "It's always a different rule with you."),
                  ("S1", 0.4, "Can I finish? She's exhausted. She fell asleep in maths twice this week."),
                  ("S2", 0.8, "Okay. Okay. Go on."))
    assert not [x for x in a["reaching_for"].get("S1", []) if "exhausted" in x["quote"]], a["reaching_for"]
    b = run_lines(("S2", 0.0, "How was your day?"), ("S1", 0.6, "I'm exhausted. I feel like I never stop."),
                  ("S2", 0.6, "That sounds hard."))
    assert [x for x in b["reaching_for"].get("S1", []) if "exhausted" in x["quote"] or "never stop" in x["quote"]]


def test_an_order_of_control_is_no_i_statement_and_its_want_no_need():
    """"Give me your phone. I want to see the messages." was a need Josh "did not take up", and "And I want your
    passwords." an I-statement: the one controlling had 4 I-statements and 0 you-statements in the framing line."""
    a = run_lines(("S1", 0.0, "Who were you texting at midnight?"), ("S2", 0.5, "Just Sam."),
                  ("S1", 0.3, "Give me your phone. I want to see the messages."), ("S2", 0.8, "Okay. Here."),
                  ("S1", 0.4, "And I want your passwords. All of them."), ("S2", 0.6, "Fine."),
                  ("S1", 0.5, "I feel scared when you go quiet on me."))
    assert not a["reaching_for"].get("S1") or not [x for x in a["reaching_for"]["S1"] if "messages" in x["quote"]]
    s1 = next(s for s in a["speakers"] if s["id"] == "S1")
    assert s1["i_statements"] == 1, s1["i_statements"]  # "I feel scared…" only


def test_the_fear_response_line_names_control_as_well_as_threats():
    a = run_lines(*PHONE)
    texts = [o["text"] for o in a["observations"] if o["kind"] == "safety" and "fear response" in o["text"]]
    # (wfix49: in the kind found and when, "after the other partner's words of control (monitoring) at 00:03")
    assert texts and all(re.search(r"after the other partner's words of control( \([a-z ]+\))? at \d\d:\d\d", t)
                         for t in texts), texts


def test_a_safety_line_lists_only_its_own_speakers_times_and_all_of_them():
    flags = [{"t": float(t), "end": t + 1.0, "speaker": who, "category": "monitoring", "group": "coercive control: monitoring",
              "quote": f"Line {t}.", "confidence": "medium"} for t, who in ((0, "S1"), (10, "S1"), (20, "S2"), (30, "S1"),
                                                                         (40, "S1"), (50, "S1"))]
    from talktogether_desktop.analysis.observations import _safety

    out = _safety(flags, lambda s: {"S1": "Rina", "S2": "Josh"}[s])
    rina = next(o["text"] for o in out if "Rina" in o["text"])
    assert "(and 4 more: 00:10, 00:30, 00:40, 00:50)" in rina, rina
    assert any("Josh said" in o["text"] and "more" not in o["text"] for o in out), out


def test_a_retort_standing_alone_before_teasing_is_not_contempt():
    """"Oh please. You love it. You always end up cuddling me to get it back." opened the report as contempt (high)."""
    a = run_lines(("S1", 0.0, "You stole the whole blanket again last night, you absolute menace."),
                  ("S2", 0.3, "Oh please. You love it. You always end up cuddling me to get it back."))
    assert not _markers(a, "contempt", "S2"), _markers(a, "contempt")
    b = run_lines(("S1", 0.0, "I did the dishes last night."), ("S2", 0.3, "Oh please. You're pathetic."))
    assert _markers(b, "contempt", "S2"), b["markers"]
