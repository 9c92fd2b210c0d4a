"""How a bid's reply is read, issue 14 round 53 (toward / away / against agreement): each rule with sentences of its own."""

from talktogether_desktop.analysis.bid_context import read_after_threat_or_control


def _flag(speaker, t, source="lexicon", category="monitoring"):
    return {"speaker": speaker, "t": t, "end": t + 2.0, "category": category, "source": source,
            "group": "coercive control: monitoring", "quote": "I looked at your phone while you slept."}


def _stretch(flag, by):
    return {"start": flag["t"], "end": flag["end"] + 120.0, "by": by, "flag": flag, "possible": False}


def _toward(by, t=40.0):
    return {"response": "toward", "response_by": by, "response_t": t, "response_quote": "I miss you too.",
            "response_reason": "the reply takes it up"}


def _after(stretches, bidder, replier):
    entry = {"speaker": bidder, "t": 38.0, "end": 39.5, "quote": "I just miss you."}
    flags = [s["flag"] for s in stretches]
    return read_after_threat_or_control(entry, _toward(replier), stretches, flags).get("response", "toward")


def test_after_a_heard_threat_no_warm_reply_is_turning_toward_whoever_gives_it():
    """DOMAIN.md: nothing after a threat counts as turning toward. The threatened partner's warmth may be fear; the
    threatening partner's warmth after their own threat is part of the cycle, not turning toward (round 53 left out the
    exception the helper measured for it)."""
    monitored = _stretch(_flag("S1", 10.0), by="S1")
    assert _after([monitored], bidder="S2", replier="S1") == "unclear"
    assert _after([monitored], bidder="S1", replier="S2") == "unclear"


def test_control_read_by_meaning_alone_does_not_keep_a_warm_reply_from_turning_toward():
    by_meaning = [_stretch(_flag("S1", 10.0, source="meaning"), by="S1"),
                  _stretch(_flag("S1", 14.0, source="meaning", category="financial_control"), by="S1")]
    assert _after(by_meaning, bidder="S1", replier="S2") == "toward"
    heard = [_stretch(_flag("S1", 10.0), by="S1")]
    assert _after(heard, bidder="S1", replier="S2") == "unclear"


def _met(bid: str, reply: str) -> str:
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, end_of, say
    a = say("S1", 0.0, bid)
    r = analyze(conversation(a, say("S2", end_of(a) + 0.4, reply)))
    items = [i for i in r["reaching_for"].get("S1", []) if i["t"] < end_of(a)]
    assert items, f"no bid found in {bid!r}"
    return items[-1]["response"]


def test_a_yes_after_a_maybe_turns_toward():
    assert _met("Will you come with me to the dentist on Friday? I really hate going on my own.",
                "Maybe. Yes. I think I'd like that, if we get lunch after.") == "toward"


def test_a_plan_for_both_after_then_or_so_is_a_plan_for_both():
    from talktogether_desktop.analysis.reply_words import joint_plan
    assert joint_plan(["then", "let's", "ask", "your", "brother", "to", "take", "saturdays"])
    assert joint_plan(["so", "we", "can", "try", "the", "new", "place", "on", "friday"])
    assert not joint_plan(["then", "let's", "not", "bother"])


def test_a_plain_yes_in_the_first_two_sentences_is_not_outweighed_by_the_replies_examples():
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.reply_forms import accepts
    lex = load_lexicon("en")
    assert accepts(["maybe"], ["yes"], lex)
    assert accepts(["yeah"], ["okay"], lex)
    assert not accepts(["sure"], ["whatever"], lex)
    assert not accepts(["yeah"], ["but", "not", "this", "week"], lex)


def test_the_bids_own_word_asked_back_alone_invites_the_partner_on():
    assert _met("I keep thinking about Dad's old boat. I miss being out on the water.", "The water?") == "toward"


def test_asking_whether_it_can_wait_puts_the_bid_off():
    assert _met("Can we sit down and plan the holiday tonight? I'd love to get it booked.",
                "Can it wait? The match is about to start.") == "away"
    assert _met("Will you come and look at the paint colours with me? I need your eye on it.",
                "Can this wait till the weekend? I'm shattered.") == "away"


BINS = "Could you take the bins out tonight? They're overflowing."


def test_a_defence_after_a_yes_or_after_thanks_does_not_decide_how_the_bid_was_met():
    assert _met(BINS, "Aye, I'll do them now. That's not true about last week, mind.") == "toward"
    assert _met("Can you ring the garage about the car tomorrow? I'm on shift all day.",
                "Thanks for sorting the insurance, by the way, and I'll ring them. That's not true that I forgot last time.") \
        == "toward"


def test_a_defence_that_opens_the_reply_or_follows_no_yes_still_meets_the_bid_against():
    assert _met(BINS, "That's not true about last week. I'll do them now.") == "against"
    assert _met(BINS, "Hmm. That's not true about last week, mind.") == "against"


def test_late_defence_needs_the_thanks_before_the_defence():
    from talktogether_desktop.analysis.reply_forms import late_defence
    first = [{"word": "Right.", "start": 0.0, "end": 0.4}]
    defence = {"category": "defensiveness", "t": 1.0}
    thanks_before = {"category": "appreciation", "t": 0.6}
    thanks_after = {"category": "appreciation", "t": 1.6}
    assert late_defence(defence, first, [thanks_before, defence], said_yes=False)
    assert not late_defence(defence, first, [defence, thanks_after], said_yes=False)
    assert late_defence(defence, first, [defence], said_yes=True)
    assert not late_defence({"category": "defensiveness", "t": 0.2}, first, [defence], said_yes=True)


def test_what_lay_under_it_taken_in_meets_the_feeling():
    assert _met("I get so anxious on Sunday nights. Work just sits on my chest the whole evening.",
                "I had no idea. How long has it been like that?") == "toward"


def test_a_bare_nod_alone_is_no_plain_yes():
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.reply_forms import accepts
    lex = load_lexicon("en")
    assert not accepts(["aye"], [], lex)
    assert not accepts(["okay"], [], lex)
    assert accepts(["okay"], ["i", "can", "do", "that"], lex)


def test_a_yes_in_the_reply_is_not_undone_by_a_threat_read_by_meaning_alone():
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, end_of, say
    a = say("S1", 0.0, "So Sundays are just ours, and your brother comes on Saturdays instead. Can we try that for a month?")
    r = analyze(conversation(a, say("S2", end_of(a) + 0.4,
                                    "A fortnight. Yes, that's fair. I'll phone your brother on Monday and tell him it's only a trial.")))
    assert [i["response"] for i in r["reaching_for"]["S1"] if "for a month" in i["quote"]] == ["toward"]


def test_a_sentence_opening_with_a_promise_is_no_plain_yes():
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.reply_forms import accepts
    lex = load_lexicon("en")
    assert not accepts(["go", "then"], ["i'll", "slit", "my", "wrists", "i", "swear"], lex)
    assert accepts(["that's", "fair"], [], lex)
