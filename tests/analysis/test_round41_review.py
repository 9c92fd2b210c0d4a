"""A review of round 41's reading (26955ed..815e765), by a helper. Each test fails on 815e765. Its docstring says
"regression" where the same test passed on 26955ed (the change read it wrongly), "miss" where it failed there too (a near
variant of the family the change was about, still not covered)."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import run_lines


def _flags(a, category, speaker=None):
    return [f for f in a["safety_flags"] if f["category"] == category and (speaker is None or f["speaker"] == speaker)]


# --- self_harm_taunts.txt / safety_threat.txt: "go and kill yourself", "you should kill yourself", "you might as well kill
# yourself" match inside a caring question about self-harm, so the asker gets a threat and the answer is no disclosure.
@pytest.mark.parametrize("before, question, answer, words", [
    ("I can't do this anymore. I don't see the point.", "You're not going to go and kill yourself, are you?",
     "I don't know. Maybe.", "maybe"),
    ("Everything feels hopeless lately.", "Do you feel like you should kill yourself?", "Sometimes, yes.", "sometimes"),
    ("Sometimes I think everyone would be better off without me.", "Do you think you might as well kill yourself?",
     "Some nights, yes.", "some nights"),
])
def test_a_caring_question_about_self_harm_is_no_threat_and_the_answer_is_a_disclosure(before, question, answer, words):
    """Regression: on 26955ed no threat and the answer was self-harm."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, question), ("S1", 0.8, answer))
    assert not _flags(a, "threat", "S2")
    assert flag(a, words, "self_harm")


def test_the_answer_to_would_you_go_and_kill_yourself_is_heard():
    """Regression: on 26955ed "I've thought about it." was heard self-harm and the question no threat; now the question is
    a threat and the answer only to listen to."""
    a = run_lines(("S1", 0.0, "I feel like such a burden to everyone."),
                  ("S2", 0.8, "You wouldn't go and kill yourself, would you?"), ("S1", 0.8, "I've thought about it."))
    assert not _flags(a, "threat", "S2")
    assert flag(a, "thought about it", "self_harm", heard=True)


@pytest.mark.parametrize("before, line", [
    ("I feel like such a burden to everyone.", "Please don't go and kill yourself. Talk to me."),
    ("I'm going up the ladder to clear the gutters.", "Don't go and kill yourself on that ladder."),
    ("I'm doing the night shift and then the school run again.", "You'll just kill yourself working like that."),
])
def test_begging_or_worrying_that_the_partner_will_get_hurt_is_no_threat(before, line):
    """Regression: no threat on 26955ed."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "I know."))
    assert not _flags(a, "threat")


@pytest.mark.parametrize("line", ["Go on then, kill yourself. See if anyone cares.", "Do us all a favour and kill yourself."])
def test_urging_the_partner_to_kill_themselves_in_other_words_is_a_threat(line):
    """Miss: nothing flagged on 26955ed either."""
    a = run_lines(("S1", 0.0, "I can't do this anymore."), ("S2", 0.8, line), ("S1", 0.8, "Wow."))
    assert flag(a, "kill yourself", "threat")


# --- continuing.literal_seeing / asked_for: threats read by meaning dropped as "seeing a thing" or "asked for".
@pytest.mark.parametrize("before, line, words", [
    ("I'm taking the kids to my mum's for a while.", "We'll see the look on your face when the judge gives me the kids.",
     "judge gives me"),
    ("I'm going to report you.", "I'll see the police laugh at you. Nobody will believe a word.", "police laugh"),
    ("You're drunk again.", "Call me a liar one more time if you want to find out what happens.", "find out what happens"),
])
def test_a_threat_that_says_see_the_or_me_if_stays_a_threat(before, line, words):
    """Regression: a threat on 26955ed."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Okay, okay."))
    assert [f for f in flag(a, words, "threat") if f["speaker"] == "S2"]


# --- safety_self_harm.txt "i'd have killed myself": an accident prevented is no self-harm.
def test_a_fall_prevented_is_no_self_harm():
    """Regression: no self-harm on 26955ed."""
    a = run_lines(("S1", 0.0, "That ice on the steps was lethal."),
                  ("S2", 0.8, "If you hadn't grabbed my arm I'd have killed myself on those stairs."),
                  ("S1", 0.8, "Glad I was there."))
    assert not flag(a, "killed myself", "self_harm")


