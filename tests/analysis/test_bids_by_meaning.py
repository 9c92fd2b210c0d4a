"""Bids no phrase marks, and how the reply met them, read by meaning (reaching.py, meaning_model BIDS/REPLIES).

The real sentence model and the shipped bids/replies examples. The lines here were written for these tests:
they are not among the examples (resources/lexicons/en/meaning/bids.tsv, replies.tsv) nor in the held-out
bid set (benchmarks/clinical/bids/).
"""

import numpy as np
import pytest

from talktogether_desktop import paths
from talktogether_desktop.analysis import analyze, meaning_model, reaching

from .timeline import conversation, end_of, say

FOLDER = paths.resource("lexicons") / "en" / "meaning"


def met(bid, reply, lead=(), by_meaning=True):
    """S1's items reaching for something in the bid line (after the `lead` lines): (kind, response, source, quote)."""
    utterances, t = [], 0.0
    for speaker, text in lead:
        u = say(speaker, t, text)
        utterances.append(u)
        t = end_of(u) + 0.6
    a = say("S1", t, bid)
    b = say("S2", end_of(a) + 0.6, reply)
    r = analyze(conversation(*utterances, a, b), settings=None if by_meaning else {"read_by_meaning": False})
    return [(x["kind"], x["response"], x.get("source"), x["quote"]) for x in r["reaching_for"].get("S1", [])
            if x["t"] >= t - 0.01]


@pytest.mark.parametrize("bid, reply", [
    ("Ooh, look, the heron's back on the pond.", "Oh wow, where? Let me see."),
    ("I had the strangest dream about your nan last night.", "Ha, what happened?"),
    ("I think I might take up the piano again.", "Oh, that'd be lovely, you were so good."),
])
def test_a_bid_no_phrase_marks_is_found_by_meaning_and_taken_up(bid, reply):
    assert met(bid, reply) == [("bid", "toward", "meaning", bid)]
    assert met(bid, reply, by_meaning=False) == []  # the phrase rules alone do not see it


@pytest.mark.parametrize("reply, response", [
    ("Did you ring the garage about the car?", "away"),             # another subject, read by meaning
    ("Who cares? Honestly, nobody cares about a bakery.", "against"),  # contempt, read by the rules
])
def test_how_the_reply_met_it(reply, response):
    [(_, got, _, _)] = met("They've opened a new bakery where the bank used to be.", reply)
    assert got == response


def test_against_by_meaning_needs_an_attack_and_sarcasm_is_not_taken_up():
    """Read by the replies examples alone, "against" can be wrong on warm replies ("You'll smash it"): such a
    reading is against only as one to check against the recording (on bid exchanges read with the replies examples
    fitted without them, 43 of 46 such replies were against; this reassurance is one of the 3 wrong, a known error
    the report shows as an unsure reading); sarcasm that sounds like praise is still not read as taking the bid up."""
    r = analyze(conversation(a := say("S1", 0.0, "I'm a bit nervous about the interview tomorrow."),
                             say("S2", end_of(a) + 0.6, "You'll smash it. You know your stuff.")))
    [item] = r["reaching_for"]["S1"]
    assert item["response"] != "against" or item["response_reason"] == reaching.AGAINST_UNCONFIRMED
    [(_, got, _, _)] = met("My sister finally passed her driving test.", "Wow, call the newspapers.")
    assert got != "toward"
    # a put-down with no horseman phrase (written for this test)
    [(_, got, _, _)] = met("I knitted you a scarf for the match.", "So? Anyone can knit. Even my nan can knit.")
    assert got == "against"
    # a put-down that asks back, read clearly as one, meets it against before the question counts as taking it up
    [(_, got, _, _)] = met("Listen to this song I wrote for you.", "Is that what you call singing?")
    assert got == "against"


def test_a_question_answered_is_taken_up():
    """A short answer takes a question up; a bare "Mm." or a refusal is no answer that takes it up."""
    [(_, got, _, _)] = met("What time's your mum coming tomorrow?", "She said about eleven.")
    assert got == "toward"
    for reply in ("Mm.", "Can't, I'm out with the lads."):
        [(_, got, _, _)] = met("Fancy a walk up to the lido tomorrow if the weather holds?", reply)
        assert got != "toward", reply


