"""Speech to word-timed text: faster-whisper on the CPU, models resolved locally, never downloaded.

`transcribe_samples(samples_16k_mono, model="tiny.en")` is the engine; `resolve_model` finds the
model folder; `formats.render` writes txt/srt/vtt/json.
"""

from . import offline  # noqa: F401 - first, so nothing below can reach the network
from .models import DEFAULT_MODEL, ModelSpec, resolve_model

__all__ = ["DEFAULT_MODEL", "ModelSpec", "resolve_model", "transcribe_samples"]


def __getattr__(name: str):
    """`transcribe_samples` is loaded when first asked for: a command that only finds a model's folder (the vault's
    settings, `--version`) does not load numpy and the engine."""
    if name == "transcribe_samples":
        from .engine import transcribe_samples

        return transcribe_samples
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
