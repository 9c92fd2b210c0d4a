"""Speech to word-timed text: faster-whisper on the CPU, models resolved locally, never downloaded.

`transcribe_samples(samples_16k_mono, model="tiny.en")` is the engine; `resolve_model` finds the
model folder; `formats.render` writes txt/srt/vtt/json.
"""

from . import offline  # noqa: F401 - first, so nothing below can reach the network
from .engine import transcribe_samples
from .models import DEFAULT_MODEL, ModelSpec, resolve_model

__all__ = ["DEFAULT_MODEL", "ModelSpec", "resolve_model", "transcribe_samples"]