def test_a_short_question_back_at_it_takes_the_bid_up_and_a_reply_is_no_bid_of_its_own():
    """ "Which one is it?" asks about the bid; the partner answering a bid is not reaching out themselves."""
    assert met("This song always reminds me of our wedding.", "Which one is it?")[0][1] == "toward"
    a = say("S1", 0.0, "Come and sit with me, the film's starting.")
    b = say("S2", end_of(a) + 0.6, "One sec, I'm just finishing this email.")
    r = analyze(conversation(a, b))
    assert "S2" not in r["reaching_for"]


def test_thanks_and_a_dismissive_word_keep_the_rules_reading():
    """Thanks is never overruled into "against"; a dismissive word is never read as taking a bid up."""
    assert met("I made that soup you like. It's on the hob.", "Oh, you're a star. Thank you.") == [
        ("bid", "toward", "meaning", "I made that soup you like.")]  # one bid a turn, its likeliest sentence
    [(_, got, _, _)] = met("Do you fancy the Thai place tonight?", "Okay, whatever. Your choice.")
    assert got != "toward"


def test_a_bid_also_read_as_unsafe_is_only_to_check_against_the_recording():
    """A veiled disclosure the safety rules miss is not shown as an everyday bid met warmly: it is low, and
    the report quotes nothing low."""
    a = say("S1", 0.0, "I've been looking at the river a lot this week.")
    b = say("S2", end_of(a) + 0.6, "Oh, okay.")
    [item] = analyze(conversation(a, b))["reaching_for"]["S1"]
    assert item["source"] == "meaning" and item["confidence"] == "low"
    # (read clearly enough as self-harm since round 15's examples, "I've been looking up bridges near here." is
    # listed as possible self-harm to listen to, and no bid)
    a = say("S1", 0.0, "I've been looking up bridges near here.")
    r = analyze(conversation(a, b))
    assert [f["category"] for f in r["safety_flags"]] == ["self_harm"] and not r["reaching_for"].get("S1")
    c = say("S1", 0.0, "I had the strangest dream about your nan last night.")
    d = say("S2", end_of(c) + 0.6, "Ha, what happened?")
    [item] = analyze(conversation(c, d))["reaching_for"]["S1"]
    assert item["confidence"] == "medium"


def test_no_bid_by_meaning_in_a_quarrel_or_in_an_answer():
    """Right after criticism a flat statement is read by the phrase rules alone (news by meaning, a
    complaint in fact); the answer to the partner's question is no bid of its own."""
    quarrel = [("S1", "You never do anything around here, you're so lazy."), ("S2", "That's not true.")]
    assert met("The bins are still out.", "I'll do them in a minute.", lead=quarrel) == []
    a = say("S2", 0.0, "Where did you put the car keys?")
    b = say("S1", end_of(a) + 0.6, "They're on the hook by the front door, next to your coat.")
    assert analyze(conversation(a, b))["reaching_for"] == {}


def test_bids_borrow_the_other_families_kinds_as_not_bids():
    """A threat or a criticism in the safety and horsemen examples is a "neutral" example for the bids
    family; repair ("can we start again?") is not borrowed."""
    examples = meaning_model.family_examples(FOLDER, meaning_model.BIDS)
    own = meaning_model.read_examples(FOLDER / "bids.tsv")
    borrowed = examples[len(own):]
    horsemen = meaning_model.read_examples(FOLDER / "horsemen.tsv")
    assert {label for label, _ in borrowed} == {meaning_model.NEUTRAL}
    criticism = next(text for label, text in horsemen if label == "criticism")
    repair = next(text for label, text in horsemen if label == "repair")
    texts = {text for _, text in borrowed}
    assert criticism in texts and repair not in texts


def test_shipped_bid_weights_come_from_the_shipped_examples():
    for family in (meaning_model.BIDS, meaning_model.REPLIES):
        examples = meaning_model.family_examples(FOLDER, family)
        with np.load(meaning_model.weights_path(FOLDER, family)) as saved:
            assert str(saved["examples_hash"]) == meaning_model.examples_hash(examples)
    assert meaning_model.classifier(FOLDER, meaning_model.REPLIES).labels == ("against", "away", "toward")


