"""Recordings in the vault: stored all or nothing, deduplicated, and their bytes read back.

The original file's bytes are stored unchanged, in chunks of 1 MiB inside the encrypted vault, so
the file on the therapist's disk can be deleted after import and nothing is lost or re-encoded.
Checking and decoding the audio is pipeline work (`pipeline.ops_recordings`); this module only
stores and loads.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterator, Mapping, Optional

from ..errors import DuplicateRecording, NotFound, UsageError, VaultError
from .vault import Vault, now_iso

CHUNK_BYTES = 1 << 20
STATUSES = ("imported", "transcribed", "diarized", "analysed", "failed", "no_speech")
_LIST_COLUMNS = (
    "id, couple_id, assignment_id, sha256, original_name, container, codec, size_bytes, duration_s, "
    "channels, sample_rate, recorded_at, imported_at, source, status, speaker_count, consent_confirmed_at, data, "
    "import_warning"
)


def sha256_hex(data: bytes) -> str:
    if hasattr(data, "sha256_hex"):  # a large file read where it lies (audio.file_view.FileView)
        return data.sha256_hex()
    return hashlib.sha256(data).hexdigest()


def _chunks(data, digest: str) -> Iterator[bytes]:
    """The bytes to store, CHUNK_BYTES at a time. A file read where it lies is hashed again as it is stored, and
    must still be the file whose hash the duplicate check used (else BadInputFile: nothing is stored)."""
    if not hasattr(data, "blocks"):
        view = memoryview(data)
        yield from (bytes(view[pos:pos + CHUNK_BYTES]) for pos in range(0, len(data), CHUNK_BYTES))
        return
    again = hashlib.sha256()
    for block in data.blocks(CHUNK_BYTES):
        again.update(block)
        yield block
    if again.hexdigest() != digest:
        raise data.changed()


def find_by_sha256(vault: Vault, sha256: str) -> Optional[int]:
    row = vault.one("SELECT id FROM recordings WHERE sha256 = ?", (sha256,))
    return int(row[0]) if row else None


def check_new_recording(vault: Vault, couple_id: int, assignment_id: Optional[int]) -> None:
    """NotFound before any audio work, when the recording could not be stored (the number of speakers is the
    pipeline's to check: it is the speaker finder's limit)."""
    if vault.one("SELECT 1 FROM couples WHERE id = ?", (couple_id,)) is None:
        raise NotFound(f"There is no couple with id {couple_id}.", missing="couple")
    if assignment_id is not None and vault.one(
        "SELECT 1 FROM practice_assignments WHERE id = ? AND couple_id = ?", (assignment_id, couple_id)
    ) is None:
        raise NotFound(f"Couple {couple_id} has no practice assignment with id {assignment_id}.")


def duplicate_of(vault: Vault, digest: str, original_name: Optional[str]) -> Optional[DuplicateRecording]:
    """The error to raise when these bytes are already stored (it carries the existing id), else None."""
    existing = find_by_sha256(vault, digest)
    return _duplicate(existing, original_name) if existing is not None else None


def add_recording(
    vault: Vault,
    couple_id: int,
    data: bytes,
    digest: str,
    facts: Mapping[str, Any],
    original_name: Optional[str] = None,
    assignment_id: Optional[int] = None,
    speaker_count: int = 2,
    source: str = "import",
    extra: Optional[Mapping[str, Any]] = None,
    import_warning: Optional[str] = None,
    queue_job: Optional[Mapping[str, Any]] = None,
) -> int:
    """Store row, bytes and audit entry in one transaction; `facts` as the audio check found them
    (container, codec, duration_s, channels, sample_rate, recorded_at). Returns the new id.

    `import_warning` (a file accepted although cut short) is kept with the recording. With `queue_job`
    (its parameters), the processing job is stored in the same transaction, so a kill right after the
    import can never leave a recording that nothing will process."""
    with vault.transaction():
        # Asked again under the write lock (BEGIN IMMEDIATE): another import of the same file that
        # finished while this one was reading the audio is seen here, before any row is written.
        duplicate = duplicate_of(vault, digest, original_name)
        if duplicate is not None:
            raise duplicate
        cur = vault.execute(
            """INSERT INTO recordings (couple_id, assignment_id, sha256, original_name, container, codec,
                   size_bytes, duration_s, channels, sample_rate, recorded_at, imported_at, source,
                   status, speaker_count, data, import_warning)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?)""",
            (
                couple_id, assignment_id, digest, original_name, facts["container"], facts["codec"], len(data),
                facts["duration_s"], facts["channels"], facts["sample_rate"], facts.get("recorded_at"),
                now_iso(), source, int(speaker_count), json.dumps(dict(extra or {})), import_warning,
            ),
        )
        recording_id = int(cur.lastrowid)
        vault.conn.executemany(
            "INSERT INTO audio_chunks (recording_id, seq, data) VALUES (?, ?, ?)",
            ((recording_id, seq, chunk) for seq, chunk in enumerate(_chunks(data, digest))),
        )
        if queue_job is not None:
            from .jobs import create_job

            create_job(vault, "process", recording_id, dict(queue_job))
        vault.audit("import", "recording", recording_id)
    return recording_id


def _duplicate(existing: int, name: Optional[str]) -> DuplicateRecording:
    label = f"'{name}'" if name else "This file"
    return DuplicateRecording(
        f"{label} was imported before, as recording {existing}; the vault keeps one copy.", existing
    )


def get_recording(vault: Vault, recording_id: int) -> dict:
    row = vault.one(f"SELECT {_LIST_COLUMNS} FROM recordings WHERE id = ?", (recording_id,))
    if row is None:
        raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
    return _row(row)


def list_recordings(vault: Vault, couple_id: Optional[int] = None) -> list[dict]:
    if couple_id is None:
        rows = vault.all(f"SELECT {_LIST_COLUMNS} FROM recordings ORDER BY coalesce(recorded_at, imported_at), id")
    else:
        rows = vault.all(
            f"SELECT {_LIST_COLUMNS} FROM recordings WHERE couple_id = ? ORDER BY coalesce(recorded_at, imported_at), id",
            (couple_id,),
        )
    return [_row(r) for r in rows]


def _row(row) -> dict:
    out = dict(row)
    out["data"] = json.loads(out.get("data") or "{}")
    return out


def set_status(vault: Vault, recording_id: int, status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown recording status {status!r}")
    vault.execute("UPDATE recordings SET status = ? WHERE id = ?", (status, recording_id))


def set_speaker_count(vault: Vault, recording_id: int, count: int) -> None:
    """How many people speak in the recording, as the therapist gave it (inside the caller's transaction)."""
    vault.execute("UPDATE recordings SET speaker_count = ? WHERE id = ?", (int(count), recording_id))


def load_audio_bytes(vault: Vault, recording_id: int) -> bytearray:
    """The original file's bytes, checked against the SHA-256 taken at import.

    Read chunk by chunk into one buffer of the recorded size: the chunks gathered in a list and then joined took twice
    the file's size at once (a 3.1 GB recording accepted at a 3.2 GB peak was read back at 6.0 GB to be processed).
    The decoder reads the buffer in place (`audio.decode`)."""
    rec = vault.one("SELECT sha256, size_bytes FROM recordings WHERE id = ?", (recording_id,))
    if rec is None:
        raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
    data, digest, pos = bytearray(rec["size_bytes"]), hashlib.sha256(), 0
    for (chunk,) in vault.execute("SELECT data FROM audio_chunks WHERE recording_id = ? ORDER BY seq", (recording_id,)):
        end = pos + len(chunk)
        if end <= len(data):
            data[pos:end] = chunk
            digest.update(chunk)
        pos = end
    if pos != rec["size_bytes"] or digest.hexdigest() != rec["sha256"]:
        raise VaultError(
            f"The stored audio of recording {recording_id} does not match its checksum; restore it from a backup."
        )
    return data


def delete_recording(vault: Vault, recording_id: int) -> dict:
    """Erase one recording: its audio, transcript, speakers, analyses, reports, notes and jobs, and the voice samples
    taken from it (secure_delete is on), in one transaction, audited by id. Refused while it is being processed."""
    rec = get_recording(vault, recording_id)
    if vault.one("SELECT 1 FROM jobs WHERE recording_id = ? AND state = 'running'", (recording_id,)) is not None:
        raise UsageError("This recording is being processed; stop the processing first, then delete it.")
    with vault.transaction():
        samples = vault.execute("DELETE FROM voice_samples WHERE recording_id = ?", (recording_id,)).rowcount
        vault.execute("DELETE FROM notes WHERE recording_id = ?", (recording_id,))  # (no foreign key: kept from step 1)
        vault.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
        vault.audit("delete", "recording", recording_id)
    return {"deleted": recording_id, "couple_id": rec["couple_id"], "voice_samples_deleted": max(0, samples)}


def called(vault: Vault, recording_id: int) -> str:
    """A recording as the therapist knows it, for a message: by the day it was made and its file's name ("The recording
    of 2026-12-04 (kitchen.m4a)"), never by its number in the vault, which the window shows nowhere."""
    from ..timefmt import local_time

    try:
        rec = get_recording(vault, recording_id)
    except NotFound:
        return "This recording"
    day = local_time(rec.get("recorded_at") or rec.get("imported_at"))[:10]  # this computer's day, not UTC's
    if rec.get("source") == "room":
        return f"The recording made in the room on {day}" if day else "The recording made in the room"
    name = f" ({rec['original_name']})" if rec.get("original_name") else ""
    return f"The recording of {day}{name}" if day else f"The recording{name}"
