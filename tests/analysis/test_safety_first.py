"""After a threat nothing counts as repair, turning toward or easing; appeasement is a possible
fear response; every finding says how sure it is; unsure words are never quoted."""

from talktogether_desktop.analysis import analyze

from .timeline import calm_exchange, conversation, end_of, say


def threat_then_sorry():
    a1 = say("S1", 0.0, "Give me your bank card. You get an allowance from now on.")
    b1 = say("S2", end_of(a1) + 0.4, "But it's my salary, I just need to feel safe with my own money.")
    a2 = say("S1", end_of(b1) + 0.4, "If you bring this up in front of the therapist again, you will be sorry.")
    b2 = say("S2", end_of(a2) + 2.5, "I'm sorry. Forget I said anything.")
    a3 = say("S1", end_of(b2) + 0.4, "Okay, you're right, let's calm down.")
    return [a1, b1, a2, b2, a3], b2, a3


def test_an_apology_after_a_threat_is_a_possible_fear_response_not_a_repair():
    utterances, sorry, after = threat_then_sorry()
    r = analyze(conversation(*utterances), names={"S1": "Alex", "S2": "Sam"})
    assert [m for m in r["markers"] if m["category"] == "repair"] == []
    fear = [f for f in r["safety_flags"] if f["category"] == "appeasement"]
    assert len(fear) == 1 and fear[0]["speaker"] == "S2" and abs(fear[0]["t"] - sorry[0]["start"]) < 0.05
    assert "therapy" in fear[0]["context"] and "may be fear" in fear[0]["context"]
    # the threatener's "you're right" afterwards is listed but never counted as a repair
    assert any(m["category"] == "repair_after_threat" and m["speaker"] == "S1" for m in r["markers"])
    assert all(p["what_next"]["repair_attempts"] == [] for p in r["escalation_points"])
    assert r["speakers"][0]["repair_attempts"] == 0 and r["speakers"][1]["appeasement"] >= 1
    assert any("Possible fear response" in o["text"] for o in r["observations"])


def test_a_bid_met_by_a_threat_is_turned_against_never_toward():
    utterances, _, _ = threat_then_sorry()
    r = analyze(conversation(*utterances))
    (bid,) = [b for b in r["reaching_for"]["S2"] if "safe" in b["quote"]]
    assert bid["response"] == "against" and "threat" in bid["response_reason"]


def test_a_heated_stretch_after_a_threat_is_never_said_to_have_eased():
    calm = calm_exchange(turns=6)
    t = end_of(calm[-1]) + 0.3
    heat = [say("S1", t, "You never listen to me, what is wrong with you, you are so selfish", wps=4.5)]
    heat.append(say("S2", end_of(heat[-1]) + 0.1, "That's not true, you're the one who never helps, yes but", wps=4.5))
    heat.append(say("S1", end_of(heat[-1]) + 0.1, "Shut up, you'll be sorry if you keep going, you idiot", wps=4.5))
    sorry = say("S2", end_of(heat[-1]) + 2.0, "Okay. I'm sorry. Can we start over?", wps=2.6)
    later = calm_exchange(end_of(sorry) + 0.5, turns=8)
    r = analyze(conversation(*calm, *heat, sorry, *later))
    assert r["escalation_points"]
    for p in r["escalation_points"]:
        nxt = p["what_next"]
        assert nxt["repair_attempts"] == [] and not nxt["eased"] and nxt.get("after_threat")
        assert "not read as repair or easing" in nxt["text"]


def test_every_finding_says_how_sure_and_unsure_words_are_never_quoted():
    a = say("S1", 0.0, "You never listen to me when I talk about my day.")
    for w in a[1:3]:  # "never listen" misheard
        w["probability"] = 0.2
    b = say("S2", end_of(a) + 0.4, "That's not true, I listen every evening.")
    for w in b:
        w["speaker_confidence"] = 0.95
    r = analyze(conversation(a, b))
    crit = next(m for m in r["markers"] if m["category"] == "criticism")
    assert crit["confidence"] == "low" and crit["check_recording"]
    assert "never" not in crit["quote"] and "…" in crit["quote"]
    defence = next(m for m in r["markers"] if m["category"] == "defensiveness")
    assert defence["confidence"] == "high"
    assert all(m.get("confidence") in ("high", "medium", "low") for m in r["markers"] + r["safety_flags"])
    # no speaker certainty given: never "high"
    assert next(m for m in r["markers"] if m["speaker"] == "S1")["confidence"] != "high"


