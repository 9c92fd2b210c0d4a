"""A recording in the room kept in the vault while it is made ("a take"), so a crash, a kill or a power cut loses
at most the last few seconds of it, never the session.

The sound goes in as 16-bit PCM blocks, each in its own transaction, encrypted like everything else in the vault;
nothing is ever written beside it. Stop and save turns the take into a recording and removes it in one transaction;
a take whose process is gone was cut off and is offered back at the next unlock. This module only stores and loads.
"""

from __future__ import annotations

import os
import time
from typing import Optional

import numpy as np

from .jobs import _age_s, _pid_alive
from .vault import Vault, now_iso

# A take's process writes (or beats) every few seconds, but its vault thread may be busy for minutes (a backup, a
# large import): only silence this long counts as gone where the process's start cannot be read (not Linux).
STALE_AFTER_S = 1800.0


def start_take(vault: Vault, couple_id: int, sample_rate: int) -> int:
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO room_takes (couple_id, sample_rate, started_at, pid, heartbeat_at) VALUES (?, ?, ?, ?, ?)",
            (couple_id, int(sample_rate), now_iso(), os.getpid(), now_iso()),
        )
        return int(cur.lastrowid)


def add_sound(vault: Vault, take_id: int, samples: np.ndarray) -> bool:
    """Append float samples (-1..1) as 16-bit PCM in one transaction; an empty block only beats the heartbeat.
    False when the take is gone (its couple erased meanwhile): nothing is written."""
    pcm = to_pcm16(samples)
    with vault.transaction():
        row = vault.one("SELECT frames FROM room_takes WHERE id = ?", (take_id,))
        if row is None:
            return False
        if pcm.size:
            seq = vault.one("SELECT coalesce(max(seq) + 1, 0) FROM room_take_chunks WHERE take_id = ?", (take_id,))[0]
            vault.execute("INSERT INTO room_take_chunks (take_id, seq, pcm) VALUES (?, ?, ?)",
                          (take_id, int(seq), pcm.astype("<i2").tobytes()))
        vault.execute("UPDATE room_takes SET frames = frames + ?, pid = ?, heartbeat_at = ? WHERE id = ?",
                      (int(pcm.size), os.getpid(), now_iso(), take_id))
    return True


def get_take(vault: Vault, take_id: int) -> Optional[dict]:
    row = vault.one("SELECT t.*, c.name AS couple_name FROM room_takes t JOIN couples c ON c.id = t.couple_id "
                    "WHERE t.id = ?", (take_id,))
    return dict(row) if row is not None else None


def load_sound(vault: Vault, take_id: int) -> np.ndarray:
    """The take's sound so far, as the 16-bit PCM it was kept in."""
    blobs = [r[0] for r in vault.all("SELECT pcm FROM room_take_chunks WHERE take_id = ? ORDER BY seq", (take_id,))]
    return np.frombuffer(b"".join(blobs), dtype="<i2").astype(np.int16)


def cut_off_takes(vault: Vault, stale_after_s: float = STALE_AFTER_S) -> list[dict]:
    """Takes no live process is recording any more (a crash, a kill, a power cut), oldest first, with the couple's
    name and their length in frames. This process's own takes are not among them."""
    rows = vault.all("SELECT t.*, c.name AS couple_name FROM room_takes t JOIN couples c ON c.id = t.couple_id "
                     "ORDER BY t.id")
    return [dict(r) for r in rows if not _still_recording(r, stale_after_s)]


def _still_recording(take, stale_after_s: float) -> bool:
    """Whether the process that began the take is recording it now: this one, or a live process that is not a later
    one given the same id (after a power cut and a restart, ids are given again)."""
    pid = take["pid"]
    if pid == os.getpid():
        return True
    if not _pid_alive(pid):
        return False
    started = _process_started(pid)
    if started is not None:
        return started <= _epoch(take["started_at"]) + 5.0  # began after the take: another process
    return _age_s(take["heartbeat_at"]) <= stale_after_s


def _process_started(pid: int) -> Optional[float]:
    """When a process began (seconds since the epoch), from /proc on Linux; None elsewhere."""
    try:
        with open(f"/proc/{int(pid)}/stat", encoding="ascii") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])  # field 22, starttime, after the command's name
        with open("/proc/stat", encoding="ascii") as fh:
            boot = next(int(line.split()[1]) for line in fh if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _epoch(stamp: str) -> float:
    return time.time() - _age_s(stamp)


def delete_take(vault: Vault, take_id: int, audited: bool = True) -> None:
    """Remove a take and its sound (secure_delete overwrites it); inside the caller's transaction when there is one."""
    with vault.transaction():
        vault.execute("DELETE FROM room_takes WHERE id = ?", (take_id,))
        if audited:
            vault.audit("delete", "room_take", take_id)


def to_pcm16(samples: np.ndarray) -> np.ndarray:
    samples = np.asarray(samples, dtype=np.float32).reshape(-1)
    return (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
