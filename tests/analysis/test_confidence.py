"""How sure a finding is: the weakest of recognition, speaker, overlap and rule strength."""

from talktogether_desktop.analysis.confidence import Judge
from talktogether_desktop.analysis.settings import AnalysisSettings


def words(*spec):
    """(word, probability) pairs said by S1 one after another, heard with a sure speaker."""
    return [{"word": w, "start": i * 0.4, "end": i * 0.4 + 0.35, "speaker": "S1", "probability": p,
             "speaker_confidence": 0.95} for i, (w, p) in enumerate(spec)]


def test_a_weakly_heard_hesitation_does_not_make_the_sentence_unsure():
    ws = words(("Um,", 0.12), ("you", 0.95), ("never", 0.94), ("listen", 0.96), ("to", 0.93), ("me.", 0.97))
    verdict = Judge(ws, AnalysisSettings()).assess(0.0, 2.4, "S1")
    assert verdict["confidence"] == "high", verdict


def test_a_weakly_heard_content_word_still_makes_it_a_finding_to_check():
    ws = words(("You", 0.95), ("never", 0.12), ("listen", 0.96), ("to", 0.93), ("me.", 0.97))
    verdict = Judge(ws, AnalysisSettings()).assess(0.0, 2.0, "S1")
    assert verdict["confidence"] == "low" and verdict["check_recording"]


def test_a_finding_made_only_of_hesitation_is_judged_by_those_sounds():
    ws = words(("Um.", 0.1), ("Uh.", 0.1))
    assert Judge(ws, AnalysisSettings()).assess(0.0, 0.8, "S1")["confidence"] == "low"


def test_an_unsure_speaker_or_overlap_lowers_it():
    ws = words(("You", 0.95), ("never", 0.94), ("listen.", 0.96))
    ws[1]["speaker_confidence"] = 0.3
    assert Judge(ws, AnalysisSettings()).assess(0.0, 1.2, "S1")["confidence"] == "low"
    ws = words(("You", 0.95), ("never", 0.94), ("listen.", 0.96))
    ws.insert(2, {"word": "mm-hm", "start": 0.5, "end": 0.7, "speaker": "S2", "probability": 0.9, "speaker_confidence": 0.9})
    verdict = Judge(ws, AnalysisSettings()).assess(0.0, 1.2, "S1")
    assert verdict["confidence"] == "medium" and "overlapping speech" in verdict["confidence_reasons"]
