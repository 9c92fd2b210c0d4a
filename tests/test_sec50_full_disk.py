"""Sec 50 (the real command line, a real SQLCipher vault on a real full disk: a 3 MB tmpfs, mounted in a user and
mount namespace of its own so no root is needed): a full disk is said in plain words and never costs the therapist
the vault.

Found attacking the command line: an import onto a full disk said "An unexpected problem stopped the command
(OperationalError in storage/vault.py…)"; and `vault change-passphrase --rekey` stopped part-way on a disk without
room for the re-encryption, with the key file already changed, so the old passphrase was then refused as wrong
("That passphrase does not unlock this vault") and the new one failed on an unexpected problem until space was freed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tt_testing import PASSPHRASE, REPO, tone_wav

NEW = "violet harbour compass 4711"

SCRIPT = r"""
set -u
mount -t tmpfs -o size=3m tmpfs "$DISK" || exit 97
export TALKTOGETHER_HOME="$DISK/home"
T() { "$PY" -m talktogether_desktop "$@"; echo "rc=$?"; }
fill() {  # leave about $1 KB free
    rm -f "$DISK/filler"; avail=$(df -k --output=avail "$DISK" | tail -1)
    dd if=/dev/zero of="$DISK/filler" bs=1k count=$((avail - $1)) 2>/dev/null
}
T vault init >/dev/null
T couple add --name "Zephyrine Household" --partner Ana --partner Ben
T import --couple 1 --no-process "$WORK/one.wav"
fill 400
echo "== rekey"; T vault change-passphrase --new-passphrase-file "$WORK/new" --rekey
echo "== old"; T couple list
fill 40
echo "== import"; T --json import --couple 1 --no-process "$WORK/two.wav"
rm -f "$DISK/filler"
echo "== after"; T --json recording list --couple 1
"""


def _run_on_small_disk(tmp_path) -> str:
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    work, disk = tmp_path / "work", tmp_path / "disk"
    work.mkdir()
    disk.mkdir()
    (work / "one.wav").write_bytes(tone_wav(20.0))
    (work / "two.wav").write_bytes(tone_wav(21.0))
    (work / "new").write_text(NEW + "\n")
    os.chmod(work / "new", 0o600)
    env = {**os.environ, "WORK": str(work), "DISK": str(disk), "PY": sys.executable,
           "TALKTOGETHER_PASSPHRASE": PASSPHRASE, "TALKTOGETHER_SECOND_LISTEN": "0",
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "bash", "-c", SCRIPT], env=env,
                          capture_output=True, text=True, timeout=1500)
    if done.returncode == 97 or "unshare failed" in done.stderr:
        pytest.skip(f"no mount namespace for a small disk here: {done.stderr.strip()[:200]}")
    return done.stdout + "\n@@stderr\n" + done.stderr


def test_a_full_disk_is_said_plainly_and_a_rekey_without_room_changes_nothing(tmp_path):
    said = _run_on_small_disk(tmp_path)
    out, err = said.split("\n@@stderr\n")
    parts = dict(part.split("\n", 1) for part in out.split("== ")[1:])
    assert parts["rekey"].strip().endswith("rc=1"), said
    assert "a new encryption key needs about" in err and "Nothing was changed" in err, err
    assert "Zephyrine Household" in parts["old"] and parts["old"].strip().endswith("rc=0"), said  # old passphrase
    assert parts["import"].strip().endswith("rc=1") and '"kind": "DiskFull"' in parts["import"], said
    assert "The disk holding the vault is full" in err and "unexpected problem" not in err, err
    assert parts["after"].count('"sha256"') == 1 and parts["after"].strip().endswith("rc=0"), said  # nothing half-stored
    assert "Traceback" not in err
