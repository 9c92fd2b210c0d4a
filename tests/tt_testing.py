"""Helpers for tests (importable as `tt_testing`; pytest puts tests/ on the path)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
PASSPHRASE = "correct horse battery"


def run_cli(*args: str, env: dict | None = None, input: str | None = None, timeout: float = 300):
    """Run `python -m talktogether_desktop ARGS` in a child process, as a user would."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "talktogether_desktop", *args],
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
