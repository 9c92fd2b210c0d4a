"""Speech that was heard but not recognised: the analysis must not call a repair absent over it."""

from talktogether_desktop.analysis import analyze

from .test_escalation import heated_conversation
from .timeline import conversation


def _without_repair():
    utterances, heated, repair = heated_conversation()
    kept = [u for u in utterances if u is not repair]
    # where the repair was said, only "speech, no words" is known
    return kept, {"start": repair[0]["start"], "end": repair[-1]["end"], "speaker": "S1"}


def test_no_repair_claim_over_unrecognised_speech():
    utterances, span = _without_repair()
    r = analyze(conversation(*utterances), names={"S1": "Ana", "S2": "Ben"}, unrecognised_speech=[span])
    (p,) = r["escalation_points"]
    nxt = p["what_next"]
    assert nxt["repair_attempts"] == [] and nxt["repair_unknown"] is True
    assert nxt["unrecognised_speech"] == [{"start": span["start"], "end": span["end"]}]
    assert "no spoken repair" not in nxt["text"] and "unknown" in nxt["text"]
    texts = " ".join(o["text"] for o in r["observations"])
    assert "without a spoken repair attempt" not in texts
    assert r["unrecognised_speech"] == [span]


def test_without_unrecognised_speech_a_missing_repair_is_still_stated():
    utterances, _span = _without_repair()
    r = analyze(conversation(*utterances), names={"S1": "Ana", "S2": "Ben"})
    (p,) = r["escalation_points"]
    assert p["what_next"]["repair_unknown"] is False and r["unrecognised_speech"] == []


def test_turn_words_carry_probability_and_speaker_confidence():
    utterances, _heated, _repair = heated_conversation()
    words = conversation(*utterances)
    for i, w in enumerate(words):
        w["probability"], w["speaker_confidence"] = 0.9, 0.5 + (i % 5) / 10
    r = analyze(words)
    first = r["turns"][0]
    assert isinstance(first["words"], list) and first["word_count"] == len(first["words"]) > 0
    assert set(first["words"][0]) == {"start", "end", "word", "probability", "speaker_confidence"}
    assert sum(t["word_count"] for t in r["turns"]) <= len(words)
    confidences = {w["speaker_confidence"] for t in r["turns"] for w in t["words"]}
    assert confidences <= {0.5, 0.6, 0.7, 0.8, 0.9} and len(confidences) > 1


def test_no_repair_claim_over_words_not_made_out():
    """Round 16: a line whose words the recogniser averaged under 0.6 may hold a repair ("You have a point. I should
    have folded them." came out as "you can point i shouldn't vote and", 0.53): the repair is unknown, not absent."""
    utterances, heated, repair = heated_conversation()
    words = conversation(*utterances)
    said = {(w["start"], w["word"]) for w in repair}
    for w in words:
        if (w["start"], w["word"]) in said:
            # the repair, misheard and unsure (its sentence ends kept)
            w["word"], w["probability"] = "vote" + w["word"][len(w["word"].rstrip(".?!")):], 0.3
    r = analyze(words, names={"S1": "Ana", "S2": "Ben"})
    (p,) = r["escalation_points"]
    nxt = p["what_next"]
    assert nxt["repair_attempts"] == [] and nxt["repair_unknown"] is True and nxt["unclear_speech"]
    assert "no spoken repair" not in nxt["text"] and "could not be made out" in nxt["text"]
    texts = " ".join(o["text"] for o in r["observations"])
    assert "without a spoken repair attempt" not in texts
    # heard surely, the same wrong words are what was said: the missing repair is stated
    for w in words:
        if w["word"].startswith("vote"):
            w["probability"] = 0.9
    (p,) = analyze(words, names={"S1": "Ana", "S2": "Ben"})["escalation_points"]
    assert p["what_next"]["repair_unknown"] is False and "no spoken repair" in p["what_next"]["text"]



def test_an_apology_set_aside_after_a_possible_threat_is_not_called_no_repair():
    """Round 16: after words read as a possible threat (by meaning, to listen to), the partner's apology is a
    possible fear response (`appeasement`), not a repair; the report says so instead of "no spoken repair attempt"
    (on the development set "Sorry. I am exhausted and I am taking it out on you." was said there), and a
    couple-shareable report leaves the passage out."""
    from talktogether_desktop.analysis import escalation
    from talktogether_desktop.reports import model as report_model

    utterances, heated, repair = heated_conversation()
    r = analyze(conversation(*utterances), names={"S1": "Ana", "S2": "Ben"})
    (p,) = r["escalation_points"]
    # the same repair, set aside as the rules do after a possible threat (safety.reread_after_threats)
    markers = [dict(m, category="appeasement") if m["category"] == "repair" else m for m in r["markers"]]
    words = conversation(*utterances)
    nxt = escalation._what_next(p["end"], {"t": p["peak_t"], "start": p["start"]}, {"start": p["end"]},
                                r["escalation_curve"] if "escalation_curve" in r else [], markers,
                                escalation.AnalysisSettings(), {"S1": "Ana", "S2": "Ben"}, (), (), words)
    assert nxt["repair_attempts"] == [] and nxt["repair_unknown"] is True and nxt["apology_set_aside"] is True
    assert "no spoken repair" not in nxt["text"] and "Ana's “I'm sorry.”" in nxt["text"]
    assert "may have been a threat" in nxt["text"]
    # shared with the couple: nothing of that passage
    flagged = dict(r, escalation_points=[dict(p, what_next=nxt)],
                   safety_flags=[{"t": repair[1]["start"], "category": "appeasement", "speaker": "S1",
                                  "quote": "I'm sorry."}])
    shared = report_model.build_model(flagged, mode="shareable")
    assert shared.peaks == []
    assert report_model.build_model(flagged).peaks


def test_words_without_a_probability_are_taken_as_heard():
    """Transcripts without word probabilities (older results) read as heard: no crash, nothing unclear."""
    from talktogether_desktop.analysis import escalation

    utterances, heated, repair = heated_conversation()
    words = conversation(*utterances)
    for w in words:
        w["probability"] = None
    assert escalation._unclear_speech(words) == []
    (p,) = analyze(words, names={"S1": "Ana", "S2": "Ben"})["escalation_points"]
    assert p["what_next"]["repair_landed"]
