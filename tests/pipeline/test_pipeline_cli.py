"""End to end from the command line, on the real recordings in ../shared/data and a phone-style m4a."""

from __future__ import annotations

import json

import pytest

from tt_speech import ffmpeg_convert, normalised_words
from tt_testing import SHARED_DATA, shared_data

pytestmark = pytest.mark.slow

SHARED_WAVS = [
    "pyannote_sample_2spk_phone",
    "ami_dev00_2spk",
    "ami_tst00_4spk",
    "pyaudioanalysis_diarizationExample_4spk",
]


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def couple_id(cli):
    _ok(cli("vault", "init"))
    out = _ok(cli("couple", "add", "--name", "Diaz", "--partner", "Eva", "--partner", "Finn")).stdout
    return out.strip().splitlines()[-1]


def test_import_transcribe_list_show_jobs(cli, couple_id, tmp_path):
    phone = shared_data("pyannote_sample_2spk_phone") / "pyannote_sample_2spk_phone.wav"
    first = json.loads(_ok(cli("import", "--couple", couple_id, str(phone), "--json", "--recorded-at", "2026-03-02")).stdout)
    assert first["duplicate"] is False and first["duration_s"] == pytest.approx(30.0, abs=0.05)
    assert first["status"] == "transcribed" and first["recorded_at"] == "2026-03-02T00:00:00"
    again = json.loads(_ok(cli("import", "--couple", couple_id, str(phone), "--json")).stdout)
    assert again == again | {"id": first["id"], "duplicate": True}

    ids = {}
    for name in SHARED_WAVS[1:]:
        path = SHARED_DATA / name / f"{name}.wav"
        ids[name] = _ok(cli("import", "--couple", couple_id, str(path), "--no-process")).stdout.strip()
    assert len(set(ids.values())) == 3

    summary = json.loads(_ok(cli("transcribe", ids["ami_dev00_2spk"], "--json")).stdout)
    assert summary["segments"] > 0 and summary["words"] > 20 and summary["model"] == "tiny.en"

    listed = json.loads(_ok(cli("recording", "list", "--couple", couple_id, "--json")).stdout)
    assert len(listed) == 4
    assert {r["status"] for r in listed} == {"transcribed", "imported"}

    shown = _ok(cli("recording", "show", str(first["id"]))).stdout
    words = normalised_words(shown)
    assert "chicago" in words and "jersey" in words
    as_json = json.loads(_ok(cli("recording", "show", str(first["id"]), "--json")).stdout)
    assert as_json["transcript"]["segments"][0]["words"][0]["word"]

    job_rows = json.loads(_ok(cli("jobs", "--json")).stdout)
    assert len(job_rows) == 2 and {j["state"] for j in job_rows} == {"done"}
    assert json.loads(_ok(cli("jobs", "resume", "--json")).stdout) == []

    bad = tmp_path / "notes.m4a"
    bad.write_text("not audio at all")
    result = cli("import", "--couple", couple_id, str(bad))
    assert result.returncode == 4 and "not an audio file" in result.stderr
    assert len(json.loads(_ok(cli("recording", "list", "--couple", couple_id, "--json")).stdout)) == 4


def test_transcribe_file_on_a_phone_style_m4a(cli, tmp_path):
    phone = shared_data("pyannote_sample_2spk_phone") / "pyannote_sample_2spk_phone.wav"
    m4a = ffmpeg_convert(phone, tmp_path / "Voice Memo 12.m4a", "-ar", "44100", "-c:a", "aac", "-b:a", "64k")
    out = json.loads(_ok(cli("transcribe-file", str(m4a), "--format", "json", "--threads", "2")).stdout)
    assert set(out) == {"duration_s", "model", "language", "segments", "unrecognised_speech", "heard_again"}
    assert out["model"] == "tiny.en" and out["language"] == "en"
    text = normalised_words(" ".join(s["text"] for s in out["segments"]))
    assert {"chicago", "jersey", "texas"} <= set(text)
    srt = tmp_path / "memo.srt"
    _ok(cli("transcribe-file", str(m4a), "--format", "srt", "-o", str(srt)))
    assert srt.read_text().startswith("1\n00:00:")
    missing = cli("transcribe-file", str(tmp_path / "nope.m4a"))
    assert missing.returncode == 4