def test_horsemen_per_partner_carry_time_quote_and_confidence():
    a = say("S1", 0.0, "You never do the dishes. What is wrong with you?")
    b = say("S2", end_of(a) + 0.4, "Yes but you never ask nicely. Whatever.")
    r = analyze(conversation(a, b))
    h = r["horsemen"]
    assert [e["quote"] for e in h["S1"]["criticism"]] == ["You never do the dishes.", "What is wrong with you?"]
    assert h["S2"]["defensiveness"] and h["S2"]["stonewalling"][0]["quote"] == "Whatever."
    assert all({"t", "quote", "confidence"} <= set(e) for e in h["S1"]["criticism"])


def test_a_long_silence_after_a_bid_is_withdrawal_not_calm():
    a = say("S1", 0.0, "I need us to talk about the money this week.")
    a2 = say("S1", end_of(a) + 4.0, "Hello? Are you even listening?")
    b = say("S2", end_of(a2) + 0.5, "Yes.")
    r = analyze(conversation(a, a2, b))
    quiet = [m for m in r["markers"] if m["category"] == "stonewalling" and m["speaker"] == "S2"]
    assert [m["phrase"] for m in quiet][:1] == ["silence after a bid"]
    assert "4.0 s silence after a bid" in quiet[0]["detail"]


def test_control_described_by_the_one_it_was_done_to_puts_the_fear_on_their_side():
    # "you read my messages" is told by the partner who was monitored: the other one's apology is not
    # a "possible fear response" (on the old code S2, who read the messages, was said to appease S1)
    a1 = say("S1", 0.0, "So you read my messages whenever you see a name you do not know.")
    b1 = say("S2", end_of(a1) + 0.4, "I did not read anything. I saw one line.")
    b2 = say("S2", end_of(b1) + 2.0, "I am sorry I picked it up.")
    r = analyze(conversation(a1, b1, b2))
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S1"] == ["monitoring"]
    assert [f for f in r["safety_flags"] if f["category"] == "appeasement"] == []
    assert [m for m in r["markers"] if m["category"] == "repair"] == []  # still nothing read as repair after it
    # told as a rule by the one who controls, the other's apology stays a possible fear response
    c1 = say("S1", 0.0, "Give me your bank card. You get an allowance from now on.")
    d1 = say("S2", end_of(c1) + 2.0, "I'm sorry. Forget I said anything.")
    r = analyze(conversation(c1, d1))
    assert [f["speaker"] for f in r["safety_flags"] if f["category"] == "appeasement"] == ["S2"]


def _stretch_case(strength, heard_before=False):
    """A threat read by meaning (listen-only when `strength` is low), then the other partner's apology;
    with `heard_before`, a control flag from a listed phrase half a minute before it."""
    from talktogether_desktop.analysis import safety
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.settings import AnalysisSettings

    flag = {"t": 10.0, "end": 12.0, "speaker": "S1", "category": "threat", "group": "threat or intimidation",
            "phrase": "read by meaning", "quote": "You'd better think about what you say in there.",
            "source": "meaning", "_strength": strength}
    repair = {"t": 14.0, "end": 15.5, "speaker": "S2", "category": "repair", "phrase": "i'm sorry",
              "quote": "I'm sorry, I won't.", "text": "I'm sorry, I won't."}
    stonewall = {"t": 17.0, "end": 17.4, "speaker": "S2", "category": "stonewalling", "phrase": "fine",
                 "quote": "Fine.", "text": "Fine."}
    earlier = {"t": -20.0, "end": -18.0, "speaker": "S1", "category": "financial_control",
               "group": "coercive control: money", "phrase": "you get an allowance",
               "quote": "You get an allowance from now on.", "source": "lexicon"}
    flags = [earlier, flag] if heard_before else [flag]
    stretches = [s for s in safety.threat_stretches(flags, ["S1", "S2"], AnalysisSettings()) if s["flag"] is flag]
    markers = [repair, stonewall]
    new = safety.reread_after_threats(markers, stretches, load_lexicon("en"), {}, [])
    return stretches, markers, new


