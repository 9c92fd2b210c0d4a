from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say

LONG = "I was telling you about the meeting with my boss and how he asked me to stay late again on Friday"


def test_backchannel_inside_a_turn_is_not_an_interruption_and_does_not_split_the_turn():
    a = say("S1", 0.0, LONG + ".", wps=3.0)
    bc = say("S2", 2.0, "mm-hm", end=2.4)
    bc2 = say("S2", 4.1, "yeah right", end=4.7)
    b = say("S2", end_of(a) + 0.3, "That happens a lot lately.")
    r = analyze(conversation(a, bc, bc2, b))
    assert r["interruptions"] == []
    assert [t["speaker"] for t in r["turns"]] == ["S1", "S2"]
    s2 = next(s for s in r["speakers"] if s["id"] == "S2")
    assert s2["backchannels"] == 2 and s2["interruptions_made"] == 0
    kinds = [(o["kind"], o["start"]) for o in r["overlaps"]]
    assert kinds == [("backchannel", 2.0), ("backchannel", 4.1)]


def test_backchannel_in_a_pause_when_the_speaker_goes_on():
    a1 = say("S1", 0.0, "So I called your mother,")
    bc = say("S2", end_of(a1) + 0.1, "Mm-hm.", end=end_of(a1) + 0.5)
    a2 = say("S1", end_of(a1) + 0.7, "and she said Sunday is fine for lunch.")
    r = analyze(conversation(a1, bc, a2))
    assert r["interruptions"] == [] and len(r["turns"]) == 1
    assert r["speakers"][1]["backchannels"] == 1


def test_overlapping_interruption_that_takes_the_floor():
    a = say("S1", 0.0, LONG + ".", wps=3.0)  # would run to ~6.7 s
    cut = [w for w in a if w["start"] < 3.6]  # S1 stops 0.6 s after S2 comes in
    b = say("S2", 3.0, "No, that is not what happened at all.")
    r = analyze(conversation(cut, b))
    (i,) = r["interruptions"]
    assert i["by"] == "S2" and i["of"] == "S1" and i["successful"] and i["rule"] == "overlap"
    assert abs(i["t"] - 3.0) < 0.01
    s1, s2 = r["speakers"]
    assert s2["interruptions_made"] == 1 and s1["interruptions_received"] == 1


def test_attempt_that_does_not_take_the_floor():
    a = say("S1", 0.0, LONG + " and I told him no.", wps=3.0)
    b = say("S2", 2.5, "But wait a second", end=3.6)
    r = analyze(conversation(a, b))
    (i,) = r["interruptions"]
    assert i["by"] == "S2" and not i["successful"] and i["rule"] == "attempt"
    assert [t["speaker"] for t in r["turns"]] == ["S1"]
    assert r["speakers"][1]["interruption_attempts"] == 1 and r["speakers"][1]["interruptions_made"] == 0


def test_speaker_change_that_cuts_off_an_unfinished_sentence_is_an_interruption():
    a = say("S1", 0.0, "Every time I try to explain it you just")
    b = say("S2", end_of(a) + 0.1, "Oh here we go again.")
    r = analyze(conversation(a, b))
    (i,) = r["interruptions"]
    assert i["rule"] == "cut_off" and i["by"] == "S2" and i["of"] == "S1" and i["successful"]
    assert i["cut_off_text"].endswith("you just")


def test_quick_reply_to_a_finished_sentence_is_not_an_interruption():
    a = say("S1", 0.0, "I think we should talk to your sister about it.")
    b = say("S2", end_of(a) + 0.1, "Okay, let us call her tonight.")
    # terminal overlap: starting on the other's last word
    c = say("S1", end_of(b) - 0.15, "Good, thank you.")
    r = analyze(conversation(a, b, c))
    assert r["interruptions"] == []
    assert [o["kind"] for o in r["overlaps"]] == ["terminal"]


def test_slow_reply_after_an_unfinished_sentence_is_not_an_interruption():
    a = say("S1", 0.0, "I was going to say that the")
    b = say("S2", end_of(a) + 1.5, "Take your time.")
    assert analyze(conversation(a, b))["interruptions"] == []


def test_a_long_fight_for_the_floor_is_listed_but_not_successful():
    a = say("S1", 0.0, LONG + " and then he left the room.", wps=3.0)
    cut = [w for w in a if w["start"] < 5.5]  # S1 talks on 2.5 s after S2 comes in, then stops
    b = say("S2", 3.0, "No no no, listen to me, that is just not what happened at all.")
    (i,) = analyze(conversation(cut, b))["interruptions"]
    assert i["by"] == "S2" and i["rule"] == "overlap" and not i["successful"] and i["overlap_s"] > 1.5


