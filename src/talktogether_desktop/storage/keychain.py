""""Remember on this computer": the data key in the OS keychain, only when the keychain is secure.

Headless Linux usually has only keyrings.alt's plaintext file, or the fail/null backends. Those
would put the key in a readable file (or nowhere), so they are refused, never used silently.
"""

from __future__ import annotations

from typing import Optional

import keyring
from keyring.backend import KeyringBackend

from ..errors import InsecureKeyring

SERVICE = "TalkTogether Desktop"

# Backends that keep secrets in plain files or not at all (module.Class names).
INSECURE_BACKENDS = {
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # a file whose password would have to be typed anyway
    "keyrings.alt.Gnome.Keyring",
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.chainer.ChainerBackend",
}


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


def describe(backend: Optional[KeyringBackend] = None) -> str:
    backend = backend or keyring.get_keyring()
    return ", ".join(_name(b) for b in _backends(backend)) or _name(backend)


def is_secure(backend: Optional[KeyringBackend] = None) -> bool:
    """True only when every backend the keyring would write to is an OS keychain."""
    backend = backend or keyring.get_keyring()
    members = _backends(backend)
    if not members:
        return False
    for member in members:
        if _name(member) in INSECURE_BACKENDS or member.priority <= 0:
            return False
        if type(member).__module__.startswith("keyrings.alt"):
            return False
    return True


def _require_secure(backend: Optional[KeyringBackend]) -> KeyringBackend:
    backend = backend or keyring.get_keyring()
    if not is_secure(backend):
        raise InsecureKeyring(
            "This computer has no secure keychain available (found: "
            f"{describe(backend)}), so the vault key is not remembered. "
            "You will be asked for your passphrase each time."
        )
    return backend


def _username(vault_id: str) -> str:
    return f"vault:{vault_id}"


def remember(vault_id: str, data_key: bytes, backend: Optional[KeyringBackend] = None) -> None:
    _require_secure(backend).set_password(SERVICE, _username(vault_id), data_key.hex())


def recall(vault_id: str, backend: Optional[KeyringBackend] = None) -> Optional[bytes]:
    """The remembered key, or None. An insecure keychain is never read either."""
    backend = backend or keyring.get_keyring()
    if not is_secure(backend):
        return None
    try:
        value = backend.get_password(SERVICE, _username(vault_id))
    except Exception:  # a locked or broken keychain simply means "ask for the passphrase"
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def forget(vault_id: str, backend: Optional[KeyringBackend] = None) -> bool:
    backend = backend or keyring.get_keyring()
    try:
        backend.delete_password(SERVICE, _username(vault_id))
        return True
    except Exception:
        return False
