"""Round 37's reading fixes, found on therapist walk-throughs, in this test's own words: money control with no word of
money (a shrug at the partner's trouble at work) and blame with no partner blamed are only to listen to; leave asked for
a thing of one's own life and the decision kept with no reason is coercive control, heard where other safety language
is near and only to listen to in a calm talk; how the partner treats the speaker put as a likeness is criticism;
"sorry" talked about is no apology; loneliness told is no self-harm, grief no criticism; a feeling said back and
checked is no scorn, and the practice of saying back is "partly" where one answer came without it."""

from __future__ import annotations

from talktogether_desktop.practice import fidelity

from .found import bids as _bids, cats as _cats, flag as _flag
from .timeline import run_lines

KEYS = (("S1", 0.0, "You took my car keys again on Friday. I couldn't get to work."),
        ("S2", 0.8, "If you didn't wind me up, I wouldn't have to."),
        ("S1", 0.7, "My manager rang me twice. I had to say I was ill."),
        ("S2", 0.9, "Then that's between you and your manager."),
        ("S1", 0.8, "I just want to be able to get to work."),
        ("S2", 1.2, "You know what happens if you take the kids to your mum's again."),
        ("S1", 1.5, "Okay. I won't. I'm sorry."),
        ("S2", 0.8, "Good. So we're fine, then."),
        ("S1", 3.0, "Maybe. Can I keep the spare key in my bag, just for work days?"),
        ("S2", 1.0, "We'll see. Ask me on Sunday."),
        ("S1", 0.9, "Okay."))


def test_a_shrug_at_trouble_at_work_is_no_money_control_and_the_kept_key_is_control():
    """"Then that's between you and your manager." was financial control heard (by meaning, 0.97: page 1 said Sam
    controlled money; now only to listen to); "We'll see. Ask me on Sunday." to the spare key asked for, after a threat about the children, was
    read as nothing."""
    a = run_lines(*KEYS)
    assert not _flag(a, "between you and your manager", "financial_control", heard=True)
    kept = _flag(a, "We'll see", "coercion", heard=True)
    assert kept and kept[0]["speaker"] == "S2" and "spare key" in kept[0]["context"]
    assert _flag(a, "what happens if you take the kids", "threat", heard=True)


def test_money_control_with_its_words_stays_heard():
    """Guard: money control by meaning with a word of money, or an amount, is still read."""
    a = run_lines(("S1", 0.0, "Babe, my whole pay went in on Thursday. I just need forty for petrol, that's all."),
                  ("S2", 0.9, "Your pay goes where I say it goes. You'd have us in the poorhouse inside a month."),
                  ("S1", 0.8, "Okay."),
                  ("S2", 0.7, "Nothing over fifty without my say-so. That's the rule."))
    assert _flag(a, "your pay goes where i say", "financial_control")


def test_leave_asked_in_a_calm_talk_is_only_to_listen_to_and_a_reason_or_a_joke_is_none():
    a = run_lines(("S1", 0.0, "Can I go to the gym on Thursday night?"),
                  ("S2", 0.8, "We'll see."),
                  ("S1", 0.7, "Can I take the car on Saturday? I want to see my sister."),
                  ("S2", 0.8, "We'll see, I might need it for the tip."),
                  ("S1", 0.7, "Am I allowed to have a biscuit?"),
                  ("S2", 0.8, "Depends how nice you are, ha ha."),
                  ("S1", 0.7, "Can we go to the cinema on Friday?"),
                  ("S2", 0.8, "We'll see. Ask me tomorrow."))
    coercion = [f for f in a["safety_flags"] if f["category"] == "coercion"]
    assert len(coercion) == 1 and coercion[0]["quote"] == "We'll see." and coercion[0]["listen_only"]


def test_how_the_partner_treats_the_speaker_put_as_a_likeness_is_criticism_and_a_fond_one_is_none():
    """"You talk to my daughter like she's a lodger in your house." and "…you look at me like a draught coming under the
    door." were read as nothing; "Now you're making me sound like a monster for the recorder." (the innocent victim) and
    "I should get you a little medal." (mock reward) too."""
    a = run_lines(("S1", 0.0, "You talk to my daughter like she's a lodger in your house."),
                  ("S2", 0.9, "Now you're making me sound like a monster for the recorder."),
                  ("S1", 0.8, "And now I'm home you look at me like a draught coming under the door."),
                  ("S2", 0.8, "You emptied the dishwasher. I should get you a little medal."))
    assert "criticism" in _cats(a, "lodger in your house")
    assert "criticism" in _cats(a, "draught coming under")
    assert "defensiveness" in _cats(a, "making me sound like")
    assert "contempt" in _cats(a, "little medal")


