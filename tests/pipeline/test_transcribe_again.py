"""A recording transcribed again: the analysis of its old words goes in the new transcript's own transaction,
a job that makes it again on the new words is queued with it, and no report is made from the old analysis."""

from __future__ import annotations

import json

import numpy as np
import pytest

from talktogether_desktop.errors import NotFound
from talktogether_desktop.pipeline import chain, ops_reports, reanalysis, transcribe_step
from talktogether_desktop.storage import analyses, couples, jobs, transcripts
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import now_iso


def _transcript(*texts: str) -> dict:
    words = [{"start": i + 0.1, "end": i + 0.6, "word": text, "probability": 0.9, "speaker": "S1" if i % 2 else "S2",
              "speaker_confidence": 0.9} for i, text in enumerate(texts)]
    return {"duration_s": 10.0, "model": "tiny.en", "language": "en",
            "segments": [{"start": 0.1, "end": len(texts) + 0.6, "text": " ".join(texts), "words": words}]}


class _Audio:
    def pcm16(self):
        return np.zeros(16000, dtype=np.int16)


@pytest.fixture
def analysed(vault, monkeypatch):
    """A consented couple's recording with a transcript and an analysis quoting its words; the speech model faked."""
    couple_id = couples.add_couple(vault, "Ng", ["Ana", "Ben"])
    couples.record_consent(vault, couple_id)
    with vault.transaction():
        rid = int(vault.execute(
            "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, imported_at, "
            "status) VALUES (?, ?, 1, 10.0, 1, 16000, ?, 'analysed')", (couple_id, "c" * 64, now_iso())).lastrowid)
    transcripts.save_transcript(vault, rid, _transcript("You", "never", "listen"))
    analyses.save_analysis(vault, rid, {"schema_version": "1", "turns": [{"text": "You never listen"}]})
    monkeypatch.setattr(chain, "resolve_speech_model", lambda settings: None)
    monkeypatch.setattr(chain, "warm_up", lambda host, settings: None)
    monkeypatch.setattr(chain, "transcribe_with_params",
                        lambda *a, **k: (_transcript("You", "sometimes", "listen"), {"model": "tiny.en"}))
    return rid


def _transcribe(vault, rid):
    transcribe_step.transcribe_recording(vault, load_settings(vault), rid, audio=_Audio(), speech=object())


def test_a_new_transcript_drops_the_old_analysis_and_queues_it_again(vault, analysed):
    _transcribe(vault, analysed)
    assert [w["word"] for w in transcripts.load_words(vault, analysed)] == ["You", "sometimes", "listen"]
    assert analyses.latest_analysis(vault, analysed) is None  # no analysis quoting "never" is left
    waiting = reanalysis.waiting_after_new_transcript(vault, analysed)
    assert waiting is not None and jobs.get_job(vault, waiting)["params"]["steps"] == ["diarize", "analyse"]
    actions = [r[0] for r in vault.all("SELECT action FROM audit_log WHERE entity_id = ?", (analysed,))]
    assert "drop_analysis" in actions
    with pytest.raises(NotFound, match="transcribed again"):
        ops_reports.make_session_prep(vault, load_settings(vault), analysed)
    _transcribe(vault, analysed)  # once more before it was made: still one job waiting
    assert len(jobs.open_reanalysis(vault, analysed, steps=(reanalysis.AFTER_NEW_TRANSCRIPT_STEPS,))) == 1


class Killed(BaseException):
    """The process dying between the new words and the analysis being set aside."""


def test_the_transcript_and_the_dropped_analysis_are_one_transaction(vault, analysed, monkeypatch):
    def killed(*_a, **_k):
        raise Killed

    monkeypatch.setattr(transcribe_step, "drop_for_new_transcript", killed)
    with pytest.raises(Killed):
        _transcribe(vault, analysed)
    # all or nothing: the old words stay with the analysis made from them
    assert [w["word"] for w in transcripts.load_words(vault, analysed)] == ["You", "never", "listen"]
    assert json.dumps(analyses.latest_analysis(vault, analysed)).count("never") == 1


def test_a_recording_never_analysed_queues_nothing(vault, analysed):
    analyses.drop_analyses(vault, analysed)
    _transcribe(vault, analysed)
    assert reanalysis.waiting_after_new_transcript(vault, analysed) is None


def test_cli_transcribe_again_makes_the_analysis_again(cli, tmp_path):
    from tt_speech import make_dialogue

    recording, _ = make_dialogue(tmp_path / "audio")
    assert cli("vault", "init").returncode == 0
    couple_id = cli("couple", "add", "--name", "Again", "--partner", "Ann", "--partner", "Bea").stdout.strip()
    assert cli("consent", "record", "--couple", couple_id).returncode == 0
    imported = json.loads(cli("import", "--couple", couple_id, str(recording), "--json").stdout)
    assert imported["status"] == "analysed"
    again = cli("transcribe", str(imported["id"]), "--json")
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["reanalysis"] == "done" and summary["status"] == "analysed"
    assert "made again on the new transcript" in again.stderr
    rows = json.loads(cli("jobs", "--json").stdout)
    assert {j["state"] for j in rows} == {"done"}
    assert [j["params"]["steps"] for j in rows if j["params"]["steps"] == ["diarize", "analyse"]]
    report = cli("report", str(imported["id"]), "-o", str(tmp_path / "prep.pdf"))
    assert report.returncode == 0, report.stderr
