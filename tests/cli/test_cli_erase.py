"""Erasing client data needs the therapist's say-so: `--yes`, or 'erase' typed on a terminal. A script that forgot the
flag (stdin not a terminal) erases nothing and exits 2 with one sentence (round 34: it erased silently)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE, REPO


@pytest.fixture
def case(isolated_home):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    try:
        rec_id = ana_and_ben(vault)
        couple_id = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (rec_id,))[0]
        couples.add_note(vault, couple_id, "Calmer this week")
    finally:
        vault.close()
    return {"home": isolated_home, "rec": str(rec_id), "couple": str(couple_id)}


def _counts(home) -> tuple[int, int, int]:
    with open_vault(home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return tuple(vault.one(f"SELECT count(*) FROM {t}")[0] for t in ("couples", "recordings", "notes"))


@pytest.mark.parametrize("command", [("couple", "delete"), ("recording", "delete")])
def test_a_script_without_yes_erases_nothing(case, cli, command):
    target = case["couple"] if command[0] == "couple" else case["rec"]
    for stdin in ("", "erase\n"):  # a pipe, even one that says 'erase', is not the therapist at a terminal
        got = cli(*command, target, input=stdin)
        assert got.returncode == 2, (got.returncode, got.stderr)
        assert "Traceback" not in got.stderr
        assert got.stderr.strip() == ("Error: Nothing was erased: erasing client data needs --yes when the command is "
                                      "not run on a terminal (where it asks you to type 'erase').")
    as_json = cli("--json", *command, target, input="")
    assert as_json.returncode == 2 and json.loads(as_json.stdout)["kind"] == "UsageError"
    assert _counts(case["home"]) == (1, 1, 1)
    assert cli(*command, "99", input="").returncode == 1  # an unknown id is said as such first
    done = cli(*command, target, "--yes")
    assert done.returncode == 0, done.stderr
    assert _counts(case["home"])[1] == 0


def _on_a_terminal(home, args, typed: str) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as stdin, as a therapist at a shell, and type `typed` at its question."""
    leader, follower = pty.openpty()
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=os.pathsep.join([str(REPO / "tests" / "fast_kdf"), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-m", "talktogether_desktop", *args], stdin=follower,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    os.close(follower)
    os.write(leader, typed.encode() + b"\n")
    out, err = proc.communicate(timeout=120)
    os.close(leader)
    return proc.returncode, err


def test_on_a_terminal_it_asks_for_erase(case):
    code, err = _on_a_terminal(case["home"], ["couple", "delete", case["couple"]], "no")
    assert code == 2 and "Nothing was erased." in err
    assert _counts(case["home"]) == (1, 1, 1)
    code, err = _on_a_terminal(case["home"], ["recording", "delete", case["rec"]], "erase")
    assert code == 0, err
    assert _counts(case["home"]) == (1, 0, 1)  # the couple's own note stays with the couple


def _sessions(home) -> int:
    with open_vault(home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return vault.one("SELECT count(*) FROM sessions")[0]


def test_a_session_is_client_data_erased_only_with_yes_or_on_a_terminal(case, cli):
    """A session holds the couple's date of service and ties notes and practice to it: erased like a couple or a
    recording (round 34: `session delete` erased it from a script without --yes)."""
    sid = cli("session", "add", "--couple", case["couple"], "--date", "2026-12-03T10:00").stdout.strip()
    for stdin in ("", "erase\n"):
        got = cli("session", "delete", sid, input=stdin)
        assert got.returncode == 2 and "Nothing was erased" in got.stderr and "--yes" in got.stderr, got.stderr
    assert _sessions(case["home"]) == 1
    assert cli("session", "delete", "99", input="").returncode == 1  # an unknown id is said as such first
    code, err = _on_a_terminal(case["home"], ["session", "delete", sid], "no")
    assert code == 2 and _sessions(case["home"]) == 1, err
    code, err = _on_a_terminal(case["home"], ["session", "delete", sid], "erase")
    assert code == 0 and _sessions(case["home"]) == 0, err
    again = cli("session", "add", "--couple", case["couple"], "--date", "2026-12-10").stdout.strip()
    done = cli("--json", "session", "delete", again, "--yes")
    assert done.returncode == 0 and json.loads(done.stdout) == {"deleted": int(again)}, done.stderr
    assert _counts(case["home"]) == (1, 1, 1)  # the couple, its recording and its note stay
