"""No work is stuck or lost: a kill right after an import still leaves a job to resume, a restore cannot swap
the vault under a running import, and a recording without words is a result, not a failure."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from talktogether_desktop.errors import VaultInUse
from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import backup, couples, jobs, recordings
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_speech import make_dialogue, run
from tt_testing import PASSPHRASE, REPO


def test_the_processing_job_is_stored_with_the_recording(vault, tmp_path):
    dialogue, _ = make_dialogue(tmp_path / "a")
    couple_id = couples.add_couple(vault, "C", ["A", "B"])
    settings = load_settings(vault)
    result = ops_recordings.import_audio(vault, settings, couple_id, dialogue.read_bytes(), queue_processing=True)
    queued = jobs.list_jobs(vault, recording_id=result.id)
    assert [(j["state"], j["kind"]) for j in queued] == [("queued", "process")]
    assert queued[0]["params"]["model"] == settings.speech_model  # resumed, it runs as it would have
    # --no-process (or a plain library call): no job
    other = ops_recordings.import_audio(vault, settings, couple_id, dialogue.read_bytes() + b"\0" * 2)
    assert jobs.list_jobs(vault, recording_id=other.id) == []


@pytest.mark.slow
def test_kills_during_import_never_leave_a_recording_nobody_processes(cli, isolated_home, tmp_path):
    """Kill -9 the moment the recording becomes visible in the vault (the old gap before its job was
    stored, about 0.55 s into an import), and at fixed moments around it."""
    dialogue, _ = make_dialogue(tmp_path / "a")
    assert cli("vault", "init").returncode == 0
    couple = str(json.loads(cli("couple", "add", "--name", "C", "--partner", "A", "--partner", "B", "--json").stdout)["id"])
    env = {**os.environ, "TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": str(REPO / "src")}
    watcher = open_vault(isolated_home, passphrase=PASSPHRASE)
    try:
        for i, delay in enumerate((None, None, None, 0.55, 0.6, 0.8, 1.2)):
            copy = tmp_path / f"take{i}.wav"
            run("sox", str(dialogue), str(copy), "pad", "0", f"0.{i + 1}")  # a different file each time
            before = watcher.one("SELECT count(*) FROM recordings")[0]
            child = subprocess.Popen(
                [sys.executable, "-m", "talktogether_desktop", "import", "--couple", couple, str(copy)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + (delay if delay is not None else 60)
            while time.monotonic() < deadline and child.poll() is None:
                if delay is None and watcher.one("SELECT count(*) FROM recordings")[0] > before:
                    break
                time.sleep(0.005)
            child.send_signal(signal.SIGKILL)
            child.wait()
            for rec in recordings.list_recordings(watcher):
                has_job = jobs.list_jobs(watcher, recording_id=rec["id"])
                assert has_job or rec["status"] != "imported", f"take {i}: recording {rec['id']} has neither job nor results"
    finally:
        watcher.close()
    resumed = cli("jobs", "resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    with open_vault(isolated_home, passphrase=PASSPHRASE) as vault:
        statuses = [r["status"] for r in recordings.list_recordings(vault)]
        assert statuses and "imported" not in statuses and "failed" not in statuses, statuses
        assert vault.one("PRAGMA integrity_check")[0] == "ok"


def test_restore_is_refused_while_an_import_has_the_vault_open(vault, tmp_path):
    couple_id = couples.add_couple(vault, "Before", ["A", "B"])
    backup.backup(vault, tmp_path / "b.ttb")
    folder = vault.data_dir
    # `vault` stands for the running import: open, about to write
    with pytest.raises(VaultInUse):
        backup.restore(folder, tmp_path / "b.ttb", passphrase=PASSPHRASE)
    couples.add_couple(vault, "Written by the import", ["C", "D"])
    assert not list(folder.glob("replaced-*")) and not list(folder.glob("*.restoring"))
    vault.close()
    with open_vault(folder, passphrase=PASSPHRASE) as live:
        names = [c["name"] for c in couples.list_couples(live)]
        assert sorted(names) == ["Before", "Written by the import"]  # the write is in the live vault
    restored = backup.restore(folder, tmp_path / "b.ttb", passphrase=PASSPHRASE)  # closed: now allowed
    assert restored["couples"] == 1 and couple_id


def test_restore_from_the_cli_while_another_command_holds_the_vault(cli, isolated_home, tmp_path):
    assert cli("vault", "init").returncode == 0
    assert cli("vault", "backup", str(tmp_path / "b.ttb")).returncode == 0
    holder = open_vault(isolated_home, passphrase=PASSPHRASE)
    try:
        refused = cli("vault", "restore", str(tmp_path / "b.ttb"))
        assert refused.returncode == 1 and "open in another TalkTogether" in refused.stderr
    finally:
        holder.close()
    assert cli("vault", "restore", str(tmp_path / "b.ttb")).returncode == 0


@pytest.mark.slow
def test_a_recording_with_no_words_is_a_normal_outcome(cli, tmp_path):
    tone = tmp_path / "tone.wav"
    run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(tone), "synth", "8", "sine", "300", "vol", "0.3")
    assert cli("vault", "init").returncode == 0
    couple = str(json.loads(cli("couple", "add", "--name", "C", "--partner", "A", "--partner", "B", "--json").stdout)["id"])
    assert cli("consent", "record", "--couple", couple).returncode == 0
    imported = cli("import", "--couple", couple, str(tone), "--json")
    assert imported.returncode == 0, imported.stderr
    out = json.loads(imported.stdout)
    assert out["status"] == "no_speech" and "No speech found" in imported.stderr
    shown = cli("recording", "show", str(out["id"]))
    assert shown.returncode == 0 and "No speech found" in shown.stdout
    job = json.loads(cli("jobs", "--json").stdout)[0]
    assert job["state"] == "done" and job["message"] == "No speech found"
    analysed = cli("analyze", str(out["id"]))
    assert analysed.returncode == 0 and "No speech found" in analysed.stdout
