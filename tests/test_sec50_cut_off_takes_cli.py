"""Sec 50 (the real command line, a real vault, a real kill -9): a recording in the room cut off by a crash is said by
the command line too, with how to keep it or throw it away. The window offered it back at the next unlock, but a
therapist working from the command line was never told: `recording list` showed no recording and said nothing, and
no command could save or erase the take (`recording takes`, `recording keep-take`, `recording discard-take`)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from tt_testing import PASSPHRASE, REPO

COUPLE = "Quillfeather Household"

_TAKE = """
import os, signal, sys, time
import numpy as np
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.pipeline import ops_room
vault = open_vault(sys.argv[1], passphrase=sys.argv[2])
take = ops_room.begin_take(vault, 1, 16000)
t = np.arange(int(2.5 * 16000)) / 16000.0
ops_room.keep_sound(vault, take, (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))
print(take, flush=True)
if sys.argv[3] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)  # a crash mid-recording: the vault is never closed
time.sleep(120)  # still recording (a window open)
"""


def _child(home, how: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "tests" / "fast_kdf"), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-c", _TAKE, str(home), PASSPHRASE, how], stdout=subprocess.PIPE, text=True,
                            env=env)


def _vault_with_couple(cli):
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", COUPLE, "--partner", "Ana", "--partner", "Ben").returncode == 0


def _killed_take(cli, home) -> int:
    child = _child(home, "kill")
    take_id = int(child.stdout.readline())
    assert child.wait(timeout=120) == -signal.SIGKILL
    return take_id


def test_a_take_cut_off_is_said_at_open_and_kept_as_a_recording(cli, isolated_home):
    _vault_with_couple(cli)
    take = _killed_take(cli, isolated_home)
    listed = cli("recording", "list", "--couple", "1")
    assert listed.returncode == 0 and listed.stdout.strip() == "No recordings."
    assert "A recording in the room for couple 1" in listed.stderr and "was cut off" in listed.stderr, listed.stderr
    assert f"talktogether recording keep-take {take}" in listed.stderr
    assert f"talktogether recording discard-take {take}" in listed.stderr
    assert COUPLE not in listed.stderr  # a script's stderr is often a log: the couple by id only

    takes = cli("--json", "recording", "takes")
    assert takes.returncode == 0 and "was cut off" not in takes.stderr
    [shown] = json.loads(takes.stdout)
    assert shown["take_id"] == take and shown["couple_id"] == 1 and abs(shown["seconds"] - 2.5) < 0.01

    kept = cli("--json", "recording", "keep-take", str(take))
    assert kept.returncode == 0, (kept.stdout, kept.stderr)
    recording_id = json.loads(kept.stdout)["recording_id"]
    rows = json.loads(cli("--json", "recording", "list", "--couple", "1").stdout)
    assert [r["id"] for r in rows] == [recording_id] and abs(rows[0]["duration_s"] - 2.5) < 0.05
    after = cli("recording", "takes")
    assert after.stdout.strip() == "No recording in the room was cut off." and "cut off" not in after.stderr
    again = cli("recording", "keep-take", str(take))
    assert again.returncode == 1 and "no recording in the room cut off" in again.stderr.lower()


def test_a_take_cut_off_is_thrown_away_only_with_yes(cli, isolated_home):
    _vault_with_couple(cli)
    take = _killed_take(cli, isolated_home)
    refused = cli("recording", "discard-take", str(take))  # not on a terminal, no --yes: nothing erased
    assert refused.returncode == 2 and "Nothing was erased" in refused.stderr
    assert len(json.loads(cli("--json", "recording", "takes").stdout)) == 1
    done = cli("recording", "discard-take", str(take), "--yes")
    assert done.returncode == 0 and "thrown away" in done.stdout
    assert json.loads(cli("--json", "recording", "takes").stdout) == []
    assert json.loads(cli("--json", "recording", "list", "--couple", "1").stdout) == []
    audit = json.loads(cli("--json", "audit", "--limit", "0").stdout)
    assert any(a["action"] == "delete" and a["entity"] == "room_take" and a["entity_id"] == take for a in audit)


def test_a_take_a_window_is_recording_now_is_neither_said_nor_kept(cli, isolated_home):
    _vault_with_couple(cli)
    child = _child(isolated_home, "live")
    try:
        take = int(child.stdout.readline())
        listed = cli("recording", "list", "--couple", "1")
        assert "cut off" not in listed.stderr
        refused = cli("recording", "keep-take", str(take))
        assert refused.returncode == 1 and "being recorded now" in refused.stderr
        refused = cli("recording", "discard-take", str(take), "--yes")
        assert refused.returncode == 1 and "being recorded now" in refused.stderr
    finally:
        child.kill()
        child.wait()
