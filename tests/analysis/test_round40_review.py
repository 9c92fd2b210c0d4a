"""A review of round 40's reading (4c3bfc8..ce43dab), by a helper: each test below failed on ce43dab and passed on
4c3bfc8 (fixed in 969037b); at the end, what the review found wrong on both, fixed after it."""

from __future__ import annotations

import pytest

from .found import bids, cats, flag
from .timeline import run_lines


# --- "Are you safe right now?" (self_harm_questions.txt) asked of danger that is not self-harm: the answer becomes
# heard self-harm with "Assess risk before the next session" (risk_answers: an answer that is not a no).
@pytest.mark.parametrize("before, question, answer", [
    ("The roads are awful, it's all black ice out here.", "Are you safe right now?", "Yeah, I've pulled into a lay-by."),
    ("My ex turned up outside the house again today.", "Are you safe right now?", "I think so. I've locked the doors."),
    ("The hostel is in a rough bit of town.", "Are you safe tonight?", "Yes, there's a lock on the door."),
    ("You shouted so loud last night I thought you were going to hit me.",
     "Are you safe right now? I'll go to my brother's if you want.", "Maybe. I don't know."),
    ("I'm staying at the festival till Sunday.", "Can you keep yourself safe tonight? Text me when you're in the tent.",
     "Sure, I'll text you."),
])
def test_asked_if_safe_from_the_road_an_ex_or_the_partner_the_answer_is_no_self_harm(before, question, answer):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, question), ("S1", 0.8, answer))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]
    assert not (a["safety_prompt"] and a["safety_prompt"]["text"].startswith("Assess risk"))


# --- continuing.readings_going_on: a short sentence after heard fear is dropped when its words are not in DESPAIR/
# OWN_DESPAIR/harm_said_strictly; burdensomeness and worthlessness said right after fear vanish (were to listen to).
@pytest.mark.parametrize("line, words", [
    ("I'm scared of you. I won't be a problem much longer.", "much longer"),
    ("I'm scared of you. I'm not worth anything.", "not worth anything"),
])
def test_worthlessness_said_just_after_fear_of_the_partner_is_still_listed(line, words):
    a = run_lines(("S1", 0.0, "Why are you so jumpy lately?"), ("S2", 0.8, line), ("S1", 0.8, "What?"))
    assert flag(a, "scared of you", "fear")
    assert flag(a, words, "self_harm")


# --- only_to_listen: self-harm by meaning with no I/me/my is only to listen to; burdensomeness said of "everyone"
# ("a relief for everyone if it was all over") was heard on 4c3bfc8.
@pytest.mark.parametrize("line, words", [
    ("It'd be a relief for everyone if it was all over.", "relief for everyone"),
    ("Sometimes it feels like it'd be best for everyone if it all ended.", "best for everyone"),
])
def test_burdensomeness_said_of_everyone_is_heard_self_harm(line, words):
    a = run_lines(("S1", 0.0, "You've been really low lately."), ("S2", 0.8, line), ("S1", 0.8, "Talk to me."))
    assert flag(a, words, "self_harm", heard=True)


# --- defied.py: "i'll end it"/"i'll do something stupid" listed as self-harm to listen to after any LEAVING word of the
# partner's ("over", "packed") or "you leave" in the sentence itself, where nobody is leaving.
@pytest.mark.parametrize("before, line", [
    ("Is the film over yet? I want to go to bed.", "Nearly. If it drags on much longer I'll end it."),
    ("How was your day?", "If you leave the dishes in the sink one more time I'll do something stupid."),
    ("I've packed the kids' bags for the weekend at your mum's.", "Great. This work call is dragging, I'll end it now."),
])
def test_a_film_the_dishes_or_a_work_call_ended_is_no_self_harm_when_nobody_leaves(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Okay."))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm" and f.get("listen_only")]


