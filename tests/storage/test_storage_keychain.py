"""Remember-on-this-computer uses only a secure keychain; plaintext backends are refused, not used."""

from __future__ import annotations

import json
import os

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from talktogether_desktop.errors import InsecureKeyring
from talktogether_desktop.storage import keychain
from talktogether_desktop.storage.vault import open_vault
from tt_testing import memory_keychain


@pytest.fixture
def plaintext_keyring(tmp_path, monkeypatch):
    """keyrings.alt's real file backend, selected the way a headless Linux user gets it."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(keyring.backends.fail.Keyring())


def test_plaintext_keyring_is_refused_and_never_written(vault, plaintext_keyring, tmp_path):
    assert not keychain.is_secure()
    with pytest.raises(InsecureKeyring, match="no secure keychain"):
        vault.remember_on_this_computer()
    assert not (tmp_path / "keyring_pass.cfg").exists()
    # Even a key planted in the plaintext file by someone else is not read.
    plaintext_keyring.set_password(keychain.SERVICE, f"vault:{vault.vault_id}", vault.data_key_pragma())
    assert keychain.recall(vault.vault_id) is None


def test_fail_and_null_backends_are_insecure():
    from keyring.backends import fail, null

    assert not keychain.is_secure(fail.Keyring())
    assert not keychain.is_secure(null.Keyring())


def test_secure_keychain_remembers_and_unlocks_without_passphrase(vault):
    memory = memory_keychain()
    keyring.set_keyring(memory)
    try:
        vault.remember_on_this_computer()
        stored = list(memory.items.values())
        assert stored == [vault.data_key_pragma()]
        folder = vault.data_dir
        vault.close()
        with open_vault(folder) as again:  # no passphrase: the keychain's key opens it
            assert again.one("SELECT count(*) FROM couples")[0] == 0
            assert again.forget_on_this_computer()
        assert memory.items == {}
    finally:
        keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.mark.parametrize("broken", ["LockedKeychain", "NoDbusKeychain"])
def test_a_failing_keychain_is_no_keychain_never_a_crash(vault, broken):
    import broken_keychains

    backend = getattr(broken_keychains, broken)()
    assert keychain.is_secure(backend) is False or broken == "LockedKeychain"
    assert keychain.recall(vault.vault_id, backend) is None
    assert keychain.forget(vault.vault_id, backend) is False
    assert keychain.describe(backend)
    with pytest.raises(InsecureKeyring, match="not remembered"):
        keychain.remember(vault.vault_id, b"k" * 32, backend)


@pytest.mark.parametrize("broken", ["LockedKeychain", "NoDbusKeychain"])
def test_init_remember_with_a_failing_keychain_still_shows_the_recovery_code(cli, broken):
    from tt_testing import REPO

    env = {"PYTHON_KEYRING_BACKEND": f"broken_keychains.{broken}",
           "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO / "tests")])}
    made = cli("--json", "vault", "init", "--remember", env=env)
    assert made.returncode == 0 and "Traceback" not in made.stderr, made.stderr
    data = json.loads(made.stdout)
    assert data["recovery_code"] and data["remembered"] is False and "not remembered" in data["warning"]
    human = cli("vault", "info", env=env)
    assert human.returncode == 0 and "Traceback" not in human.stderr
    assert ("not secure" in human.stdout) == (broken == "NoDbusKeychain")  # a locked keychain is secure, only locked
    remember = cli("vault", "remember", env=env)
    assert remember.returncode == 1 and "not remembered" in remember.stderr and "Traceback" not in remember.stderr
    locked = cli("couple", "list", env={**env, "TALKTOGETHER_PASSPHRASE": ""})
    assert locked.returncode == 3 and "Traceback" not in locked.stderr
    opened = cli("couple", "list", env=env)
    assert opened.returncode == 0 and "never shown" not in opened.stderr
