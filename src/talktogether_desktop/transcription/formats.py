"""A transcript dict as plain text, SubRip (.srt) or WebVTT (.vtt)."""

from __future__ import annotations

import json

FORMATS = ("json", "txt", "srt", "vtt")


def render(transcript: dict, fmt: str = "json") -> str:
    if fmt == "json":
        return json.dumps(transcript, ensure_ascii=False, indent=2) + "\n"
    if fmt == "txt":
        return "".join(f"{s['text']}\n" for s in transcript["segments"])
    if fmt == "srt":
        return "\n".join(
            f"{i}\n{_stamp(s['start'], ',')} --> {_stamp(s['end'], ',')}\n{s['text']}\n"
            for i, s in enumerate(transcript["segments"], start=1)
        )
    if fmt == "vtt":
        cues = "\n".join(
            f"{_stamp(s['start'], '.')} --> {_stamp(s['end'], '.')}\n{s['text']}\n" for s in transcript["segments"]
        )
        return "WEBVTT\n\n" + cues
    raise ValueError(f"unknown transcript format {fmt!r}")


def _stamp(seconds: float, decimal: str) -> str:
    millis = int(round(max(0.0, seconds) * 1000))
    h, rem = divmod(millis, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{decimal}{ms:03d}"
