"""Round 52: the command line starts without loading what its command does not use. Every command that opens the vault
checks for recordings in the room cut off by a crash, and that check imported the whole processing chain (scipy, PyAV,
reportlab: 1.1 s of a 1.6 s `couple add`); `--version` loaded the analysis and the report's fonts (0.86 s). Run in a
real process on a real vault: the modules loaded when the command returns."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tt_testing import PASSPHRASE, REPO

HEAVY = ("scipy", "av", "reportlab", "faster_whisper", "ctranslate2", "onnxruntime", "sklearn", "PySide6")

_LOADED = """
import json, sys
from talktogether_desktop.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --version, --help
    code = exc.code
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(sys.stdin.read())))
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def _loaded(home, *args: str) -> dict:
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")]))
    done = subprocess.run([sys.executable, "-c", _LOADED, *args], input=json.dumps(HEAVY), capture_output=True,
                          text=True, env=env, timeout=120)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_version_and_help_load_no_engine(isolated_home):
    for args in (["--version"], ["--help"], ["couple", "--help"]):
        assert _loaded(isolated_home, *args) == {"code": 0, "heavy": []}, args


def test_case_file_commands_load_no_engine(cli, isolated_home):
    assert cli("vault", "init").returncode == 0
    for args in (["couple", "add", "--name", "Larkspur Home", "--partner", "Ana", "--partner", "Ben"],
                 ["couple", "list"], ["couple", "show", "1"], ["recording", "list", "--couple", "1"],
                 ["couple", "edit", "1", "--name", "Larkspur House"]):
        assert _loaded(isolated_home, *args) == {"code": 0, "heavy": []}, args


def test_a_command_that_needs_the_chain_still_gets_it(cli, isolated_home):
    """The lazy imports load what a command uses when it uses it (a take cut off is still said; ops_room saves)."""
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", "Larkspur Home", "--partner", "Ana", "--partner", "Ben").returncode == 0
    import numpy as np

    from talktogether_desktop.pipeline import ops_room
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault

    vault = open_vault(isolated_home, passphrase=PASSPHRASE)
    try:
        take = ops_room.begin_take(vault, 1, 16000)
        tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(2 * 16000) / 16000.0)
        ops_room.keep_sound(vault, take, tone.astype(np.float32))
        listed = cli("recording", "takes")
        assert listed.returncode == 0
        recording_id = ops_room.save_take(vault, load_settings(vault), take)  # the codec and the recordings' operations, loaded here
    finally:
        vault.close()
    assert isinstance(recording_id, int)
    assert "1" in cli("recording", "list", "--couple", "1").stdout
