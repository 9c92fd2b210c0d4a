"""A failure no command foresaw is said in one line that names where it happened, never with Python's traceback
and the exception's own text (it may quote a client's name or words: stderr of a script often goes to a log file).
The window already logs only the frames (ui/errors.py); the command line printed the whole traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tt_testing import PASSPHRASE, REPO, run_cli

# The command runs with one storage call failing the way an unforeseen bug does, quoting what it was given.
FAILING_PROBE = """
import sys
from talktogether_desktop.storage import couples

def broken(vault, couple_id, text, *args, **kwargs):
    raise ValueError(f"cannot keep {text!r}")

couples.add_note = broken
from talktogether_desktop.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _env(home) -> dict:
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])
    return env


def _couple(isolated_home) -> str:
    env = {"TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}
    assert run_cli("vault", "init", env=env).returncode == 0
    added = run_cli("couple", "add", "--name", "Quennell", "--partner", "Zoëlle", "--partner", "Thaddeus", "--json", env=env)
    return str(json.loads(added.stdout)["id"])


def test_an_unforeseen_failure_does_not_print_the_client_s_words(isolated_home, tmp_path):
    couple = _couple(isolated_home)
    for extra in ([], ["--json"]):
        done = subprocess.run([sys.executable, "-c", FAILING_PROBE, "note", "add", "--couple", couple, "--text",
                               "Zoëlle spoke of the pineapple festival", *extra],
                              capture_output=True, text=True, env=_env(isolated_home), timeout=120)
        assert done.returncode == 1
        said = done.stdout + done.stderr
        assert "pineapple" not in said and "Zoëlle" not in said
        assert "Traceback" not in said
        assert done.stderr.startswith("Error: An unexpected problem stopped the command (ValueError")
        if extra:
            assert json.loads(done.stdout)["kind"] == "ValueError"


def test_a_name_that_is_not_text_is_refused_in_one_line(cli):
    # bytes that are no UTF-8 (a name pasted from a Latin-1 file into the shell) reached SQLite as surrogates
    assert cli("vault", "init").returncode == 0
    name = os.fsdecode(b"Zo\xeblle")
    done = cli("couple", "add", "--name", "Quennell", "--partner", "Thaddeus", "--partner", name)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("Error: ")
    assert "not UTF-8" in done.stderr
    assert "Quennell" not in cli("couple", "list").stdout  # nothing half-stored
    added = cli("couple", "add", "--name", "Quennell", "--partner", "Thaddeus", "--partner", "Zoe", "--json")
    done = cli("note", "add", "--couple", str(json.loads(added.stdout)["id"]), "--text", name, "--json")
    assert done.returncode == 2 and json.loads(done.stdout)["kind"] == "UsageError"