def test_an_apology_after_a_threat_read_only_by_meaning_is_not_counted_as_repair():
    """Too unsure to flag as heard, the threat still keeps the apology after it from counting as a
    repair: it is listed as a possible fear response to listen to; withdrawal is read as usual."""
    from talktogether_desktop.analysis.safety import is_listen_only

    stretches, markers, new = _stretch_case("low")
    assert [s["possible"] for s in stretches] == [True]
    assert [m["category"] for m in markers] == ["appeasement", "stonewalling"]
    (flag,) = new
    assert flag["category"] == "appeasement" and is_listen_only(flag)
    assert "possible threat or intimidation (read by meaning, to listen to)" in flag["context"]


def test_a_threat_read_surely_by_meaning_and_not_alone_reads_what_follows_in_fear():
    from talktogether_desktop.analysis.safety import is_listen_only

    stretches, markers, new = _stretch_case("medium", heard_before=True)
    assert [s["possible"] for s in stretches] == [False]
    assert [m["category"] for m in markers] == ["appeasement", "appeasement"]
    assert new and not is_listen_only(new[0])


def test_one_sure_reading_by_meaning_alone_reaches_only_the_reply_to_it():
    """A single sentence read by meaning, with no other safety language within the minute ("can I ask
    why I wasn't invited?" read as isolation), opens only the short stretch: the apology right after
    it is still listed to listen to, but repairs and withdrawal a minute later are read as usual."""
    from talktogether_desktop.analysis import safety
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.settings import AnalysisSettings

    stretches, markers, new = _stretch_case("medium")
    assert [s["possible"] for s in stretches] == [True]
    assert [m["category"] for m in markers] == ["appeasement", "stonewalling"]
    later = {"t": 60.0, "end": 62.0, "speaker": "S1", "category": "repair", "phrase": "sorry",
             "quote": "Okay, sorry, that was harsh.", "text": "Okay, sorry, that was harsh."}
    settings = AnalysisSettings()
    assert safety.in_stretch(later["t"], stretches) is None
    assert stretches[0]["end"] - stretches[0]["flag"]["end"] == safety.POSSIBLE_AFTER_S < settings.after_threat_s
    assert safety.reread_after_threats([later], stretches, load_lexicon("en"), {}, []) == []
    assert later["category"] == "repair"


def _plea_after(threats, plea):
    utterances, t = [], 0.0
    for who, text in threats:
        utterances.append(say(who, t, text))
        t = end_of(utterances[-1]) + 0.5
    utterances.append(say("S2", t + 1.0, plea))
    return analyze(conversation(*utterances)), utterances[-1]


TWO_THREATS = [("S1", "Give me your phone. I want to see who you've been texting."),
               ("S2", "It's just work stuff."),
               ("S1", "If you lie to me again, you'll regret it, I swear.")]


def test_a_plea_to_the_partner_just_after_threats_is_a_possible_fear_response_to_listen_to():
    r, plea = _plea_after(TWO_THREATS, "Can you just hold me for a minute?")
    (flag,) = [f for f in r["safety_flags"] if f["category"] == "appeasement"]
    assert flag["speaker"] == "S2" and plea[0]["start"] <= flag["t"] <= plea[-1]["end"]
    assert flag["listen_only"] and flag["confidence"] == "low" and "may be fear" in flag["context"]
    assert "threat" in flag["context"] and "regret" in flag["context"]  # the latest one heard
    # the need is still shown as a need
    assert any(plea[0]["start"] <= b["t"] <= plea[-1]["end"] for b in r["reaching_for"].get("S2", []))


def test_a_need_after_one_threat_alone_or_about_a_thing_is_just_a_need():
    r, _ = _plea_after(TWO_THREATS[2:], "Can you just hold me for a minute?")
    assert [f["category"] for f in r["safety_flags"]] == ["threat"]
    assert not [f for f in r["safety_flags"] if f["category"] == "appeasement"]
    r, _ = _plea_after(TWO_THREATS, "I just need money for the dentist on Thursday.")
    assert not [f for f in r["safety_flags"] if f["category"] == "appeasement"]


