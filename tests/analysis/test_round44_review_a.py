"""Review a of round 44's reading changes (rev44a): sentences the round now reads wrongly, and near variants of the
families it changed that it does not cover. Each docstring says "Regression" (read right on 44b8143) or "Miss" (not
read right on 44b8143 either)."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines

ASKED = ("S2", 0.0, "How are you doing, really?")


def _self_harm_of(a, speaker):
    return [f for f in a["safety_flags"] if f["category"] == "self_harm" and f["speaker"] == speaker]


# -- the speaker's own wish to die, said inside a question (context.Reader.asks_partner_about_harm) -------------------

@pytest.mark.parametrize("line, words", [
    ("Do you know what it's like to want to die every single day?", "want to die"),
    ("Would you even care if I said I want to die?", "want to die"),
    ("Would you even notice if I was thinking of ending it?", "thinking of ending"),
])
def test_ones_own_wish_to_die_asked_as_a_question_stays_self_harm(line, words):
    """Regression: read as self-harm on 44b8143. A question about the speaker's own wish to die ("I", not "you") was
    taken for the partner's risk question (ASKER lacks "i"), so the speaker's self-harm was dropped."""
    a = run_lines(("S2", 0.0, "You're being dramatic, you just need to get out more."), ("S1", 0.8, line),
                  ("S2", 1.0, "Of course I would."))
    assert [f for f in flag(a, words, "self_harm") if f["speaker"] == "S1"]


@pytest.mark.parametrize("before, line", [
    ("You just need to get out more.", "Do you know what it's like to want to die every single day?"),
    ("You're being dramatic.", "Would you even care if I said I want to die?"),
    ("Why are you still in bed?", "Why do you care? I want to die."),
    ("You just need a holiday.", "Have you any idea what it's like to wake up wanting to die?"),
])
def test_the_partners_line_before_ones_own_wish_to_die_is_not_their_self_harm(before, line):
    """Regression: nothing on the partner's line on 44b8143. risk_answers now hears the words before any run holding a
    self-harm question phrase, so the partner's "You're being dramatic." became the partner's own self-harm."""
    a = run_lines(("S2", 0.0, before), ("S1", 0.8, line), ("S2", 1.0, "No."))
    assert not _self_harm_of(a, "S2")


# -- words before a "question about self-harm" that is no risk question (risk_answers) --------------------------------

