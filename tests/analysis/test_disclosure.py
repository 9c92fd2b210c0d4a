"""Self-harm said quietly and said again as a denial (analysis/disclosure.py, safety_self_harm.txt), and the
control found in round 18's phrases: the partner's people cast as poisoning their mind, work forbidden.

Each test fails on the rules before round 18; the look-alikes beside them check the new phrases do not reach
too far ("I hope the kids don't wake up", a denial with no disclosure before it, the telly filling a head)."""

from .test_clinical_rules import run


def self_harm(r, speaker):
    return [f["quote"] for f in r["safety_flags"] if f["category"] == "self_harm" and f["speaker"] == speaker]


def flags(r, category):
    return [(f["speaker"], f["quote"]) for f in r["safety_flags"] if f["category"] == category]


def test_hoping_not_to_wake_up_is_self_harm_language_and_raises_the_prompt():
    for line in ("Honestly, some nights I lie there hoping I just don't wake up.", "Some nights I hope I don't wake up."):
        r = run("How was your day, love?", line)
        assert self_harm(r, "S2") == [line]
        assert r["safety_prompt"] and r["safety_prompt"]["text"].startswith("Assess risk before the next session")
    for calm in ("I hope I don't wake up the baby when I come in late.", "I wish I never woke up this early on a Saturday.",
                 "I hope I won't wake up too early tomorrow.", "Don't wake up the baby, she's only just gone down."):
        r = run(calm, "Fingers crossed.")
        assert not [f for f in r["safety_flags"] if not f.get("listen_only")] and r["safety_prompt"] is None, calm


def test_a_denial_of_intent_after_a_disclosure_is_part_of_it():
    r = run("I looked up how many of my sleeping pills it would take.", "What? Since when?",
            ("S1", "Since March. I'm not gonna do anything tonight. I just needed somebody to know."))
    said = self_harm(r, "S1")
    assert "I'm not gonna do anything tonight." in said and "I just needed somebody to know." in said
    denial = next(f for f in r["safety_flags"] if f["quote"] == "I'm not gonna do anything tonight.")
    assert denial["confidence"] != "low" and "part of the disclosure" in denial["context"]
    # with a question between, the context still names the disclosure it follows
    r = run("Sometimes I wish I could just disappear.", "Are you thinking of hurting yourself?",
            ("S1", "No. I'm not going to do anything."))
    assert "S1's words at" in next(f["context"] for f in r["safety_flags"] if f["quote"] == "I'm not going to do anything.")


def test_a_denial_in_answer_to_a_question_about_self_harm_is_flagged_and_no_horseman():
    r = run("Kofi, look at me. Are you thinking of hurting yourself?",
            "No, no. I don't know. I'm not going to do anything. It's just a thought that keeps coming at night.")
    assert self_harm(r, "S2") == ["I'm not going to do anything.", "It's just a thought that keeps coming at night."]
    assert r["safety_prompt"]
    assert not [m for m in r["markers"] if m["speaker"] == "S2" and m["category"] in ("criticism", "defensiveness")]


def test_the_same_words_with_no_disclosure_before_them_are_nothing():
    r = run("Are we doing anything tonight?", "I'm not going to do anything tonight, I'm shattered. It's just a thought, but pizza?")
    assert not r["safety_flags"] and r["safety_prompt"] is None
    # a warning is no question about self-harm, nor is self-harm told of; the answer to a question is read only soon after it
    r = run("Don't do anything stupid at the stag do, ok?", "I won't do anything stupid, promise.")
    assert not r["safety_flags"] and r["safety_prompt"] is None
    r = run("I watched a documentary last night, all about thoughts of suicide.", "Just a thought, but should we give to that charity?")
    assert not self_harm(r, "S2")
    # a disclosure by the other partner does not make this one's denial a disclosure
    r = run("Sometimes I wish I could just disappear.", "Oh love. Well I'm not going to do anything without you.")
    assert self_harm(r, "S1") and not self_harm(r, "S2")


def test_the_partners_people_cast_as_poisoning_their_mind_is_isolation():
    r = run("I'm going round to Denise's on Sunday.", "Your family's poison. You know that.")
    assert [q for s, q in flags(r, "isolation") if s == "S2"] == ["Your family's poison."]
    r = run("I'm seeing Tasha tonight.", "Tasha again. I don't want you hanging out with her. She fills your head with garbage.")
    assert len(flags(r, "isolation")) == 2
    for lead, line in [("That telly fills your head with nonsense, turn it off and come to bed.", "Five more minutes."),
                       ("Who put that in your head, the telly?", "No, Mum did."),
                       ("Oh, Mum's always putting ideas in your head about grandkids.", "Ha, she is."),
                       ("I don't want you going out with wet hair, you'll catch a cold.", "Yes, Mum."),
                       ("Your mates are poison at darts, honestly.", "They are.")]:
        assert not run(lead, line)["safety_flags"], lead


def test_keeping_the_partner_from_work_is_financial_control():
    r = run("I got offered the job at the supermarket.", "No wife of mine's stacking shelves for strangers. You're not working, end of.")
    assert [q for s, q in flags(r, "financial_control") if s == "S2"] == [
        "No wife of mine's stacking shelves for strangers.", "You're not working, end of."]
    for lead in ("You're not working Saturday, are you?", "Hand in your notice if you hate it that much, love, we'll manage.",
                 "Go on, pack in the job, start your bakery, I'm behind you.", "No wife of mine is going without a birthday cake!",
                 "You're not taking that job without at least asking for more money, are you?"):
        assert not [f for f in run(lead, "Thank you.")["safety_flags"] if f["category"] == "financial_control"], lead


def test_reassuring_the_partner_is_no_self_harm_and_the_end_of_oneself_as_relief_is():
    r = run("Because I didn't want to be one more burden on you. You have your mother, the children, the shop.",
            "You have never been a burden to me. Not one day.")
    assert not self_harm(r, "S2")
    r = run("Why are you so quiet tonight?", "You won't have to put up with me much longer.")
    assert self_harm(r, "S2") and r["safety_prompt"]
    # "you'd never notice if I was gone" has the speaker in it: still the speaker's despair
    assert self_harm(run("Why are you so quiet tonight?", "You'd never notice if I was gone."), "S2")
