"""Keys: a real re-key (new data key, database re-encrypted, new recovery code) that survives a kill between
its steps, a replaceable recovery code, a minimum passphrase strength, and no switch that weakens the KDF."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from talktogether_desktop.errors import NotAVault, UsageError, WrongPassphrase, WrongRecoveryCode
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import KEYS_FILE, create_vault, open_vault
from tt_testing import PASSPHRASE, REPO

NEW = "lantern river cello oats"


def test_rekey_makes_an_old_key_file_and_passphrase_useless(vault, tmp_path):
    couple_id = couples.add_couple(vault, "Abara", ["Ife", "Tomas"])
    folder = vault.data_dir
    old_keys = (folder / KEYS_FILE).read_bytes()
    old_code = vault.recovery_code
    new_code = vault.change_passphrase(NEW, rekey=True)
    assert new_code and new_code != old_code
    vault.close()
    with open_vault(folder, passphrase=NEW) as again:
        assert couples.get_couple(again, couple_id)["name"] == "Abara"
        assert again.one("PRAGMA integrity_check")[0] == "ok"
    with open_vault(folder, recovery_code=new_code) as again:
        assert again.one("SELECT count(*) FROM couples")[0] == 1
    with pytest.raises(WrongRecoveryCode):
        open_vault(folder, recovery_code=old_code)
    # the attack: a copy of the old key file, and the old passphrase
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(folder / "vault.db", stolen / "vault.db")
    (stolen / KEYS_FILE).write_bytes(old_keys)
    with pytest.raises(NotAVault):
        open_vault(stolen, passphrase=PASSPHRASE)


def test_plain_change_keeps_the_data_key_and_recovery_code(vault):
    folder, code = vault.data_dir, vault.recovery_code
    assert vault.change_passphrase(NEW) is None
    vault.close()
    with open_vault(folder, recovery_code=code):
        pass
    with pytest.raises(WrongPassphrase):
        open_vault(folder, passphrase=PASSPHRASE)


KILL_AT = {
    # the key file holds the new key (and the previous one); the database still has the old key
    "after_writing_the_key_file": "keys._reencrypt = lambda conn, key: os._exit(9)",
    # the database has the new key; the key file still lists the previous one
    "after_reencrypting": "real = keys._reencrypt\n"
                          "def reencrypt_then_die(conn, key):\n    real(conn, key)\n    os._exit(9)\n"
                          "keys._reencrypt = reencrypt_then_die",
}


@pytest.mark.parametrize("moment", list(KILL_AT))
def test_a_kill_between_the_steps_of_a_rekey_loses_nothing(vault, moment):
    couple_id = couples.add_couple(vault, "Okafor", ["Ada", "Uche"])
    folder = vault.data_dir
    vault.close()
    code = (
        "import os, sys\n"
        "from talktogether_desktop.storage import crypto, keys\n"
        "from talktogether_desktop.storage.vault import open_vault\n"
        "crypto.KDF_COST = {'time_cost': 1, 'memory_kib': 8192, 'parallelism': 2}\n"
        f"{KILL_AT[moment]}\n"
        f"v = open_vault({str(folder)!r}, passphrase={PASSPHRASE!r})\n"
        f"v.change_passphrase({NEW!r}, rekey=True)\n"
        "print('not killed')\n"
    )
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                           env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert child.returncode == 9, child.stderr
    assert "previous" in json.loads((folder / KEYS_FILE).read_text())
    with open_vault(folder, passphrase=NEW) as again:  # finishes the re-key
        assert couples.get_couple(again, couple_id)["partners"][0]["display_name"] == "Ada"
        assert again.one("PRAGMA integrity_check")[0] == "ok"
    assert "previous" not in json.loads((folder / KEYS_FILE).read_text())
    with pytest.raises(WrongPassphrase):
        open_vault(folder, passphrase=PASSPHRASE)
    with open_vault(folder, passphrase=NEW):
        pass


def test_the_recovery_code_can_be_replaced(vault):
    folder, old = vault.data_dir, vault.recovery_code
    new = vault.replace_recovery_code()
    vault.close()
    with pytest.raises(WrongRecoveryCode):
        open_vault(folder, recovery_code=old)
    with open_vault(folder, recovery_code=new):
        pass
    with open_vault(folder, passphrase=PASSPHRASE):  # the passphrase is untouched
        pass


@pytest.mark.parametrize("weak", ["12345678", "password1", "qwertyuiop", "aaaaaaaaaaaa"])
def test_weak_passphrases_are_refused_with_a_reason(tmp_path, vault, weak):
    with pytest.raises(UsageError, match="too easy to guess"):
        create_vault(tmp_path / "weak", weak)
    with pytest.raises(UsageError, match="too easy to guess"):
        vault.change_passphrase(weak)
    assert not (tmp_path / "weak" / "vault.db").exists()


def test_the_suites_passphrases_are_strong_enough():
    from talktogether_desktop.storage.passphrase import check_passphrase

    for passphrase in (PASSPHRASE, NEW, "new lantern river oats", "a brand new passphrase"):
        check_passphrase(passphrase)


def test_cli_rekey_and_new_recovery_code(cli, isolated_home, tmp_path):
    init = cli("vault", "init", "--json")
    old_code = json.loads(init.stdout)["recovery_code"]
    weak = cli("vault", "change-passphrase", env={"TALKTOGETHER_NEW_PASSPHRASE": "12345678"})
    assert weak.returncode == 2 and "too easy to guess" in weak.stderr
    rekeyed = cli("vault", "change-passphrase", "--rekey", "--json", env={"TALKTOGETHER_NEW_PASSPHRASE": NEW})
    assert rekeyed.returncode == 0, rekeyed.stderr
    out = json.loads(rekeyed.stdout)
    assert out["rekeyed"] and out["recovery_code"] != old_code
    assert cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": NEW}).returncode == 0
    replaced = cli("vault", "new-recovery-code", "--json", env={"TALKTOGETHER_PASSPHRASE": NEW})
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)["recovery_code"] != out["recovery_code"]


def test_no_environment_variable_weakens_the_key_derivation(tmp_path):
    """The product derives keys at full cost whatever the environment says (the old
    TALKTOGETHER_KDF_MEMORY_KIB switch silently dropped it to t=1 and 16 KiB)."""
    code = ("from talktogether_desktop.storage.vault import create_vault\n"
            f"create_vault({str(tmp_path / 'v')!r}, {PASSPHRASE!r})[0].close()\n")
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin", "TALKTOGETHER_KDF_MEMORY_KIB": "16"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    kdf = json.loads((tmp_path / "v" / KEYS_FILE).read_text())["slots"]["passphrase"]["kdf"]
    assert kdf["memory_kib"] == 64 * 1024 and kdf["time_cost"] == 3
    shipped = "\n".join(p.read_text() for p in (REPO / "src").rglob("*.py"))
    assert "KDF_MEMORY" not in shipped


def test_a_keychain_left_with_the_old_key_asks_for_the_passphrase_and_is_then_refreshed(vault):
    import keyring

    from talktogether_desktop.errors import KeychainOutOfDate
    from talktogether_desktop.storage import keychain
    from tt_testing import memory_keychain

    backend = memory_keychain()
    keyring.set_keyring(backend)
    try:
        folder = vault.data_dir
        vault.remember_on_this_computer()
        old_key = keychain.recall(vault.vault_id)
        vault.change_passphrase(NEW, rekey=True)
        keychain.remember(vault.vault_id, old_key)  # as after a kill between the re-encryption and the keychain
        vault.close()
        with pytest.raises(KeychainOutOfDate, match="keychain is out of date"):
            open_vault(folder)
        with open_vault(folder, passphrase=NEW):
            pass
        with open_vault(folder) as again:  # the keychain alone works again
            assert again.one("SELECT count(*) FROM couples")[0] == 0
    finally:
        keyring.set_keyring(keyring.backends.fail.Keyring())
