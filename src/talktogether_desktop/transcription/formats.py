"""A transcript dict as plain text, SubRip (.srt) or WebVTT (.vtt).

Stretches where speech was heard but no words recognised appear in time order as their own
line, "[speech here, no words recognised]", so a reader never mistakes them for silence.
"""

from __future__ import annotations

import json

from .. import timefmt

FORMATS = ("json", "txt", "srt", "vtt")
UNRECOGNISED_TEXT = "speech here, no words recognised"


def unrecognised_note(span: dict) -> str:
    """"(speech here, no words recognised, 00:33–00:35)" for a span {start, end}; "(…, at 00:40)" for one within a
    second (never "00:40–00:40")."""
    start, end = timefmt.clock(span["start"]), timefmt.clock(span["end"])
    return f"({UNRECOGNISED_TEXT}, at {start})" if start == end else f"({UNRECOGNISED_TEXT}, {start}–{end})"


def timeline(transcript: dict) -> list[dict]:
    """The segments and the unrecognised spans ({start, end, text, unrecognised: True}) in time order."""
    spans = [{"start": s["start"], "end": s["end"], "text": f"[{UNRECOGNISED_TEXT}]", "unrecognised": True}
             for s in transcript.get("unrecognised_speech") or []]
    return sorted(list(transcript["segments"]) + spans, key=lambda s: s["start"])


def render(transcript: dict, fmt: str = "json") -> str:
    if fmt == "json":
        return json.dumps(transcript, ensure_ascii=False, indent=2) + "\n"
    lines = timeline(transcript)
    if fmt == "txt":
        return "".join(f"{s['text']}\n" for s in lines)
    if fmt == "srt":
        return "\n".join(
            f"{i}\n{_stamp(s['start'], ',')} --> {_stamp(s['end'], ',')}\n{s['text']}\n"
            for i, s in enumerate(lines, start=1)
        )
    if fmt == "vtt":
        cues = "\n".join(
            f"{_stamp(s['start'], '.')} --> {_stamp(s['end'], '.')}\n{s['text']}\n" for s in lines
        )
        return "WEBVTT\n\n" + cues
    raise ValueError(f"unknown transcript format {fmt!r}")


def _stamp(seconds: float, decimal: str) -> str:
    millis = int(round(max(0.0, seconds) * 1000))
    h, rem = divmod(millis, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{decimal}{ms:03d}"
