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