def test_without_the_examples_the_rules_read_alone(tmp_path):
    assert meaning_model.probabilities(["Look at the sunset."], tmp_path, meaning_model.BIDS) is None


def test_the_report_says_a_low_bid_by_meaning_is_an_unsure_reading_not_unsure_words():
    from talktogether_desktop.reports.model import build_model

    a = say("S1", 0.0, "I've been looking at the river a lot this week.")
    b = say("S2", end_of(a) + 0.6, "Oh, okay.")
    model = build_model(analyze(conversation(a, b)), {"partners": {"S1": "Alex", "S2": "Sam"}})
    [reach] = model.reaching["S1"]
    assert reach.quote == "" and reach.confidence == "low" and reach.unsure == "reading uncertain"


def test_a_reply_that_reads_as_an_attack_meets_the_bid_against_it():
    """Written for this test: a hostile reply that repeats the bid's words (which alone would read as taking it
    up) with no horseman phrase; its first sentences are too short alone, so more are read."""
    (item,) = met("Do you want to come to the allotment with me on Sunday? The beans are up.",
                  "The allotment. Brilliant. Another Sunday watching you talk to vegetables, can't wait.")
    assert item[1] == "against"


def test_a_short_warm_reply_is_not_read_as_an_attack():
    assert [x[1] for x in met("Fancy a bacon sandwich? I'm making one anyway.", "Go on then.")] == ["toward"]


@pytest.mark.parametrize("bid, reply, response", [
    # signs of taking it up (its words shared, a question back) outweighed by a clear reading of the reply
    ("I'm going to learn the ukulele, I've found a teacher.", "A ukulele? Like the guitar you played for a week?",
     "against"),
    ("Guess what, the bakery on the corner is doing sourdough now.",
     "Oh yeah? Hey, did your brother ever send the photos from Sunday?", "away"),
    # no sign either way, no attack, but read clearly as against: against, as a reading to check
    ("I'm so excited about the concert on Friday!", "Calm down, it's only a tribute band.", "against"),
    # a question that asks after the news itself stays taken up, however the replies examples read it
    ("My sister's in hospital, they took her in this morning.", "Yeah? Which ward is it on?", "toward"),
    # a reply the replies examples alone read as against, that no one would call an attack, stays taken up
    ("Can I tell you something? It's been a rotten week.", "Course you can. Kettle's off, come and sit down.", "toward"),
])
def test_the_replies_reading_outweighs_weak_signs_and_decides_where_none_do(bid, reply, response):
    """Written for this test. On bid exchanges read with the replies examples fitted without their writer, the signs
    of taking a bid up (shared words, a question) were wrong for a quarter of the replies they took up: put-downs and
    nods before another subject (benchmarks/clinical/measured/README.md, round 16)."""
    [(_, got, _, _)] = met(bid, reply)
    assert got == response


def test_the_report_says_an_against_read_without_an_attack_is_to_check():
    """Round 16: a reply read as against by the replies examples alone is printed as an unsure reading."""
    from talktogether_desktop.reports import model as report_model

    a = say("S1", 0.0, "I'm so excited about the concert on Friday!")
    r = analyze(conversation(a, say("S2", end_of(a) + 0.6, "Tribute bands are never as good as the real thing.")))
    [item] = r["reaching_for"]["S1"]
    assert item["response_reason"] == reaching.AGAINST_UNCONFIRMED
    m = report_model.build_model(r)
    [reach] = [x for xs in m.reaching.values() for x in xs]
    assert "may have pushed it away (an unsure reading: check the recording)" in " ".join(map(str, vars(reach).values()))


@pytest.mark.parametrize("reply", ["Oh yeah? What about the council tax, did you pay it?",
                                   "Mm. Where did you put the car keys, have you seen them?"])
def test_a_long_question_on_another_subject_is_no_asking_after_the_bid(reply):
    """Only a short question that points back at the bid protects it from a clear reading as away."""
    from talktogether_desktop.analysis.reaching import _asks_after
    from talktogether_desktop.analysis.words import token

    assert not _asks_after([t for t in (token(w) for w in reply.split()[1:]) if t])
    assert _asks_after([t for t in (token(w) for w in "Which ward is it on?".split()) if t])
