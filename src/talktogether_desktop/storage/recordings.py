"""Recordings in the vault: import (checked, deduplicated, all or nothing) and reading the audio back.

The original file's bytes are stored unchanged, in chunks of 1 MiB inside the encrypted vault, so
the file on the therapist's disk can be deleted after import and nothing is lost or re-encoded.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from ..audio import AudioInfo, DecodedAudio, decode_bytes, scan_bytes
from ..audio.decode import WHISPER_RATE
from ..audio.files import read_input_file
from ..audio.metadata import parse_date
from ..errors import ConsentMissing, DuplicateRecording, NotFound, UsageError, VaultError
from .vault import Vault, now_iso

CHUNK_BYTES = 1 << 20
# Vault setting overriding the longest recording accepted (hours); else $TALKTOGETHER_MAX_RECORDING_HOURS, else 3.
MAX_HOURS_SETTING = "max_recording_hours"
STATUSES = ("imported", "transcribed", "diarized", "analysed", "failed", "no_speech")
_LIST_COLUMNS = (
    "id, couple_id, assignment_id, sha256, original_name, container, codec, size_bytes, duration_s, "
    "channels, sample_rate, recorded_at, imported_at, source, status, speaker_count, consent_confirmed_at, data, "
    "import_warning"
)


@dataclass
class ImportResult:
    id: int
    duplicate: bool
    info: Optional[AudioInfo]
    sha256: str
    job_id: Optional[int] = None  # the processing job queued with it

    def to_dict(self) -> dict:
        out = {"id": self.id, "duplicate": self.duplicate, "sha256": self.sha256}
        if self.info is not None:
            out.update(self.info.to_dict())
        return out


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_by_sha256(vault: Vault, sha256: str) -> Optional[int]:
    row = vault.one("SELECT id FROM recordings WHERE sha256 = ?", (sha256,))
    return int(row[0]) if row else None


def import_file(vault: Vault, couple_id: int, path: str | Path, **options) -> ImportResult:
    """Read a file into memory (never modifying it) and import it; see import_recording."""
    data, mtime = read_input_file(path)
    options.setdefault("original_name", readable_name(Path(path).expanduser().name))
    options.setdefault("mtime", mtime)
    return import_recording(vault, couple_id, data, **options)


def import_recording(
    vault: Vault,
    couple_id: int,
    data: bytes,
    original_name: Optional[str] = None,
    mtime: Optional[float] = None,
    assignment_id: Optional[int] = None,
    recorded_at: Optional[str] = None,
    speaker_count: int = 2,
    source: str = "import",
    max_duration_s: Optional[float] = None,
    accept_cut_short: bool = False,
    queue_processing: Optional[dict] = None,
) -> ImportResult:
    """Check the audio, then store row, bytes and audit entry in one transaction.

    Raises a BadAudio subtype (nothing stored) or DuplicateRecording (carrying the existing id). A file
    whose end is missing raises CutShort unless `accept_cut_short`: then it is stored with the warning.

    Unless `queue_processing` is False, a queued processing job (with those parameters) is stored in the
    same transaction, so a kill right after the import can never leave a recording nobody will process.
    """
    if vault.one("SELECT 1 FROM couples WHERE id = ?", (couple_id,)) is None:
        raise NotFound(f"There is no couple with id {couple_id}.")
    if assignment_id is not None and vault.one(
        "SELECT 1 FROM practice_assignments WHERE id = ? AND couple_id = ?", (assignment_id, couple_id)
    ) is None:
        raise NotFound(f"Couple {couple_id} has no practice assignment with id {assignment_id}.")
    if not 1 <= int(speaker_count) <= 8:
        raise UsageError("The number of speakers must be between 1 and 8.")
    if recorded_at is not None:
        parsed = parse_date(recorded_at)
        if parsed is None:
            raise UsageError(f"Cannot read the recording date {recorded_at!r}; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
        recorded_at = parsed

    if max_duration_s is None:
        hours = vault.get_setting(MAX_HOURS_SETTING)
        max_duration_s = float(hours) * 3600.0 if hours else None
    digest = sha256_hex(data)
    existing = find_by_sha256(vault, digest)
    if existing is not None:
        raise _duplicate(existing, original_name)
    info = scan_bytes(data, mtime=mtime, name=original_name, max_duration_s=max_duration_s,
                      allow_cut_short=accept_cut_short)
    if recorded_at is not None:
        info.recorded_at, info.recorded_at_source = recorded_at, "given"
    extra = {"recorded_at_source": info.recorded_at_source, "peak_dbfs": info.peak_dbfs, "audible_s": info.audible_s}
    try:
        with vault.transaction():
            cur = vault.execute(
                """INSERT INTO recordings (couple_id, assignment_id, sha256, original_name, container, codec,
                       size_bytes, duration_s, channels, sample_rate, recorded_at, imported_at, source,
                       status, speaker_count, data, import_warning)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?)""",
                (
                    couple_id, assignment_id, digest, original_name, info.container, info.codec, len(data),
                    info.duration_s, info.channels, info.sample_rate, info.recorded_at, now_iso(), source,
                    int(speaker_count), json.dumps(extra), info.cut_short,
                ),
            )
            recording_id = int(cur.lastrowid)
            view = memoryview(data)
            vault.conn.executemany(
                "INSERT INTO audio_chunks (recording_id, seq, data) VALUES (?, ?, ?)",
                ((recording_id, seq, bytes(view[pos : pos + CHUNK_BYTES]))
                 for seq, pos in enumerate(range(0, len(data), CHUNK_BYTES))),
            )
            job_id = None
            if queue_processing is not False:
                from .jobs import create_job

                job_id = create_job(vault, "process", recording_id, dict(queue_processing or {}))
            vault.audit("import", "recording", recording_id)
    except Exception as exc:
        # Two imports of the same file at once: the UNIQUE sha256 lets exactly one through.
        existing = find_by_sha256(vault, digest)
        if existing is not None and "UNIQUE" in str(exc).upper():
            raise _duplicate(existing, original_name) from exc
        raise
    return ImportResult(id=recording_id, duplicate=False, info=info, sha256=digest, job_id=job_id)


def _duplicate(existing: int, name: Optional[str]) -> DuplicateRecording:
    label = f"'{name}'" if name else "This file"
    return DuplicateRecording(
        f"{label} was imported before, as recording {existing}; the vault keeps one copy.", existing
    )


def get_recording(vault: Vault, recording_id: int) -> dict:
    row = vault.one(f"SELECT {_LIST_COLUMNS} FROM recordings WHERE id = ?", (recording_id,))
    if row is None:
        raise NotFound(f"There is no recording with id {recording_id}.")
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


def load_audio_bytes(vault: Vault, recording_id: int) -> bytes:
    """The original file's bytes, checked against the SHA-256 taken at import."""
    rec = vault.one("SELECT sha256, size_bytes FROM recordings WHERE id = ?", (recording_id,))
    if rec is None:
        raise NotFound(f"There is no recording with id {recording_id}.")
    chunks = [r[0] for r in vault.all("SELECT data FROM audio_chunks WHERE recording_id = ? ORDER BY seq", (recording_id,))]
    data = b"".join(chunks)
    del chunks
    if len(data) != rec["size_bytes"] or sha256_hex(data) != rec["sha256"]:
        raise VaultError(
            f"The stored audio of recording {recording_id} does not match its checksum; restore it from a backup."
        )
    return data


