"""Keychains that fail the ways real ones do, for tests (selected with PYTHON_KEYRING_BACKEND=broken_keychains.X)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError


class LockedKeychain(KeyringBackend):
    """A locked collection whose unlock prompt was dismissed."""

    priority = 5

    def get_password(self, service, username):
        raise KeyringLocked("collection is locked")

    def set_password(self, service, username, password):
        raise PasswordSetError("user dismissed the unlock prompt")

    def delete_password(self, service, username):
        raise PasswordDeleteError("locked")


class NoDbusKeychain(LockedKeychain):
    """Secret Service without a D-Bus session: even asking its priority raises."""

    @property
    def priority(self):
        raise RuntimeError("Unable to initialize SecretService: Environment variable DBUS_SESSION_BUS_ADDRESS is unset")
