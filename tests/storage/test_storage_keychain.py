"""Remember-on-this-computer uses only a secure keychain; plaintext backends are refused, not used."""

from __future__ import annotations

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
