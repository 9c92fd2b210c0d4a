"""Practice test data: recordings and analyses written straight into a real vault."""

from __future__ import annotations

import hashlib
import json
from types import SimpleNamespace

import pytest

from talktogether_desktop.storage.vault import now_iso


def analysis_result(interruptions: dict, talk_share: dict, repairs: dict, escalations: list, reaching: dict,
                    duration_s: float = 600.0) -> dict:
    """A result shaped like analysis.analyze's (schema 1.0): speakers, interruptions, escalation, reaching."""
    ids = sorted(talk_share)
    items = []
    t = 10.0
    for by, count in interruptions.items():
        of = next(s for s in ids if s != by)
        for _ in range(count):
            items.append({"t": t, "by": by, "of": of, "successful": True, "quote": "but that's not"})
            t += 17.0
    speakers = [{
        "id": s, "name": s, "talk_time_s": round(duration_s * talk_share[s] * 0.8, 1), "talk_share": talk_share[s],
        "turns": 40, "interruptions_made": interruptions.get(s, 0),
        "interruptions_received": sum(v for k, v in interruptions.items() if k != s),
        "backchannels": 6, "median_response_latency_s": 0.4, "repair_attempts": repairs.get(s, 0),
    } for s in ids]
    points = [{"start": 60.0 * i, "end": 60.0 * i + 25, "peak_t": 60.0 * i + 12, "score": score, "led_by": ids[0],
               "quote": "you never listen", "signals": ["loudness", "pitch"]} for i, score in enumerate(escalations)]
    reaching_for = {s: [{"category": cat, "t": 30.0 + k, "quote": "I need you to ask about my day",
                         "response": resp, "response_by": next(o for o in ids if o != s)}
                        for k, (cat, resp) in enumerate(reaching.get(s, []))] for s in ids}
    return {"schema_version": "1.0", "params": {}, "duration_s": duration_s, "turns": [], "speakers": speakers,
            "interruptions": items, "silences": [], "markers": [], "escalation_points": points,
            "reaching_for": reaching_for, "safety_flags": [], "observations": []}


def add_recording(vault, couple_id: int, recorded_at: str, assignment_id: int | None = None,
                  result: dict | None = None, partners: dict | None = None, source: str = "import") -> int:
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO recordings (couple_id, assignment_id, sha256, original_name, size_bytes, duration_s, "
            "channels, sample_rate, recorded_at, imported_at, source, status) "
            "VALUES (?, ?, ?, 'practice.m4a', 480000, 600.0, 1, 16000, ?, ?, ?, ?)",
            (couple_id, assignment_id, hashlib.sha256(f"{couple_id}{recorded_at}{source}".encode()).hexdigest(),
             recorded_at, now_iso(), source, "analysed" if result else "imported"),
        )
        rid = int(cur.lastrowid)
        if result is not None:
            vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                          "VALUES (?, '1.0', '{}', ?, ?)", (rid, json.dumps(result), now_iso()))
        for label, partner_id in (partners or {}).items():
            vault.execute("INSERT INTO recording_speakers (recording_id, label, partner_id) VALUES (?, ?, ?)",
                          (rid, label, partner_id))
    return rid


@pytest.fixture
def practice_data():
    """The helpers above, as a fixture (tests import nothing from this folder under importlib mode)."""
    return SimpleNamespace(add_recording=add_recording, analysis_result=analysis_result)