def test_a_fond_likeness_a_reported_one_and_the_partner_s_own_look_are_no_criticism():
    a = run_lines(("S1", 0.0, "You treat me like a queen, you know that?"),
                  ("S2", 0.8, "You look at me like you've seen a ghost. What happened?"),
                  ("S1", 0.8, "My mum said you talk to her like she's a stranger."),
                  ("S2", 0.8, "You never treat me like a child, love."))
    assert not [m for m in a["markers"] if m["category"] == "criticism"]
    # (the fond one read by meaning as possible scorn, low, as before this round)
    assert not [m for m in a["markers"] if m["category"] == "contempt" and m["confidence"] != "low"]


def test_sorry_talked_about_blame_with_no_one_blamed_loneliness_and_grief_are_read_as_what_they_are():
    """A frightened partner's "You always say that. Sorry doesn't slow the car down." was a possible fear response; "And
    I'm telling you I had it under control." was coercive control (blaming) heard; "I just feel so alone with it." raised
    the risk prompt (now only to listen to, with no prompt); "Like I'm the only one who lost her." was criticism."""
    a = run_lines(("S1", 0.0, "I was scared, you were doing ninety and shouting."),
                  ("S2", 0.8, "I wasn't doing ninety. That guy cut me up."),
                  ("S1", 0.7, "Don't do that. I'm telling you I was frightened."),
                  ("S2", 0.8, "And I'm telling you I had it under control. I've been driving for twenty years."),
                  ("S1", 3.0, "Talk to me. Please."),
                  ("S2", 4.0, "Look, I'm sorry I shouted. I was stressed about work."),
                  ("S1", 0.9, "You always say that. Sorry doesn't slow the car down."),
                  ("S2", 2.0, "I haven't moved on. I think about her every day."),
                  ("S1", 0.9, "Thank you. I just feel so alone with it. Like I'm the only one who lost her."))
    assert _flag(a, "I was frightened", "fear", heard=True)
    assert not _flag(a, "had it under control", "blaming", heard=True)
    assert not _flag(a, "Sorry doesn't slow", "appeasement")
    assert not _flag(a, "so alone with it", "self_harm", heard=True) and a["safety_prompt"] is None
    assert "criticism" not in _cats(a, "only one who lost her")
    assert "criticism" in _cats(a, "You always say that")


def test_blame_with_the_partner_blamed_and_the_load_said_to_be_ones_own_stay_read():
    """Guards: "You made me do that." is blaming; "I'm the only one who does anything" criticism; "I feel so alone, I
    can't go on." self-harm."""
    a = run_lines(("S1", 0.0, "You grabbed my arm. It left a mark."),
                  ("S2", 0.8, "'Cause you were about to drive off half-cut! You made me do that."),
                  ("S1", 0.9, "I'm the only one who does anything in this house."),
                  ("S2", 0.8, "I feel so alone, I can't go on like this."))
    assert _flag(a, "You made me do that", "blaming")
    assert "criticism" in _cats(a, "only one who does anything")
    assert _flag(a, "can't go on", "self_harm")


REFLECT = (("S2", 0.0, "I want to talk about the hospital day. When they told us, you were on the phone to your mum the "
                       "whole time, and I was sitting there by myself."),
           ("S1", 1.0, "So you felt on your own with it. Is that right?"),
           ("S2", 0.8, "Yes. That's exactly it."),
           ("S1", 0.9, "Thank you for telling me."),
           ("S2", 0.8, "And at work nobody even asked. I went back on the Monday like nothing happened."),
           ("S1", 0.9, "Well, you didn't tell anyone at work. How were they supposed to know?"),
           ("S2", 1.2, "Mm."),
           ("S1", 0.8, "I needed my mum that day. I couldn't hold both of us."),
           ("S2", 0.9, "What I'm hearing is, you needed someone to hold you, and there wasn't enough of you left for me. "
                       "Is that it?"),
           ("S1", 0.8, "Yeah. That's it."))


def test_a_feeling_said_back_and_checked_is_no_scorn_and_one_answer_without_it_makes_the_practice_partly():
    """"So you felt on your own with it. Is that right?" was contempt (the whole turn read by meaning) and the bid before
    it "answered with push-back"; the reflect-back practice then said "yes — both partners said back what they heard"
    though "Well, you didn't tell anyone at work…" answered without saying back first."""
    a = run_lines(*REFLECT)
    assert not [m for m in a["markers"] if m["category"] == "contempt"]
    assert [b["response"] for b in _bids(a, "the hospital day")] == ["toward"]
    review = fidelity.assess({"behaviour": "Reflect back before answering: say what you heard, then your side"}, a,
                             {"S1": "Nadia", "S2": "Claire"})
    assert review["verdict"] == "partly"
    assert "Nadia answered at 00:" in review["summary"] and "without saying back first" in review["summary"]


def test_so_you_said_as_a_challenge_is_no_saying_back():
    """Guard: "So you felt it was fine to lie to me? Really?" and "So you were late. Right?" check nothing back."""
    from talktogether_desktop.analysis.sentences import split_sentences

    from .timeline import say

    def marked(text):
        words = say("S1", 0.0, text)
        return [s.said_back for s in split_sentences(range(len(words)), words)]

    assert marked("So you felt it was fine to lie to me? Really?") == [False, False]
    assert marked("So you were late. Right?") == [False, False]
    assert marked("So you felt on your own with it. Is that right?") == [True, False]


def test_a_repair_after_a_break_and_the_return_is_met_by_the_partners_first_words_after_the_repairing_turn():
    """"I'm sorry I keep shutting down." came 35 s after "You never want to do it." with a break asked for between, and
    the partner's "I didn't know that. That helps." came after the rest of the repairing turn: the repair was "no heated
    stretch around it" (landed unknown)."""
    a = run_lines(("S1", 0.0, "You never want to do it. Every time I bring her up, you go somewhere else."),
                  ("S2", 0.9, "I can't breathe. I need a minute. Can we stop for a minute?"),
                  ("S1", 0.8, "Okay. Okay. Take your minute."),
                  ("S2", 10.0, "Okay. I'm back. I want to hear you."),
                  ("S1", 1.0, "Thank you. I just feel so alone with it."),
                  ("S2", 1.0, "You're not the only one. I'm sorry I keep shutting down. I go quiet because if I start "
                              "crying, I don't know if I'll stop."),
                  ("S1", 1.0, "I didn't know that. That helps."))
    late = [r for r in a["repairs"] if "shutting down" in r["quote"]]
    assert late and late[0]["landed"] is True


def test_a_threat_put_as_a_question_and_leave_kept_after_the_reason_given_are_heard():
    """"Do you really want to find out what happens if you go?" was a bid of the speaker's (passed by); "We'll see." to
    "Can I go to Jo's on Saturday? It's her fortieth. Just for a couple of hours." (said after an "mm") was nothing."""
    a = run_lines(("S2", 0.0, "Where were you at half five? The app had you at the retail park for forty minutes."),
                  ("S1", 0.8, "I told you, I went to get Mia's school shoes."),
                  ("S2", 0.8, "I'm not having a go. I just like knowing you got there safe."),
                  ("S1", 0.8, "mm"),
                  ("S1", 1.2, "Can I go to Jo's on Saturday? It's her fortieth. Just for a couple of hours."),
                  ("S2", 1.0, "We'll see."),
                  ("S1", 0.8, "She didn't fill my head with anything. You rang my manager twice last week to check I was there."),
                  ("S2", 0.9, "Do you really want to find out what happens if you go?"),
                  ("S1", 1.5, "No. Okay. I'll stay in."))
    assert _flag(a, "find out what happens", "threat", heard=True)
    assert not _bids(a, "find out what happens")
    assert _flag(a, "We'll see", "coercion", heard=True)
    assert _flag(a, "I'll stay in", "appeasement")
    # (page 1 says the manager rung is told by the one it is done to, as the Key moment does)
    assert any("rang my manager" in o["text"] and "told by the one it is done to" in o["text"] for o in a["observations"])
    # (the bid after the monitoring names it, not "a threat" that came later)
    assert [b["response_reason"] for b in _bids(a, "got there safe")] == [
        "after the coercive control: monitoring, a reply is not read as turning toward"]


def test_a_question_about_self_harm_with_words_after_it_and_the_thought_owned_later_are_heard():
    """"…are you thinking about hurting yourself? I'm asking because I love you." was no question (the turn did not end
    in "?"), and "The truth is, some nights I do think it. Not a plan. Just the thought." 28 s later was read as nothing;
    a denial of it ("I don't think about it like that.") owns nothing."""
    a = run_lines(("S2", 0.0, "You'd all manage fine without me, honestly."),
                  ("S1", 0.8, "Marcus, when you say that, are you thinking about hurting yourself? I'm asking because I love you."),
                  ("S2", 0.9, "Oh, here we go. I'm not some patient you have to watch."),
                  ("S1", 0.8, "Okay. I hear you."),
                  ("S2", 1.5, "I'm sorry. I snapped at you."),
                  ("S1", 0.8, "It's alright. I'd rather you snap at me than go quiet on me."),
                  ("S2", 1.5, "The truth is, some nights I do think it. Not a plan. Just the thought."))
    assert _flag(a, "some nights I do think it", "self_harm", heard=True)
    b = run_lines(("S2", 0.0, "You'd all manage fine without me, honestly."),
                  ("S1", 0.8, "Are you thinking about hurting yourself? I'm asking because I love you."),
                  ("S2", 0.9, "No. I don't think about it like that. I'm just worn out."))
    assert not _flag(b, "think about it like that", "self_harm")


def test_the_pension_letters_got_out_in_a_warm_plan_are_no_money_control_heard():
    """"Right, I've got the pension letters out." opened a warm retirement plan as money control heard (0.90): the report
    clinician-only, check-ins apart."""
    a = run_lines(("S1", 0.0, "Right, I've got the pension letters out. Shall we actually do this tonight?"),
                  ("S2", 0.7, "Go on then. But I could murder a cup of tea first."),
                  ("S1", 0.4, "Kettle's already on. You always know when I've put the kettle on."),
                  ("S2", 0.6, "Thirty one years of practice, love."),
                  ("S1", 0.6, "So. If I finish at sixty three, we've got the two pensions and the savings."),
                  ("S1", 0.2, "And I'd like to put some of the savings towards a camper van."),
                  ("S2", 0.5, "Ha! A camper van. You'll be the death of me, you."))
    assert not _flag(a, "pension letters", "financial_control", heard=True)
    assert not [f for f in a["safety_flags"] if not f.get("listen_only")]


def test_a_quote_whose_unclear_word_may_turn_it_round_says_so():
    """"I said I'm tired, not that I'm going to do anything." with "not that" unsure was quoted "I said I'm tired, … …
    I'm going to do anything.": a denial printed as intent."""
    from talktogether_desktop.analysis.words import join_words

    from .timeline import say

    words = say("S1", 0.0, "I said I'm tired, not that I'm going to do anything.")
    for w in words:
        if w["word"] in ("not", "that"):
            w["probability"] = 0.2
    text = join_words(words, 0.5)
    assert text.startswith("I said I'm tired, … … I'm going to do anything.") and "may change its meaning" in text
    assert "not" not in text.split()
    words[4]["probability"] = 0.95  # "not" heard clearly: only "that" left out, nothing turned round
    assert "may change" not in join_words(words, 0.5)


def test_a_threat_to_share_private_photos_is_heard_and_an_excuse_or_a_claim_to_care_are_no_harm_or_criticism():
    """"It'd be a shame if those photos from Ibiza ended up in the family group chat." was read as nothing; "I'm not
    doing it on purpose!" (the bins forgotten) was self-harm by meaning (0.92 on the audio: the risk prompt); "You know
    I'm the only one who really looks out for you." was criticism."""
    a = run_lines(("S2", 0.0, "It's nothing. He likes everyone's photos."),
                  ("S2", 1.0, "You read my messages again on Sunday."),
                  ("S1", 1.0, "It'd be a shame if those photos from Ibiza ended up in the family group chat."),
                  ("S2", 1.5, "Please don't."),
                  ("S1", 3.0, "You know I'm the only one who really looks out for you."))
    assert _flag(a, "those photos from Ibiza", "threat", heard=True)
    assert "criticism" not in _cats(a, "really looks out for you")
    b = run_lines(("S1", 0.0, "Honestly, you'd forget your head if it wasn't screwed on, wouldn't you?"),
                  ("S2", 0.8, "I'm not doing it on purpose! I had the alarm set, and then the dog got out."))
    assert not _flag(b, "on purpose", "self_harm") and b["safety_prompt"] is None
    # guard: an act owned as meant, with the means, stays self-harm (sentence sets: round23_idiom, round8_safety)
    c = run_lines(("S1", 0.0, "You seem really flat lately."),
                  ("S2", 0.8, "I stopped taking my meds on purpose, I don't care what happens to me now."),
                  ("S1", 0.8, "What do you mean?"),
                  ("S2", 0.8, "I've stopped taking my heart meds on purpose, let it happen."))
    assert _flag(c, "stopped taking my meds on purpose", "self_harm") and _flag(c, "heart meds on purpose", "self_harm")


def test_an_appreciation_answered_with_a_brush_off_makes_the_practice_partly():
    """"Oh, I really appreciate you leaving your socks everywhere, very thoughtful." / "Whatever." counted as an
    appreciation taken up: "yes — both partners said an appreciation and it was taken up"."""
    a = run_lines(("S1", 0.0, "Alright. I really appreciated you making me a coffee this morning before my early meeting."),
                  ("S2", 0.8, "Thank you. I'm glad it helped."),
                  ("S1", 0.6, "It did. It made the whole morning easier. Your turn."),
                  ("S2", 1.0, "Oh, I really appreciate you leaving your socks everywhere, very thoughtful."),
                  ("S1", 1.2, "Whatever."),
                  ("S2", 1.0, "What? It was a joke."))
    review = fidelity.assess({"behaviour": "Say one thing you appreciated today, and the other says thank you"}, a,
                             {"S1": "Tom", "S2": "Ollie"})
    assert review["verdict"] == "partly" and "not taken up" in review["summary"]


PHOTOS = (
    ("S1", 0.50, 1.32, "Who's Marco?"),
    ("S2", 1.92, 5.23, "Marco? He's just someone from my running club."),
    ("S1", 5.73, 9.58, 'He likes a lot of your photos, for someone from running club.'),
    ("S2", 9.98, 14.83, "It's nothing. He likes everyone's photos. Hang on, how do you even know that?"),
    ("S2", 15.63, 18.10, 'You read my messages again on Sunday.'),
    ("S1", 19.90, 24.79, "It'd be a shame if those photos from Ibiza ended up in the family group chat."),
    ("S2", 26.99, 27.59, "Please don't."),
    ("S1", 28.39, 29.67, 'Then you know what to do.'),
    ("S2", 32.17, 34.79, "Okay. I'll delete him. I'm sorry."),
    ("S1", 35.39, 38.29, "See? We're good when you're sensible."),
    ("S2", 39.49, 39.83, 'Yeah.'),
    ("S1", 40.33, 45.65, "Come here. I'll make that pasta you like, and we can finish the series tonight."),
    ("S2", 46.55, 48.44, 'Okay. That sounds nice.'),
    ("S1", 48.94, 53.31, 'I just worry about you, you know. People take advantage of you.'),
    ("S2", 50.94, 51.85, 'Mm-hm.'),
    ("S1", 54.11, 57.30, "You know I'm the only one who really looks out for you."),
    ("S2", 58.70, 59.10, 'I know.'),
    ("S1", 59.60, 60.31, 'Love you.'),
    ("S2", 61.31, 62.07, 'Love you too.'),
)


def test_the_protest_of_the_one_monitored_is_no_harsh_start_up():
    """"He likes a lot of your photos, for someone from running club." (monitoring heard) / "It's nothing. He likes
    everyone's photos. Hang on, how do you even know that?": page 1 said the talk "opened with contempt (first sign from
    Emma)" (walk37j, the words as scripted)."""
    from talktogether_desktop.analysis import analyze

    from .timeline import conversation, say

    a = analyze(conversation(*(say(spk, start, text, end=end) for spk, start, end, text in PHOTOS)))
    assert _flag(a, "a lot of your photos", "monitoring", heard=True)
    assert _flag(a, "those photos from Ibiza", "threat", heard=True)
    assert not (a["harsh_startup"] or {}).get("flag")
