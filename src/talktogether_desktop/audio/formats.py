"""What a file claims to be, from its first bytes, and what a WAV header promises.

FFmpeg tells us when it cannot read a file, but not whether the file was never audio or is a
damaged audio file; the magic numbers below tell those apart so the message can say which.
"""

from __future__ import annotations

import struct
from typing import Optional

# (offset, magic, family) for the containers phones and recorders write.
_MAGIC = [
    (0, b"RIFF", "WAV"),
    (0, b"RF64", "WAV"),
    (0, b"ID3", "MP3"),
    (0, b"OggS", "Ogg/Opus"),
    (0, b"fLaC", "FLAC"),
    (0, b"#!AMR", "AMR"),
    (0, b"\x1a\x45\xdf\xa3", "WebM/Matroska"),
    (0, b"FORM", "AIFF"),
    (0, b"caff", "CAF"),
    (4, b"ftyp", "MP4/M4A"),
    (4, b"moov", "MP4/M4A"),
    (4, b"mdat", "MP4/M4A"),
    (4, b"wide", "MP4/M4A"),
    (4, b"free", "MP4/M4A"),
]


def sniff_family(data: bytes) -> Optional[str]:
    """The audio container family the bytes start like, or None."""
    for offset, magic, family in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return family
    # A bare MPEG/ADTS frame sync is not checked: random bytes match it too often to be evidence.
    return None


def wav_shortfall(data: bytes) -> Optional[tuple[int, int]]:
    """For a RIFF/WAVE file: (bytes the data chunk declares, bytes present) when fewer are present.

    FFmpeg silently decodes what is there and reports the shorter length as the duration, so a
    WAV cut short while copying from a phone would otherwise pass as a complete, shorter file.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    pos = 12
    while pos + 8 <= len(data):
        chunk_id = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if chunk_id == b"data":
            present = len(data) - (pos + 8)
            # 0 and 0xFFFFFFFF are the placeholders of recorders that stream without seeking back.
            if size in (0, 0xFFFFFFFF):
                return None
            return (size, present) if present < size else None
        pos += 8 + size + (size & 1)
    return None
