"""Reading the audio file a user named, into memory, with errors that say what went wrong."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import BadInputFile


def read_input_file(path: str | Path) -> tuple[bytes, float]:
    """The file's bytes and modification time (the file itself is never changed).

    A missing file, a folder or an unreadable file raise BadInputFile (exit code 4) naming `path`
    as the user typed it."""
    file = Path(path).expanduser()
    try:
        data = file.read_bytes()
        mtime = file.stat().st_mtime
    except FileNotFoundError as exc:
        raise BadInputFile(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise BadInputFile(f"{path} is a folder, not an audio file.") from exc
    except OSError as exc:
        raise BadInputFile(f"Could not read {path}: {exc.strerror or exc}.") from exc
    return data, mtime


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown: bytes that are not UTF-8 (Linux names are bytes)
    become U+FFFD instead of surrogates that no UTF-8 writer accepts."""
    return os.fsencode(name).decode("utf-8", "replace")
