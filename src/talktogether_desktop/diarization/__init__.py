"""Who spoke when (Qt-free, no vault): `diarize(samples, ...)` and `attribute_words(words, result)`.

Silero VAD (shipped with faster-whisper) -> Resemblyzer's voice encoder in ONNX
(resources/models/voice_encoder.onnx) on a numpy mel front end -> Ward clustering -> turns.
"""

from .limits import MAX_SPEAKERS

__all__ = ["diarize", "attribute_words", "MAX_SPEAKERS"]


def __getattr__(name):
    # The engine (numpy, scipy, the voice model) loads on first use, so a face that only needs the limit stays quick.
    if name == "diarize":
        from .engine import diarize

        return diarize
    if name == "attribute_words":
        from .words import attribute_words

        return attribute_words
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
