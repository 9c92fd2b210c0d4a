"""Opening the file a restore (or a check before one) reads: a plain file only, and its header."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from ..errors import BackupError, BadInputFile

MAGIC = b"TALKTOGETHER-BACKUP\n"


def open_backup_file(path: os.PathLike | str):
    """The backup file opened for reading; BadInputFile naming `path` for a missing file, a folder, or anything that
    is not a plain file. Opened without blocking and checked on what was opened: a named pipe given as the backup made
    `vault restore` wait silently for a writer that never came (a device such as /dev/zero was read for ever)."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise BadInputFile(f"The backup file {path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise BadInputFile(f"{path} is a folder; give the backup file itself.") from exc
    except OSError as exc:  # no permission, an I/O error
        raise BadInputFile(f"Could not read the backup file {path}: {exc.strerror or exc}.") from exc
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise BadInputFile(f"{path} is a folder; give the backup file itself.")
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise BadInputFile(f"{path} is not a plain file (it is a device, a pipe or a socket), so it is no backup "
                           "file; give the backup file itself. Nothing was changed.")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_header(path: os.PathLike | str) -> tuple[dict, int]:
    path = Path(path)
    try:
        with open_backup_file(path) as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BadInputFile(f"{path} is not a TalkTogether backup file.")
            line = fh.readline(1 << 20)
            header = json.loads(line)
            offset = fh.tell()
    except IsADirectoryError as exc:
        raise BadInputFile(f"{path} is a folder; give the backup file itself.") from exc
    except OSError as exc:  # an unreadable device, an I/O error
        raise BadInputFile(f"Could not read the backup file {path}: {exc.strerror or exc}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise BackupError(f"The backup file {path} is damaged (its header cannot be read).") from exc
    if not isinstance(header, dict):
        raise BackupError(f"The backup file {path} is damaged (its header cannot be read).")
    return header, offset
