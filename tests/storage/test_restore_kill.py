"""A restore killed between its file moves is finished at the next open: never a vault without its
key file, a key file without its vault, or an old WAL paired with the restored database."""

from __future__ import annotations

import subprocess
import sys

import pytest

from talktogether_desktop.storage import backup, couples
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE, REPO


@pytest.mark.parametrize("renames_before_kill", [0, 1, 2, 3])
def test_a_kill_during_the_swap_is_finished_at_the_next_open(vault, tmp_path, renames_before_kill):
    couples.add_couple(vault, "In the backup", ["A", "B"])
    backup.backup(vault, tmp_path / "b.ttb")
    couples.add_couple(vault, "Only in the live vault", ["C", "D"])
    folder = vault.data_dir
    vault.close()
    code = (
        "import os\n"
        "from talktogether_desktop.storage import backup\n"
        "real, calls = os.replace, [0]\n"
        "def replace(a, b):\n"
        f"    if str(b).endswith(('vault.db', 'vault.keys.json', '-wal', '-shm')) and calls[0] >= {renames_before_kill}:\n"
        "        os._exit(9)\n"
        "    calls[0] += 1\n"
        "    real(a, b)\n"
        "os.replace = replace\n"
        f"backup.restore({str(folder)!r}, {str(tmp_path / 'b.ttb')!r}, passphrase={PASSPHRASE!r})\n"
    )
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                           env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert child.returncode == 9, child.stderr
    with open_vault(folder, passphrase=PASSPHRASE) as again:
        assert [c["name"] for c in couples.list_couples(again)] == ["In the backup"]
        assert again.one("PRAGMA integrity_check")[0] == "ok"
    assert not (folder / "restore.pending").exists()
    aside = list(folder.glob("replaced-*"))
    assert len(aside) == 1  # the live vault was kept, whole
    with open_vault(aside[0], passphrase=PASSPHRASE) as old:
        assert len(couples.list_couples(old)) == 2


def test_a_restore_killed_before_its_note_leaves_nothing_after_the_next_open(vault):
    """Killed while copying or checking the backup (no restore.pending yet): its incoming files are leftovers."""
    folder = vault.data_dir
    vault.close()
    for name in ("vault.db.restoring", "vault.db.restoring-wal", "vault.keys.json.restoring"):
        (folder / name).write_bytes(b"half a backup")
    with open_vault(folder, passphrase=PASSPHRASE):
        pass
    assert not list(folder.glob("*.restoring*"))


def test_the_files_of_a_restore_still_running_are_left_alone(vault):
    from talktogether_desktop.storage.backup import _claim
    from talktogether_desktop.storage.vault_lock import release_lock

    folder = vault.data_dir
    vault.close()
    incoming = folder / "vault.db.restoring"
    guard = _claim(incoming)  # what a running restore holds while it copies and checks
    try:
        with open_vault(folder, passphrase=PASSPHRASE):
            pass
        assert incoming.exists()
    finally:
        release_lock(guard)
