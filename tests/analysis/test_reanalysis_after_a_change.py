"""A correction or a speaker fix and the job that makes the analysis again are stored together: killed
or stopped before the analysis is made, the vault still knows it is out of date, `jobs resume` (the
window's start) makes it, and a report is never made from the old words."""

import shutil

import pytest

from talktogether_desktop.errors import Cancelled
from talktogether_desktop.jobs import CancelFlag
from talktogether_desktop.pipeline import ops_reports, ops_speakers, ops_transcript, reanalysis
from talktogether_desktop.pipeline.process import resume_jobs
from talktogether_desktop.storage import analyses, jobs, speakers, transcripts
from talktogether_desktop.storage.settings import load_settings

from .test_vault_analysis import analyze_recording, conversation, stored_recording  # noqa: F401

pytestmark = pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="needs espeak-ng and sox")


class Killed(BaseException):
    """The process dying right after the change was committed."""


def _killed(*_args, **_kwargs):
    raise Killed


def _text(analysis) -> str:
    return " ".join(t["text"] for t in analysis["turns"])


def _analysed(vault, conversation):  # noqa: F811
    rec_id = stored_recording(vault, conversation)
    analyze_recording(vault, rec_id)
    never = next(w for w in transcripts.load_words(vault, rec_id) if w["word"].lower().startswith("never"))
    return rec_id, never


def test_a_kill_after_a_correction_leaves_the_analysis_queued_and_resume_makes_it(vault, conversation, monkeypatch):  # noqa: F811
    rec_id, never = _analysed(vault, conversation)
    monkeypatch.setattr(ops_transcript, "run_reanalysis", _killed)
    with pytest.raises(Killed):
        ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", never["start"], never["end"],
                                          text="sometimes")
    assert "You never listen" in _text(analyses.latest_analysis(vault, rec_id))
    assert reanalysis.analysis_out_of_date(vault, rec_id)
    outcomes = resume_jobs(vault, load_settings(vault))
    assert [o["outcome"] for o in outcomes] == ["done"]
    assert "You sometimes listen" in _text(analyses.latest_analysis(vault, rec_id))
    assert not reanalysis.analysis_out_of_date(vault, rec_id)


def test_a_report_after_a_kill_is_made_from_the_words_as_they_stand(vault, conversation, monkeypatch):  # noqa: F811
    rec_id, never = _analysed(vault, conversation)
    settings = load_settings(vault)
    ops_transcript.correct_transcript(vault, settings, rec_id, "word", never["start"], never["end"], text="sometimes")
    monkeypatch.setattr(ops_transcript, "run_reanalysis", _killed)
    with pytest.raises(Killed):
        ops_transcript.undo_correction(vault, settings, rec_id)
    assert "You sometimes listen" in _text(analyses.latest_analysis(vault, rec_id))  # stale, but marked
    ops_reports.make_session_prep(vault, settings, rec_id)
    assert "You never listen" in _text(analyses.latest_analysis(vault, rec_id))
    assert not jobs.open_reanalysis(vault, rec_id, states=("queued", "interrupted", "running"))


def _store_turns_of_the_words(vault, rec_id):
    """A diarization whose turns are the stored words' runs by speaker, for the fixes to replay over."""
    turns = []
    for w in transcripts.load_words(vault, rec_id):
        if turns and turns[-1]["speaker"] == w["speaker"]:
            turns[-1]["end"] = w["end"]
        else:
            turns.append({"start": w["start"], "end": w["end"], "speaker": w["speaker"]})
    speakers.save_diarization(vault, rec_id, {"speakers": ["S1", "S2"], "turns": turns, "overlaps": [], "warnings": []})


def test_a_kill_after_a_speaker_fix_leaves_the_analysis_queued(vault, conversation, monkeypatch):  # noqa: F811
    rec_id = stored_recording(vault, conversation)
    _store_turns_of_the_words(vault, rec_id)
    analyze_recording(vault, rec_id)
    speakers_before = {t["speaker"] for t in analyses.latest_analysis(vault, rec_id)["turns"]}
    assert speakers_before == {"S1", "S2"}
    first_before = analyses.latest_analysis(vault, rec_id)["turns"][0]["speaker"]
    monkeypatch.setattr(ops_speakers, "run_reanalysis", _killed)
    with pytest.raises(Killed):
        ops_speakers.swap_speakers(vault, load_settings(vault), rec_id)
    assert reanalysis.analysis_out_of_date(vault, rec_id)
    monkeypatch.undo()
    assert [o["outcome"] for o in resume_jobs(vault, load_settings(vault))] == ["done"]
    assert analyses.latest_analysis(vault, rec_id)["turns"][0]["speaker"] != first_before


def test_a_stopped_reanalysis_stays_queued(vault, conversation):  # noqa: F811
    rec_id, never = _analysed(vault, conversation)
    stop = CancelFlag()
    stop.cancel()
    with pytest.raises(Cancelled):
        ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", never["start"], never["end"],
                                          text="sometimes", cancel=stop)
    waiting = jobs.open_reanalysis(vault, rec_id)
    assert len(waiting) == 1 and waiting[0]["state"] == "queued"


def test_a_transcribe_run_does_not_take_over_the_waiting_reanalysis(vault, conversation, monkeypatch):  # noqa: F811
    rec_id, never = _analysed(vault, conversation)
    monkeypatch.setattr(ops_transcript, "run_reanalysis", _killed)
    with pytest.raises(Killed):
        ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "word", never["start"], never["end"],
                                          text="sometimes")
    (waiting,) = jobs.open_reanalysis(vault, rec_id)
    from talktogether_desktop.pipeline import process

    job_id = jobs.create_job(vault, "transcribe", rec_id, {"steps": ["transcribe"]})
    assert jobs.open_job_for(vault, rec_id, "transcribe")["id"] == job_id
    jobs.finish_job(vault, job_id, "done")
    monkeypatch.setattr(process, "transcribe_recording", lambda *a, **k: None)
    monkeypatch.setattr(process.chain, "warm_up", lambda *a, **k: None)
    monkeypatch.setattr(process, "SpeechHost", _NoHost)
    process.process_recording(vault, load_settings(vault), rec_id, steps=("transcribe",), force=True)
    assert jobs.get_job(vault, waiting["id"])["state"] == "queued"


class _NoHost:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
