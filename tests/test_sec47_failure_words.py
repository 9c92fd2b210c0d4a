"""A step that stops on something unexpected never prints or keeps the exception's own words (sec47).

The command line says an unforeseen error by its kind and where it happened, "never the error's own words, which may
quote a client" (README). A processing step's unforeseen error was the exception: `--json` printed its text as
"detail" on stdout ("KeyError: 'Zoëlle'") and the job kept it as its error, which `talktogether jobs` lists. Now both
say the kind and our innermost frame; the window still shows the text behind "Show Details…", in memory only.
The engine's bug is played by tests/failing_analysis/sitecustomize.py in the command's own process (real CLI, real
vault, real job rows)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE, REPO

from talktogether_desktop.storage.vault import create_vault, open_vault


def test_an_unforeseen_failure_of_a_step_keeps_and_prints_no_client_words(isolated_home, cli):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec_id = ana_and_ben(vault, overlap=False)
    couple_id = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (rec_id,))[0]
    vault.close()
    assert cli("consent", "record", "--couple", str(couple_id)).returncode == 0
    assert cli("analyze", str(rec_id)).returncode == 0  # a correction then makes the analysis again, as a job
    env = dict(os.environ, TALKTOGETHER_HOME=str(isolated_home), TALKTOGETHER_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=os.pathsep.join((str(REPO / "tests" / "failing_analysis"), os.environ.get("PYTHONPATH", ""))))
    failed = subprocess.run([sys.executable, "-m", "talktogether_desktop", "--json", "transcript", "correct",
                             str(rec_id), "--start", "1", "--end", "2.5", "--line", "--text", "hello there"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert failed.returncode == 1, failed.stderr
    said = json.loads(failed.stdout)
    assert said["kind"] == "JobFailed" and said["step"] == "analyse"
    assert said["detail"].startswith("KeyError in ") and "Zoëlle" not in failed.stdout + failed.stderr
    listed = cli("jobs", "list")
    listed_json = cli("--json", "jobs", "list")
    assert "KeyError" in listed.stdout and "Zoëlle" not in listed.stdout + listed_json.stdout
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        kept = [r[0] for r in vault.all("SELECT error FROM jobs WHERE state = 'failed'")]
    assert kept and not any("Zoëlle" in e for e in kept), kept
