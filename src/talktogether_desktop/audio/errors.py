"""Why a file cannot be imported: one `errors.BadAudio` subtype per cause.

The CLI and the window handle them all as `BadAudio` (exit code 4); tests and callers that care
about the cause check the type or `reason`, never the message text.
"""

from __future__ import annotations

from ..errors import BadAudio


class NotAudio(BadAudio):
    reason = "not_audio"


class EmptyAudio(BadAudio):
    reason = "empty"


class DamagedAudio(BadAudio):
    """Truncated (cut short while copying) or corrupt (parts cannot be decoded)."""

    reason = "damaged"


class CutShort(DamagedAudio):
    """The end is missing (copied while still recording, or the copy stopped): what is there decodes.
    `without_import`: the same words without the import's way round it, for the commands that only read a file."""

    reason = "cut_short"

    def __init__(self, message: str, without_import: str = ""):
        super().__init__(message)
        self.without_import = without_import or message


class UnsupportedCodec(BadAudio):
    reason = "unsupported_codec"


class AudioTooLong(BadAudio):
    reason = "too_long"


class SilentAudio(BadAudio):
    reason = "silent"


class TooShortAudio(BadAudio):
    """Sound, but less than half a second of it in the whole file (a 0.2 s file was called "only silence" though
    its loudest moment was -3 dBFS)."""

    reason = "too_short"


class UnsupportedChannels(BadAudio):
    """More sound channels than a conversation recording has (refused before FFmpeg's planar
    frames with 8 or more channels reach PyAV, which crashes the whole process on them)."""

    reason = "unsupported_channels"
