"""A passphrase given in the environment (TALKTOGETHER_PASSPHRASE, as scripts do) stays inside the command.

Every process the command starts inherits its environment: multiprocessing's resource tracker (started with the
speech-model child and alive for the whole import) never makes itself undumpable, so any other program of the
user could read the passphrase in its /proc/PID/environ for as long as the import ran (round 45: 15 s of a 20 s
import). And the command itself was readable there until its imports were done (about half a second, 1.8 s on a
busy machine), before it made itself undumpable."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tt_testing import PASSPHRASE, REPO, run_cli

SECRETS = {"TALKTOGETHER_PASSPHRASE": PASSPHRASE, "TALKTOGETHER_NEW_PASSPHRASE": "copper meadow lantern violin",
           "TALKTOGETHER_RECOVERY_CODE": "ABCD-EFGH-IJKL"}

# The command runs in this process; then a child is started as the pipeline starts the speech model ('spawn'),
# and it reports which of the secret variables it was given.
CHILD_PROBE = """
import json, multiprocessing, os, sys
from talktogether_desktop.cli.main import main

def names(queue):
    secret = ("TALKTOGETHER_PASSPHRASE", "TALKTOGETHER_NEW_PASSPHRASE", "TALKTOGETHER_RECOVERY_CODE")
    queue.put([name for name in secret if name in os.environ])

if __name__ == "__main__":
    code = main(["vault", "info", "--json"])
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=names, args=(queue,))
    child.start()
    print(json.dumps({"code": code, "child": queue.get(timeout=60)}))
    child.join()
"""

# Is the command undumpable (its /proc/PID/environ and memory closed to the user's other programs) by the time
# its heavy imports begin?
EARLY_PROBE = """
import ctypes, json, sys
seen = {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "talktogether_desktop.cli.main" and "dumpable" not in seen:
            seen["dumpable"] = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
        return None

sys.meta_path.insert(0, Watch())
sys.argv = ["talktogether", "--version"]
from talktogether_desktop.command_line import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(seen))
"""


def _env(home) -> dict:
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), **SECRETS)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])
    return env


def test_a_child_of_the_command_is_not_given_the_passphrase(isolated_home, tmp_path):
    assert run_cli("vault", "init", env={"TALKTOGETHER_HOME": str(isolated_home),
                                         "TALKTOGETHER_PASSPHRASE": PASSPHRASE}).returncode == 0
    probe = tmp_path / "probe.py"
    probe.write_text(CHILD_PROBE)
    done = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, env=_env(isolated_home),
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said["code"] == 0  # the passphrase from the environment did open the vault
    assert said["child"] == []


def test_the_command_is_undumpable_before_its_imports(tmp_path):
    done = subprocess.run([sys.executable, "-c", EARLY_PROBE], capture_output=True, text=True,
                          env=_env(tmp_path / "home"), timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"dumpable": 0}
