"""Round 39's first review (rev39): ways the round's new phrases and rules hid risk the old code heard or misread
ordinary talk; each failed on the first batch of round 39's changes and passes on the state before them."""

from __future__ import annotations

import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.fidelity import assess

from .found import bids, cats, flag
from .timeline import run_lines, spoken


# 1. Fear of the partner around the children, said as "scared to leave you alone with the kids", is now read as fear
#    FOR the partner (fear_not_of_partner "_ to leave you alone") and the fear flag eaffc87 raised is gone.
@pytest.mark.parametrize("line", [
    "After last time I'm scared to leave you alone with the kids when you've been drinking.",
    "I'm too scared to leave you alone with the girls after what you did.",
    "I'm scared to leave you on your own with Sam. You lose it with him.",
    "Because I'm afraid to leave you alone with the baby. You know why.",
])
def test_fear_of_leaving_the_children_alone_with_the_partner_is_fear(line):
    a = run_lines(("S1", 0.0, "Why won't you go on the work trip?"), ("S2", 0.8, line))
    assert flag(a, "to leave you", "fear")


# 2. A victim's account ("I pushed you away because you were choking me.") is now read as told by the one who did it
#    (told_apart.i_struck_you), so the stretch after it is the teller's, and her apologies to the partner who choked
#    her are no longer flagged as appeasement (eaffc87 flagged both).
def test_pushing_off_a_partner_who_was_choking_the_teller_keeps_her_apologies_read_as_appeasement():
    a = run_lines(("S1", 0.0, "Tell them what happened on Friday."),
                  ("S2", 0.8, "I pushed you away because you were choking me."),
                  ("S1", 0.8, "Don't exaggerate."),
                  ("S2", 0.8, "Sorry. I'm sorry, I shouldn't have said it."))
    assert flag(a, "I'm sorry", "appeasement")


# 3. Narrowing "won't be around much longer" to "i won't be around much longer" demotes a hedged first-person line to a
#    reading by meaning to listen to: the prompt goes from "Assess risk" to "Possible … listen to it".
def test_i_probably_wont_be_around_much_longer_is_heard_self_harm():
    a = run_lines(("S1", 0.0, "You need to stop saying that."),
                  ("S2", 0.8, "It's true. I probably won't be around much longer anyway."))
    assert flag(a, "won't be around", "self_harm", heard=True)
    assert a["safety_prompt"] and a["safety_prompt"]["text"].startswith("Assess risk")


