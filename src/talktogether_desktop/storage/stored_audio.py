"""A stored recording's bytes read from the vault a chunk at a time, never whole.

Processing or playing a recording read its original file back into one buffer of its size first: a 3 h WAV (2.07 GB
at 48 kHz stereo) sat in memory whole beside its decoded samples, 3.0 GB at the peak. `StoredAudio` instead answers
`pread(length, offset)` from the chunks that hold those bytes (1 MiB each), so the decoder reads it as it reads a file
on disk (`audio.file_view.SourceView`). `verify()` reads it through once first, in order, against the SHA-256 taken
at import: nothing is decoded from audio that does not match it.
"""

from __future__ import annotations

import bisect
import hashlib

from ..errors import NotFound, VaultError
from .vault import Vault


class StoredAudio:
    """`size`, `pread(length, offset)` and `verify()` over one recording's audio chunks."""

    def __init__(self, vault: Vault, recording_id: int):
        rec = vault.one("SELECT sha256, size_bytes FROM recordings WHERE id = ?", (recording_id,))
        if rec is None:
            raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
        self.vault, self.recording_id = vault, recording_id
        self.size, self._sha256 = int(rec["size_bytes"]), rec["sha256"]
        # length() of a blob is read from its record's header: the chunks themselves are not read here
        rows = vault.all("SELECT seq, length(data) FROM audio_chunks WHERE recording_id = ? ORDER BY seq", (recording_id,))
        self._seqs = [int(r[0]) for r in rows]
        self._starts, pos = [], 0
        for r in rows:
            self._starts.append(pos)
            pos += int(r[1])
        if pos != self.size:
            raise self._damaged()

    def _damaged(self) -> VaultError:
        return VaultError(f"The stored audio of recording {self.recording_id} does not match its checksum; restore it "
                          "from a backup.")

    def verify(self) -> None:
        """VaultError unless the chunks, read in order, are the bytes whose SHA-256 was taken at import."""
        digest, pos = hashlib.sha256(), 0
        for (chunk,) in self.vault.execute("SELECT data FROM audio_chunks WHERE recording_id = ? ORDER BY seq",
                                           (self.recording_id,)):
            digest.update(chunk)
            pos += len(chunk)
        if pos != self.size or digest.hexdigest() != self._sha256:
            raise self._damaged()

    def _chunk(self, index: int) -> bytes:
        row = self.vault.one("SELECT data FROM audio_chunks WHERE recording_id = ? AND seq = ?",
                             (self.recording_id, self._seqs[index]))
        if row is None:  # erased meanwhile (deleting is refused while it is processed; a restore is not)
            raise self._damaged()
        return bytes(row[0])

    def pread(self, length: int, offset: int) -> bytes:
        """Exactly `length` bytes from `offset` (at most to the end)."""
        end = min(self.size, offset + length)
        if offset >= end:
            return b""
        parts, pos = [], offset
        index = bisect.bisect_right(self._starts, pos) - 1
        while pos < end:
            chunk, start = self._chunk(index), self._starts[index]
            parts.append(chunk[pos - start:end - start])
            pos = start + len(chunk)
            index += 1
        return parts[0] if len(parts) == 1 else b"".join(parts)
