"""Vault figures: unlock time (full-strength argon2id), and backup/restore time for a ~200 MB vault.

Run: .venv/bin/python benchmarks/vault.py [--mb 200]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path


from talktogether_desktop.storage import backup, couples  # noqa: E402
from talktogether_desktop.storage.vault import create_vault, open_vault  # noqa: E402

PASS = "benchmark passphrase"


def fill(vault, megabytes: int) -> None:
    """Recordings of ~10 MB each, stored as 1 MiB chunks like real imports."""
    chunk = os.urandom(1 << 20)
    per_recording = 10
    for i in range(max(1, megabytes // per_recording)):
        cid = couples.add_couple(vault, f"Couple {i}", ["A", "B"])
        with vault.transaction():
            cur = vault.execute(
                "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, imported_at)"
                " VALUES (?, ?, ?, 600, 1, 16000, 'now')",
                (cid, f"sha-{i}", per_recording << 20),
            )
            for seq in range(per_recording):
                vault.execute("INSERT INTO audio_chunks VALUES (?, ?, ?)", (cur.lastrowid, seq, chunk[seq:] + chunk[:seq]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        vault, _ = create_vault(tmp / "v", PASS)
        create_s = time.perf_counter() - t0
        vault.close()
        opens = []
        for _ in range(5):
            t0 = time.perf_counter()
            open_vault(tmp / "v", passphrase=PASS).close()
            opens.append(time.perf_counter() - t0)
        vault = open_vault(tmp / "v", passphrase=PASS)
        t0 = time.perf_counter()
        fill(vault, args.mb)
        fill_s = time.perf_counter() - t0
        vault.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = (tmp / "v" / "vault.db").stat().st_size / 1e6
        t0 = time.perf_counter()
        open_vault(tmp / "v", passphrase=PASS).close()
        open_full_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        info = backup.backup(vault, tmp / "b.ttb")
        backup_s = time.perf_counter() - t0
        vault.close()
        t0 = time.perf_counter()
        backup.restore(tmp / "r", tmp / "b.ttb", passphrase=PASS)
        restore_s = time.perf_counter() - t0
        figures = {
            "create_s": round(create_s, 3),
            "open_empty_median_s": round(statistics.median(opens), 3),
            "vault_mb": round(size_mb, 1),
            "open_full_s": round(open_full_s, 3),
            "write_mb_per_s": round(size_mb / fill_s, 1),
            "backup_s": round(backup_s, 2),
            "backup_file_mb": round(info["size_bytes"] / 1e6, 1),
            "restore_verified_s": round(restore_s, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
