"""Audio from memory: decode any phone recording with PyAV, probe it, and check it before import.

Nothing here writes audio to disk or touches the vault.
"""

from .analysis_audio import AnalysisAudio, decode_for_analysis, decode_mono_16k
from .decode import DecodedAudio, decode_bytes
from .errors import (
    AudioTooLong,
    CutShort,
    DamagedAudio,
    EmptyAudio,
    NotAudio,
    SilentAudio,
    TooShortAudio,
    UnsupportedCodec,
)
from .probe import AudioInfo, probe_bytes, scan_and_decode, scan_bytes

__all__ = [
    "AnalysisAudio",
    "AudioInfo",
    "AudioTooLong",
    "CutShort",
    "DamagedAudio",
    "DecodedAudio",
    "EmptyAudio",
    "NotAudio",
    "SilentAudio",
    "TooShortAudio",
    "UnsupportedCodec",
    "decode_bytes",
    "decode_for_analysis",
    "decode_mono_16k",
    "probe_bytes",
    "scan_and_decode",
    "scan_bytes",
]
