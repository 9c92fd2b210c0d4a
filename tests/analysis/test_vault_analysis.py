"""The analyse step on a real vault: words, names and audio from the vault, result saved with
its settings, consent enforced; and `talktogether analyze RECORDING_ID` on top."""

import json
import shutil

import pytest

from talktogether_desktop.errors import ConsentMissing, UsageError
from talktogether_desktop.pipeline import analyze_step, ops_recordings
from talktogether_desktop.storage import analyses, couples, recordings, speakers, transcripts
from talktogether_desktop.storage.settings import load_settings

from . import spoken

pytestmark = pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="needs espeak-ng and sox")


@pytest.fixture(scope="module")
def conversation(tmp_path_factory):
    script, truth = spoken.conflict(tmp_path_factory.mktemp("vault_conv"))
    _, path = script.mix()
    return path.read_bytes(), script.words(), truth


def analyze_recording(vault, rec_id, progress=None, settings=None):
    """The analyse step with the vault's settings, `settings` overriding analysis parameters."""
    chosen = load_settings(vault).replace(analysis=settings)
    return analyze_step.analyze_recording(vault, chosen, rec_id, progress=progress)


def stored_recording(vault, conversation, consent=True, with_speakers=True):
    data, words, _ = conversation
    couple_id = couples.add_couple(vault, "Test couple", ["Ana", "Ben"])
    partners = couples.get_couple(vault, couple_id)["partners"]
    if consent:
        couples.record_consent(vault, couple_id)
    rec_id = ops_recordings.import_audio(vault, load_settings(vault), couple_id, data, original_name="talk.wav").id
    segment_words = [{k: w[k] for k in ("start", "end", "word", "probability")} for w in words]
    if with_speakers:
        for seg, w in zip(segment_words, words):
            seg["speaker"], seg["speaker_confidence"] = w["speaker"], 0.9
    transcript = {"duration_s": 60.0, "model": "tiny.en", "language": "en",
                  "segments": [{"start": words[0]["start"], "end": words[-1]["end"], "text": "",
                                "words": segment_words}]}
    transcripts.save_transcript(vault, rec_id, transcript)
    if with_speakers:
        speakers.set_speaker(vault, rec_id, "S1", partner_id=partners[0]["id"])
        speakers.set_speaker(vault, rec_id, "S2", partner_id=partners[1]["id"])
    return rec_id


def test_analyze_step_saves_the_result_with_names_and_settings(vault, conversation):
    rec_id = stored_recording(vault, conversation)
    seen = []
    result = analyze_recording(vault, rec_id, progress=lambda f, m="": seen.append(f))
    assert seen[-1] == 1.0
    assert {s["id"]: s["name"] for s in result["speakers"]} == {"S1": "Ana", "S2": "Ben"}
    assert result["has_audio"] and len(result["escalation_points"]) == 1
    assert analyses.latest_analysis(vault, rec_id) == result
    record = analyses.latest_record(vault, rec_id)
    assert record["schema_version"] == result["schema_version"] and record["params"] == result["params"]
    assert recordings.get_recording(vault, rec_id)["status"] == "analysed"
    analyze_recording(vault, rec_id, settings={"long_silence_s": 2.0})
    runs = analyses.list_analyses(vault, rec_id)
    assert len(runs) == 2 and runs[0]["params"]["long_silence_s"] == 2.0
    assert vault.one("SELECT count(*) FROM audit_log WHERE action = 'analyse' AND entity_id = ?", (rec_id,))[0] == 2


def test_no_analysis_without_consent_or_speakers(vault, conversation):
    rec_id = stored_recording(vault, conversation, consent=False)
    with pytest.raises(ConsentMissing):
        analyze_recording(vault, rec_id)
    assert analyses.latest_analysis(vault, rec_id) is None
    data, words, truth = conversation
    other = stored_recording(vault, (data + b"\0\0", words, truth), with_speakers=False)
    with pytest.raises(UsageError):
        analyze_recording(vault, other)


