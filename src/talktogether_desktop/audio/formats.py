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


# --- where a stream really ends: the checks that do not trust a claimed length ------------------------

# Payload bytes after the one-byte frame header, per frame type (3GPP TS 26.101 / 26.201).
_AMR_NB_SIZES = (12, 13, 15, 17, 19, 20, 26, 31, 5, 6, 5, 5, 0, 0, 0, 0)
_AMR_WB_SIZES = (17, 23, 32, 36, 40, 46, 50, 58, 60, 5, 0, 0, 0, 0, 0, 0)


def ogg_cut_short(data: bytes) -> Optional[str]:
    """Why an Ogg file (Opus, Vorbis, FLAC in Ogg) stops before its end, or None when it ends properly.

    Ogg has no length in its header: FFmpeg takes the length from the last page it finds, so a file cut
    at 60% simply looks 40% shorter. A complete file ends with a whole page flagged end-of-stream for every
    stream it began.
    """
    if data[:4] != b"OggS":
        return None
    pos, open_streams = 0, set()
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS":
            return None  # not a page boundary: damage, which the decoder reports itself
        if pos + 27 > len(data):
            return "it stops in the middle of an Ogg page"
        header_type = data[pos + 5]
        (serial,) = struct.unpack("<I", data[pos + 14 : pos + 18])
        segments = data[pos + 26]
        table_end = pos + 27 + segments
        if table_end > len(data):
            return "it stops in the middle of an Ogg page"
        page_end = table_end + sum(data[pos + 27 : table_end])
        if page_end > len(data):
            return "it stops in the middle of an Ogg page"
        if header_type & 0x02:
            open_streams.add(serial)
        if header_type & 0x04:
            open_streams.discard(serial)
        pos = page_end
    return "its end-of-stream page is missing" if open_streams else None


def amr_cut_short(data: bytes) -> Optional[str]:
    """Why a raw AMR file (`#!AMR` / `#!AMR-WB`) stops in the middle of a frame, or None.

    FFmpeg estimates an AMR file's length from its first frame's bit rate, which is wrong for any file
    with silence frames (about 3% long at 12.2 kbit/s), so the frames themselves are walked instead.
    """
    if data.startswith(b"#!AMR-WB\n"):
        pos, sizes = 9, _AMR_WB_SIZES
    elif data.startswith(b"#!AMR\n"):
        pos, sizes = 6, _AMR_NB_SIZES
    else:
        return None
    while pos < len(data):
        pos += 1 + sizes[(data[pos] >> 3) & 0x0F]
    return "it stops in the middle of an AMR frame" if pos > len(data) else None


def mp3_declares_length(data: bytes) -> bool:
    """An MP3 with a Xing/Info/VBRI header states its frame count; without one FFmpeg guesses from the size."""
    start = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F)
        start = 10 + size
    head = data[start : start + 4096]
    return any(tag in head for tag in (b"Xing", b"Info", b"VBRI"))


def adts_cut_short(data: bytes) -> Optional[str]:
    """Why a raw AAC (ADTS) stream stops in the middle of a frame, or None. Each frame states its size."""
    if len(data) < 7 or data[0] != 0xFF or (data[1] & 0xF6) != 0xF0:
        return None
    pos = 0
    while pos + 7 <= len(data):
        if data[pos] != 0xFF or (data[pos + 1] & 0xF6) != 0xF0:
            return None  # trailing tag or damage: not a question of length
        length = ((data[pos + 3] & 0x03) << 11) | (data[pos + 4] << 3) | (data[pos + 5] >> 5)
        if length < 7:
            return None
        pos += length
    return "it stops in the middle of an AAC frame" if pos != len(data) else None


_MP3_KBPS = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0),  # MPEG-1 layer III
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0),  # MPEG-2/2.5 layer III
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_cut_short(data: bytes) -> Optional[str]:
    """Why an MP3 (layer III) stops in the middle of a frame, or None. Without a Xing/Info header FFmpeg
    guesses the length from the file size, so a cut file looks complete; its frames tell."""
    pos = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        pos = 10 + ((data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F))
    frames = 0
    while pos + 4 <= len(data):
        b1, b2 = data[pos + 1], data[pos + 2]
        version, layer = (b1 >> 3) & 0x03, (b1 >> 1) & 0x03
        if data[pos] != 0xFF or (b1 & 0xE0) != 0xE0 or version == 1 or layer != 1:
            return None  # a tag at the end, or not layer III: nothing to conclude
        kbps = _MP3_KBPS[1 if version == 3 else 2][b2 >> 4]
        rate_index = (b2 >> 2) & 0x03
        if kbps == 0 or rate_index == 3:
            return None
        rate = _MP3_RATES[version][rate_index]
        pos += (144 if version == 3 else 72) * kbps * 1000 // rate + ((b2 >> 1) & 0x01)
        frames += 1
    if frames and pos != len(data):  # past the end, or 1-3 bytes of a next frame's header
        return "it stops in the middle of an MP3 frame"
    return None


def structural_cut_short(data: bytes) -> Optional[str]:
    """The reason the container's own structure shows the file was cut short, or None."""
    shortfall = wav_shortfall(data)
    if shortfall:
        declared, present = shortfall
        return f"its header promises {declared:,} bytes of sound but only {present:,} are there"
    return ogg_cut_short(data) or amr_cut_short(data) or adts_cut_short(data) or mp3_cut_short(data)
