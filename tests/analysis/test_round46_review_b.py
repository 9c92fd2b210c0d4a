"""Review of round 46's reading changes (rev46b: horsemen, bids and the warm side), in new words of this test's own.

Each failing test's docstring says what it shows and whether it failed before round 46 too (parent cc266bcb): a
"regression" passed on the parent; "not a regression" failed there as well. The guards pass on main and must stay.
"""

from __future__ import annotations

import pytest

from .found import bids, flag
from .timeline import run_lines


def self_harm(a, words):
    return [f for f in a["safety_flags"] if f["category"] == "self_harm" and words.lower() in f["quote"].lower()]


QUIET = ("S1", 0.0, "You've been really quiet since you lost the job.")


# --- Self-harm said with no word of self_harm_cues.txt: lost this round (7d299b31) -------------------------------------

@pytest.mark.parametrize("line, words", [
    # regression: heard (not only to listen to) on the parent; nothing on main ("never wake" is no cue, only "wake up")
    ("Some nights I lie there wishing I could just go to sleep and never wake.", "never wake"),
    # regression: heard on the parent; "happier if" is no cue (only "happier with/without"), "wasn't in the picture" neither
    ("Everyone would be happier if I just wasn't in the picture.", "in the picture"),
    # regression: to listen to on the parent; "crashing the car" is no cue (only "drive into", "steer into")
    ("I thought about crashing the car on the way home. Just letting it go into the wall.", "crashing the car"),
    # regression: to listen to on the parent (an overdose told); "medicine cabinet", "swallowed" are no cues
    ("Last week I swallowed everything in the medicine cabinet and just lay there.", "medicine cabinet"),
])
def test_self_harm_without_a_listed_cue_word_is_still_flagged(line, words):
    """Regressions: the sentence model read these as self-harm on the parent; frames.no_word_of_harm now drops them
    because none of their words is in self_harm_cues.txt. A cue list gating the model can only lose what it did not
    foresee: sleep with no waking, everyone happier, a crash, an overdose told without 'pills' or 'overdose'."""
    a = run_lines(QUIET, ("S2", 0.8, line))
    assert self_harm(a, words)


@pytest.mark.parametrize("line", ["I just want everything to stop. All of it.",
                                  "I looked up how many of my antidepressants it would take."])
def test_guard_self_harm_with_its_words_stays(line):
    a = run_lines(QUIET, ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "self_harm"]


# --- Warm talk with a cue word: still flagged as self-harm ------------------------------------------------------------

HOW_WAS_IT = ("S1", 0.0, "How was your day, love?")


# --- Fear of the partner read as worry for them (836cb4a4) -------------------------------------------------------------

OFF = ("S1", 0.0, "Why are you being so off with me tonight?")


def test_not_feeling_the_partner_is_safe_is_fear():
    """Regression: "I don't feel like you're safe anymore." was fear (by meaning) on the parent; told_apart.
    fear_for_partner now takes any "you're … safe" for worry about the partner, so the fear is lost (what is left, an
    'isolation' flag on the keys, is a misreading of its own)."""
    a = run_lines(OFF, ("S2", 0.8, "I don't feel like you're safe anymore. I keep my keys in my pocket just in case."))
    assert flag(a, "you're safe anymore", "fear")


@pytest.mark.parametrize("line", ["I just need to know you're safe. The roads are awful in the wet.",
                                  "You said you'd be home by ten. I only wanted to know you were safe, pet."])
