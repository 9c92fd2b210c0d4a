"""The tests' command-line calls come from processes forked from one that made the imports already (tt_cli_fork):
each must answer exactly as `python -m talktogether_desktop` started afresh does: its output, its exit code, its
stdin, its environment and file mask, a process of its own."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

import tt_cli_fork
from tt_testing import PASSPHRASE, run_cli


def _both(monkeypatch, *args, **kwargs):
    """(forked, started afresh): the same call made both ways."""
    before = tt_cli_fork.served
    forked = run_cli(*args, **kwargs)
    assert tt_cli_fork.served == before + 1, "the call did not go to the fork server"
    monkeypatch.setenv("TALKTOGETHER_TESTS_REAL_CLI", "1")
    real = run_cli(*args, **kwargs)
    monkeypatch.delenv("TALKTOGETHER_TESTS_REAL_CLI")
    assert tt_cli_fork.served == before + 1
    return forked, real


def _same(forked, real) -> None:
    assert (forked.returncode, forked.stdout, forked.stderr) == (real.returncode, real.stdout, real.stderr)


def test_a_forked_call_answers_as_a_fresh_start_does(monkeypatch, isolated_home, tmp_path):
    env = {"TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}
    _same(*_both(monkeypatch, "--version", env=env))
    _same(*_both(monkeypatch, "couple", "frobnicate", env=env))  # argparse's usage lines, exit 2
    _same(*_both(monkeypatch, "--json", "couple", "list", env=env))  # no vault yet: exit 3, the JSON error
    _same(*_both(monkeypatch, "couple", "show", "abc", env=env))
    assert run_cli("vault", "init", env=env).returncode == 0
    forked, real = _both(monkeypatch, "couple", "add", "--name", "Lee", "--names-file", "-", "--json", env=env,
                         input="Zoë\nŁukasz\n")  # names given on stdin, not only ASCII
    assert forked.returncode == real.returncode == 0, (forked.stderr, real.stderr)
    assert json.loads(forked.stdout)["id"] + 1 == json.loads(real.stdout)["id"]
    _same(*_both(monkeypatch, "couple", "show", "1", env=env))
    wrong = {**env, "TALKTOGETHER_PASSPHRASE": "not the passphrase"}  # this call's own environment
    forked, real = _both(monkeypatch, "couple", "list", env=wrong)
    _same(forked, real)
    assert forked.returncode == 3


def test_a_call_past_its_time_is_killed_as_subprocess_kills_it(isolated_home, tmp_path):
    """A command waiting on a pipe no one writes (a passphrase FIFO) past the timeout: TimeoutExpired, as from
    subprocess.run, the child killed, and the next call answered by the same server."""
    env = {"TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}
    assert run_cli("vault", "init", env=env).returncode == 0
    fifo = tmp_path / "passphrase.fifo"
    os.mkfifo(fifo, 0o600)
    server = tt_cli_fork._server
    before = tt_cli_fork.served
    with pytest.raises(subprocess.TimeoutExpired):
        run_cli("couple", "list", "--passphrase-file", str(fifo), env=env, timeout=3)
    assert tt_cli_fork.served == before + 1
    listed = run_cli("--json", "couple", "list", env=env)
    assert listed.returncode == 0 and json.loads(listed.stdout) == [], listed.stderr
    assert tt_cli_fork._server is server and server.proc.poll() is None and tt_cli_fork.served == before + 2
