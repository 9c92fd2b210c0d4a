"""Test-only (tests/test_sec47_failure_words.py): the CLI process it is put first on PYTHONPATH for runs an analysis
with a bug that names a client, an engine's exception no typed error foresaw. Key derivation is kept cheap as in
tests/fast_kdf (only one sitecustomize is imported: that one is run from here)."""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[1] / "fast_kdf" / "sitecustomize.py"))

from talktogether_desktop.pipeline import chain  # noqa: E402


def _analysis_with_a_bug(*_args, **_kwargs):
    partners = {"Ana": 1}
    return partners["Zoëlle"]


chain.analyze = _analysis_with_a_bug
