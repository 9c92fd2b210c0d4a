"""A process killed at any moment leaves a vault that opens, passes its integrity check and has no half-written rows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_testing import PASSPHRASE

WRITER = r"""
import json, os, sys
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import open_vault
vault = open_vault(sys.argv[1], passphrase=sys.argv[2])
print("ready", flush=True)
i = 0
while True:
    i += 1
    cid = couples.add_couple(vault, f"Couple {i}", ["A", "B"])
    chunks = 1 + i % 7
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, imported_at, data)"
            " VALUES (?, ?, ?, 1.0, 1, 16000, 'now', ?)",
            (cid, f"sha-{i}", chunks * 65536, json.dumps({"chunks": chunks})),
        )
        for seq in range(chunks):
            vault.execute("INSERT INTO audio_chunks (recording_id, seq, data) VALUES (?, ?, ?)",
                          (cur.lastrowid, seq, os.urandom(65536)))
"""


@pytest.mark.parametrize("delay", [0.4, 1.1, 2.3])
def test_kill_mid_write_leaves_a_consistent_vault(tmp_path, delay):
    vault, _ = create_vault(tmp_path / "v", PASSPHRASE)
    vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path / "v"), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    with open_vault(tmp_path / "v", passphrase=PASSPHRASE) as again:
        assert again.one("PRAGMA integrity_check")[0] == "ok"
        n_couples = again.one("SELECT count(*) FROM couples")[0]
        assert n_couples > 0, "the writer should have committed something before the kill"
        bad_partners = again.one(
            "SELECT count(*) FROM couples c WHERE (SELECT count(*) FROM partners p WHERE p.couple_id = c.id) != 2"
        )[0]
        assert bad_partners == 0
        bad_chunks = again.one(
            "SELECT count(*) FROM recordings r WHERE json_extract(r.data, '$.chunks') != "
            "(SELECT count(*) FROM audio_chunks a WHERE a.recording_id = r.id)"
        )[0]
        assert bad_chunks == 0
        assert again.one("SELECT count(*) FROM audio_chunks WHERE recording_id NOT IN (SELECT id FROM recordings)")[0] == 0
