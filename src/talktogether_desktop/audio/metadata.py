"""When a recording was made: the container's own date, else the file's modification time."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Mapping, Optional

# Tags phones and recorders use for the moment of recording, best first.
_DATE_KEYS = (
    "com.apple.quicktime.creationdate",
    "creation_time",
    "date",
    "creation_date",
    "icrd",
    "tdrc",
    "tdor",
)
# MP4 counts from 1904 and some recorders write 0 (1904 or 1970): such dates mean "not set".
_EARLIEST_PLAUSIBLE_YEAR = 1990


def recorded_at_from_tags(*tag_maps: Mapping[str, str]) -> Optional[str]:
    """The recording moment as ISO 8601 (UTC when the tag has a zone), or None."""
    lowered = [{str(k).lower(): str(v) for k, v in (tags or {}).items()} for tags in tag_maps]
    for key in _DATE_KEYS:
        for tags in lowered:
            value = tags.get(key)
            parsed = parse_date(value) if value else None
            if parsed:
                return parsed
    return None


def parse_date(value: str) -> Optional[str]:
    text = value.strip().replace("Z", "+00:00")
    # Only full dates: a bare year ("2024") says too little to file a recording by.
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    # Python < 3.11 accepts at most 6 fractional digits; FFmpeg writes 6, Apple sometimes none.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.year < _EARLIEST_PLAUSIBLE_YEAR:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(microsecond=0).isoformat()


def mtime_iso(mtime: Optional[float]) -> Optional[str]:
    if mtime is None:
        return None
    return datetime.fromtimestamp(mtime, timezone.utc).replace(microsecond=0).isoformat()