def _with_confidence(words, c):
    return [{**w, "speaker_confidence": c} for w in words]


def test_a_short_unsure_cut_off_after_which_the_speaker_goes_straight_on_is_not_claimed():
    """Round 17 (development set, gym): the speaker's own words heard under the listener's "mm-hm" were given to the
    listener, which made a cut-off ("That is exactly what / I know about it. / You stopped going…"); with the
    cutting words' speaker unsure and the first speaker going straight on, none is claimed. Sure of its speaker, or
    with the floor kept by the newcomer, the cut-off stands."""
    a = say("S1", 0.0, "That is exactly what")
    b = say("S2", end_of(a) + 0.05, "I know about it.")
    a2 = say("S1", end_of(b) + 0.4, "You stopped going to the gym in March.")
    r = analyze(conversation(_with_confidence(a, 0.9), _with_confidence(b, 0.6), _with_confidence(a2, 0.9)))
    assert r["interruptions"] == []
    r = analyze(conversation(_with_confidence(a, 0.9), _with_confidence(b, 0.95), _with_confidence(a2, 0.9)))
    assert [i["rule"] for i in r["interruptions"]] == ["cut_off"]
    b_long = say("S2", end_of(a) + 0.05, "I know about it. And I told you I would go back next week.")
    a3 = say("S1", end_of(b_long) + 0.4, "You stopped going to the gym in March.")
    r = analyze(conversation(_with_confidence(a, 0.9), _with_confidence(b_long, 0.6), _with_confidence(a3, 0.9)))
    assert [i["rule"] for i in r["interruptions"]] == ["cut_off"]  # too long to be words heard under a backchannel


def test_a_cut_off_over_overlapping_voices_starts_where_the_speaker_turns_show_the_overlap():
    # The transcriber gave the newcomer's first words to the other voice, so the words show a
    # cut-off at 2.6 s; the speaker finder heard both voices from 2.0 s (overlap without a pause).
    a = say("S1", 0.0, "Every time I try to explain it you just")
    b = say("S2", end_of(a) + 0.05, "Oh here we go again.")
    overlap = [{"start": round(end_of(a) - 0.6, 2), "end": round(end_of(a) + 0.2, 2), "speakers": ["S1", "S2"],
                "confidence": 0.9}]
    (plain,) = analyze(conversation(a, b))["interruptions"]
    (i,) = analyze(conversation(a, b), speaker_overlaps=overlap)["interruptions"]
    assert plain["rule"] == i["rule"] == "cut_off" and abs(plain["t"] - b[0]["start"]) < 0.01
    assert i["t"] == overlap[0]["start"] and i["overlap_s"] > 0.5 and i["by"] == "S2"


def test_an_overlap_the_words_do_not_explain_keeps_its_confidence():
    a = say("S1", 0.0, "I think we should talk to your sister about it.")
    b = say("S2", end_of(a) + 1.0, "Okay, let us call her tonight.")
    overlap = [{"start": 1.0, "end": 1.6, "speakers": ["S1", "S2"], "confidence": 0.72}]
    r = analyze(conversation(a, b), speaker_overlaps=overlap)
    (o,) = [o for o in r["overlaps"] if o["kind"] == "overlap"]
    assert o["confidence"] == 0.72 and r["interruptions"] == []


def test_a_need_whose_reply_came_after_a_threat_is_described_not_a_crash():
    from talktogether_desktop.analysis.observations import _reaching

    item = {"t": 12.0, "kind": "need", "label": "reassurance", "quote": "I need to know you are staying.",
            "response": "unclear", "response_by": "S2", "confidence": "high"}
    (obs,) = _reaching({"S1": [item]}, lambda s: s)
    # (wfix49: with no reason kept, no kind is guessed: never "after a threat" where none may have been heard)
    assert "S2 replied, but that reply is not read as taking it up or not" in obs["text"], obs["text"]
    item["response_reason"] = "after the threat or intimidation, a reply is not read as turning toward"
    (obs,) = _reaching({"S1": [item]}, lambda s: s)
    assert "S2 replied, but after a threat that reply is not read as taking it up" in obs["text"], obs["text"]


