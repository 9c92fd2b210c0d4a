"""Sec 50 (the real command line): `vault restore` of a named pipe (or any file that is not a plain file) is refused
at once, saying so: it waited silently, for ever, for a writer that never came (open() of a FIFO blocks)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest


def test_restore_of_a_named_pipe_is_refused_at_once(cli, tmp_path, isolated_home):
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", "Pipe Test", "--partner", "Ana", "--partner", "Ben").returncode == 0
    before = (isolated_home / "vault.db").read_bytes()
    pipe = tmp_path / "backup.ttbackup"
    os.mkfifo(pipe)
    try:
        done = cli("vault", "restore", str(pipe), timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("vault restore waited on the named pipe instead of refusing it")
    assert done.returncode == 4, (done.stdout, done.stderr)
    assert "not a plain file" in done.stderr and "Nothing was changed" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert (isolated_home / "vault.db").read_bytes() == before
    assert not list(isolated_home.glob("*.restoring")) and not (isolated_home / "restore.pending").exists()
    listed = cli("--json", "couple", "list")
    assert [c["name"] for c in json.loads(listed.stdout)] == ["Pipe Test"]


def test_restore_of_a_named_pipe_in_json_is_a_bad_input_file(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    pipe = tmp_path / "fifo"
    os.mkfifo(pipe)
    try:
        done = cli("--json", "vault", "restore", str(pipe), timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("vault restore --json waited on the named pipe")
    assert done.returncode == 4
    said = json.loads(done.stdout)
    assert said["kind"] == "BadInputFile" and "not a plain file" in said["error"]


def test_the_windows_check_before_a_restore_refuses_a_named_pipe(tmp_path):
    """The window checks a backup (backup.check) before it locks and restores: the same refusal, in a child process
    so a wait cannot hang the test run."""
    pipe = tmp_path / "fifo"
    os.mkfifo(pipe)
    code = ("import sys\nfrom talktogether_desktop.storage import backup\nfrom talktogether_desktop.errors import "
            "BadInputFile\ntry:\n    backup.check(sys.argv[1], passphrase='x')\nexcept BadInputFile as e:\n"
            "    print('refused:', e)\n")
    env = dict(os.environ)
    try:
        done = subprocess.run([os.sys.executable, "-c", code, str(pipe)], capture_output=True, text=True, timeout=60,
                              env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("the check before a restore waited on the named pipe")
    assert done.stdout.startswith("refused:") and "not a plain file" in done.stdout, (done.stdout, done.stderr)