def decode_recording(
    vault: Vault, recording_id: int, target_rate: Optional[int] = None, mono: bool = False
) -> DecodedAudio:
    """Decode the stored audio in memory (channels kept unless mono)."""
    data = load_audio_bytes(vault, recording_id)
    # It passed the import check; one cut short was accepted then, with its warning stored.
    return decode_bytes(data, target_rate=target_rate, mono=mono, max_duration_s=float("inf"), allow_cut_short=True)


def load_mono_16k(vault: Vault, recording_id: int) -> np.ndarray:
    """The samples the speech models take: one float32 channel at 16 kHz."""
    return decode_recording(vault, recording_id, WHISPER_RATE, mono=True).samples[0]


def has_analysis_consent(vault: Vault, couple_id: int) -> bool:
    """Both partners have a current consent to have their recordings analysed."""
    from .couples import has_consent

    return has_consent(vault, couple_id, "recording_analysis")


def get_recording_to_analyse(vault: Vault, recording_id: int) -> dict:
    """The recording, if both partners consent to its analysis (the gate before diarizing or analysing)."""
    recording = get_recording(vault, recording_id)
    if not has_analysis_consent(vault, recording["couple_id"]):
        raise ConsentMissing(f"Recording {recording_id} is not analysed until both partners' consent is recorded.")
    return recording
