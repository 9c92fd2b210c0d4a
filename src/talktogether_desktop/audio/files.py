"""Reading the audio file a user named, into memory, with errors that say what went wrong."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

from ..errors import BadInputFile
from .file_view import STREAM_FROM_BYTES, FileView


# The largest file read: a 3-hour recording (the longest imported, `decode.DEFAULT_MAX_DURATION_S`) as
# 48 kHz 24-bit stereo WAV is 3.1 GB, and a 3-hour phone video with its picture at about 3 Mbit/s about 4 GB.
# The whole file is held in memory while it is checked and stored, so nothing larger is read at all.
MAX_INPUT_BYTES = 4 * 1024**3


def read_input_file(path: str | Path) -> tuple[bytes, float]:
    """The file's bytes and modification time (the file itself is never changed).

    A missing file, a folder, something that is not a plain file (a device such as /dev/zero, a pipe,
    a socket), a file over `MAX_INPUT_BYTES` or an unreadable file raise BadInputFile (exit code 4)
    naming `path` as the user typed it, before anything is read."""
    fd, facts = _opened(path)
    return _read_all(path, fd, facts), facts.st_mtime


@contextmanager
def input_file(path: str | Path):
    """(data, modification time) for an import: the file's bytes, or from `STREAM_FROM_BYTES` on a FileView that
    reads it in place (a 3 GB WAV was held whole in memory); refused as `read_input_file` refuses."""
    fd, facts = _opened(path)
    if facts.st_size < STREAM_FROM_BYTES:
        yield _read_all(path, fd, facts), facts.st_mtime
        return
    view = FileView(fd, facts.st_size, str(path))
    try:
        yield view, facts.st_mtime
    finally:
        view.close()


def _opened(path: str | Path) -> tuple[int, os.stat_result]:
    file = Path(path).expanduser()
    try:
        # not blocking: opening a pipe would otherwise wait for a writer before it could be refused
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise BadInputFile(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise BadInputFile(f"{path} is a folder, not an audio file.") from exc
    except OSError as exc:
        raise BadInputFile(f"Could not read {path}: {exc.strerror or exc}.") from exc
    facts = os.fstat(fd)  # the file opened, not whatever the name points at now
    refusal = _refusal(path, facts)
    if refusal:
        os.close(fd)
        raise BadInputFile(refusal)
    return fd, facts


def _read_all(path, fd: int, facts: os.stat_result) -> bytes:
    with os.fdopen(fd, "rb") as opened:
        try:
            data = _read_whole(opened, facts.st_size)
        except OSError as exc:
            raise BadInputFile(f"Could not read {path}: {exc.strerror or exc}.") from exc
        except MemoryError as exc:
            raise BadInputFile(too_big_for_memory(path, facts.st_size)) from exc
    if len(data) > MAX_INPUT_BYTES:
        raise BadInputFile(_too_big(path, len(data)))
    return data


def _read_whole(opened, size: int) -> bytes:
    """The file's bytes, asking for no more memory than it holds: `read(n)` reserves n bytes before it reads, and
    `read(MAX_INPUT_BYTES + 1)` reserved 4 GiB for every file, which a computer with less memory than that (or one that
    promises no memory it does not have) refused, for a phone recording of 400 KB. A file still growing while it is
    read (being copied) is read on, in blocks, to the cap."""
    data = opened.read(size)
    if len(data) < size or not opened.peek(1):
        return data
    blocks = [data]
    total = len(data)
    while total <= MAX_INPUT_BYTES and (block := opened.read(1 << 20)):
        blocks.append(block)
        total += len(block)
    return b"".join(blocks)


def too_big_for_memory(path, size: int) -> str:
    """A file that does not fit in the memory free: it is held whole in memory, never copied to disk."""
    return (f"{path} ({size / 1e9:.1f} GB) could not be read: a recording is held whole in memory while it is checked "
            "and stored (never copied to disk), and this computer has too little memory free for it. Nothing was "
            "stored. Close other programs and try again, or make the file smaller first, for example "
            "`ffmpeg -i FILE -vn -c:a aac SMALLER.m4a` (an hour of phone recording is about 60 MB).")


def _refusal(path, facts: os.stat_result) -> str:
    if stat.S_ISDIR(facts.st_mode):
        return f"{path} is a folder, not an audio file."
    if not stat.S_ISREG(facts.st_mode):
        return f"{path} is not a plain file (it is a device, a pipe or a socket); give the recording's file."
    return _too_big(path, facts.st_size) if facts.st_size > MAX_INPUT_BYTES else ""


def _too_big(path, size: int) -> str:
    return (f"{path} is {size / 1e9:.1f} GB; TalkTogether reads files of up to {MAX_INPUT_BYTES / 1e9:.1f} GB "
            f"(a 3-hour recording fits). For a long video, keep only its sound first, for example "
            f"`ffmpeg -i VIDEO -vn -c:a copy SOUND.m4a`, and import that.")


# Characters a file name may hold that are no text to show: control characters (a line break, a terminal's escape:
# "fight\x1b]52;c;…\x07.m4a" printed by `recording list` set the therapist's clipboard, "\x1b[2J" cleared the screen)
# and the bidirectional overrides and isolates that show a name other than it is ("fight\u202egpj.m4a").
_NOT_SHOWN = {c: " " for c in range(0x20)} | {0x7F: " "} | {c: " " for c in range(0x80, 0xA0)} | {
    c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown: bytes that are not UTF-8 (Linux names are bytes)
    become U+FFFD instead of surrogates that no UTF-8 writer accepts, and control characters a space."""
    return os.fsencode(name).decode("utf-8", "replace").translate(_NOT_SHOWN)