def test_a_listeners_misheard_mm_hm_under_the_others_talk_is_no_interruption():
    # One phone: the listener's "mm-hm" was heard as "I may share"; the speaker finder heard both
    # voices over it and the one talking went straight on. Neither the interjection nor the
    # talker going on is an interruption.
    a1 = say("S1", 0.0, "I need to feel that the house is")
    mm = say("S2", end_of(a1), "I may share", end=end_of(a1) + 0.55)
    a2 = say("S1", end_of(mm) + 0.05, "ours. Not just my project, you know, both of ours.")
    both = [{"start": round(end_of(a1) - 0.2, 2), "end": round(end_of(mm) + 0.1, 2), "speakers": ["S1", "S2"],
             "confidence": 0.7}]
    assert analyze(conversation(a1, mm, a2), speaker_overlaps=both)["interruptions"] == []


def test_a_short_cut_in_that_takes_the_floor_is_still_an_interruption():
    # The same short words, but the first partner stops and the newcomer keeps the floor.
    a1 = say("S1", 0.0, "I need to feel that the house is ours and that you")
    b = say("S2", end_of(a1) - 0.4, "No, stop.", end=end_of(a1) + 0.4)
    b2 = say("S2", end_of(b) + 0.3, "I have heard this so many times before.")
    both = [{"start": round(end_of(a1) - 0.4, 2), "end": round(end_of(a1) + 0.1, 2), "speakers": ["S1", "S2"],
             "confidence": 0.8}]
    (i,) = analyze(conversation(a1, b, b2), speaker_overlaps=both)["interruptions"]
    assert i["by"] == "S2" and i["of"] == "S1"


def test_a_short_reply_after_the_other_stopped_unfinished_is_still_a_cut_off():
    # No second voice heard: the first partner broke off, the other came in, then they answered back.
    a1 = say("S1", 0.0, "You said you would mow it and you")
    b = say("S2", end_of(a1) + 0.1, "That is not true.", end=end_of(a1) + 1.2)
    a2 = say("S1", end_of(b) + 0.3, "Let me finish, please, I was talking.")
    (i,) = analyze(conversation(a1, b, a2))["interruptions"]
    assert i["by"] == "S2" and i["rule"] == "cut_off"


def test_a_sentence_finished_for_the_partner_and_taken_with_a_yes_and_a_comma_is_no_cut_in():
    # "yes, that is it." takes the ending as the partner's own: the opening clause (up to the comma) is the yes
    first = say("S1", 0.0, "And the other thing I wanted to talk about is the")
    finish = say("S2", end_of(first) + 0.08, "holiday money for the summer.")
    taken = say("S1", end_of(finish) + 0.4, "yes, that is it. Can we put a little aside every month?")
    assert analyze(conversation(first, finish, taken))["interruptions"] == []
    protest = say("S1", end_of(finish) + 0.4, "No, that is not it at all. Let me finish.")
    cut = analyze(conversation(first, finish, protest))["interruptions"]
    assert [(i["by"], i["of"], i["rule"]) for i in cut] == [("S2", "S1", "cut_off")]


def test_an_acknowledgement_run_on_into_a_turn_as_the_partner_ends_a_sentence_is_no_interruption():
    # "Mm-hm, yeah," under the partner's last words, then their own words once the partner has finished
    a = say("S1", 0.0, "My mum said the spare room is free, and she wants to cook for us on the Saturday night.")
    ack = say("S2", end_of(a) - 0.5, "Mm-hm, yeah,", end=end_of(a) + 0.2)
    own = say("S2", end_of(a) + 0.4, "and also we could stop at the lake on the way up.")
    r = analyze(conversation(a, ack, own))
    assert r["interruptions"] == []
    assert [t["speaker"] for t in r["turns"]] == ["S1", "S2"]


def test_an_acknowledgement_whose_start_was_given_to_the_partner_is_no_cut_off():
    # one phone: the listener's "mm-hm" came out as "And I" on the partner's finished sentence and "can."
    a = say("S1", 0.0, "She wants to cook for us on the Saturday night. And I")
    b = say("S2", end_of(a) + 0.05, "can. Yeah. And also we could stop at the lake on the way up.")
    assert analyze(conversation(a, b))["interruptions"] == []


