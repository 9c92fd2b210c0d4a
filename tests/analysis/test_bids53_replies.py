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


def test_a_warm_reply_from_the_one_whose_words_opened_the_stretch_is_no_fear_and_turns_toward():
    monitored = _stretch(_flag("S1", 10.0), by="S1")  # S1's own words read as monitoring
    assert _after([monitored], bidder="S2", replier="S1") == "toward"
    # the other partner's warm reply may be fear: not read as turning toward
    assert _after([monitored], bidder="S1", replier="S2") == "unclear"


def test_the_latest_heard_stretch_decides_whose_fear_it_is():
    earlier = _stretch(_flag("S2", 5.0), by="S1")
    later = _stretch(_flag("S1", 20.0, category="fear"), by="S2")  # S1 afraid of S2, later
    assert _after([earlier, later], bidder="S1", replier="S2") == "toward"
    assert _after([later, earlier], bidder="S2", replier="S1") == "unclear"


def test_control_read_by_meaning_alone_does_not_keep_a_warm_reply_from_turning_toward():
    by_meaning = [_stretch(_flag("S1", 10.0, source="meaning"), by="S1"),
                  _stretch(_flag("S1", 14.0, source="meaning", category="financial_control"), by="S1")]
    assert _after(by_meaning, bidder="S1", replier="S2") == "toward"
    heard = [_stretch(_flag("S1", 10.0), by="S1")]
    assert _after(heard, bidder="S1", replier="S2") == "unclear"
