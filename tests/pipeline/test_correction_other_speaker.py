"""A corrected line that reaches into the other partner's words never takes them silently: the operation names
which words of which speaker it replaces, refuses while another speaker would lose words unless the therapist
asks for it explicitly, and the correction and the audit keep what was replaced."""

import json

import pytest

from talktogether_desktop.errors import OtherSpeakerWords
from talktogether_desktop.pipeline import ops_transcript
from talktogether_desktop.storage import transcripts
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import create_vault
from tt_overlap import ana_and_ben as _ana_and_ben
from tt_testing import PASSPHRASE

def _audit(vault, action: str) -> list[tuple]:
    return [tuple(r) for r in vault.all("SELECT entity, entity_id FROM audit_log WHERE action = ?", (action,))]


def test_a_line_reaching_into_the_other_partners_first_words_is_refused_naming_them(vault):
    rec_id = _ana_and_ben(vault)
    with pytest.raises(OtherSpeakerWords) as refused:
        ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 3.8,
                                          text="you never listen to me any more")
    message = str(refused.value)
    assert "Ben's “I do” (00:03-00:04)" in message and "Ana's line" in message and "nothing was changed" in message
    # Ben's "I" is said over Ana's "me": no times hold only her words, so one word at a time
    assert "correct Ana's words one at a time (without --line)" in message
    assert [(r["name"], r["text"], r["other_speaker"]) for r in refused.value.replaced] == [
        ("Ana", "you never listen to me", False), ("Ben", "I do", True)]
    assert transcripts.list_corrections(vault, rec_id) == []
    assert [w["word"] for w in ops_transcript.corrected_words(vault, rec_id) if w["speaker"] == "S2"] == [
        "I", "do", "listen"]
    assert _audit(vault, "correct_transcript") == []


def test_the_refusal_gives_the_times_of_the_speakers_own_words_when_there_are_such_times(vault):
    rec_id = _ana_and_ben(vault, overlap=False)
    with pytest.raises(OtherSpeakerWords) as refused:
        ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 3.8, text="you never")
    assert "give times that hold only Ana's words (--start 1 --end 3.2)" in str(refused.value)
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 3.2, text="you never")
    assert not made["other_speaker_words_replaced"]


def test_asked_for_explicitly_the_other_partners_words_go_and_the_audit_says_so(vault):
    rec_id = _ana_and_ben(vault)
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 3.8,
                                             text="you never listen to me any more", replace_other_speaker=True)
    assert made["other_speaker_words_replaced"] is True
    assert [(r["speaker"], r["text"], r["words"], r["other_speaker"]) for r in made["replaced"]] == [
        ("S1", "you never listen to me", 5, False), ("S2", "I do", 2, True)]
    assert made["replaced"][1]["start"] == 3.1 and made["replaced"][1]["end"] == 3.7
    stored = transcripts.list_corrections(vault, rec_id)[0]
    assert stored["replaced"] == made["replaced"]  # the correction keeps what it replaced
    assert _audit(vault, "correct_transcript") == [("recording", rec_id)]
    assert _audit(vault, "replace_other_speaker_words") == [("transcript_correction", made["id"])]
    assert [w["word"] for w in ops_transcript.corrected_words(vault, rec_id) if w["speaker"] == "S2"] == ["listen"]


def test_a_line_of_one_speakers_own_words_names_them_and_needs_no_confirmation(vault):
    rec_id = _ana_and_ben(vault)
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 3.0,
                                             text="you never listen to me")
    assert made["other_speaker_words_replaced"] is False
    assert [(r["name"], r["text"]) for r in made["replaced"]] == [("Ana", "you never listen to")]
    assert _audit(vault, "replace_other_speaker_words") == []


def test_a_line_given_to_the_other_speaker_counts_the_first_speakers_words_as_the_ones_lost(vault):
    rec_id = _ana_and_ben(vault)
    preview = ops_transcript.preview_correction(vault, rec_id, "line", 3.0, 4.3, text="me. I do listen", speaker="S2")
    assert [(r["name"], r["text"], r["other_speaker"]) for r in preview["replaced"]] == [
        ("Ana", "me", True), ("Ben", "I do listen", False)]
    assert transcripts.list_corrections(vault, rec_id) == []  # a preview stores nothing