@pytest.mark.parametrize("line, question, words", [
    ("I tripped over the dog's lead on the stairs this morning.", "Oh no, did you hurt yourself?", "dog's lead"),
    ("I'm going up the ladder to clear the gutters.", "In this wind? Are you trying to kill yourself?", "gutters"),
    ("Mum rang. My uncle's back in hospital again.", "Is he having thoughts of suicide again?", "hospital"),
])
def test_words_before_an_everyday_question_are_no_self_harm(line, question, words):
    """Regression: not read on 44b8143. A fall asked about ("did you hurt yourself?"), a risky job told off, or a question
    about a relative made the speaker's plain words heard self-harm ("asked about directly")."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, question), ("S1", 0.8, "It's fine."))
    assert not flag(a, words, "self_harm")


# -- not lasting to a time (surviving.py) ------------------------------------------------------------------------------

@pytest.mark.parametrize("asked, line", [
    ("How's work?", "Awful. I won't last till the summer, I want to hand in my notice."),
    ("What are your plans?", "I won't be here for Christmas, I want to see my mum in Spain."),
    ("Will you help with the garden?", "I won't be here for the summer. I want to go travelling with Sam."),
])
def test_away_or_leaving_a_job_with_a_want_to_is_no_heard_self_harm(asked, line):
    """Regression: no heard self-harm on 44b8143. Any "want to" after the doubt confirmed it (CONFIRM), so a trip abroad
    or a notice handed in was heard self-harm with a risk prompt."""
    a = run_lines(("S2", 0.0, asked), ("S1", 0.8, line), ("S2", 1.0, "Oh, right."))
    assert not flag(a, "won't", "self_harm", heard=True)


@pytest.mark.parametrize("asked, line", [
    ("What are your plans?", "I won't be here for Christmas, we're going to my sister's."),
    ("Are you coming to the egg hunt?", "I won't be here at Easter, I'm at Dad's."),
    ("How are things?", "I won't be here by the summer, I want a divorce."),
])
def test_away_at_a_time_with_the_reason_said_is_no_self_harm(asked, line):
    """Regression: nothing on 44b8143. Being away (at a sister's, at Dad's, gone after a divorce) told with its reason in
    the same sentence became self-harm to listen to."""
    a = run_lines(("S2", 0.0, asked), ("S1", 0.8, line), ("S2", 1.0, "Oh."))
    assert not flag(a, "won't be here", "self_harm")


@pytest.mark.parametrize("line", [
    "I don't think I'll make it to Christmas. I've written you a letter.",
    "I won't make it to Christmas, I'm sick of all of it. I've written the notes.",
    "I'm not going to make it to Christmas. I've written the notes.",
    "I won't make it to the end of the year. I've written the notes.",
    "I don't think I'll be around by the summer. I've written the notes.",
])
def test_not_lasting_with_a_letter_or_notes_written_is_heard(line):
    """Miss: not heard on 44b8143. Near variants of "I won't make it to the new year, I've already written the notes.":
    a letter to the partner, "sick of" (not an illness), "I'm not going to", "the end of the year", "be around by"."""
    a = run_lines(ASKED, ("S1", 0.8, line), ("S2", 1.0, "What do you mean?"))
    assert [f for f in _self_harm_of(a, "S1") if not f.get("listen_only")]


def test_not_lasting_if_the_partner_leaves_is_heard():
    """Miss: nothing on 44b8143, only to listen to now. Not lasting made the price of leaving is not a party missed."""
    a = run_lines(("S2", 0.0, "I'm moving out in December."), ("S1", 0.8, "If you leave me, I won't make it to Christmas."),
                  ("S2", 1.0, "Don't say that."))
    assert flag(a, "make it to christmas", "self_harm", heard=True)


# -- harm to oneself left unsaid (safety_self_harm.txt, defied.harm_as_pressure) ---------------------------------------

@pytest.mark.parametrize("line", ["If you go, I can't be responsible for what I do to myself.",
                                  "If you go, I don't know what I'm going to do to myself.",
                                  "If you go, I don't know what I'd end up doing to myself."])
def test_harm_to_oneself_as_the_price_of_going_near_variants(line):
    """Miss: nothing (or self-harm by meaning only to listen to, "end up doing") on 44b8143. Near variants of "I don't
    know what I'll do to myself" ("what I do", "what I'm going to do", "what I'd end up doing") are self-harm used as
    pressure."""
    a = run_lines(("S2", 0.0, "I'm going to my sister's this weekend."), ("S1", 0.8, line), ("S2", 0.8, "Please don't."))
    assert flag(a, "to myself", "self_harm", heard=True)
    assert flag(a, "to myself", "threat")


def test_a_wish_to_die_told_without_a_condition_is_no_threat():
    """Regression: no threat on 44b8143. The "don't know" exception now lets "I don't know why, but when you go to
    work…" through as self-harm used as pressure; it is a disclosure, with no demand."""
    a = run_lines(ASKED, ("S1", 0.8, "I don't know why, but when you go to work I think about killing myself."),
                  ("S2", 0.8, "Oh, love."))
    assert flag(a, "killing myself", "self_harm")
    assert not flag(a, "killing myself", "threat")


# -- "dying for" idioms (idioms.txt) ------------------------------------------------------------------------------------

def test_sleep_one_does_not_wake_from_stays_self_harm():
    """Regression: self-harm by meaning on 44b8143. "dying for some" now hides the sleep one does not wake up from."""
    a = run_lines(ASKED, ("S1", 0.8, "I'm dying for some sleep, the kind you don't wake up from."), ("S2", 0.8, "What?"))
    assert flag(a, "wake up from", "self_harm")


# -- a short reply to thanks (after_thanks.py, bid_context) ------------------------------------------------------------

def test_giving_away_a_thing_with_where_im_going_stays_self_harm():
    """Regression: self-harm by meaning (to listen to) on 44b8143. Giving a treasured thing away, "where I'm going", is
    a warning sign; as a reply to thanks it was dropped."""
    a = run_lines(("S2", 0.0, "Thank you for the guitar, are you sure?"), ("S1", 0.6, "I won't be needing it where I'm going."),
                  ("S2", 0.8, "What?"))
    assert flag(a, "where i'm going", "self_harm")


