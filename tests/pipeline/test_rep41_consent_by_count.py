"""The words for whose consent the analysis waits for follow the couple's partner count, as the consent gate's own
message does (pipeline/consent.py): a couple of one or three partners was told "both partners'" by the job's
message (`jobs`, the window's job row) and by `recording show` of a recording with no transcript yet."""

from __future__ import annotations

import io
import json
import wave

import numpy as np
import pytest

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples, jobs, transcripts
from talktogether_desktop.storage.settings import load_settings


def _noise_wav(seconds: float = 2.0) -> bytes:
    pcm = (np.random.default_rng(3).normal(0, 0.05, int(16000 * seconds)) * 32767).astype(np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(pcm.tobytes())
    return out.getvalue()


@pytest.mark.parametrize("partners, whose", [(["Ana", "Ben", "Chris"], "every partner's"), (["Ana"], "the partner's"),
                                             (["Ana", "Ben"], "both partners'")])
def test_the_job_waiting_for_consent_names_whose_consent_by_the_partner_count(vault, tmp_path, partners, whose):
    couple = couples.add_couple(vault, "Many", partners)
    audio = tmp_path / "talk.wav"
    audio.write_bytes(_noise_wav())
    rid = ops_recordings.import_file(vault, load_settings(vault), couple, str(audio)).id
    words = [{"start": 0.2 + 0.4 * k, "end": 0.5 + 0.4 * k, "word": w, "probability": 0.9}
             for k, w in enumerate(["We", "should", "talk."])]
    transcripts.save_transcript(vault, rid, {"duration_s": 2.0, "model": "tiny.en", "language": "en", "segments": [
        {"start": 0.2, "end": 1.3, "text": "We should talk.", "words": words}]})
    summary = ops_recordings.process_recording(vault, load_settings(vault), rid, stop_for_consent=True)
    assert summary["steps"]["analyse"] == "waiting_for_consent"
    message = jobs.get_job(vault, summary["job_id"])["message"]
    assert message == f"Transcribed. Diarization and analysis wait for {whose} consent.", message


def test_recording_show_with_no_transcript_names_every_partner_of_three(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    added = cli("couple", "add", "--name", "Three", "--partner", "Ana", "--partner", "Ben", "--partner", "Chris")
    couple = int(added.stdout)
    audio = tmp_path / "talk.wav"
    audio.write_bytes(_noise_wav())
    rid = json.loads(cli("import", "--couple", str(couple), str(audio), "--no-process", "--json").stdout)["id"]
    shown = cli("recording", "show", str(rid))
    assert shown.returncode == 0, shown.stderr
    assert "it needs every partner's consent)" in shown.stdout and "both" not in shown.stdout, shown.stdout