def _stored_ana_and_ben(home) -> int:
    """Ana and Ben's recording in a new vault under `home`, the vault closed again for the command line."""
    vault, _ = create_vault(home, PASSPHRASE)
    try:
        return _ana_and_ben(vault)
    finally:
        vault.close()


def test_cli_refuses_with_exit_5_and_says_which_words_then_replaces_them_when_asked(isolated_home, cli):
    rec_id = _stored_ana_and_ben(isolated_home)
    line = ("transcript", "correct", str(rec_id), "--start", "1", "--end", "3.8", "--line",
            "--text", "you never listen to me any more")
    refused = cli(*line)
    assert refused.returncode == 5 and "Traceback" not in refused.stderr, refused.stderr
    assert "Ben's “I do”" in refused.stderr and "--replace-other-speaker" in refused.stderr
    as_json = cli(*line, "--json")
    error = json.loads(as_json.stdout)
    assert as_json.returncode == 5 and error["kind"] == "OtherSpeakerWords"
    assert [(r["speaker"], r["text"], r["other_speaker"]) for r in error["replaced"]] == [
        ("S1", "you never listen to me", False), ("S2", "I do", True)]
    assert json.loads(cli("transcript", "corrections", str(rec_id), "--json").stdout) == []
    done = cli(*line, "--replace-other-speaker")
    assert done.returncode == 0, done.stderr
    assert "It also replaced words the other speaker said: Ben's “I do” (00:03-00:04)." in done.stdout
    assert "It replaced Ana's “you never listen to me”" in done.stdout
    listed = cli("transcript", "corrections", str(rec_id))
    assert "also replacing the other speaker's words Ben's “I do”" in listed.stdout, listed.stdout


def test_cli_json_keeps_its_keys_and_adds_what_was_replaced(isolated_home, cli):
    rec_id = _stored_ana_and_ben(isolated_home)
    got = cli("transcript", "correct", str(rec_id), "--start", "1.45", "--end", "1.95", "--text", "ever", "--json")
    made = json.loads(got.stdout)
    assert {"id", "recording_id", "kind", "start", "end", "text", "analysis_rerun"} <= set(made)
    assert made["other_speaker_words_replaced"] is False
    assert [(r["name"], r["text"]) for r in made["replaced"]] == [("Ana", "never")]


def test_a_line_whose_end_cuts_the_speakers_last_word_takes_that_word_too(vault):
    """A line corrected with the times `recording show` gives (whole seconds) left the word its end cut through:
    "…I had to get to work. work." (walk-through, 51 lines corrected)."""
    rec_id = _ana_and_ben(vault, overlap=False)
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 3.0,
                                             text="you never listen to me")
    assert not made["other_speaker_words_replaced"]
    words = [w["word"] for w in ops_transcript.corrected_words(vault, rec_id)]
    assert words == ["you", "never", "listen", "to", "me", "I", "do", "listen"]


def test_a_word_said_inside_the_other_partners_long_word_is_the_one_corrected(vault):
    """Round 37 (walking the window): "Edit a word" corrects a word by its own times. Ben's "I" (1.2-1.4 s) said
    inside Ana's drawn-out "sooo" (1.0-2.0 s) overlaps those times as much as "sooo" does, and the first of them was
    taken: Ana's word became "Hi" and Ben's "I" stayed, with nothing to say so."""
    rec_id = _ana_and_ben(vault)
    words = [{"start": 1.0, "end": 2.0, "word": "sooo", "speaker": "S1"}, {"start": 1.2, "end": 1.4, "word": "I",
                                                                            "speaker": "S2"}]
    transcripts.save_transcript(vault, rec_id, {"duration_s": 6.0, "model": "tiny.en", "language": "en", "segments": [
        {"start": 1.0, "end": 2.0, "text": "", "words": [dict(w, probability=0.9, speaker_confidence=0.9)
                                                         for w in words]}]})
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", 1.2, 1.4, text="Hi",
                                             rerun_analysis=False)
    assert [(r["name"], r["text"]) for r in made["replaced"]] == [("Ben", "I")]
    assert [(w["speaker"], w["word"]) for w in ops_transcript.corrected_words(vault, rec_id)] == [
        ("S1", "sooo"), ("S2", "Hi")]
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", 1.0, 2.0, text="so",
                                             rerun_analysis=False)  # and Ana's own word by its own times
    assert [(w["speaker"], w["word"]) for w in ops_transcript.corrected_words(vault, rec_id)] == [
        ("S1", "so"), ("S2", "Hi")]
