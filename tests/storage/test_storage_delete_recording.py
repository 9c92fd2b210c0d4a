"""Erasing one recording: everything made from it goes, in one transaction, audited; the rest of the file stays."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from talktogether_desktop.errors import NotFound, UsageError
from talktogether_desktop.storage import couples, recordings, speakers
from talktogether_desktop.storage.vault import now_iso


def _recording(vault, couple_id, name):
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO recordings (couple_id, sha256, original_name, size_bytes, duration_s, channels, sample_rate, "
            "imported_at, source, status) VALUES (?, ?, ?, 100, 60.0, 1, 16000, ?, 'import', 'analysed')",
            (couple_id, hashlib.sha256(name.encode()).hexdigest(), name, now_iso()))
        rid = int(cur.lastrowid)
        vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                      "VALUES (?, '1.0', '{}', ?, ?)", (rid, json.dumps({"turns": []}), now_iso()))
    return rid


def test_one_recording_is_erased_with_its_analyses_notes_and_voice_samples(vault):
    couple_id = couples.add_couple(vault, "Haddad", ["Rami", "Lina"])
    partner = couples.get_couple(vault, couple_id)["partners"][0]["id"]
    wrong, kept = _recording(vault, couple_id, "wrong.m4a"), _recording(vault, couple_id, "kept.m4a")
    couples.add_note(vault, couple_id, "about the wrong file", recording_id=wrong)
    speakers.save_voice_sample(vault, partner, np.zeros(16000, dtype=np.float32), np.ones(4, dtype=np.float32),
                               recording_id=wrong)
    with vault.transaction():
        vault.execute("INSERT INTO jobs (kind, recording_id, state, created_at) VALUES ('process', ?, 'running', ?)",
                      (wrong, now_iso()))
    with pytest.raises(UsageError, match="being processed"):
        recordings.delete_recording(vault, wrong)
    vault.execute("UPDATE jobs SET state = 'cancelled' WHERE recording_id = ?", (wrong,))
    done = recordings.delete_recording(vault, wrong)
    assert done == {"deleted": wrong, "couple_id": couple_id, "voice_samples_deleted": 1}
    for table in ("analyses", "jobs", "voice_samples", "notes"):
        assert vault.one(f"SELECT count(*) FROM {table} WHERE recording_id = ?", (wrong,))[0] == 0, table
    assert [r["id"] for r in recordings.list_recordings(vault, couple_id)] == [kept]
    assert vault.one("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'recording' "
                     "AND entity_id = ?", (wrong,))[0] == 1
    with pytest.raises(NotFound):
        recordings.delete_recording(vault, wrong)