# --- meaning.py + told_apart.yields: giving in with no word of YIELDING is no longer a possible fear response, even
# right after a heard threat (4c3bfc8 listed it to listen to).
@pytest.mark.parametrize("before, control, answer, words", [
    ("I'm going to my sister's on Sunday.", "You go and you'll regret it.", "Then I'm not going. I'm staying in.",
     "not going"),
    ("My sister asked if I want to come for lunch on Sunday.",
     "No. I don't want you seeing her, she fills your head with rubbish.", "I'm telling her I am busy then.", "busy"),
    ("My sister asked if I want to come for lunch on Sunday.",
     "No. I don't want you seeing her, she fills your head with rubbish.", "I'm texting her now to say I am busy.", "busy"),
])
def test_giving_in_without_a_yielding_word_is_still_a_possible_fear_response(before, control, answer, words):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, control), ("S1", 0.8, answer))
    assert flag(a, words, "appeasement")


# --- reply_words.answers_yes_or_no: a request carried out in a statement ("Here you go.", "Pasta in twenty
# minutes.", "Already done…") is no longer "taken up"; the meaning reader then calls it away or against.
@pytest.mark.parametrize("bid, reply, words", [
    ("Can you grab my charger from the car?", "Here you go.", "charger"),
    ("Can you make dinner tonight? I'm wiped out.", "Pasta in twenty minutes.", "make dinner"),
    ("Could you ring the plumber for me today?", "Already done, he's coming Tuesday.", "plumber"),
    ("Can you believe what my sister said to me?", "She's unbelievable, honestly.", "my sister said"),
])
def test_a_request_done_or_handed_over_is_taken_up(bid, reply, words):
    a = run_lines(("S1", 0.0, bid), ("S2", 0.8, reply), ("S1", 0.8, "Thanks."))
    assert [b["response"] for b in bids(a, words)] == ["toward"]


# --- reply_words.follow_up: any "can i/let me/may i" with "back" or "heard" is an offer to say back, so a brush-off
# takes the bid up.
@pytest.mark.parametrize("bid, reply, words", [
    ("I had an awful day. My boss shouted at me in front of everyone.", "Can I get back to my game now?", "awful day"),
    ("Can we talk about what happened at your mum's?", "Can I call you back? I'm busy.", "your mum's"),
])
def test_getting_back_to_a_game_or_calling_back_later_does_not_take_the_bid_up(bid, reply, words):
    a = run_lines(("S1", 0.0, bid), ("S2", 0.8, reply), ("S1", 0.8, "Fine."))
    assert [b["response"] for b in bids(a, words)] != ["toward"]


# --- sentences.said_back: "So what you're saying is I'm useless. Did I get that right?" (scorn, checked) is read as a
# saying-back: its contempt goes and the reply to "I wish you'd help more" becomes turning toward.
def test_a_scornful_so_youre_saying_with_a_check_is_no_saying_back():
    a = run_lines(("S1", 0.0, "I wish you'd help more with the washing."),
                  ("S2", 0.8, "So what you're saying is I'm useless. Did I get that right?"), ("S1", 0.8, "No."))
    assert "contempt" in cats(a, "I'm useless")
    assert [b["response"] for b in bids(a, "help more")] != ["toward"]


# --- context.py flooding: "overwhelmed/can't think … when you're yelling at me" said in the middle of the row is
# flooding now; the rule wants "now/this/…" after "when".
@pytest.mark.parametrize("line, words", [
    ("I can't think straight when you're yelling at me.", "can't think"),
    ("I feel overwhelmed when you shout at me like that.", "overwhelmed"),
    ("I'm totally overwhelmed when you go on and on at me.", "overwhelmed"),
])
def test_overwhelmed_when_the_partner_is_shouting_now_is_flooding(line, words):
    a = run_lines(("S1", 0.0, "You never listen, you never help, you never do anything in this house!"),
                  ("S2", 0.8, line), ("S1", 0.8, "I'm not yelling!"))
    assert "flooding" in cats(a, words)


