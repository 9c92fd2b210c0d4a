"""Round 39 (the window/CLI fixer's notes): `recording list` and `recording show` printed the stored "transcribed" for a
recording whose processing stopped after the transcript, before the speakers and the analysis it was to make; the
window said "Stopped after the transcript: start again". Both faces now go by one rule (pipeline.recording_state)."""

from __future__ import annotations

import json

from talktogether_desktop.storage import couples, jobs, recordings
from talktogether_desktop.storage.vault import create_vault, now_iso

from tt_testing import PASSPHRASE


def _stopped_after_the_transcript(home) -> int:
    vault, _ = create_vault(home, PASSPHRASE)
    vault.recovery_code_shown()
    couple_id = couples.add_couple(vault, "Ana and Ben", ["Ana", "Ben"])
    with vault.transaction():
        rid = int(vault.execute(
            "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, imported_at, "
            "original_name, status) VALUES (?, ?, 1, 75.0, 1, 16000, ?, 'kitchen.m4a', 'imported')",
            (couple_id, "e" * 64, now_iso())).lastrowid)
    recordings.set_status(vault, rid, "transcribed")
    # what the pipeline leaves when its job is stopped while finding the speakers (tests/ui/test_ui_fix39_states.py)
    job = jobs.create_job(vault, "process", rid, {"steps": ["transcribe", "diarize", "analyse"]})
    jobs.start_job(vault, job)
    jobs.finish_job(vault, job, "cancelled", message="Stopped at your request.")
    vault.close()
    return rid


def test_recording_list_and_show_say_a_stop_after_the_transcript_as_the_window_does(isolated_home, cli):
    rid = _stopped_after_the_transcript(isolated_home)
    listed = cli("recording", "list")
    assert listed.returncode == 0, listed.stderr
    assert "stopped after the transcript" in listed.stdout and "transcribed" not in listed.stdout, listed.stdout
    [row] = json.loads(cli("--json", "recording", "list").stdout)
    assert row["status"] == "transcribed" and row["shown_status"] == "stopped_transcribed"  # (the old key kept)
    shown = cli("recording", "show", str(rid))
    assert shown.returncode == 0, shown.stderr
    assert (f"status stopped after the transcript (start it again: `talktogether analyze {rid}`)"
            in shown.stdout), shown.stdout
    whole = json.loads(cli("--json", "recording", "show", str(rid)).stdout)
    assert whole["recording"]["status"] == "transcribed" and whole["recording"]["shown_status"] == "stopped_transcribed"
