"""Only the OS keychains keep the vault key (sec46).

The keychain check refused a list of known-insecure backends (keyrings.alt's, fail, null) and trusted everything
else: a plain file backend from any other package (keyrings.cryptfile ships its own PlaintextKeyring, a user's
keyringrc.cfg can name any class) got the data key written to disk in plaintext beside the vault's promise that
it is kept "only" in the OS keychain. Now only the keychains the keyring library ships for macOS, Windows,
Secret Service and KWallet are used; any other backend is refused and never read.
"""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from talktogether_desktop.errors import InsecureKeyring
from talktogether_desktop.storage import keychain


class PlaintextFileKeyring(KeyringBackend):
    """What a third-party file keyring does: every secret in a JSON file in the user's folder."""

    priority = 1
    file_path: Path

    def _items(self) -> dict:
        return json.loads(self.file_path.read_text()) if self.file_path.exists() else {}

    def get_password(self, service, username):
        return self._items().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        items = self._items()
        items[f"{service}/{username}"] = password
        self.file_path.write_text(json.dumps(items))

    def delete_password(self, service, username):
        items = self._items()
        items.pop(f"{service}/{username}")
        self.file_path.write_text(json.dumps(items))


@pytest.fixture
def file_keyring(tmp_path):
    backend = PlaintextFileKeyring()
    backend.file_path = tmp_path / "keyring.json"
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(keyring.backends.fail.Keyring())


def test_a_plain_file_keyring_of_another_package_is_refused_and_never_read(vault, file_keyring):
    assert keychain.is_secure() is False  # was True: not on the list of insecure ones
    with pytest.raises(InsecureKeyring, match="no secure keychain"):
        vault.remember_on_this_computer()
    assert not file_keyring.file_path.exists()  # held the vault's data key in plaintext
    file_keyring.set_password(keychain.SERVICE, f"vault:{vault.vault_id}", vault.data_key_pragma())
    assert keychain.recall(vault.vault_id) is None  # a key planted there is not used either


def test_the_os_keychains_are_the_ones_kept():
    from keyring.backends import SecretService, Windows, kwallet, libsecret, macOS

    shipped = {f"{cls.__module__}.{cls.__qualname__}" for cls in
               (macOS.Keyring, Windows.WinVaultKeyring, SecretService.Keyring, libsecret.Keyring,
                kwallet.DBusKeyring, kwallet.DBusKeyringKWallet4)}
    assert shipped <= keychain.OS_KEYCHAINS