# --- told_apart.read_after_threat_or_control: the victim's own request for the bank statements read as money control
# (already on 4c3bfc8) now also turns the partner's "No. Drop it." from away into unclear: the roles reversed.
def test_a_request_to_see_the_bank_statements_does_not_excuse_the_partner_turning_away():
    a = run_lines(("S1", 0.0, "I need to see the bank statements. I have a right to know where the money goes."),
                  ("S2", 0.8, "No."), ("S1", 0.8, "Can we at least talk about it tonight?"), ("S2", 0.8, "No. Drop it."))
    assert [b["response"] for b in bids(a, "talk about it tonight")] == ["away"]


# --- safety._answers_harm: giving in within 20 s after the partner's self-harm said AS a threat ("…I'll hurt myself.
# You'll have to live with it.") is no longer a fear response; "I'm sorry." becomes a repair.
def test_giving_in_to_a_self_harm_threat_is_still_a_possible_fear_response():
    a = run_lines(("S1", 0.0, "I'm going to Mia's party on Saturday."),
                  ("S2", 0.8, "You go to that party and I swear I'll hurt myself. You'll have to live with it."),
                  ("S1", 0.8, "Fine, I won't go. I'm sorry."))
    assert flag(a, "I'm sorry", "appeasement")
    assert "repair" not in cats(a, "I'm sorry")


# --- safety_fear.txt: "watch what i say around him/her", "check what mood she's in" are heard fear of the partner
# whoever "him/her" is (a director at work, a toddler, a teenage daughter).
@pytest.mark.parametrize("before, line, words", [
    ("How's the new job going?", "Fine. I watch what I say around him though, he's the director.", "director"),
    ("Why were you whispering on the phone?", "I watch what I say around her now, she repeats everything at nursery.",
     "nursery"),
    ("Did you ask Ellie about the school trip?", "Not yet. I'll check what mood she's in when she gets home.", "mood"),
])
def test_watching_words_around_a_boss_or_a_child_is_no_fear_of_the_partner(before, line, words):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line), ("S1", 0.8, "Makes sense."))
    assert not [f for f in a["safety_flags"] if f["category"] == "fear"]


# --- across._landed_hard: "unfair" in a reply, or the speaker's own "Sorry, I'm only teasing", now makes a calm,
# fond absolute criticism (and the bid loses its toward).
@pytest.mark.parametrize("lines, words", [
    ([("S1", 0.8, "You always beat me at cards."), ("S2", 0.8, "That's so unfair, I had terrible cards last night."),
      ("S1", 0.8, "Ha, sure.")], "beat me at cards"),
    ([("S1", 0.8, "You always pick the longest film."), ("S2", 0.8, "Guilty."),
      ("S1", 0.8, "Sorry, I'm only teasing. I love your films.")], "longest film"),
])
def test_an_absolute_of_fond_banter_is_no_criticism_in_a_calm_talk(lines, words):
    a = run_lines(("S1", 0.0, "So I was thinking about what to cook on Friday evening."),
                  ("S2", 0.8, "That sounds nice. Maybe we could try the new pasta recipe."), *lines)
    assert "criticism" not in cats(a, words)


# --- across.teasing_in_warm_turns: a fond "poor baby … I love you" answering a teasing "you always … you menace" keeps
# the tease as criticism now (4c3bfc8: neither read).
def test_a_duvet_tease_answered_with_love_is_no_criticism():
    a = run_lines(("S1", 0.0, "You always steal the whole duvet, you menace."),
                  ("S2", 0.8, "Oh, poor baby. Come here, I love you, you big softie."), ("S1", 0.8, "Love you too."))
    assert "criticism" not in cats(a, "whole duvet")


# --- meaning.py (yields): control told BY the one controlled, answering the partner's control with no yielding word,
# is now skipped as "not giving in" and the disclosure goes; quiet compliance goes too.
def test_isolation_told_by_the_one_controlled_answering_the_rule_is_still_heard():
    a = run_lines(("S1", 0.0, "My sister asked if I want to come for lunch on Sunday."),
                  ("S2", 0.8, "No. I don't want you seeing her, she fills your head with rubbish."),
                  ("S1", 0.8, "You've already stopped me seeing my mum and my friends."))
    assert flag(a, "stopped me seeing", "isolation")