def test_cli_analyze_recording(vault_factory, conversation, isolated_home, cli):
    from talktogether_desktop.storage.vault import create_vault
    from tt_testing import PASSPHRASE

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        rec_id = stored_recording(vault, conversation)
    finally:
        vault.close()
    proc = cli("analyze", str(rec_id), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["speakers"][0]["name"] == "Ana" and result["interruptions"]
    human = cli("analyze", str(rec_id))
    assert human.returncode == 0 and "Heated moments" in human.stdout and "Ana" in human.stdout
    missing = cli("analyze", "999", "--json")
    assert missing.returncode == 1 and json.loads(missing.stdout)["kind"] == "NotFound"


def test_cli_analyze_file_input_errors(tmp_path, cli):
    missing = cli("analyze-file", str(tmp_path / "nope.wav"))
    assert missing.returncode == 4 and "no file" in missing.stderr
    not_audio = tmp_path / "notes.wav"
    not_audio.write_text("this is not audio", encoding="utf-8")
    assert cli("analyze-file", str(not_audio)).returncode == 4
    assert cli("analyze-file", str(not_audio), "--speakers", "7").returncode == 2


def test_analyze_does_the_missing_steps_first(cli, tmp_path):
    """`analyze` on a recording imported before consent: it diarizes first instead of refusing."""
    import json

    from tt_speech import make_dialogue

    recording, _ = make_dialogue(tmp_path / "audio")
    assert cli("vault", "init").returncode == 0
    couple_id = cli("couple", "add", "--name", "Late", "--partner", "Ann", "--partner", "Bea").stdout.strip()
    imported = cli("import", "--couple", couple_id, str(recording), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["status"] == "transcribed"
    refused = cli("analyze", "1")
    assert refused.returncode == 1 and "consent" in refused.stderr
    assert cli("consent", "record", "--couple", couple_id).returncode == 0
    done = cli("analyze", "1", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {s["id"] for s in result["speakers"]} == {"S1", "S2"}
    assert result["turns"]


def test_transcript_corrections_rerun_the_analysis_survive_reprocessing_and_are_audited(vault, conversation):
    from talktogether_desktop.pipeline import ops_transcript

    rec_id = stored_recording(vault, conversation)
    analyze_recording(vault, rec_id)
    words = transcripts.load_words(vault, rec_id)
    never = next(w for w in words if w["word"].lower().startswith("never"))
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", never["start"], never["end"],
                                             text="sometimes")
    assert made["analysis_rerun"]
    after = analyses.latest_analysis(vault, rec_id)
    assert "You sometimes listen to me" in " ".join(t["text"] for t in after["turns"])
    assert not any(m["text"] == "You never" for m in after["markers"] if m["category"] == "criticism")
    # a line, with its speaker
    ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 0.4, 4.0,
                                      text="I wanted to talk about our weekend.", rerun_analysis=False)
    assert [c["kind"] for c in ops_transcript.list_corrections(vault, load_settings(vault), rec_id)] == ["word", "line"]
    # re-processing writes the machine words again: the corrections still apply
    data, original, _ = conversation
    segment_words = [{k: w[k] for k in ("start", "end", "word", "probability")} | {"speaker": w["speaker"],
                     "speaker_confidence": 0.9} for w in original]
    transcripts.save_transcript(vault, rec_id, {"duration_s": 60.0, "model": "tiny.en", "language": "en",
                                                "segments": [{"start": 0.0, "end": 60.0, "text": "",
                                                              "words": segment_words}]})
    again = analyze_recording(vault, rec_id)
    text = " ".join(t["text"] for t in again["turns"])
    assert "You sometimes listen" in text and text.startswith("I wanted to talk about our weekend.")
    actions = [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log")]
    assert actions.count(("correct_transcript", "recording", rec_id)) == 2


def _analysed_in_a_new_vault(conversation, isolated_home, cli):
    """The conversation stored in a fresh vault and analysed through the CLI: (recording id, its word "never")."""
    from talktogether_desktop.storage.vault import create_vault
    from tt_testing import PASSPHRASE

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        rec_id = stored_recording(vault, conversation)
        never = next(w for w in transcripts.load_words(vault, rec_id) if w["word"].lower().startswith("never"))
    finally:
        vault.close()
    assert cli("analyze", str(rec_id)).returncode == 0
    return rec_id, never


def test_cli_transcript_correct_and_list(conversation, isolated_home, cli):
    rec_id, never = _analysed_in_a_new_vault(conversation, isolated_home, cli)
    fixed = cli("transcript", "correct", str(rec_id), "--start", str(never["start"]), "--end", str(never["end"]),
                "--text", "sometimes", "--json")
    assert fixed.returncode == 0, fixed.stderr
    made = json.loads(fixed.stdout)
    assert made["kind"] == "word" and made["text"] == "sometimes" and made["analysis_rerun"]
    listed = json.loads(cli("transcript", "corrections", str(rec_id), "--json").stdout)
    assert [(c["kind"], c["text"]) for c in listed] == [("word", "sometimes")]
    result = json.loads(cli("analyze", str(rec_id), "--json").stdout)
    assert "You sometimes listen" in " ".join(t["text"] for t in result["turns"])
    bad = cli("transcript", "correct", str(rec_id), "--start", "1", "--end", "2", "--text", "", "--line")
    assert bad.returncode == 2 and "needs its words" in bad.stderr


def test_cli_transcript_undo_takes_back_the_latest_correction_and_remakes_the_analysis(conversation, isolated_home, cli):
    rec_id, never = _analysed_in_a_new_vault(conversation, isolated_home, cli)
    assert cli("transcript", "correct", str(rec_id), "--start", str(never["start"]), "--end", str(never["end"]),
               "--text", "sometimes").returncode == 0
    undone = cli("transcript", "undo", str(rec_id), "--json")
    assert undone.returncode == 0, undone.stderr
    got = json.loads(undone.stdout)
    assert got["text"] == "sometimes" and got["analysis_rerun"]
    assert json.loads(cli("transcript", "corrections", str(rec_id), "--json").stdout) == []
    result = json.loads(cli("analyze", str(rec_id), "--json").stdout)
    assert "You never listen" in " ".join(t["text"] for t in result["turns"])
    nothing = cli("transcript", "undo", str(rec_id))
    assert nothing.returncode == 1 and "no corrections to undo" in nothing.stderr


def test_the_speaker_finders_doubt_is_carried_into_the_stored_analysis_and_the_report(vault, conversation):
    """`analyze-file` warned "sounds like fewer than 2 voices… Check the speaker labels", but the vault's analysis, the
    CLI summary and the report dropped it: with two same-gender voices mixed up, the report named the victim as the
    one who threatened, each finding at medium confidence."""
    from talktogether_desktop.cli.analyze_cmds import summary_text
    from talktogether_desktop.reports import render_session_prep

    rec_id = stored_recording(vault, conversation)
    warning = "This recording sounds like fewer than 2 voices (the closest two are 0.93 alike). Check the speaker labels."
    speakers.save_diarization(vault, rec_id, {"speakers": ["S1", "S2"], "turns": [], "overlaps": [],
                                              "warnings": [warning]})
    result = analyze_recording(vault, rec_id)
    assert result["diarization_warnings"] == [warning] and result["speaker_fixes"] == 0
    assert f"Speakers: {warning}" in summary_text(result)
    import io

    import pypdf

    def text(pdf):
        return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

    assert "The two voices were hard to tell apart" in text(render_session_prep(result, {}))
    assert "hard to tell apart" not in text(render_session_prep(result, {}, mode="shareable"))


def test_naming_the_voices_is_no_speaker_correction_in_the_report(vault, conversation):
    """With the speaker finder's doubt, "Speaker corrections have been made since." was printed when the voices had only
    been named (a rename moves no word); a swap is a correction."""
    rec_id = stored_recording(vault, conversation)
    speakers.save_diarization(vault, rec_id, {"speakers": ["S1", "S2"], "turns": [], "overlaps": [],
                                              "warnings": ["This recording sounds like fewer than 2 voices."]})
    speakers.add_fix(vault, rec_id, "rename", {"label": "S1", "name": "Ana"})
    assert analyze_recording(vault, rec_id)["speaker_fixes"] == 0
    speakers.add_fix(vault, rec_id, "swap", {"a": "S1", "b": "S2"})
    assert analyze_recording(vault, rec_id)["speaker_fixes"] == 1