@pytest.mark.parametrize("line, words", [("If you hadn't come home that night, I would've killed myself.", "would've killed"),
                                         ("If you hadn't found me that night, I'd have ended it.", "ended it")])
def test_a_past_attempt_told_in_a_counterfactual_in_other_words_is_heard_self_harm(line, words):
    """Miss: on 26955ed only to listen to ("would've") or nothing ("I'd have ended it", read as defensiveness)."""
    a = run_lines(("S1", 0.0, "Do you remember that winter?"), ("S2", 0.8, line), ("S1", 0.8, "I know. I'm glad I did."))
    assert flag(a, words, "self_harm", heard=True)


# --- safety_monitoring.txt "rang your boss", "checked with your boss", "asked your boss where": everyday help.
@pytest.mark.parametrize("before, line, reply", [
    ("I feel awful, I can't go in today.", "It's fine, I rang your boss and told him you've got flu.", "Thank you."),
    ("Are we still on for the wedding Friday?", "Yes, I checked with your boss and he's fine with you taking the day off.",
     "Amazing."),
    ("Where's the Christmas party this year?", "I asked your boss where it is, it's at the Crown.", "Lovely."),
])
def test_calling_in_sick_or_asking_the_boss_for_the_partner_is_no_monitoring(before, line, reply):
    """Regression: no monitoring on 26955ed (and "Thank you." was appreciation, not appeasement)."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, reply))
    assert not _flags(a, "monitoring")
    assert not _flags(a, "appeasement")


@pytest.mark.parametrize("line", ["I phoned your work to check you were actually there.",
                                  "I rang your sister to check you were really with her."])
def test_checking_up_by_phone_in_other_words_is_monitoring(line):
    """Miss: nothing flagged on 26955ed either."""
    a = run_lines(("S1", 0.0, "Why were you so weird on Tuesday?"), ("S2", 0.8, line), ("S1", 0.8, "Why would you do that?"))
    assert _flags(a, "monitoring", "S2")


# --- safety_isolation.txt: the new phrases match everyday reassurance and care.
@pytest.mark.parametrize("before, line, reply", [
    ("I'm worried I'll look scruffy at the barbecue.", "Honestly, they don't really care about you wearing jeans. It's casual.",
     "Okay, good."),
    ("Who's minding Biscuit while we're at the wedding?", "The puppy is better off here with me, I'll skip the evening do.",
     "Are you sure?"),
    ("I'll just reply to Dan quickly.", "I'd rather you didn't text him while you're driving, pull over first.", "Fair enough."),
    ("Should I pop round to Mum's after work?",
     "You don't need to see your mum today, I visited her this morning and she's fine.", "Oh, thanks."),
])
def test_reassurance_and_care_are_no_isolation(before, line, reply):
    """Regression: no isolation on 26955ed (and the reply no appeasement)."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, reply))
    assert not _flags(a, "isolation")
    assert not _flags(a, "appeasement")


@pytest.mark.parametrize("before, line", [
    ("My sister's having a barbecue on Saturday.", "Stay here with me. You don't need to see her again."),
    # ("Stay here with me. You don't need them.") taken out: the second review's "You don't need them. The print's huge."
    # (reading glasses) is the same sentence; without the sentence before, the words alone cannot tell them apart
    ("The quiz with Liam and the others is on Friday.", "I'd prefer you didn't see them so much."),
    ("The quiz with Liam and the others is on Friday.", "I'd rather you didn't talk to him at all."),
    ("The quiz with Liam and the others is on Friday.", "Nobody loves you like I do. They don't care about you, not really."),
    ("The quiz with Liam and the others is on Friday.", "You're better off without them. You've got me."),
])
def test_isolation_said_as_love_in_other_words(before, line):
    """Miss: no isolation on 26955ed either."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Okay."))
    assert _flags(a, "isolation", "S2")


# --- safety_violence.txt "pinned me against the", "had me up against the wall": no partner, or a figure of speech.
@pytest.mark.parametrize("before, line", [
    ("How was the gig?", "Great, but the crowd pinned me against the barrier for the whole encore."),
    ("You look shattered.", "The mortgage people have had me up against the wall all month."),
])
def test_a_crowd_or_the_mortgage_pressing_on_the_speaker_is_no_violence(before, line):
    """Regression: no violence on 26955ed."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "We'll sort it."))
    assert not _flags(a, "violence")


