"""Sec 50 (a real vault, a real short write): the key file is replaced only by a whole new one.

`sidecar.write` wrote the new key file with one os.write and renamed it over `vault.keys.json`; os.write writes less
than it is given, without an error, when the file system stops it part-way (a full disk, a file-size limit). Under a
500-byte file-size limit a passphrase change left a 500-byte key file, and the vault then opened with neither the old
passphrase nor the new one, nor the recovery code ("The vault's key file is damaged")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tt_testing import PASSPHRASE, REPO

NEW = "violet harbour compass 4711"

CHANGE = """
import resource, sys
from talktogether_desktop.storage.vault import open_vault
vault = open_vault(sys.argv[1], passphrase=sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (500, 500))  # the file system stops every write at 500 bytes
try:
    if sys.argv[3] == "passphrase":
        vault.change_passphrase(sys.argv[4])
    else:
        vault.replace_recovery_code()
except OSError as exc:
    print("refused", exc.errno)
"""


@pytest.mark.parametrize("change", ["passphrase", "recovery"])
def test_a_key_file_cut_short_by_the_file_system_never_replaces_the_key_file(vault_factory, change):
    vault = vault_factory()
    folder, code = vault.path.parent, vault.recovery_code
    before = (folder / "vault.keys.json").read_bytes()
    assert len(before) > 500
    vault.close()
    code_path = os.environ.get("PYTHONPATH", str(REPO / "src"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), code_path])}
    done = subprocess.run([sys.executable, "-c", CHANGE, str(folder), PASSPHRASE, change, NEW], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.stdout.startswith("refused"), (done.stdout, done.stderr[-1500:])
    assert (folder / "vault.keys.json").read_bytes() == before
    assert not (folder / "vault.keys.json.new").exists()
    from talktogether_desktop.storage.vault import open_vault

    open_vault(folder, passphrase=PASSPHRASE).close()
    open_vault(folder, recovery_code=code).close()
