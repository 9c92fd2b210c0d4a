"""Fix 40b (walk-through 40n, C1): after the therapist had set every line's speaker by hand, `analyze` still printed
"Speakers: This recording sounds like fewer than 2 voices … Check the speaker labels." (the report's page 1 already
said the speakers were set by hand). Both faces read it from pipeline.formats.speaker_warnings."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.cli.analyze_cmds import summary_text
from talktogether_desktop.pipeline.formats import SET_BY_HAND, speaker_warnings

from ..analysis.timeline import conversation, end_of, say

DOUBT = ("This recording sounds like fewer than 2 voices (the closest two are 0.94 alike; the quietest speaks 34% of "
         "the time). Check the speaker labels.")


def analysed(speaker_confidence: float) -> dict:
    first = say("S1", 0.0, "I found a letter from a debt collector in the kitchen drawer.")
    second = say("S2", end_of(first) + 0.5, "It's nothing. I was going to tell you.")
    third = say("S1", end_of(second) + 0.5, "When were you going to tell me?")
    for w in first + second + third:
        w["speaker_confidence"] = speaker_confidence  # 1.0: as a correction or a move of words sets it
    result = analyze(conversation(first, second, third), names={"S1": "Helen", "S2": "Maya"})
    result["diarization_warnings"] = [DOUBT]  # (the speaker finder's, kept with the analysis as `analyze` saves it)
    return result


def test_analyze_does_not_say_the_voices_were_hard_to_tell_apart_once_every_speaker_was_set_by_hand():
    text = summary_text(analysed(1.0))
    assert "fewer than 2 voices" not in text and "Check the speaker labels" not in text, text
    assert f"Speakers: {SET_BY_HAND}" in text, text


def test_analyze_says_the_doubt_while_the_speakers_are_the_finders():
    text = summary_text(analysed(0.9))
    assert f"Speakers: {DOUBT}" in text and SET_BY_HAND not in text, text


def test_other_speaker_notes_stay_when_every_speaker_was_set_by_hand():
    result = analysed(1.0)
    other = "This recording was imported for 6 speakers."
    assert speaker_warnings(result, [DOUBT, other]) == [SET_BY_HAND, other]
    assert speaker_warnings(result, [other]) == [other]
    assert speaker_warnings(analysed(0.9)) == [DOUBT]


def test_analyze_names_no_one_as_the_first_sign_on_a_line_marked_speaker_unsure():
    """walk40n: `analyze` printed "00:04-00:31 … first sign from Maya: “What is wrong with you?”" (Helen said it, on a
    line marked "speaker unsure"), as the report's Key moment did."""
    from ..reports.test_fix40b_unsure_moment import analysed_with_a_rise

    unsure = summary_text(analysed_with_a_rise(0.58))
    assert "first sign (who said it is unsure): “What is wrong with you?”" in unsure and "first sign from" not in unsure
    assert "first sign from Helen: “What is wrong with you?”" in summary_text(analysed_with_a_rise(0.95))
