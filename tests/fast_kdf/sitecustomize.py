"""Test-only: the CLI and window processes the test suite starts derive keys cheaply.

`tt_testing.run_cli` puts this folder first on PYTHONPATH, so Python imports it at start-up. The shipped
app has no such switch: key derivation cost is `crypto.KDF_COST`, patched here and in tests/conftest.py.
"""

from talktogether_desktop.storage import crypto

crypto.KDF_COST = {"time_cost": 1, "memory_kib": 8192, "parallelism": 2}

# The keychains tests stand in for an OS keychain with (tt_testing.KEYCHAIN_STAND_INS; only OS keychains are trusted)
from talktogether_desktop.storage import keychain  # noqa: E402

keychain.OS_KEYCHAINS |= {"tt_testing.memory_keychain.<locals>.MemoryKeychain", "broken_keychains.LockedKeychain",
                          "broken_keychains.NoDbusKeychain"}