def test_guard_worry_for_the_partner_is_no_fear(line):
    a = run_lines(("S1", 0.0, "Why do you keep texting me when I'm out?"), ("S2", 0.8, line))
    assert not [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_guard_eggshells_stays_fear():
    a = run_lines(OFF, ("S2", 0.8, "I walk on eggshells, because I never know if you are safe or about to go off."))
    assert flag(a, "eggshells", "fear")


# --- Asking to join the partner (needs_bids.txt, 3e9876a3): bids found in a quarrel, verdicts wrong ------------------

ROW = (("S1", 0.0, "You've been on your phone all evening again. You never listen to a word I say."),
       ("S2", 0.8, "That's not true. I was answering my sister, she's not well."))


@pytest.mark.parametrize("line, words", [
    ("Can I come in or are you going to sulk all night?", "sulk all night"),
    ("Do you want me to come and hold your hand as well, since you can't manage a phone call on your own?", "hold your hand"),
    ("Can I come to bed, or is that not allowed either now?", "not allowed either"),
])
def test_a_jibe_with_can_i_come_is_no_bid(line, words):
    """Regressions: no bid on the parent; "can i come" / "do you want me to come" now make these jibes bids for
    connection (the first two also read as contempt), and the report counts a bid turned against or away."""
    a = run_lines(*ROW, ("S1", 0.8, line), ("S2", 0.8, "Whatever."))
    assert not bids(a, words)


ORDERS = (("S1", 0.0, "Where are you going?"), ("S2", 0.8, "Out. I need some air."),
          ("S1", 0.8, "No. Come with me. Now. We're talking about this in the kitchen."), ("S2", 0.8, "Fine."),
          ("S1", 0.8, "Come with me, I said. Don't just stand there."), ("S2", 0.8, "Okay."),
          ("S1", 0.8, "Can I come in or are you going to hide in there all night? Come with me and sit down."), ("S2", 0.8, "Mm."))


def test_orders_to_follow_are_no_bid_the_other_failed_to_take_up():
    """Regression: on the parent nothing was said of S1 reaching; now the jibe-and-order "Can I come in or are you going
    to hide in there all night?" is a bid turned away from, and it is the analysis's FIRST observation ("S1 seemed to be
    reaching for something else … S2 did not take it up."): the partner being ordered about is the one who failed."""
    a = run_lines(*ORDERS)
    assert not bids(a, "hide in there")
    assert not [o for o in a["observations"] if o["kind"] == "reaching_for" and "hide in there" in o["text"]]


def test_asking_to_come_along_flatly_refused_is_not_turned_toward():
    """Regression: "Can I come with you?" met by "God, no. I go there to get away from you." is read as turned toward
    (the "no" answers the question); on the parent there was no bid, so no false 'toward'."""
    a = run_lines(("S1", 0.0, "I'm off to the garden centre in a bit."),
                  ("S2", 0.8, "Can I come with you? I need to get out of the house."),
                  ("S1", 0.8, "God, no. I go there to get away from you."))
    assert not [b for b in bids(a, "Can I come with you") if b["response"] == "toward"]


def test_fetching_ones_things_after_a_separation_is_no_bid_turned_away():
    """Regression: "Can I come and collect the rest of my things on Saturday?" (logistics after a separation) is now a
    bid, and "Fine. Leave the key when you go." (a yes) is counted as turning away from it. No bid on the parent."""
    a = run_lines(("S1", 0.0, "I've signed the lease on the flat."),
                  ("S2", 0.8, "Can I come and collect the rest of my things on Saturday?"),
                  ("S1", 0.8, "Fine. Leave the key when you go."))
    assert not [b for b in bids(a, "collect the rest") if b["response"] == "away"]


GOING_OUT = ("S1", 0.0, "I'm popping into town to get my watch fixed.")


@pytest.mark.parametrize("bid, reply, words, response", [
    ("Want some company? I could do with the air.", "Go on then, grab your coat.", "Want some company", "toward"),
    ("Shall I come too? I could look for a present for your mum.", "Yes, come. We can get a coffee after.",
     "Shall I come too", "toward"),
    ("Can I come with you? I need to get out of the house.", "Have you seen my car keys anywhere?", "Can I come",
     "away"),
])
def test_guard_asking_to_join_verdicts(bid, reply, words, response):
    a = run_lines(GOING_OUT, ("S2", 0.8, bid), ("S1", 0.8, reply))
    found = bids(a, words)
    assert found and found[0]["response"] == response


# --- A question with a tag (reply_words.untagged, 3e9876a3): another subject now taken for turning toward ---------------

AWFUL_DAY = ("S1", 0.0, "I had such an awful day. My manager had a go at me in front of the whole team.")


@pytest.mark.parametrize("reply", ["Is it still raining out there, do you reckon?",
                                   "Is that the Hendersons' car outside, no?",
                                   "Was that the postman earlier, d'you reckon?"])
def test_another_subject_with_a_tag_turns_away(reply):
    """Regressions: read 'away' on the parent; with the tag cut off, the question is short enough and holds "it" or
    "that", so reply_words.back takes it for a question about the bid: 'toward'. The weather, the neighbours' car and the
    postman after a humiliation at work are turning away."""
    a = run_lines(AWFUL_DAY, ("S2", 0.8, reply))
    found = bids(a, "awful day")
    assert found and found[0]["response"] == "away"


@pytest.mark.parametrize("reply, response", [("Oh, love. Is that what your manager said, yeah?", "toward"),
                                             ("Oh no. Is it definitely you then, do you think?", "toward"),
                                             ("Did you feed the cat, do you reckon?", "away")])
def test_guard_tagged_replies(reply, response):
    a = run_lines(AWFUL_DAY, ("S2", 0.8, reply))
    found = bids(a, "awful day")
    assert found and found[0]["response"] == response


# --- Appeasement after a threat (appeasement.txt, bea5be76) -----------------------------------------------------------

THREAT = (("S1", 0.0, "You've been on your phone all night again."), ("S2", 0.8, "I was texting my sister, that's all."),
          ("S1", 0.8, "Keep lying to me and see what happens to you."))


@pytest.mark.parametrize("line, words", [
    ("Oh, I'll get you a medal, shall I? For the big man act.", "medal"),
    ("Oh, I'll do it now, shall I? Since I'm the one who does everything round here anyway.", "do it now"),
    ("Don't you dare threaten me. I'll make you a cup of nothing. Make your own tea.", "cup of nothing"),
    ("I'll make you a deal. You stop checking my phone and I'll stop hiding it.", "make you a deal"),
])
def test_sarcasm_or_defiance_after_a_threat_is_no_appeasement(line, words):
    """Regressions: none of these was appeasement on the parent; "i'll get you a", "i'll do it now", "i'll make you a"
    now read sarcasm, a refusal and a bargain as placating out of fear (a possible fear response), where the partner is
    standing up to the threat."""
    a = run_lines(*THREAT, ("S2", 0.8, line))
    assert flag(a, "see what happens", "threat")
    assert not flag(a, words, "appeasement")


def test_guard_tea_offered_by_the_threatened_partner_is_a_possible_fear_response():
    a = run_lines(*THREAT, ("S2", 0.8, "Sorry. Sorry. Do you want a cup of tea? I'll put the kettle on."))
    assert flag(a, "kettle", "appeasement")


def test_guard_tea_offered_by_the_one_who_threatened_is_no_appeasement():
    a = run_lines(*THREAT, ("S2", 0.8, "I'm not lying. Look, read them if you want."),
                  ("S1", 0.8, "Right. I'll put the kettle on. Do you want a cup of tea?"))
    assert not [f for f in a["safety_flags"] if f["category"] == "appeasement" and f["speaker"] == "S1"]


@pytest.mark.parametrize("line", ["Don't worry. I'll put the kettle on. Do you want a cuppa?",
                                  "Oh yeah, sorry, I'll do it now."])
def test_guard_tea_and_chores_with_no_threat_are_nothing_unsafe(line):
    a = run_lines(("S1", 0.0, "Sorry I'm late, could you move the car at some point? No rush."), ("S2", 0.8, line),
                  ("S1", 0.8, "You're an angel."))
    assert not a["safety_flags"]


# Taken out (test_doubting_the_partner_is_safe_with_precautions_is_fear): no fear before this round either; left.

# Taken out (test_warm_talk_with_a_cue_word_is_no_self_harm): tested the cue-word gate for self-harm by meaning, taken back this round (it lost real self-harm said without a listed word); these warm lines were flagged before the round too.

# Taken out (test_guard_warm_talk_no_cue_word_no_self_harm): the cue-word gate that kept these warm lines clean was taken back (it lost 17 real self-harm lines in review a and b); they are flagged to listen to, as before the round. Left.

# Taken out (test_a_sarcastic_offer_of_help_is_no_bid): failed before this round too; left.

# Taken out (test_asking_to_join_gladly_accepted_is_turned_toward): 'Mind if I join you?' / 'I was hoping you would.' read as against, and 'I could help you with it' is no bid (the entry was taken back); the reply reading is older; left.

# Taken out (test_asking_to_come_in_to_talk_let_in_is_turned_toward): 'Can I come in?' is no listed bid (the generic 'can i come' was taken back: jibes); failed before too.

# Taken out (test_another_subject_with_a_tag_turns_away_not_a_regression): failed before this round too; left.

# Taken out (test_a_question_about_the_same_bird_with_you_reckon_takes_it_up): the tag-stripping change (reply_words.untagged) was taken back: it turned replies on another subject toward; left.

# Taken out (test_tea_offered_after_news_of_the_in_laws_is_no_contempt): 'Typical. Do you want a cup of tea?' read as contempt before this round too; left.

# Taken out (test_self_harm_veiled_is_flagged): 'you won't have to put up with me for long' and the guitar and the dog given away: missed before this round too; left.