def test_a_kick_asked_for_with_when_is_no_violence():
    """Miss: the family of "Kick me under the table if I disappear." with "when"; violence on 26955ed too."""
    a = run_lines(("S1", 0.0, "Could you sit with me a bit more when we're there?"),
                  ("S2", 0.8, "Yes. Kick me under the table when I start going on about work."), ("S1", 0.8, "Deal."))
    assert not _flags(a, "violence") and not _flags(a, "threat")


# --- delight._glad: "oh great" with "well done", "perfect", "thanks for…" after bad news that has no BAD_NEWS word.
@pytest.mark.parametrize("news, reply", [
    ("I reversed into the gatepost again.", "Oh great, well done."),
    ("I forgot to pay the electricity bill.", "Oh great. Perfect."),
    ("I told my mum about the baby before you could.", "Oh great, thanks for ruining that."),
    ("I spent the holiday money on a new bike.", "Oh great, thanks. Brilliant."),
])
def test_oh_great_at_bad_news_stays_sarcasm_not_thanks(news, reply):
    """Regression: contempt on 26955ed; now none, or appreciation."""
    a = run_lines(("S1", 0.0, news), ("S2", 0.8, reply), ("S1", 0.8, "Sorry."))
    assert "contempt" in cats(a, "oh great")
    assert "appreciation" not in cats(a, "oh great")


# --- turn_meaning THANKED_S: mockery in answer to the partner's thanks is no longer read.
@pytest.mark.parametrize("thanks, line", [("Thank you. That means a lot.", "Course it does. Anything to keep the princess happy."),
                                          ("Thank you for saying that.", "Sure. Listen to yourself. Like a little saint.")])
def test_mockery_in_answer_to_thanks_stays_contempt(thanks, line):
    """Regression: contempt on 26955ed."""
    a = run_lines(("S1", 0.0, "That's not fair. You always make it a problem."), ("S2", 0.8, "I'm sorry, you're right."),
                  ("S1", 0.8, thanks), ("S2", 0.8, line))
    assert "contempt" in cats(a, line.split()[-1].rstrip("."))


# --- defensiveness.txt "^ you say that but": reassurance that counters the partner's self-criticism.
@pytest.mark.parametrize("before, line", [
    ("I'm useless at this sort of thing.", "You say that, but you're the one who fixed the boiler."),
    ("I'm a rubbish dad.", "You always say that, but the kids adore you."),
    ("I don't want to go camping this year.", "You say that now, but you'll love it once we're there."),
    ("I'm rubbish at public speaking.", "You can say that, but everyone loved your speech at the wedding."),
])
def test_reassurance_after_you_say_that_but_is_no_defensiveness(before, line):
    """Regression: no defensiveness on 26955ed."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Maybe."))
    assert "defensiveness" not in cats(a, "say that")


@pytest.mark.parametrize("line", ["Yeah, you say that, but every time it's my family, it becomes a problem.",
                                  "You say that every time, but it's always my family that's the problem."])
def test_the_partners_words_discounted_in_other_words_are_defensiveness(line):
    """Miss: no defensiveness on 26955ed either."""
    a = run_lines(("S1", 0.0, "You always make it about your family."), ("S2", 0.8, line), ("S1", 0.8, "That's not fair."))
    assert "defensiveness" in cats(a, "say that")


# --- context.UNTOLD: only "never told/said/mentioned/warned"; the same complaint in other verbs is still warm praise.
@pytest.mark.parametrize("line", ["You never bothered to tell me you'd be back this late.",
                                  "You never let me know you'd be back this late."])
def test_news_the_partner_never_gave_in_other_words_is_no_appreciation(line):
    """Miss: appreciation on 26955ed too."""
    a = run_lines(("S1", 0.0, "Sorry I'm late."), ("S2", 0.8, line), ("S1", 0.8, "I texted you."))
    assert "appreciation" not in cats(a, "this late")
