"""How many voices the speaker finder tells apart: the one limit that `import --speakers`, `diarize --speakers` and
`diarize-file --speakers` share (light to import: no numpy, no model)."""

from __future__ import annotations

from ..errors import UsageError

MAX_SPEAKERS = 4


def check_speaker_count(num_speakers) -> int:
    """The number of voices as an int, or a UsageError that names the limit."""
    try:
        count = int(num_speakers)
    except (TypeError, ValueError):
        count = 0
    if not 1 <= count <= MAX_SPEAKERS:
        raise UsageError(f"The number of speakers must be between 1 and {MAX_SPEAKERS}: the speaker finder tells "
                         f"apart at most {MAX_SPEAKERS} voices in one recording.")
    return count