def test_violence_played_down_by_the_one_who_did_it_makes_the_others_sorry_a_fear_response():
    done = say("S1", 0.0, "It was one push, that was all it was.")
    sorry = say("S2", end_of(done) + 1.0, "I'm sorry. Forget I said anything.")
    r = analyze(conversation(done, sorry))
    assert [f["category"] for f in r["safety_flags"] if f["speaker"] == "S1"] == ["violence"]
    assert any(f["category"] == "appeasement" and f["speaker"] == "S2" for f in r["safety_flags"])
    assert not any(m["category"] == "repair_after_threat" for m in r["markers"])
    # told by the one it was done to, the same act puts the fear on the teller's side
    told = say("S2", 0.0, "You pushed me into the door, that was all it was.")
    sorry = say("S1", end_of(told) + 1.0, "I'm sorry. Forget I said anything.")
    r = analyze(conversation(told, sorry))
    assert any(m["category"] == "repair_after_threat" and m["speaker"] == "S1" for m in r["markers"])


def _sorry_long_after_a_threat(control=False):
    joke = say("S1", 0.0, "If you touch my brisket rub I will kill you dead.")
    mid = [say("S2", end_of(joke) + 0.6, "Noted.")]  # (no laughter: that would make it possibly a joke)
    if control:
        mid.append(say("S1", end_of(mid[-1]) + 0.6, "And give me your phone, I want to see who you've been texting."))
    calm = calm_exchange(end_of(mid[-1]) + 0.5, turns=6)
    sorry = say("S2", end_of(calm[-1]) + 1.0, "I'm sorry, you're right, I should have asked first.")
    return analyze(conversation(joke, *mid, *calm, sorry)), sorry


def test_long_after_one_threat_heard_alone_a_repair_is_not_counted_and_not_read_as_fear():
    r, sorry = _sorry_long_after_a_threat()
    assert [f["category"] for f in r["safety_flags"]] == ["threat"]
    later = [m for m in r["markers"] if m["t"] >= sorry[0]["start"]]
    assert later and {m["category"] for m in later if m["speaker"] == "S2"} <= {"repair_after_threat", "i_statements",
                                                                               "you_statements"}
    assert "heard once" in next(m for m in later if m["category"] == "repair_after_threat")["context"]
    # with control heard in the same minute, the same apology is a possible fear response: one flag a sentence
    r, sorry = _sorry_long_after_a_threat(control=True)
    fear = [f for f in r["safety_flags"] if f["category"] == "appeasement"]
    assert len(fear) == 1 and fear[0]["t"] >= sorry[0]["start"]


def test_violence_in_a_story_is_not_the_tellers_and_a_threatener_taking_it_back_first_leaves_warmth_alone():
    from talktogether_desktop.analysis.safety import violence_told_by_the_one_who_did_it as doer

    assert doer({"quote": "It was a remote, not a brick."}) and doer({"quote": "I chucked it at the wall, not at her."})
    assert not doer({"quote": "When he strangled her in the kitchen I had to look away."})
    assert not doer({"quote": "You threw the remote at me last night."})
    assert not doer({"quote": "Some older boy punched him in the face."})
    threat = say("S1", 0.0, "Give me your phone. Do that once more and I'll chuck it in the bin.")
    owned = say("S1", end_of(threat) + 1.0, "Sorry, that was out of order.")
    warm = say("S2", end_of(owned) + 0.5, "I miss you too. Can you put it away at dinner?")
    r = analyze(conversation(threat, owned, warm))
    assert not [f for f in r["safety_flags"] if f["category"] == "appeasement"]


def test_a_need_said_in_a_sentence_already_flagged_gets_no_second_flag():
    shove = say("S2", 0.0, "You shoved me into the door frame on Saturday.")
    done = say("S1", end_of(shove) + 0.5, "It was one push. You were in my face.")
    need = say("S2", end_of(done) + 0.5, "I need you to understand that it hurt me, and I don't feel safe.")
    r = analyze(conversation(shove, done, need))
    mine = [f for f in r["safety_flags"] if f["speaker"] == "S2" and f["t"] >= need[0]["start"]]
    assert [f["category"] for f in mine] == ["fear"]


