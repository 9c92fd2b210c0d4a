"""Transcript corrections anchored to time: they apply to re-processed words too."""

import pytest

from talktogether_desktop.analysis import analyze
from talktogether_desktop.errors import UsageError
from talktogether_desktop.transcription.corrections import apply_corrections

from ..analysis.timeline import conversation, end_of, say


def words():
    a = say("S1", 0.0, "I need us to share the dishes.")
    b = say("S2", end_of(a) + 0.4, "Okay, I can do them tonight.")
    return conversation(a, b)


def test_edit_a_word_move_a_word_and_replace_a_line():
    ws = words()
    need = next(w for w in ws if w["word"] == "need")
    okay = next(w for w in ws if w["word"] == "Okay,")
    fixed = apply_corrections(ws, [
        {"kind": "word", "start": need["start"], "end": need["end"], "text": "want"},
        {"kind": "speaker", "start": okay["start"], "end": okay["end"], "speaker": "S1"},
    ])
    assert [w["word"] for w in fixed if w["speaker"] == "S1"][:2] == ["I", "want"]
    moved = next(w for w in fixed if w["word"] == "Okay,")
    assert moved["speaker"] == "S1" and moved["corrected"] and moved["speaker_confidence"] == 1.0
    assert ws[1]["word"] == "need"  # nothing changed in place
    s2 = [w for w in fixed if w["speaker"] == "S2"]
    line = apply_corrections(fixed, [{"kind": "line", "start": s2[0]["start"], "end": s2[-1]["end"],
                                      "text": "Fine, I will do them after dinner.", "speaker": "S2"}])
    assert " ".join(w["word"] for w in line if w["speaker"] == "S2") == "Fine, I will do them after dinner."


def test_corrections_survive_re_processing_with_other_word_timings():
    ws = words()
    need = next(w for w in ws if w["word"] == "need")
    correction = {"kind": "word", "start": need["start"], "end": need["end"], "text": "want"}
    # re-transcribed: the same speech, timings shifted a little and split differently
    again = [dict(w, start=round(w["start"] + 0.04, 3), end=round(w["end"] + 0.03, 3)) for w in ws]
    assert [w["word"] for w in apply_corrections(again, [correction])][1] == "want"


def test_a_corrected_word_is_sure_enough_to_quote():
    ws = words()
    for w in ws:
        if w["word"] == "need":
            w["probability"] = 0.2  # misheard
    before = analyze(ws)
    assert all("need" not in b["quote"] for b in before["reaching_for"].get("S1", []))
    need = next(w for w in ws if w["word"] == "need")
    after = analyze(apply_corrections(ws, [{"kind": "word", "start": need["start"], "end": need["end"],
                                            "text": "need"}]))
    assert after["reaching_for"]["S1"][0]["quote"] == "I need us to share the dishes."


def test_bad_corrections_are_usage_errors():
    with pytest.raises(UsageError):
        apply_corrections(words(), [{"kind": "rename", "start": 0, "end": 1}])
    with pytest.raises(UsageError):
        apply_corrections(words(), [{"kind": "speaker", "start": 0, "end": 1}])
