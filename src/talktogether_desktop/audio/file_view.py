"""A large recording read where it lies instead of into memory: random access shaped like the `bytes` the checks take.

A file is imported as its original bytes, checked (decoded, its container's structure walked) and stored in the vault's
audio chunks. Held whole in memory, a 3.1 GB WAV (the largest accepted) needed 3.2 GB free. A file from
`STREAM_FROM_BYTES` on is read in place instead, with `os.pread` through the one descriptor opened and checked: nothing
is copied to disk, and nothing of it is kept beyond a few blocks. The stored bytes are hashed as they are stored and
must match the hash the duplicate check used, or the import is refused (the file changed while it was read).

A stored recording is decoded the same way from the vault's chunks (`SourceView` over `storage.stored_audio`): read back
whole, a 3 h WAV took its 2 GB again next to the decoded samples each time it was processed or played."""

from __future__ import annotations

import hashlib
import io
import os
from collections import OrderedDict
from typing import Iterator

from ..errors import BadInputFile

STREAM_FROM_BYTES = 256 * 1024**2  # phone recordings (60 MB an hour) stay in memory, as before
BLOCK = 1 << 20
_CACHED_BLOCKS = 4


class ByteView:
    """`len(view)`, `view[i]` (an int), `view[a:b]` (bytes), `view.startswith(prefix)` and `reader()` (a seekable file
    object for the decoder) over bytes of known size that `pread` reads a part of at a time."""

    def __init__(self, size: int, name: str):
        self.size, self.name = int(size), name
        self._cache: OrderedDict[int, bytes] = OrderedDict()

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def pread(self, length: int, offset: int) -> bytes:
        """Exactly `length` bytes at `offset` (within `size`)."""
        raise NotImplementedError

    def _block(self, index: int) -> bytes:
        block = self._cache.get(index)
        if block is None:
            start = index * BLOCK
            block = self.pread(min(BLOCK, self.size - start), start)
            self._cache[index] = block
            if len(self._cache) > _CACHED_BLOCKS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(index)
        return block

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.size)
            if step != 1:
                raise ValueError("A byte view takes no step")
            if stop <= start:
                return b""
            first, last = start // BLOCK, (stop - 1) // BLOCK
            if first == last:
                block = self._block(first)
                return block[start - first * BLOCK:stop - first * BLOCK]
            return self.pread(stop - start, start)
        index = int(key)
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("byte view index out of range")
        return self._block(index // BLOCK)[index % BLOCK]

    def startswith(self, prefix: bytes) -> bool:
        return self[:len(prefix)] == prefix

    def reader(self) -> io.BufferedReader:
        return io.BufferedReader(_ViewReader(self), 1 << 16)


class SourceView(ByteView):
    """A view over any `source` with `size` and `pread(length, offset)`: a stored recording read from the vault a
    chunk at a time (`storage.stored_audio`), decoded without the whole file ever in memory.

    Every `TRIM_EVERY` reads the memory freed meanwhile is handed back to the system (`release_freed_memory`): the
    chunks read (1 MiB each, from the C library's heap once its mmap threshold has risen) between the decoder's many
    small buffers left the heap full of free holes it kept. Measured on a 3 h WAV (2.07 GB): 1.8 GB resident after
    decoding 345 MB of samples, then 1.2 GB held through the transcription; on a 300 MB WAV 164-225 MB over the
    samples' 52 MB without, 85 MB with."""

    TRIM_EVERY = 16

    def __init__(self, source, name: str = ""):
        super().__init__(source.size, name)
        self.source = source
        self._reads = 0

    def pread(self, length: int, offset: int) -> bytes:
        self._reads += 1
        if self._reads % self.TRIM_EVERY == 0:
            release_freed_memory()
        return self.source.pread(length, offset)


def release_freed_memory() -> None:
    """Hand the heap's free memory back to the system (glibc's malloc_trim; nothing where there is none)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


_TRIM: list = []


def _malloc_trim():
    if not _TRIM:
        try:
            import ctypes
            import ctypes.util

            _TRIM.append(ctypes.CDLL(ctypes.util.find_library("c") or None).malloc_trim)
        except (OSError, AttributeError):  # not glibc (macOS, Windows, musl without it)
            _TRIM.append(None)
    return _TRIM[0]


class FileView(ByteView):
    """A view over an open descriptor of a plain file of known size, with `blocks()` in order and its hash.
    A file found shorter than it was when opened raises BadInputFile (FileChanged): it changed while being read."""

    def __init__(self, fd: int, size: int, name: str):
        super().__init__(size, name)
        self.fd = fd

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        self._cache.clear()

    def changed(self) -> BadInputFile:
        return BadInputFile(f"{self.name} changed while it was being read (it is still being copied, or another "
                            "program wrote to it). Nothing was stored. Let the copy finish, then import it again.")

    def pread(self, length: int, offset: int) -> bytes:
        """Exactly `length` bytes at `offset` (within the size the file had when opened)."""
        parts, done = [], 0
        while done < length:
            part = os.pread(self.fd, length - done, offset + done)
            if not part:
                raise self.changed()
            parts.append(part)
            done += len(part)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def blocks(self, size: int = BLOCK) -> Iterator[bytes]:
        """The whole file in order, `size` bytes at a time (not cached)."""
        for pos in range(0, self.size, size):
            yield self.pread(min(size, self.size - pos), pos)
        if os.pread(self.fd, 1, self.size):  # grown since it was opened: not the file that was checked
            raise self.changed()

    def sha256_hex(self) -> str:
        digest = hashlib.sha256()
        for block in self.blocks():
            digest.update(block)
        return digest.hexdigest()


class _ViewReader(io.RawIOBase):
    """The view as a seekable raw file for FFmpeg (reads never past the size it had when opened)."""

    def __init__(self, view: ByteView):
        super().__init__()
        self._view, self._pos = view, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        n = max(0, min(len(target), self._view.size - self._pos))
        if n:
            target[:n] = self._view.pread(n, self._pos)
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._view.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos
