"""Round 38 review (helper rev38): probes of round 38's first reading changes that hid risk or misread ordinary talk, each
failing on the first version of the change and kept as a guard; each names what b4db66e read."""

from __future__ import annotations

import pytest

from .found import cats as _cats
from .timeline import run_lines

ROW = (("S1", 0.0, "You always do this, you never listen to a word I say."), ("S2", 1.0, "Oh here we go, you're impossible."))
HURT = (("S1", 0.0, "You laughed at me in front of everyone at the wedding."), ("S2", 1.0, "Oh here we go again."))
QUARREL = (("S1", 0.0, "You never let me see my sister."), ("S2", 1.0, "Here we go again."), ("S1", 1.0, "You're so selfish."))


def _flags(a, speaker, category):
    return [f for f in a["safety_flags"] if f["speaker"] == speaker and f["category"] == category]


def _repairs_counted(a, words):
    return [r for r in a["repairs"] if words.lower() in (r.get("quote") or "").lower()]


@pytest.mark.parametrize("despair, reply, key", [
    ("Honestly, everyone would be better off without me.",
     "Don't talk like that. You've given up on yourself and I can't bear it.", "given up on yourself"),
    ("Some days I think you'd all be better off without me.",
     "Please don't say that. It feels like you've given up on yourself and I'm frightened for you.", "given up on yourself"),
    ("Some days I think you'd all be better off without me.",
     "You just go quiet for days and I don't know how to reach you. I'm so worried.", "go quiet for days"),
])
def test_a_frightened_caring_reply_to_words_of_despair_is_not_criticism_nor_called_dismissive(despair, reply, key):
    """'you've given up on' / 'you just go quiet' (criticism.txt) in the partner's worried answer to self-harm language.
    b4db66e: no horseman, and the safety prompt only asks for a risk assessment; main: criticism, and the safety prompt
    tells the therapist the reply 'was dismissive … being dismissed can raise the risk'."""
    a = run_lines(("S1", 0.0, despair), ("S2", 1.0, reply))
    assert "criticism" not in _cats(a, key)
    assert not (a["safety_prompt"] or {}).get("dismissed")


def test_a_veiled_threat_after_im_coming_back_stays_heard_and_is_no_repair():
    """'^ i'm coming back $' (repair.txt) makes the turn one that 'owns a part', and meaning.py then drops a vague threat
    read in it. b4db66e: threat to listen to on 'you'd better be here when I do', no repair; main: no safety flag at
    all, 'I'm coming back.' a repair that 'landed', and the escalation 'eased after S2's “I'm coming back.”'."""
    a = run_lines(*QUARREL, ("S2", 1.0, "I'm going out. I'm coming back. And you'd better be here when I do."))
    assert _flags(a, "S2", "threat")
    assert not _repairs_counted(a, "coming back")


@pytest.mark.parametrize("told, reply", [
    ("You pushed me into the wardrobe.", "That's true, I did. You had it coming."),
    ("He slapped me in the car.", "That's true, I did. She had it coming."),
])
def test_blame_after_owning_violence_stays_heard(told, reply):
    """'that's true i did' (repair.txt) turns the admission into 'repair_after_threat', and the rules' repair in the
    sentence stops the meaning reader's blaming there. b4db66e: blaming to listen to (S2) and a 'check the recording'
    observation; main: no safety flag from S2 at all ('You had it coming' is heard by nothing)."""
    a = run_lines(("S1", 0.0, told), ("S2", 1.0, reply))
    assert _flags(a, "S2", "blaming")


def test_fair_followed_by_scorn_in_the_same_turn_is_no_repair_that_eased_the_row():
    """'^ fair $' (repair.txt), said flat before contempt. b4db66e: no repair, the row 'had not calmed down'; main: a
    repair that 'landed', 'It eased after S1's “Fair.”', '1 of 1 heated stretch eased after one'."""
    a = run_lines(*ROW, ("S1", 1.0, "Fair. Whatever you say, your majesty."))
    assert "contempt" in _cats(a, "your majesty")
    assert not _repairs_counted(a, "Fair")
    assert not [o for o in a["observations"] if "eased after" in o["text"]]


@pytest.mark.parametrize("turn, key", [
    ("Fair. Don't test me though. You really don't want to find out.", "Fair"),
    ("I know I shut down. But you really don't want to see what happens if I stop holding it in.", "shut down"),
    ("I need twenty minutes. I'm coming back. You'd better not be on that phone when I do.", "coming back"),
])
def test_a_repair_phrase_in_the_same_turn_as_the_speakers_own_threat_is_no_repair(turn, key):
    """The threat is heard by the rules on both; b4db66e credited no repair; main: 'Repair attempts: S2 1' in the very
    turn of S2's threat (repair_after_threat only looks after the threat). The same shape existed with 'You're right.' or
    "That's fair." before a threat; round 38's phrases make it more common."""
    a = run_lines(*QUARREL, ("S2", 1.0, turn))
    assert _flags(a, "S2", "threat")
    assert not _repairs_counted(a, key)


def test_a_plea_to_stop_with_fear_is_no_repair():
    """'can we stop a minute' (repair.txt) under contempt, with 'You're scaring me.' (heard by nothing on either: see the
    report). b4db66e: a bid, no repair; main: 'Repair attempts: S1 1'."""
    a = run_lines(("S2", 0.0, "You're pathetic, you know that?"), ("S1", 1.0, "Can we stop a minute? You're scaring me."))
    assert not _repairs_counted(a, "stop a minute")


@pytest.mark.parametrize("line", [
    "I'm sorry, that was a stupid thing to say to you.",
    "I'm sorry, it was stupid of me to laugh at you.",
    "I'm sorry I made such a stupid joke about you.",
    "Oh, I'm sorry, that was so stupid of me.",
    "Oh God, I'm sorry, that was such a stupid thing to do to you.",
])
def test_an_apology_calling_ones_own_act_stupid_stays_a_repair(line):
    """BARE_APOLOGIES now holds "i'm sorry", and 'oh' opening scorn 'of any kind': 'stupid' (contempt.txt) about one's
    own act drops the apology. b4db66e: repair; main: no repair, only contempt."""
    a = run_lines(*HURT, ("S2", 2.0, line))
    assert "repair" in _cats(a, "sorry")


@pytest.mark.parametrize("before, reply, key", [
    ("I didn't mean to break your mum's vase, I swear.", "Course you didn't.", "Course you didn't"),
    ("I didn't mean to upset you last night.", "Of course you didn't.", "Of course you didn't"),
    ("Do I have to come to the work party? I don't know anyone.", "Course you don't.", "Course you don't"),
    ("The kids didn't hear us shouting, did they?", "Course they didn't.", "Course they didn't"),
    ("Did I turn the oven off before we left?", "Sure you did.", "Sure you did"),
    ("I made the lasagne from scratch.", "Wow, I forgot I married a chef. This is amazing.", "forgot I married"),
    ("Forty people at Christmas this year.", "I didn't realise I married into such a big family! I love it.", "married into"),
    ("I used to dance salsa before we met.", "I didn't know I'd married a dancer! Show me.", "married a dancer"),
])
def test_reassurance_and_fond_surprise_are_no_contempt(before, reply, key):
    """'^ course you didn't $', '^ course you don't $', '^ course they didn't $', '^ sure you did $', 'i forgot i married',
    "didn't realise i married", "didn't know i'd married" (contempt.txt). b4db66e: no contempt, the bid turned toward
    where one was read; main: contempt, and the bid 'answered with push-back'."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, reply))
    assert "contempt" not in _cats(a, key)
    if "lasagne" not in before:  # (b4db66e already read that bid as turned against)
        assert all(b["response"] != "against" for xs in a["reaching_for"].values() for b in xs)


@pytest.mark.parametrize("before, line, key", [
    ("I told your mum I loved her cake.", "You can't lie to save your life, that's why I trust you.", "save your life"),
    ("Did I sing okay at karaoke?", "You can't sing to save your life, and it was the best bit of the night.", "save your life"),
    ("This is the best view in the whole of Scotland.", "You say that every time we come up here, and every time you're right.",
     "every time"),
    ("How was work?", "Exhausting. I'm sick of playing the good guy for my manager.", "good guy"),
    ("How was the parents' evening?", "Mr Price was there playing the good guy as usual.", "good guy"),
    ("Who was that woman at the party?", "Oh, Sam. She's a colleague, not a partner.", "not a partner"),
    ("You didn't even ask about the contract.", "I'm just the bookkeeper, not a partner.", "not a partner"),
    ("I stopped looking for my birth mum this year.", "I know you've given up on finding her, and it breaks my heart for you.",
     "given up on"),
])
def test_fond_self_directed_or_reported_uses_are_no_criticism_and_raise_no_safety_flag(before, line, key):
    """'can't _ to save your life', 'you say that every time', 'playing the good guy', '_ not a partner $', "you've given
    up on" (criticism.txt). b4db66e: no criticism; main: criticism, the bid 'answered with push-back' (the good guy
    pair), and the false tension lets a vague meaning reading through: isolation heard on 'I stopped looking for my
    birth mum this year.', financial control to listen to on 'You didn't even ask about the contract.'."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "criticism" not in _cats(a, key)
    assert not a["safety_flags"]


def test_grief_is_no_defensiveness():
    """'nothing i do is ever' (defensiveness.txt). b4db66e: nothing; main: defensiveness."""
    a = run_lines(("S2", 0.0, "How are you doing since your mum died?"), ("S1", 1.0, "Nothing I do is ever going to bring her back."))
    assert "defensiveness" not in _cats(a, "bring her back")


def test_the_frightened_partners_words_are_no_defensiveness():
    """'anything i say is wrong' in the very sentence heard as fear of the partner. b4db66e: fear only; main: fear and
    defensiveness, so the frightened partner gets a horseman for saying it."""
    a = run_lines(("S2", 0.0, "Why don't you ever say what you think?"),
                  ("S1", 1.0, "Anything I say is wrong, and then you get that look and I'm scared of what comes next."))
    assert "fear" in _cats(a, "scared of what comes next", safety=True)
    assert "defensiveness" not in _cats(a, "scared of what comes next")


def test_the_partner_accused_of_hitting_first_is_not_justifying_violence():
    """'so now i'm a liar' (defensiveness.txt) answering the other's counter-account ('You hit me first'): violence_justified
    makes the accused partner the one blaming. b4db66e: no blaming from S1; main: blaming heard on S1 (the same shape
    existed with "That's not true.", round 38 widens it)."""
    a = run_lines(("S2", 0.0, "You hit me first, you always do."), ("S1", 1.0, "So now I'm a liar? I was trying to get away from you."))
    assert not [f for f in _flags(a, "S1", "blaming") if "liar" in f["quote"]]


IF_YOU_GO_OUT = ("S2", 0.0, "If you go out tonight, you'll regret it.")
ONE_MORE_WORD = ("S2", 0.0, "Say one more word about my mother and see what happens.")


@pytest.mark.parametrize("threat, reply", [
    (IF_YOU_GO_OUT, "Nothing I do is ever good enough for you."),
    (ONE_MORE_WORD, "I always end up the bad guy."),
])
def test_a_possible_fear_response_after_a_threat_stays_heard(threat, reply):
    """'nothing i do is ever', 'i always end up the bad guy' (defensiveness.txt): the rules' horseman in the sentence stops
    the meaning reader. b4db66e: a possible fear response (appeasement) to listen to from S1 and a 'check the recording'
    observation; main: only S1's defensiveness, nothing of fear."""
    a = run_lines(threat, ("S1", 1.0, reply))
    assert _flags(a, "S1", "appeasement")


@pytest.mark.parametrize("threat, reply", [
    (IF_YOU_GO_OUT, "Nothing I do is ever good enough for you."),
    (IF_YOU_GO_OUT, "Whatever I do is wrong with you."),
    (IF_YOU_GO_OUT, "Everything I say is wrong to you."),
    (ONE_MORE_WORD, "Anything I say is wrong in this house."),
    (ONE_MORE_WORD, "Nothing I do is good enough, is it?"),
    (ONE_MORE_WORD, "Nothing I ever do is right for you."),
    (ONE_MORE_WORD, "I always end up the bad guy."),
])
def test_the_threatened_partners_nothing_i_do_is_right_is_no_defensiveness(threat, reply):
    """DOMAIN §6: fear changes what words mean. b4db66e: no horseman from S1; main: S1, just threatened, is scored
    defensive."""
    a = run_lines(threat, ("S1", 1.0, reply))
    assert not [m for m in a["markers"] if m["speaker"] == "S1" and m["category"] == "defensiveness"]


# --- against 095a963 (main after the review began): threat_outcomes.txt "kids will be gone", "kids won't be here", and
# contempt.txt "his lordship", "with your secretary", flooding.txt "my chest tight"

@pytest.mark.parametrize("before, line, key", [
    ("I'll be back late from the dentist.",
     "If you're back after eight, the kids will be gone. The school trip leaves at half seven.", "kids will be gone"),
    ("Shall I come over to see the kids on Sunday?",
     "If you come Sunday, the kids won't be here. They're at their dad's this weekend.", "won't be here"),
    ("I might be late from work tonight.",
     "If you get back after six, the kids will be gone. Mum's taking them to the panto.", "kids will be gone"),
])
def test_childcare_plans_with_a_condition_are_no_threat(before, line, key):
    """b4db66e and 7e83de0: no safety flag; 095a963: a threat heard (not only to listen to), shown first, in the everyday
    logistics of parents, separated ones most of all."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "threat" not in _cats(a, key, safety=True)


@pytest.mark.parametrize("before, line, key", [
    ("Is the baby still asleep?", "His lordship is awake and wants his bottle.", "lordship"),
    ("Can we do the school meeting on Friday?", "Can you check with your secretary if Friday's free?", "secretary"),
])
def test_a_fond_title_for_the_baby_or_a_real_secretary_is_no_contempt(before, line, key):
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, line))
    assert "contempt" not in _cats(a, key)


def test_a_tight_chest_from_a_cold_is_no_flooding():
    """'my chest tight' (flooding.txt) in a calm answer about a cold. b4db66e: nothing; 095a963: flooding."""
    a = run_lines(("S1", 0.0, "How are you feeling?"), ("S2", 0.8, "Still got this cold, my chest tight all night."))
    assert "flooding" not in _cats(a, "chest tight")
