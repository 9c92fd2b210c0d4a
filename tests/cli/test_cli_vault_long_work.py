"""Round 35: `vault check`, `vault backup` and `vault restore` said nothing while they read or wrote a large vault,
and Ctrl-C only took effect once SQLite's long statement was over, said as a bare "Stopped.". They now show their
step and how far along on a terminal (never in --json or off a terminal), and Ctrl-C stops them safely: no backup
file, the vault here as it was, with a sentence that says so (exit 130)."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from talktogether_desktop.storage.vault import create_vault
from tt_testing import PASSPHRASE, REPO

MB = 1 << 20


def _large_vault(home, megabytes: int = 96) -> None:
    """A real vault holding `megabytes` of (random, so incompressible) audio, as a caseload of recordings makes it."""
    vault, _ = create_vault(home, PASSPHRASE)
    vault.recovery_code_shown()
    with vault.transaction():
        vault.execute("INSERT INTO couples (id, name, created_at) VALUES (1, 'Lee', 'x')")
        vault.execute("INSERT INTO recordings (id, couple_id, sha256, size_bytes, duration_s, channels, sample_rate, "
                      "imported_at) VALUES (1, 1, 'abc', 10, 1.5, 1, 16000, 'x')")
        for seq in range(megabytes):
            vault.execute("INSERT INTO audio_chunks (recording_id, seq, data) VALUES (1, ?, ?)", (seq, os.urandom(MB)))
    vault.close()


def _env(home) -> dict:
    return dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE,
                PYTHONPATH=os.pathsep.join([str(REPO / "tests" / "fast_kdf"), os.environ.get("PYTHONPATH", "")]))


def _read_terminal(master: int, progress) -> bytes:
    """All a command writes to its terminal until it ends, `progress(said so far)` after each read."""
    said = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the command ended (EIO on Linux)
            break
        if not chunk:
            break
        said += chunk
        progress(said)
    return said


def _on_a_terminal(home, *args: str, interrupt: bool = False):
    """The command with its stderr on a terminal (a pty), stdout a pipe: (exit code, stdout, stderr). `interrupt`:
    Ctrl-C (SIGINT, as the terminal sends it) as soon as it shows its first progress."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "talktogether_desktop", *args], stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL, env=_env(home),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    os.close(slave)
    sent = None

    def progress(said: bytes) -> None:
        nonlocal sent
        if interrupt and sent is None and b"%" in said:
            proc.send_signal(signal.SIGINT)
            sent = time.monotonic()

    said = _read_terminal(master, progress)
    out = proc.stdout.read().decode()
    proc.wait(timeout=120)
    os.close(master)
    if interrupt:
        assert sent is not None, said
        _on_a_terminal.stopped_after = time.monotonic() - sent
    return proc.returncode, out, said.decode(errors="replace").replace("\r\n", "\n")