def test_handing_over_the_receipts_is_still_a_possible_fear_response():
    a = run_lines(("S1", 0.0, "Can I have some money for Jo's hen weekend?"),
                  ("S2", 0.8, "We agreed. You get your allowance and you show me the receipts."),
                  ("S1", 0.8, "The receipts are in the drawer. Every one of them."))
    assert flag(a, "in the drawer", "appeasement")


# --- continuing.lonely: loneliness is dropped when nothing of harm FOLLOWS it, but despair in the SAME sentence
# ("like I don't even exist", "I wish I could just sleep", "everything feels pointless") is never looked at
# (lonely_only excludes only without/nobody/no/one/out); 4c3bfc8 listed them, most with the risk prompt.
@pytest.mark.parametrize("line, words", [
    ("I feel so alone, like I don't even exist.", "even exist"),
    ("I feel so alone, I wish I could just sleep.", "just sleep"),
    ("I feel so alone in this life.", "this life"),
    ("I feel so alone, everything feels pointless.", "pointless"),
])
def test_loneliness_said_with_despair_in_the_same_sentence_is_still_listed(line, words):
    a = run_lines(("S1", 0.0, "You've been quiet tonight."), ("S2", 0.8, line), ("S1", 0.8, "Oh love."))
    assert flag(a, words, "self_harm")


# --- what the review found wrong on both 4c3bfc8 and main, fixed after it ---
@pytest.mark.parametrize("before, line, words", [
    ("I can't keep doing this with you.", "No one would even notice if I was gone.", "even notice"),
    ("I can't keep worrying about you.", "You won't have to worry about any of it much longer.", "much longer"),
    ("We need to sort the bills out.", "Soon none of this will be your problem.", "your problem"),
    ("How are you doing, really?", "I don't see the point of any of it anymore.", "point"),
])
def test_passive_self_harm_said_sideways_is_heard(before, line, words):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert flag(a, words, "self_harm", heard=True)


def test_you_frighten_me_is_fear_of_the_partner_and_a_startle_is_not():
    a = run_lines(("S1", 0.0, "I'm going whether you like it or not."), ("S2", 0.8, "Sit down."), ("S1", 0.8, "You frighten me."))
    assert flag(a, "frighten me", "fear", heard=True)
    b = run_lines(("S1", 0.0, "Did you see me jump out at the kids?"), ("S2", 0.8, "Yes, you scared me too!"))
    assert not flag(b, "scared me", "fear")


def test_self_harm_as_the_price_of_leaving_is_a_threat_and_giving_in_is_a_fear_response():
    a = run_lines(("S1", 0.0, "I've packed a bag. I'm going to my mum's."),
                  ("S2", 0.8, "If you walk out that door I'll kill myself and it'll be on you."),
                  ("S1", 0.8, "Okay, okay. I'm sorry. I'll stay."))
    assert flag(a, "walk out that door", "self_harm", heard=True) and flag(a, "walk out that door", "threat", heard=True)
    assert flag(a, "sorry", "appeasement") and "repair" not in cats(a, "I'll stay")


def test_self_harm_disclosed_without_pressure_is_no_threat():
    """Guard: a disclosure is not coercion."""
    a = run_lines(("S1", 0.0, "How are you, really?"), ("S2", 0.8, "Some nights I think about killing myself."))
    assert flag(a, "killing myself", "self_harm") and not flag(a, "killing myself", "threat")


def test_the_children_held_out_for_the_house_is_a_threat():
    a = run_lines(("S1", 0.0, "I want the kids to live with me."),
                  ("S2", 0.8, "You'll only see them at weekends if you sign the house over to me."))
    assert flag(a, "sign the house", "threat")


@pytest.mark.parametrize("line", ["Let me grab my coat.", "Just let me grab my keys and we'll go."])
def test_the_speaker_fetching_their_coat_is_no_violence(line):
    a = run_lines(("S1", 0.0, "Are you ready to go?"), ("S2", 0.8, line))
    assert not flag(a, "grab", "violence")