def test_thanks_answered_with_a_martyred_complaint_keeps_its_horseman():
    """Regression: defensiveness by meaning on 44b8143, nothing now."""
    a = run_lines(("S2", 0.0, "Thanks for doing the washing up."), ("S1", 0.6, "Somebody has to do everything round here."),
                  ("S2", 0.8, "Oh."))
    assert cats(a, "everything round here") & {"criticism", "contempt", "defensiveness"}


def test_a_question_about_safety_answered_with_scorn_is_turned_against():
    """Regression: "against" on 44b8143. "Are you safe…" now counts as a risk question whose answer is never push-back,
    so "Oh shut up, you nag." to a question about driving after drink became unclear."""
    a = run_lines(("S2", 0.0, "Are you safe to drive after those beers?"), ("S1", 0.8, "Oh shut up, you nag."))
    assert any(b["response"] == "against" for b in bids(a, "safe to drive"))


# -- monitoring told in a question (engine) -----------------------------------------------------------------------------

@pytest.mark.parametrize("before, line, words", [
    ("Who were you texting?", "Why do you keep going through my phone?", "going through my phone"),
    ("I know you were at Jo's yesterday.", "You put a tracker on my car?", "tracker"),
    ("You didn't reply to Sam.", "Why do you read my messages every night?", "read my messages"),
])
def test_ongoing_monitoring_told_in_a_question_is_heard(before, line, words):
    """Regression: heard on 44b8143. Only "You went through my phone?" (found out once) is only to listen to; monitoring
    that goes on ("keep", "every night") or a tracker found is heard."""
    a = run_lines(("S2", 0.0, before), ("S1", 0.8, line), ("S2", 0.8, "Because I need to know."))
    assert flag(a, words, "monitoring", heard=True)


# -- keeping one's voice down (safety_fear.txt) -------------------------------------------------------------------------

@pytest.mark.parametrize("before, line", [
    ("Why are you whispering?", "I keep my voice down when the baby's asleep."),
    ("You sound different on work calls.", "I've learned to keep my voice down on the phone at work, it's open plan."),
    ("You never sing anymore.", "I just keep my voice down at night because the walls are so thin."),
])
def test_keeping_ones_voice_down_for_an_everyday_reason_is_no_fear(before, line):
    """Regression: no fear on 44b8143. A sleeping baby, an open-plan office, thin walls."""
    a = run_lines(("S2", 0.0, before), ("S1", 0.8, line), ("S2", 0.8, "Fair enough."))
    assert not flag(a, "voice down", "fear")


# Taken out in round 44 (a miss left: fear said as keeping quiet needs the night it dates from; the phrase lists read an office or a sleeping baby as fear): test_learnt_to_keep_ones_voice_down_since_a_night_is_fear


# Taken out in round 44 (a miss left: fear said as keeping quiet needs the night it dates from; the phrase lists read an office or a sleeping baby as fear): test_learned_to_keep_quiet_since_a_night_is_fear


# -- asking to sit down (repair.txt), pity waved off (contempt.txt) -----------------------------------------------------

def test_could_we_sit_down_is_a_repair():
    """Miss: "Could we…" beside the listed "Can we sit down for a minute"."""
    a = run_lines(("S2", 0.0, "You're pathetic, you can't even lie properly."),
                  ("S1", 0.8, "Could we sit down for a minute? Please."), ("S2", 0.8, "Fine."))
    assert "repair" in cats(a, "sit down")


def test_am_i_meant_to_feel_sorry_for_you_is_contempt():
    """Miss: no contempt on 44b8143 (then a repair) nor now. "Am I meant to feel sorry for you now?" waves off the
    partner's hurt as "…supposed to make me feel sorry for you?" does."""
    a = run_lines(("S2", 0.0, "I cried all day yesterday."), ("S1", 0.8, "Am I meant to feel sorry for you now?"),
                  ("S2", 0.8, "Wow."))
    assert "contempt" in cats(a, "feel sorry for you")
