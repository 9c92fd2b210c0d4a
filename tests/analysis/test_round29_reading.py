"""Round 29's reading, from a walk-through on a new conversation (a mother moving in): a soft start-up met by a
critical reply, a time-out asked for and agreed, a repair said in one sentence, and short replies that turn toward."""

from .timeline import run_lines as _run


SOFT_OPENING = [("S1", 0, "Tom, can we talk? I have been worried about my mum living alone since her fall. I would love "
                          "us to think about her moving in for a while."),
                ("S2", 0.8, "Honestly, you always decide things about your family without me. You never ask what I want.")]


def test_a_soft_start_up_met_by_a_critical_reply_is_no_harsh_start_up():
    r = _run(*SOFT_OPENING, ("S1", 0.6, "That's not fair, I was only trying to help my mother."))
    assert any(m["category"] == "criticism" and m["speaker"] == "S2" for m in r["markers"])
    assert not r["harsh_startup"]["flag"]
    assert not any(p["kind"] == "harsh_startup" for p in r["patterns"])


def test_news_shared_and_met_with_scorn_is_still_how_the_issue_was_raised():
    r = _run(("S1", 0, "Did you see they've finally put the Christmas lights up on the high street?"),
             ("S2", 0.6, "Oh lovely. So the dishwasher's just decorative now, is it? You never do anything in this house."),
             ("S1", 0.6, "I was going to do it tonight."), ("S2", 0.6, "Sure you were."))
    assert r["harsh_startup"]["flag"] and r["harsh_startup"]["by"] == "S2"


def test_a_harsh_opener_is_still_a_harsh_start_up():
    r = _run(("S1", 0, "You never listen to me, you always put your mother first."),
             ("S2", 0.6, "That's not true."))
    assert r["harsh_startup"]["flag"] and r["harsh_startup"]["by"] == "S1"


def test_a_break_asked_for_in_one_sentence_is_one_repair_and_an_agreed_break_is_turning_toward():
    r = _run(*SOFT_OPENING,
             ("S1", 0.6, "I need a minute, my heart is racing. Can we take a break for twenty minutes and come back to this?"),
             ("S2", 0.8, "Okay."),
             ("S1", 4.0, "I'm back. I feel calmer now. Thank you for waiting."))
    quotes = [x["quote"] for x in r["repairs"]]
    assert sum("take a break" in q for q in quotes) == 1, quotes
    space = next(b for b in r["reaching_for"]["S1"] if "take a break" in b["quote"])
    assert space["response"] == "toward" and space["response_quote"] == "Okay.", space


def test_one_whatever_is_one_stonewalling_sign():
    r = _run(("S1", 0, "You always walk away when I try to talk about money, why do you do that? What do you want?"),
             ("S2", 4.0, "Whatever."))
    signs = [m for m in r["markers"] if m["category"] == "stonewalling" and m["speaker"] == "S2"]
    assert len(signs) == 1, signs


def test_im_listening_turns_toward_a_bid_but_is_a_minimal_reply_to_an_attack():
    calm = _run(("S1", 0, "Can I tell you about something that happened at work today? It has been on my mind all "
                          "afternoon and I would really like to talk it through with you tonight."),
                ("S2", 1.5, "I'm listening."))
    assert not any(m["category"] == "stonewalling" for m in calm["markers"])
    attacked = _run(("S1", 0, "See, this is what you do. I talk, you scroll. Every single night. It's like living with "
                              "a lodger, you never look at me when I'm talking."),
                    ("S2", 1.5, "I'm listening."))
    assert any(m["category"] == "stonewalling" and m["speaker"] == "S2" for m in attacked["markers"])


def test_a_bid_said_as_the_recording_ends_is_not_read_as_turned_away():
    r = _run(("S1", 0, "That was a lovely walk."), ("S2", 0.5, "It was. Can you hold me for a minute?"))
    last = r["reaching_for"]["S2"][-1]
    assert last["response"] == "recording_ended" and last["response_by"] is None
    assert r["bids_met"]["S2"]["away"] == 0 and r["bids_met"]["S2"]["recording_ended"] == 1
    reach = [o for o in r["observations"] if o["kind"] == "reaching_for" and "hold me" in o["text"]]
    assert not reach or "before any reply" in reach[0]["text"]


def test_pursue_withdraw_shows_the_turns_met_by_withdrawal_not_the_soft_opening_or_the_time_out():
    r = _run(*SOFT_OPENING,
             ("S1", 0.6, "Why are you talking to me like that? Do you even care what happens to her?"),
             ("S2", 1.7, "Fine."),
             ("S1", 0.8, "Fine? What does that mean? Tom, what do you actually want?"),
             ("S2", 4.0, "Whatever."),
             ("S1", 0.8, "I need a minute. Can we take a break and come back to this?"),
             ("S2", 2.0, "Fine."))
    pw = next((p for p in r["patterns"] if p["kind"] == "pursue_withdraw"), None)
    assert pw is not None and pw["pursuing"] == "S1"
    shown = " ".join(p["quote"] for p in pw["pursuing_turns"])
    assert "can we talk" not in shown.lower() and "take a break" not in shown and "care" in shown
    assert pw["t"] > 15.0  # the first sign is where the cycle starts, not the soft opening
    assert len({w["t"] for w in pw["withdrawal_signs"]}) == len(pw["withdrawal_signs"])


