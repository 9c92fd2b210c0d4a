"""Sec 49: a passphrase in the environment (TALKTOGETHER_PASSPHRASE exported in the shell for scripts, as the README
shows) is not handed on by the window to the processes it starts.

The command line takes the secret variables out of its environment as it starts (sec 45), but the window left them
there, and every process it starts inherits them: the speech model's child and multiprocessing's resource tracker,
which never makes itself undumpable, so any other program of the user could read the passphrase in the tracker's
/proc/PID/environ while the window processed a recording. The window never uses them: it asks on its unlock screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tt_testing import REPO

pytestmark = pytest.mark.gui

SECRETS = {"TALKTOGETHER_PASSPHRASE": "correct horse battery", "TALKTOGETHER_NEW_PASSPHRASE": "copper meadow lantern",
           "TALKTOGETHER_RECOVERY_CODE": "ABCD-EFGH-IJKL"}

# The window is started as `talktogether-desktop` starts it (shown, then closed at once), then a child is started as
# the pipeline starts the speech model ('spawn'); the child reports which secret variables it was given.
PROBE = """
import json, multiprocessing, os, sys
from talktogether_desktop.ui.app import main

def names(queue):
    secret = ("TALKTOGETHER_PASSPHRASE", "TALKTOGETHER_NEW_PASSPHRASE", "TALKTOGETHER_RECOVERY_CODE")
    queue.put([name for name in secret if name in os.environ])

if __name__ == "__main__":
    code = main(["--data-dir", sys.argv[1], "--startup-time"])
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=names, args=(queue,))
    child.start()
    print(json.dumps({"code": code, "child": queue.get(timeout=120)}))
    child.join()
"""


def test_the_window_hands_no_secret_variable_to_the_processes_it_starts(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    home = tmp_path / "home"
    env = {**os.environ, **SECRETS, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"),
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}
    done = subprocess.run([sys.executable, str(probe), str(tmp_path / "vault")], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said == {"code": 0, "child": []}
