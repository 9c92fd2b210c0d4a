"""Word timelines of a quarrel and a calmer talk of a chosen length, for the real analysis engine, and storing its
result as an analysed recording of that length (tests of counts from recordings of different lengths)."""

from __future__ import annotations

import json

NAMES = {"S1": "Zoë", "S2": "Łukasz"}
CUT_IN = [("S1", "You never listen to me when I talk about work and", 0.3),  # Łukasz starts mid-clause
          ("S2", "That is not what happened and you know it", -0.6)]
CALM = [("S1", "We said we would talk about the weekend tonight.", 0.6),
        ("S2", "Yes. I would like to hear what you want to do.", 0.6)]


def say_lines(lines, words: list, t: float = 0.0) -> float:
    """Append the words of (speaker, text, gap before) lines to `words` (a negative gap starts over the other); the
    time after them."""
    for speaker, text, gap in lines:
        t += gap
        for w in text.split():
            words.append({"word": w, "start": round(t, 2), "end": round(t + 0.3, 2), "speaker": speaker,
                          "probability": 0.95})
            t += 0.35
    return t


def timeline(cut_ins: int, seconds: float) -> list[dict]:
    """`cut_ins` exchanges where Łukasz talks over Zoë, then calm ones until the conversation is `seconds` long."""
    words, t = [], 0.0
    lines = CUT_IN * cut_ins
    while True:
        t = say_lines(lines, words, t)
        if t > seconds - 7:
            return words
        lines = CALM


def store_analysed(vault, couple_id, ids, result, when, seconds, assignment_id=None, names=None):
    """The recording, `seconds` long, and its analysis; the length is the audio's, as the engine gives it when it
    has the audio (the longer of the audio and the words). `names`: speaker label -> partner name (NAMES)."""
    result = dict(result, duration_s=max(result["duration_s"], seconds))
    with vault.transaction():
        rid = vault.execute(
            "INSERT INTO recordings (couple_id, assignment_id, sha256, size_bytes, duration_s, channels, sample_rate, "
            "recorded_at, imported_at) VALUES (?, ?, ?, 1, ?, 1, 16000, ?, ?)",
            (couple_id, assignment_id, when, seconds, when, when)).lastrowid
        vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                      "VALUES (?, ?, '{}', ?, ?)", (rid, result["schema_version"], json.dumps(result), when))
        for label, name in (names or NAMES).items():
            vault.execute("INSERT INTO recording_speakers (recording_id, label, partner_id) VALUES (?, ?, ?)",
                          (rid, label, ids[name]))
    return rid
