"""Round 9 safety rules (issue 14): a price for telling in therapy (analysis/silencing.py), the
partner's anger kept off (analysis/keeping_peace.py), the body tensing at the partner's anger, and
fear words that are politeness or fear for someone (keeping_peace.first_person_fear).

The positive lists and the politeness list fail on the rules before this round; the other negative lists are what the new rules
must not reach (ordinary talk about therapy, keeping a baby calm, a racing heart of love)."""

import pytest

from .test_clinical_rules import flag_kinds, run

OPENER = "You never tell me where you're going, it's like living with a stranger."


def kinds_of(text, opener=OPENER):
    return flag_kinds(run(opener, text))


@pytest.mark.parametrize("text, kind", [
    ("If you keep running to that therapist, I'll stop paying for it.", "therapy_threat"),
    ("I swear, if this comes up in therapy, I'm done.", "therapy_threat"),
    ("Mention the drinking in there and you can find your own way home.", "therapy_threat"),
    ("Bring up my mates and I'll make Thursday your last appointment.", "threat"),
    ("Counselling's over the minute you mention the texts.", "therapy_threat"),
    ("Next session you tell her everything's fine, right?", "therapy_threat"),
    ("What happens at home isn't the therapist's business, understood?", "therapy_threat"),
    ("When we're at the counsellor's you let me do the talking.", "therapy_threat"),
    ("Do not mention the drinking in therapy.", "therapy_threat"),
    ("You won't say a word about this in therapy.", "therapy_threat"),
    ("You'd better keep quiet if you know what's good for you.", "threat"),
    ("The minute you mention my temper in there, I stop funding your little sessions.", "therapy_threat"),
    ("If you bring up my drinking on Wednesday, I'm done paying for those sessions.", "therapy_threat"),
    ("Your therapist doesn't need to know about the hole in the wall, are we clear?", "therapy_threat"),
    ("Just tell the counsellor we're communicating better, that's all she needs to hear.", "therapy_threat"),
])
def test_silencing_with_a_price_or_a_script(text, kind):
    assert kind in kinds_of(text)


@pytest.mark.parametrize("text", [
    "Don't forget to tell the counsellor about the holiday.",
    "If you tell her how you feel in therapy, I think it'll help.",
    "Can we mention the money thing in session on Thursday?",
    "I'd rather not talk about my dad in therapy yet, if that's okay.",
    "If you mention the job in session, I'll back you up.",
    "Tell me if you're too tired and I'll cancel dinner with my mum.",
    "If you see Tom, tell him we're leaving at eight.",
    "If you want to come to the jam session, we're leaving at seven.",
    "Oh don't cry, love, therapy was hard today but you did great.",
    "Don't talk to me like that, we're not in therapy now.",
    "Still no word from the therapist about rescheduling?",
    "If you say so, I'm happy, and we're done for the day.",
    "Can you please look at me when I'm talking to you? I need to know you hear me.",
    "Tell her happy birthday from me, and tell her we'll be there by six.",
    "You keep quiet in there, the baby's asleep.",
])
def test_ordinary_talk_about_therapy_is_no_threat(text):
    assert not kinds_of(text) & {"threat", "therapy_threat"}


@pytest.mark.parametrize("text", [
    "I told the kids Daddy's tired so they wouldn't bother you and set you off.",
    "I deleted those messages because I knew you'd go mental if you saw them.",
    "I didn't mention the parking fine because I couldn't face you kicking off at me.",
    "I put the good plates away in case you started throwing things again.",
    "My whole body goes rigid when you start yelling at me.",
    "My heart starts pounding the minute you use that tone with me.",
    "Can we talk about how scared I get when you shout?",
])
def test_fear_of_the_partner_without_a_list_phrase(text):
    assert "fear" in kinds_of(text)


@pytest.mark.parametrize("text", [
    "I bought the big pizza so the kids wouldn't kick off.",
    "I booked the tickets because I knew you'd go mental, you love them.",
    "I bought Mario Kart so you can get mad at the blue shell again.",
    "I hid the biscuits before you go mad and eat them all.",
    "I'm afraid you'll have to cook tonight, I'm shattered.",
    "You went mental at the ref on Saturday, I was mortified.",
    "I get a bit stiff when you drive, you're so fast.",
    "I'm afraid you've got that wrong, the party's on Saturday, not Friday.",
    "I'm afraid the cat's been sick on your jumper again.",
    "I'm scared for you going into that surgery, I know it's routine but still.",
    "I was so scared something had happened to you when you didn't answer your phone.",
    "I'm scared about the biopsy results, can you come with me on Thursday?",
    "I'm terrified of the dentist, will you hold my hand?",
    "I'm frightened about your test results, can I come with you to the appointment?",
    "I was so scared when you didn't pick up after the crash on the motorway.",
    "My heart races when you look at me like that.",
    "My hands still shake a bit when you kiss me, isn't that daft?",
])
def test_politeness_fear_for_someone_and_calm_children_are_no_fear_of_the_partner(text):
    assert "fear" not in kinds_of(text)


def test_fear_told_in_reply_to_a_complaint_is_no_defence():
    r = run("You're so selfish about the house, honestly.",
            "I didn't tell you about the parking fine because I knew you'd go mental.")
    assert "fear" in flag_kinds(r)
    assert not [m for m in r["markers"] if m["category"] == "defensiveness" and m["speaker"] == "S2"]
