"""RTTM, the plain-text turn format of NIST evaluations:
`SPEAKER <file> 1 <start> <duration> <NA> <NA> <speaker> <NA> <NA>`."""

from __future__ import annotations

from typing import Dict, Iterable, List


def to_rttm(turns: Iterable[Dict], file_id: str) -> str:
    file_id = "_".join(str(file_id).split()) or "audio"
    lines = []
    for t in sorted(turns, key=lambda t: (t["start"], t["speaker"])):
        duration = float(t["end"]) - float(t["start"])
        if duration <= 0:
            continue
        lines.append(f"SPEAKER {file_id} 1 {float(t['start']):.3f} {duration:.3f} <NA> <NA> {t['speaker']} <NA> <NA>")
    return "\n".join(lines) + ("\n" if lines else "")


def read_rttm(text: str) -> Dict[str, List[Dict]]:
    """{file id: [{"speaker", "start", "end"}]} from RTTM text (non-SPEAKER lines are ignored)."""
    out: Dict[str, List[Dict]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 8 or parts[0] != "SPEAKER":
            continue
        start, duration = float(parts[3]), float(parts[4])
        out.setdefault(parts[1], []).append({"speaker": parts[7], "start": start, "end": start + duration})
    return out