def _files(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_progress_on_a_terminal_only_and_never_with_json(isolated_home, cli, tmp_path):
    _large_vault(isolated_home, 8)
    code, _, said = _on_a_terminal(isolated_home, "vault", "check")
    assert code == 0 and "%" in said and "Checking every page's seal (step 1 of 2)" in said, said
    code, out, said = _on_a_terminal(isolated_home, "--json", "vault", "backup", str(tmp_path / "b.ttbackup"))
    assert code == 0 and json.loads(out)["file"] and "%" not in said, said
    code, _, said = _on_a_terminal(isolated_home, "vault", "restore", str(tmp_path / "b.ttbackup"))
    assert code == 0 and "%" in said, said
    piped = cli("vault", "check")  # off a terminal: only the result
    assert piped.returncode == 0 and "%" not in piped.stderr and piped.stderr.strip() == "", piped.stderr


def test_ctrl_c_stops_a_backup_a_check_and_a_restore_safely(isolated_home, cli, tmp_path):
    _large_vault(isolated_home)
    before = _files(isolated_home)
    backup = tmp_path / "out" / "b.ttbackup"
    backup.parent.mkdir()
    code, out, said = _on_a_terminal(isolated_home, "vault", "backup", str(backup), interrupt=True)
    assert code == 130 and "Traceback" not in said, said
    assert said.strip().splitlines()[-1] == f"Stopped: no backup was written to {backup}; the vault is unchanged.", said
    assert list(backup.parent.iterdir()) == [] and out == ""  # no backup and no work file
    # at once, not when SQLite's copy is over (2.4-2.8 s for a vault of 160 MB before round 35, now 0.1-0.2 s)
    assert _on_a_terminal.stopped_after < 1.5, _on_a_terminal.stopped_after
    code, _, said = _on_a_terminal(isolated_home, "vault", "check", interrupt=True)
    assert code == 130 and said.strip().splitlines()[-1].startswith("Stopped: the vault check was not finished"), said
    assert _files(isolated_home).keys() == before.keys()  # (opening it adds to its audit log: the bytes differ)
    made = cli("vault", "backup", str(backup))
    assert made.returncode == 0, made.stderr
    with_backup = _files(isolated_home)
    code, _, said = _on_a_terminal(isolated_home, "vault", "restore", str(backup), interrupt=True)
    assert code == 130 and "Traceback" not in said, said
    assert said.strip().splitlines()[-1] == ("Stopped before the backup was put in place: the vault here is as it was, "
                                             "and nothing of the backup was left behind."), said
    assert _files(isolated_home) == with_backup  # the same files, byte for byte, and nothing beside them
    assert cli("vault", "check").returncode == 0


def test_a_step_of_unknown_length_keeps_the_bar_and_says_what_it_does(capsys):
    from talktogether_desktop.cli.media_cmds import ProgressBar
    from talktogether_desktop.jobs import UNKNOWN_HOW_FAR

    bar = ProgressBar(enabled=True)
    bar(0.7, "Copying the vault (encrypted)…")
    bar(UNKNOWN_HOW_FAR, "Checking the copy: reading back every page…")
    bar.close()
    said = capsys.readouterr().err.split("\r")[-1]
    assert said.startswith("[" + "#" * 21 + "." * 9 + "]  70.0% Checking the copy"), said  # not 0%, not -100%


def _group_left_running(group: int) -> list[str]:
    """The processes of a process group still running (a zombie has ended: it only waits to be reaped)."""
    left = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            left.append(stat.parent.name)
    return left


def _ctrl_c_to_the_group(env: dict, delay: float, after_progress: bool):
    """`vault check` with stderr on a terminal, and Ctrl-C as the terminal sends it (to the whole process group)
    `delay` s after its first progress (`after_progress`) or after it was started: (exit code, stderr, group)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "talktogether_desktop", "vault", "check"], stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    os.close(slave)
    sent = False
    if not after_progress:
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGINT)
        sent = True

    def progress(said: bytes) -> None:
        nonlocal sent
        if not sent and b"%" in said:
            time.sleep(delay)
            os.killpg(proc.pid, signal.SIGINT)
            sent = True

    said = _read_terminal(master, progress)
    proc.wait(timeout=60)
    os.close(master)
    assert sent, said
    return proc.returncode, said.decode(errors="replace").replace("\r\n", "\n"), proc.pid


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for what is left running")
def test_ctrl_c_as_the_check_starts_its_page_reader_stops_cleanly(isolated_home):
    """Round 37: a terminal's Ctrl-C goes to every process of the command's group, so in the 0.2 s the page-check child
    takes to start (before it ignores SIGINT) it died of it half-born, printing "Fatal Python error" and a traceback
    above "Stopped: …". The child is now started with SIGINT blocked: one line, exit 130, nothing left running."""
    _large_vault(isolated_home, 40)  # over page_check.CHILD_FROM_BYTES: the pages are read in a child process
    for delay in (0.03, 0.08, 0.15):  # after the first "%", said just before the child is started
        code, said, group = _ctrl_c_to_the_group(_env(isolated_home), delay, after_progress=True)
        assert code == 130, (delay, code, said)
        assert "Traceback" not in said and "Fatal Python error" not in said, (delay, said)
        assert said.strip().splitlines()[-1].startswith("Stopped: the vault check was not finished"), (delay, said)
        time.sleep(0.2)
        assert _group_left_running(group) == [], delay


def test_ctrl_c_while_the_command_is_still_starting_is_one_line(isolated_home):
    """Round 37: the command line's imports take about half a second; a Ctrl-C then was a KeyboardInterrupt traceback
    out of an import (killed by the signal, or exit 1), not the "Stopped." (exit 130) of every other stop."""
    vault, _ = create_vault(isolated_home, PASSPHRASE)  # (its key file keeps the tests' cheap key derivation)
    vault.recovery_code_shown()
    vault.close()
    env = dict(os.environ, TALKTOGETHER_HOME=str(isolated_home), TALKTOGETHER_PASSPHRASE=PASSPHRASE)
    stopped = 0
    for delay in (0.1, 0.2, 0.3, 0.45):  # after the interpreter's own start (about 40 ms, before any of the app's code)
        code, said, _ = _ctrl_c_to_the_group(env, delay, after_progress=False)
        assert "Traceback" not in said, (delay, code, said)
        if "100.0%" in said and "Stopped" not in said:
            continue  # on a quick machine a small vault's check is done before this Ctrl-C (or it ends the exit itself)
        # 130, or ended by the signal itself, which a shell reports as 130 too: CPython does so when the interrupt
        # went through an extension module's own Python code while it was being imported, even once it is caught
        assert code in (130, -signal.SIGINT), (delay, code, said)
        assert said.strip().splitlines()[-1].startswith("Stopped"), (delay, said)
        stopped += 1
    assert stopped, "every Ctrl-C came after the check had finished"
