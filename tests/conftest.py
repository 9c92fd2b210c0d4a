"""Shared test helpers: a fresh vault per test, an isolated home, and the CLI in a subprocess."""

from __future__ import annotations

import os

import pytest

from tt_testing import PASSPHRASE, run_cli

# Key derivation at full strength costs ~0.3 s per unlock; tests use a lighter (stored) setting, by patching
# the product's cost here and, for the processes they start, in fast_kdf/sitecustomize.py.
from talktogether_desktop.storage import crypto  # noqa: E402

FAST_KDF = {"time_cost": 1, "memory_kib": 8192, "parallelism": 2}
crypto.KDF_COST = dict(FAST_KDF)
from talktogether_desktop.storage import keychain  # noqa: E402
from tt_testing import KEYCHAIN_STAND_INS  # noqa: E402

keychain.OS_KEYCHAINS |= KEYCHAIN_STAND_INS  # the tests' keychains stand in for an OS keychain
# Never let a test touch the developer's real keychain or data.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("TALKTOGETHER_HOME", str(home))
    monkeypatch.delenv("TALKTOGETHER_PASSPHRASE", raising=False)
    # The second listen (the base model over tiny.en's unsure stretches) would assemble base into every
    # test's fresh home and double the model time of every test that transcribes; it is tested in
    # tests/transcription/test_second_listen.py and through the whole chain in
    # tests/benchmarks/test_one_phone_accuracy.py, which turn it on.
    monkeypatch.setenv("TALKTOGETHER_SECOND_LISTEN", "0")
    return home


@pytest.fixture
def vault_factory(tmp_path):
    """make_vault() -> an open, empty vault in a new folder; closed after the test."""
    from talktogether_desktop.storage.vault import create_vault

    opened = []

    def make_vault(name: str = "vault", passphrase: str = PASSPHRASE):
        vault, code = create_vault(tmp_path / name, passphrase)
        vault.recovery_code = code  # only for tests: the product shows it once and forgets it
        vault.recovery_code_shown()  # as `vault init` does once it has printed the code
        opened.append(vault)
        return vault

    yield make_vault
    for vault in opened:
        vault.close()


@pytest.fixture
def vault(vault_factory):
    return vault_factory()


@pytest.fixture
def cli(isolated_home, tmp_path):
    """cli(*args) with the home set and a passphrase in the environment."""
    base_env = {"TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}

    def call(*args: str, env: dict | None = None, **kwargs):
        merged = dict(base_env)
        merged.update(env or {})
        return run_cli(*args, env=merged, **kwargs)

    return call

