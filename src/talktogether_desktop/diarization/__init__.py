"""Who spoke when (Qt-free, no vault): `diarize(samples, ...)` and `attribute_words(words, result)`.

Silero VAD (shipped with faster-whisper) -> Resemblyzer's voice encoder in ONNX
(resources/models/voice_encoder.onnx) on a numpy mel front end -> Ward clustering -> turns.
"""

from .engine import diarize
from .words import attribute_words

__all__ = ["diarize", "attribute_words"]