def test_a_cut_in_that_opens_with_yeah_stays_an_interruption():
    # the newcomer's own words start while the partner is still mid-sentence
    a = say("S1", 0.0, "Just do not leave it until the last minute like you did with the wedding because then we")
    cut = [w for w in a if w["start"] < end_of(a) - 0.6]
    b = say("S2", end_of(a) - 1.2, "Yeah, but that was one time, and the office was closed.")
    (i,) = analyze(conversation(cut, b))["interruptions"]
    assert i["by"] == "S2" and i["of"] == "S1" and i["rule"] == "overlap"
    # and after an unfinished sentence, an acknowledgement then a protest is still a cut-off
    a2 = say("S1", 0.0, "You said that last month, and then you were on your phone while I had to")
    b2 = say("S2", end_of(a2) + 0.05, "Yeah. No. I was answering my brother.")
    (j,) = analyze(conversation(a2, b2))["interruptions"]
    assert j["by"] == "S2" and j["rule"] == "cut_off"
    # and a broken-off sentence the recogniser closed with a full stop is no sentence end to acknowledge
    a3 = say("S1", 0.0, "That is not true at all, and every time I try to explain my side you just.")
    b3 = say("S2", end_of(a3) + 0.1, "Oh, here we go again, you are being ridiculous.")
    (k,) = analyze(conversation(a3, b3))["interruptions"]
    assert k["by"] == "S2" and k["rule"] == "cut_off"


def _given_unsure(words: list[dict], confidence: float) -> list[dict]:
    return [dict(w, speaker_confidence=confidence) for w in words]


def test_a_listeners_mm_hm_that_took_the_partners_words_with_it_is_no_interruption():
    # One phone (modelled on gifts_lan_f5_annie 57.1): the listener's "mm-hm" under "before the holidays, on my own"
    # was heard with the partner's words as the listener's "hall. Let me turn on my home." (six words, the speaker
    # finder unsure whose: 0.64), over both voices at once, and the partner went straight on. (There the turn is
    # 1.60 s, at the longest an interjection may be, and it is still reported.)
    a = say("S2", 55.0, "And I will talk to the reformer", end=57.0)
    heard = _given_unsure(say("S1", 57.0, "hall. Let me turn on my home.", end=58.5), 0.64)
    b = say("S2", 58.8, "I will tell her that the presents come from both of us.")
    both = [{"start": 56.28, "end": 57.14, "speakers": ["S1", "S2"], "confidence": 0.8}]
    assert analyze(conversation(a, heard, b), speaker_overlaps=both)["interruptions"] == []
    # the same words surely the listener's own: a cut-in the partner talked back over, still listed
    sure = _given_unsure(say("S1", 57.0, "hall. Let me turn on my home.", end=58.5), 0.95)
    (i,) = analyze(conversation(a, sure, b), speaker_overlaps=both)["interruptions"]
    assert i["by"] == "S1" and i["of"] == "S2"


def test_an_interjection_whose_overlap_began_well_before_its_first_word_is_dropped_with_it():
    # chores_gb_m1_us_m7 41.6: the listener's "yeah" under "... when something bothers you, before it piles up"
    # took "bothered you," with it; both voices were heard from 40.39, 0.65 s before that turn's first word, and the
    # partner went straight on. Neither the interjection nor the overlap timed from its start is an interruption.
    a = say("S2", 39.28, "I need you to tell me when something", end=41.04)
    heard = _given_unsure(say("S1", 41.04, "bothered you,", end=41.78), 0.59)
    b = say("S2", 41.86, "yeah, before it piles up.", end=42.93)
    both = [{"start": 40.39, "end": 41.19, "speakers": ["S1", "S2"], "confidence": 0.69}]
    assert analyze(conversation(a, heard, b), speaker_overlaps=both)["interruptions"] == []


def test_a_backchannel_heard_with_no_words_is_a_backchannel_never_an_interruption():
    """Round 50: on one phone the recogniser wrote no word for 35 of the development set's 36 "mm-hm"s under the
    partner's talk; the speaker finder now hears them in the sound (diarization.under_talk) and hands them on as
    overlap regions of kind "backchannel". The listener made one (counted, with no words), the partner talking on is no
    interruption, and no other overlap is read from it."""
    a = say("S1", 0.0, LONG + ".", wps=3.0)
    b = say("S2", end_of(a) + 0.4, "That happens a lot lately.")
    heard = [{"start": 2.0, "end": 2.5, "speakers": ["S1", "S2"], "kind": "backchannel", "by": "S2", "of": "S1",
              "confidence": 0.5}]
    r = analyze(conversation(a, b), speaker_overlaps=heard)
    assert r["interruptions"] == []
    (o,) = r["overlaps"]
    assert (o["kind"], o["by"], o["of"], o["start"], o["text"]) == ("backchannel", "S2", "S1", 2.0, "")
    assert [s["backchannels"] for s in r["speakers"]] == [0, 1]
    # where the words already show the listener's overlap there, the words' reading stands alone
    bc = say("S2", 2.0, "mm-hm", end=2.4)
    r = analyze(conversation(a, bc, b), speaker_overlaps=heard)
    assert [(o["kind"], o["text"]) for o in r["overlaps"]] == [("backchannel", "mm-hm")]
