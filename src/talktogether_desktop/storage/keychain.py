""""Remember on this computer": the data key in the OS keychain, only when the keychain is secure.

Headless Linux usually has only keyrings.alt's plaintext file, or the fail/null backends. Those
would put the key in a readable file (or nowhere), so they are refused, never used silently.
A keychain that fails (locked, Secret Service without D-Bus, a backend missing its own packages) raises
anything at all, even when asked its priority: every such failure means "no secure keychain here".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import InsecureKeyring

if TYPE_CHECKING:  # keyring itself is imported when a keychain is first asked for (about 60 ms)
    from keyring.backend import KeyringBackend

SERVICE = "TalkTogether Desktop"

# The OS keychains the keyring library ships (module.Class names): only these keep the key. Any other backend is
# refused, whatever package brings it: a plain file is not always keyrings.alt's (keyrings.cryptfile has its own
# PlaintextKeyring), and an unknown backend cannot be told from one. Tests add their stand-ins (tests/conftest.py,
# tests/fast_kdf/sitecustomize.py); the product has no switch that widens it.
OS_KEYCHAINS = {
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}

# Backends that keep secrets in plain files or not at all (module.Class names), named in what is said.
INSECURE_BACKENDS = {
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # a file whose password would have to be typed anyway
    "keyrings.alt.Gnome.Keyring",
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.chainer.ChainerBackend",
}


def _current(backend: Optional[KeyringBackend]) -> Optional[KeyringBackend]:
    """The backend to use, or None when the keyring library cannot even choose one."""
    if backend is not None:
        return backend
    try:
        import keyring

        return keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is "no keychain", never a crash
        return None


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


def describe(backend: Optional[KeyringBackend] = None) -> str:
    backend = _current(backend)
    if backend is None:
        return "none (the keyring could not be loaded)"
    try:
        return ", ".join(_name(b) for b in _backends(backend)) or _name(backend)
    except Exception:  # noqa: BLE001
        return _name(backend)


def is_secure(backend: Optional[KeyringBackend] = None) -> bool:
    """True only when every backend the keyring would write to is one of the OS keychains that answers."""
    backend = _current(backend)
    if backend is None:
        return False
    try:
        members = _backends(backend)
        if not members:
            return False
        for member in members:
            if _name(member) not in OS_KEYCHAINS or _name(member) in INSECURE_BACKENDS or member.priority <= 0:
                return False
    except Exception:  # noqa: BLE001 - e.g. Secret Service's priority raises without D-Bus
        return False
    return True


def _require_secure(backend: Optional[KeyringBackend]) -> KeyringBackend:
    backend = _current(backend)
    if backend is None or not is_secure(backend):
        raise InsecureKeyring(
            "This computer has no secure keychain available (found: "
            f"{describe(backend)}), so the vault key is not remembered. "
            "You will be asked for your passphrase each time."
        )
    return backend


def _username(vault_id: str) -> str:
    return f"vault:{vault_id}"


def remember(vault_id: str, data_key: bytes, backend: Optional[KeyringBackend] = None) -> None:
    """InsecureKeyring when there is no secure keychain, or it refuses (locked, the unlock prompt dismissed)."""
    backend = _require_secure(backend)
    try:
        backend.set_password(SERVICE, _username(vault_id), data_key.hex())
    except Exception as exc:  # noqa: BLE001 - whatever the backend raises, the key is simply not kept
        raise InsecureKeyring(
            f"The keychain ({describe(backend)}) could not keep the vault key ({type(exc).__name__}; it may be "
            "locked), so the key is not remembered. You will be asked for your passphrase each time."
        ) from exc


def recall(vault_id: str, backend: Optional[KeyringBackend] = None) -> Optional[bytes]:
    """The remembered key, or None. An insecure keychain is never read either."""
    backend = _current(backend)
    if backend is None or not is_secure(backend):
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
    backend = _current(backend)
    if backend is None:
        return False
    try:
        backend.delete_password(SERVICE, _username(vault_id))
        return True
    except Exception:
        return False