def test_the_protest_of_someone_spoken_to_with_scorn_is_no_blaming_and_fear_of_losing_us_no_fear_of_the_partner():
    r = _run(("S1", 0, "I did ask you last week about my mother."),
             ("S2", 0.5, "Oh sure, you asked. Just like you asked about the car. Wow, what a great listener you are."),
             ("S1", 0.6, "Why are you talking to me like that? Do you even care what happens to her?"),
             ("S2", 2.0, "I'm sorry. I think I'm scared of losing our quiet evenings together."))
    assert not [(f["category"], f["quote"]) for f in r["safety_flags"]]
    blamed = _run(("S1", 0, "You never listen to me."), ("S2", 0.5, "Look what you made me do. It is your fault I lost it."))
    assert [f["category"] for f in blamed["safety_flags"]] == ["blaming", "blaming"]


def test_an_always_amid_appreciation_is_teasing_but_not_in_a_quarrel():
    """The walk-through's warm variant: the third affectionate "you always" (with "leave", a cold word alone) was
    printed as high-confidence criticism."""
    warm = _run(("S1", 0, "You always make me laugh when I've had a rough day. I love that about you."),
                ("S2", 0.8, "And you always remember how I take my coffee, even when I forget myself."),
                ("S1", 0.7, "Well, you always leave me the last biscuit, so it's only fair."),
                ("S2", 0.8, "Come here. Thank you for tonight, it was lovely."))
    assert not [m["quote"] for m in warm["markers"] if m["category"] in ("criticism", "contempt")]
    cross = _run(("S1", 0, "You never help me with anything in this house."),
                 ("S2", 0.8, "That's not true, I did the shopping on Saturday."),
                 ("S1", 0.7, "Well, you always leave me the mess, so it's only fair I complain."))
    assert any(m["category"] == "criticism" and "leave me the mess" in m["quote"] for m in cross["markers"])


def test_a_break_asked_for_when_flooded_and_the_return_are_named():
    r = _run(*SOFT_OPENING,
             ("S1", 0.6, "I need a minute, my heart is racing. Can we take a break and come back to this?"),
             ("S2", 0.8, "Okay."),
             ("S1", 4.0, "I'm back. I feel calmer now."),
             ("S2", 0.6, "You're right, I'm sorry I snapped. Can we try again?"))
    (flooding,) = [p for p in r["patterns"] if p["kind"] == "flooding"]
    taken = flooding["break"]
    assert taken["asked_by"] == "S1"
    back = next(t for t in r["turns"] if "calmer" in t["text"])
    assert taken["back_t"] == back["start"]  # the return, not the "Okay." that agreed to the break
    assert any("calmer" in x["quote"] for x in r["repairs"])
    cut = _run(*SOFT_OPENING, ("S1", 0.6, "My heart is racing. Can we take a break and come back to this?"))
    (flooding,) = [p for p in cut["patterns"] if p["kind"] == "flooding"]
    assert flooding["break"]["back_t"] is None


def test_coercive_control_named_as_such_and_the_veiled_threat_heard():
    """A second walk-through (two female voices): the allowance was called a threat, "And you're not seeing Sarah
    again." and "Don't make me do something we'll both regret." were only lines to listen to."""
    r = _run(("S1", 0, "You spent sixty dollars on one dinner. From now on I keep the bank card, and you'll get an "
                       "allowance every Friday."),
             ("S2", 0.8, "That is my money too. I earn it."),
             ("S1", 0.6, "And you're not seeing Sarah again. She puts ideas in your head."),
             ("S2", 0.6, "She is my oldest friend. Can we at least talk about it?"),
             ("S1", 0.6, "Don't make me do something we'll both regret."),
             ("S2", 0.9, "Okay, okay. I'm sorry. I won't go."))
    heard = {(f["category"], f["quote"]) for f in r["safety_flags"] if not f.get("listen_only")}
    assert any(c == "financial_control" and "allowance" in q for c, q in heard), heard
    assert not any(c == "threat" and "allowance" in q for c, q in heard)
    assert ("isolation", "And you're not seeing Sarah again.") in heard
    assert ("threat", "Don't make me do something we'll both regret.") in heard
    assert any(c == "appeasement" and "sorry" in q for c, q in heard)
    assert not r["repairs"]
    plain = _run(("S1", 0, "You're not seeing the point I'm making."), ("S2", 0.6, "Fine, say it again then."))
    assert not [f for f in plain["safety_flags"] if f["category"] == "isolation"]


def test_self_harm_language_met_with_dismissal_is_said_in_the_prompt():
    r = _run(("S1", 0, "I just feel so tired of everything lately."), ("S2", 0.6, "You're always tired."),
             ("S1", 0.6, "Sometimes I think everyone would be better off without me."),
             ("S2", 0.6, "Don't be so dramatic."))
    prompt = r["safety_prompt"]
    assert prompt["text"].startswith("Assess risk before the next session")
    assert prompt["dismissed"]["quote"] == "Don't be so dramatic." and "was dismissive" in prompt["text"]
    heard = _run(("S1", 0, "Sometimes I think everyone would be better off without me."),
                 ("S2", 0.6, "Oh love. Come here. Tell me what's been going on."))
    assert "dismissed" not in heard["safety_prompt"] and "dismissive" not in heard["safety_prompt"]["text"]


def test_i_get_that_and_a_counter_offer_take_the_tiredness_up():
    """The calm control of the second walk-through: "I'm really tired this week." / "I get that. How about the eight
    thirty, and we have breakfast at the station?" was "did not take it up", with high confidence."""
    r = _run(("S1", 0, "Hmm, I'd rather get the nine o'clock one. I'm really tired this week."),
             ("S2", 0.6, "I get that. How about the eight thirty, and we have breakfast at the station?"),
             ("S1", 0.6, "Perfect. Thank you."))
    tired = next(b for b in r["reaching_for"]["S1"] if "tired" in b["quote"])
    assert tired["response"] == "toward" and tired["response_quote"] == "I get that."
