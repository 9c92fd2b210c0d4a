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


def stored_speaker_count(count) -> tuple[int, str]:
    """The voices to look for in a stored recording, and why fewer than it was imported for, if so. Imports before
    round 34 took up to 8: such a recording is read with the most the finder tells apart, never refused."""
    try:
        count = int(count or 2)
    except (TypeError, ValueError):
        count = 2
    if count <= MAX_SPEAKERS:
        return check_speaker_count(count), ""
    return MAX_SPEAKERS, (f"This recording was imported for {count} speakers, more than the {MAX_SPEAKERS} voices "
                          f"the speaker finder tells apart, so {MAX_SPEAKERS} were looked for. If fewer people speak "
                          "in it, find the speakers again with their number.")
