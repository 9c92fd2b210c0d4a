"""Helpers for tests (importable as `tt_testing`; pytest puts tests/ on the path)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tt_cli_fork import run_forked

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
PASSPHRASE = "correct horse battery"


def run_cli(*args: str, env: dict | None = None, input: str | None = None, timeout: float = 300):
    """Run `python -m talktogether_desktop ARGS` in a child process, as a user would (forked from a process that has
    made its imports already: tt_cli_fork.py)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    # test-only: cheap key derivation in the child (fast_kdf/sitecustomize.py), never an option of the product
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "tests" / "fast_kdf"), full_env.get("PYTHONPATH", "")) if p
    )
    cmd = [sys.executable, "-m", "talktogether_desktop", *args]
    forked = run_forked(cmd, args, full_env, input, timeout)  # the same command, without its start-up imports each time
    if forked is not None:
        return forked
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=timeout,
    )



def shared_data(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"../shared/data/{name} is not present in this checkout")
    return path


def memory_keychain():
    """A keyring backend standing in for an OS keychain (macOS Keychain, Secret Service) that CI lacks."""
    from keyring.backend import KeyringBackend

    class MemoryKeychain(KeyringBackend):
        priority = 5

        def __init__(self):
            super().__init__()
            self.items = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username))

    return MemoryKeychain()


# The keychains tests stand in for an OS keychain with (only the OS keychains themselves are trusted:
# storage/keychain.OS_KEYCHAINS); added in tests/conftest.py and, for the processes tests start, fast_kdf.
KEYCHAIN_STAND_INS = {
    "tt_testing.memory_keychain.<locals>.MemoryKeychain",
    "broken_keychains.LockedKeychain",
    "broken_keychains.NoDbusKeychain",
}


# Python code that starts each kind of process the app runs (the CLI's entry point, the window's, the
# speech-model child's, the vault page check's child), for tests that check what every process does at start.
PROCESS_STARTS = {
    "cli": "from talktogether_desktop.cli.main import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass",
    "window": "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from talktogether_desktop.ui import app\ntry:\n    app.main(['--help'])\nexcept SystemExit:\n    pass",
    "model-worker": "import multiprocessing\nfrom talktogether_desktop.pipeline import worker\n"
    "a, b = multiprocessing.Pipe()\nb.close()\nworker.transcription_worker(a, {'n_samples': 1, 'model': 'tiny.en'})",
    "page-check": "import multiprocessing\nfrom talktogether_desktop.storage import page_check\n"
    "a, b = multiprocessing.Pipe()\nb.close()\npage_check.read_seals_child(a)",
}


def tone_wav(seconds: float, rate: int = 16000) -> bytes:
    """A voice-like tone as WAV bytes (mono, 16-bit): audible, importable, no speech."""
    import io
    import wave

    import numpy as np

    t = np.arange(int(seconds * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 220 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t)) * 32767).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(tone.tobytes())
    return out.getvalue()


def analysed_recording(vault, couple: str, partners: list[str], analysis: dict, sha: str = "d") -> tuple[int, int]:
    """A consented couple with one 75 s recording row marked analysed (no audio) and `analysis` stored for it:
    (couple id, recording id). For report and reading tests that need a real vault, not the audio chain."""
    from talktogether_desktop.storage import analyses, couples
    from talktogether_desktop.storage.vault import now_iso

    couple_id = couples.add_couple(vault, couple, partners)
    couples.record_consent(vault, couple_id)
    with vault.transaction():
        rid = int(vault.execute(
            "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, imported_at, "
            "status) VALUES (?, ?, 1, 75.0, 1, 16000, ?, 'analysed')", (couple_id, sha * 64, now_iso())).lastrowid)
    analyses.save_analysis(vault, rid, analysis)
    return couple_id, rid