def test_a_threat_in_a_warm_laughing_talk_with_nothing_else_unsafe_is_play_to_listen_to_not_a_safety_flag():
    def talk(*later, before=()):
        utterances, t = [], 0.0
        for who, text in before:
            utterances.append(say(who, t, text))
            t = end_of(utterances[-1]) + 0.6
        threat = say("S1", t, "If you eat my chips one more time, I swear I'll kill you.")
        utterances, t = [*utterances, threat], end_of(threat) + 0.6
        for who, text in later:
            utterances.append(say(who, t, text))
            t = end_of(utterances[-1]) + 0.6
        return analyze(conversation(*utterances))

    def played(r):
        return [m for m in r["markers"] if m["category"] == "playful_threat"]

    r = talk(("S2", "You'd have to catch me first."), ("S1", "Thank you. You're forgiven, barely."))
    assert not [f for f in r["safety_flags"] if f["category"] in ("threat", "appeasement")]
    (threat,) = played(r)
    assert threat["listen_only"] and threat["confidence"] == "low" and "in play" in threat["context"]
    r = talk(("S2", "Ha! You'd have to catch me first."))
    assert not r["safety_flags"] and len(played(r)) == 1
    # the other partner's affection just before makes it play; the threatener's own does not
    r = talk(("S2", "Okay. Zipped."), before=[("S2", "Come here, you. I love you.")])
    assert not r["safety_flags"] and len(played(r)) == 1
    r = talk(("S2", "Okay. Zipped."), before=[("S1", "Come here, you. I love you.")])
    assert [f["category"] for f in r["safety_flags"] if f["category"] == "threat"] == ["threat"] and not played(r)
    # the threatened partner's thanks may be fear: the threat stays heard
    r = talk(("S2", "Okay. Thank you, I'm sorry."))
    (threat,) = [f for f in r["safety_flags"] if f["category"] == "threat"]
    assert not threat.get("listen_only") and threat["confidence"] != "low" and not played(r)


def test_threat_words_in_play_open_no_door_to_vague_readings_by_meaning(monkeypatch):
    # "Phone stays in the car. Scout's honour." reads as monitoring by meaning (0.73): beside a threat heard by the
    # rules it would stand; beside threat words said in play it reads as nothing, and no safety flag is listed
    from .readings import fix_reading

    reply = "Phone stays in the car. Scout's honour."
    fix_reading(monkeypatch, reply, "safety_monitoring", 0.92, 0.73)
    lines = [("S1", "I missed you today."), ("S2", "Come here, you. I missed you too. Sunday's ours, okay?"),
             ("S1", "Okay. But if you check the hockey score during dinner I'll kill you."), ("S2", reply)]
    utterances, t = [], 0.0
    for who, text in lines:
        utterances.append(say(who, t, text))
        t = end_of(utterances[-1]) + 0.6
    r = analyze(conversation(*utterances))
    assert r["safety_flags"] == [] and [m["category"] for m in r["markers"] if m["category"] == "playful_threat"]


def test_asking_not_to_be_angry_at_after_control_is_a_possible_fear_response():
    """Round 17: "Don't be angry with me, I'll fix it." after the partner's control is appeasement;
    the same words with nothing frightening before them are no safety flag."""
    c1 = say("S1", 0.0, "Give me your phone. I want to see who you've been texting.")
    d1 = say("S2", end_of(c1) + 1.0, "Don't be angry with me, I'll fix it.")
    r = analyze(conversation(c1, d1))
    assert "appeasement" in [f["category"] for f in r["safety_flags"] if f["speaker"] == "S2"]
    e1 = say("S1", 0.0, "I burnt the toast again, sorry.")
    f1 = say("S2", end_of(e1) + 1.0, "Don't be angry with me, I ate the last of the bread.")
    r = analyze(conversation(e1, f1))
    assert [f for f in r["safety_flags"] if f["category"] == "appeasement"] == []
