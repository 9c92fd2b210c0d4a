"""Client words kept out of the command line (sec47).

A process's arguments are readable by every user of the computer while it runs (/proc/PID/cmdline, `ps`), so names,
notes and a practice day's reason already had a file form (`--names-file`, `--text-file`, `--reason-file`). Two
commands still took client text on the command line only: `transcript correct --text`, the client's own words (and
the analysis made again after it keeps the command running for seconds), and `practice assign --confirm-safety`, the
therapist's reason for giving recorded practice after safety language ("seen Ana alone about the threat on 2 Dec").
Both now have a file form (`--text-file`, `--confirm-safety-file`, '-' for stdin); these tests watch the running
command's arguments and check that the words are stored and never appear there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE, REPO

from talktogether_desktop.storage import transcripts
from talktogether_desktop.storage.vault import create_vault, now_iso, open_vault


def _run_watching_arguments(home, *args: str, stdin: str) -> tuple[subprocess.CompletedProcess, list[bytes]]:
    """Run the CLI as `run_cli` does, reading its /proc/PID/cmdline while it runs."""
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "tests" / "fast_kdf"), env.get("PYTHONPATH", "")) if p)
    child = subprocess.Popen([sys.executable, "-m", "talktogether_desktop", *args], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    child.stdin.write(stdin.encode())
    child.stdin.close()
    seen = []
    while child.poll() is None:
        try:
            with open(f"/proc/{child.pid}/cmdline", "rb") as fh:
                seen.append(fh.read())
        except OSError:
            pass
        time.sleep(0.01)
    out, err = child.stdout.read().decode(), child.stderr.read().decode()
    return subprocess.CompletedProcess(child.args, child.returncode, out, err), seen


def test_a_corrected_line_given_in_a_file_is_stored_and_never_in_the_arguments(isolated_home, tmp_path):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec_id = ana_and_ben(vault, overlap=False)
    vault.close()
    words = "You never listen to me about Marisol"
    done, seen = _run_watching_arguments(isolated_home, "transcript", "correct", str(rec_id), "--start", "1",
                                         "--end", "2.5", "--line", "--text-file", "-", stdin=words + "\n")
    assert done.returncode == 0, done.stderr
    assert seen and not any(b"Marisol" in args for args in seen)
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert [c["text"] for c in transcripts.list_corrections(vault, rec_id)] == [words]

    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    refused, _ = _run_watching_arguments(isolated_home, "transcript", "correct", str(rec_id), "--start", "1",
                                         "--end", "2.5", "--line", "--text-file", str(empty), stdin="")
    assert refused.returncode == 2 and "--text ''" in refused.stderr and "Traceback" not in refused.stderr
    both, _ = _run_watching_arguments(isolated_home, "transcript", "correct", str(rec_id), "--start", "1",
                                      "--end", "2.5", "--text", "x", "--text-file", "-", stdin="y")
    assert both.returncode == 2


def test_the_reason_after_safety_flags_given_in_a_file_is_kept_and_never_in_the_arguments(isolated_home, cli):
    from talktogether_desktop.storage import practice as practice_store

    assert cli("vault", "init").returncode == 0
    couple_id = json.loads(cli("couple", "add", "--name", "Ana and Bo", "--partner", "Ana", "--partner", "Bo",
                               "--json").stdout)["id"]
    flagged = {"safety_flags": [{"t": 9.0, "end": 12.0, "speaker": "S1", "category": "therapy_threat",
                                 "quote": "you will be sorry"}], "turns": [], "speakers": []}
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault, vault.transaction():
        rec = vault.execute(
            "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, recorded_at,"
            " imported_at, status) VALUES (?, ?, 1, 30.0, 1, 16000, ?, ?, 'analysed')",
            (couple_id, "d" * 64, now_iso()[:10] + "T19:00:00", now_iso())).lastrowid
        vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                      "VALUES (?, '1.0', '{}', ?, ?)", (rec, json.dumps(flagged), now_iso()))
    reason = "Seen Ana alone about the threat of 2 Dec; no current risk."
    given, seen = _run_watching_arguments(isolated_home, "--json", "practice", "assign", "--couple", str(couple_id),
                                          "--template", "reflect_back", "--confirm-safety-file", "-", stdin=reason)
    assert given.returncode == 0, given.stderr
    assert seen and not any(b"threat of 2 Dec" in args for args in seen)
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        stored = practice_store.get_assignment(vault, json.loads(given.stdout)["id"])
        assert stored["safety_confirmation"]["reason"] == reason


def test_a_name_looked_for_can_be_kept_off_the_command_line(isolated_home, cli):
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", "Quennell-Abernathy", "--partner", "Zoëlle", "--partner", "Thaddeus").returncode == 0
    assert cli("couple", "add", "--name", "Rivera", "--partner", "Sam", "--partner", "Ada").returncode == 0
    found, seen = _run_watching_arguments(isolated_home, "--json", "couple", "list", "--search-file", "-",
                                          stdin="quennell\n")
    assert found.returncode == 0, found.stderr
    assert [c["name"] for c in json.loads(found.stdout)] == ["Quennell-Abernathy"]
    assert seen and not any(b"quennell" in args.lower() for args in seen)