# 4. New self-harm phrases raise "Assess risk before the next session" on ordinary talk (medicine, grief, a plaster cast,
#    the protective partner who cleared the pills away, a relationship ultimatum).
@pytest.mark.parametrize("before, line", [
    ("The doctor says you have to finish the antibiotics this time.", "I will. I'll take every pill, I promise."),
    ("After what happened to your brother I got rid of every pill in the house.", "Thank you. That helps me sleep."),
    ("How long will you be in Dublin?", "Three days. I fly out Thursday and I'm coming back to a funeral on Monday for my uncle."),
    ("I hate seeing you on crutches.", "You won't have to worry about me much longer, the cast comes off on Friday."),
    ("I might go to Dave's party on Saturday.", "If Karen is there, I swear I'll end it if you go. I'm done with that."),
])
def test_ordinary_talk_is_no_self_harm(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not [f for f in a["safety_flags"] if f["category"] == "self_harm"]
    assert a["safety_prompt"] is None


# 5. New threat phrases flag care for an elderly parent, a helmet argument and being short of time.
@pytest.mark.parametrize("before, line", [
    ("Your mum shouldn't be on her own in that house now.", "I know. At her age people fall down the stairs and lie there for hours."),
    ("Why do you nag me about the helmet?", "Because accidents happen to people who think they're careful."),
    ("You forgot the school form again.", "You know what I'm like when I'm pushed for time. I'll do it tonight."),
])
def test_ordinary_talk_is_no_threat(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, "", "threat")


# 6. New violence phrases flag boxing, the news and a phone sat on; the partner's question is then "turned against".
@pytest.mark.parametrize("before, line", [
    ("How was boxing?", "Good. Coach says keep your fist through the whole punch, don't drop it."),
    ("Did you hear about number twelve?", "Yeah, the police kicked the door in at six this morning."),
    ("Why are you using my old phone?", "Because you sat on it, you broke my phone, you muppet. Ha."),
])
def test_ordinary_talk_is_no_violence(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, "", "violence")


# 7. New financial-control phrases flag a card left in a coat and a budgeting app.
@pytest.mark.parametrize("before, line", [
    ("Where's my bank card?", "In my coat, you can have your card back when you get home."),
    ("I keep overspending on takeaways.", "That new app will put you on a budget if you want, it's good."),
])
def test_ordinary_money_talk_is_no_financial_control(before, line):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not flag(a, "", "financial_control")


# 8. An answer to the partner's safety question that attacks them was "against" (reply with contempt) on eaffc87; now
#    any answer flagged "an answer to a question about self-harm" makes the bid "unclear", contempt and all.
@pytest.mark.parametrize("question, answer", [
    ("I'm worried about you. Are you thinking of hurting yourself?", "Maybe. What's it to you, you selfish idiot?"),
    ("Do you want to hurt yourself?", "Yeah, and it's all your fault, you stupid cow."),
])
def test_contempt_in_the_answer_to_a_safety_question_still_turns_against(question, answer):
    a = run_lines(("S1", 0.0, question), ("S2", 0.8, answer))
    assert [b["response"] for b in bids(a, question[:20])] == ["against"]


# 9. "It really did." / "It did?" opening a reply now make it "toward" whatever follows: a withdrawal
#    ("I'm done talking to you about it.", away on eaffc87) and a jab ("Since when…", against by meaning on eaffc87).
@pytest.mark.parametrize("bid, reply, was", [
    ("I guess what I said at dinner upset you.", "It really did. I'm done talking to you about it.", "away"),
    ("I think my mum's visit helped.", "It did? Since when does your mum help anything?", "against"),
])
def test_it_did_opening_a_cold_reply_is_not_toward(bid, reply, was):
    a = run_lines(("S1", 0.0, bid), ("S2", 0.8, reply))
    assert [b["response"] for b in bids(a, bid[:20])] == [was]


# 10. New defensiveness/contempt phrases read practical and affectionate talk as horsemen (and the bid as against).
@pytest.mark.parametrize("before, line, key", [
    ("Is this pressure okay on your shoulder?", "It wouldn't hurt if you didn't press so hard. That's better.", "press so hard"),
    ("Want some of this lotion?", "Don't put that on me, I'm allergic to lavender.", "lavender"),
    ("Look who's here for Christmas dinner.", "Here comes Saint Nick with the presents!", "Saint Nick"),
    ("Ellie's up from her nap.", "Here comes little miss sunshine! Hello darling.", "miss sunshine"),
])
def test_practical_or_affectionate_talk_is_no_horseman(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert not cats(a, key) & {"criticism", "contempt", "defensiveness"}


# 11. (practice) Each partner's own "Thank you for …" said straight after the other's is now dropped as "receiving",
#     so an appreciation exchange done by both reads "partly — only Ana said one" (yes on eaffc87).
def _talk(*lines):
    """The lines said in turn by Ana and Ben, half a second apart (timeline.spoken)."""
    return analyze(spoken(*(("S1" if k % 2 == 0 else "S2", text, 0.5 if k else 0.0) for k, text in enumerate(lines))),
                   names={"S1": "Ana", "S2": "Ben"})


@pytest.mark.parametrize("lines", [
    ("Thank you for picking Mia up on Wednesday, it made my whole evening easier.",
     "Thank you for cooking on Sunday when I was so tired, that meant a lot.", "Aw, that's kind of you to say."),
    ("Thanks for sorting the car insurance on Tuesday, I was dreading it.",
     "Thanks for taking the kids swimming on Saturday so I could sleep.", "Anytime, love."),
])
def test_an_appreciation_of_ones_own_in_reply_to_the_partners_counts(lines):
    r = assess({"template": "appreciation_exchange"}, _talk(*lines))
    assert r["verdict"] == "yes", r["summary"]
