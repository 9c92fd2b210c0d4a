"""Where things live on disk: the data directory, the model cache and the bundled resources."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from typing import Optional

import platformdirs

APP_DIR_NAME = "TalkTogether"
ENV_HOME = "TALKTOGETHER_HOME"


def data_dir(explicit: Optional[os.PathLike | str] = None) -> Path:
    """The folder holding the vault: `--data-dir`, else $TALKTOGETHER_HOME, else the platform's."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def model_cache_dir(explicit: Optional[os.PathLike | str] = None) -> Path:
    """Assembled speech models (no client data). Lives beside the vault when a home is set."""
    env = os.environ.get(ENV_HOME)
    if explicit:
        return Path(explicit).expanduser() / "models"
    if env:
        return Path(env).expanduser() / "models"
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)) / "models"


def resources_dir() -> Path:
    """The bundled resources: `resources/` in a checkout, or the copy installed with the package."""
    here = Path(__file__).resolve().parent
    # Packaged (Briefcase copies resources/ beside the package), then a source checkout (src/ layout).
    for candidate in (here / "resources", here.parent / "resources", here.parent.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    return here.parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# --- files only their owner can read -----------------------------------------------------------------

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def write_private(path: os.PathLike | str, data: bytes | str) -> None:
    """Write a file readable by its owner only (0600), also when it existed before with wider rights."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as fh:
        if hasattr(os, "fchmod") and stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            os.fchmod(fh.fileno(), PRIVATE_FILE)  # never a device's rights (`-o /dev/stdout`, as root)
        fh.write(payload)


# The files that make a vault (storage.vault.VAULT_FILE, KEYS_FILE): a folder holding one is the vault's own.
VAULT_FILE_NAMES = ("vault.db", "vault.keys.json")


def holds_a_vault(folder: os.PathLike | str) -> bool:
    return any((Path(folder) / name).exists() for name in VAULT_FILE_NAMES)


def refuse_vault_folder(target: os.PathLike | str) -> None:
    """An export or a backup is never written into a vault's own folder: named `vault.keys.json` it replaced the key
    file (the vault then opened with neither the passphrase nor the recovery code), named `vault.db` the case file
    itself. OSError (said by each caller as the file that could not be written), before anything is written."""
    folder = Path(target).expanduser().parent
    try:
        folder = folder.resolve()  # a link to the vault's folder is that folder
    except OSError:
        return  # a folder that cannot be reached is said by the write itself
    if holds_a_vault(folder):
        raise OSError(errno.EEXIST, f"that folder ({folder}) holds a TalkTogether vault and only the vault's own "
                                    "files belong there; choose another folder", str(target))


def new_private_file(path: os.PathLike | str) -> int:
    """Open a new work file only its owner can read, for writing. Whatever is at the name (a work file a kill left,
    or a link someone left in a shared folder) is removed first, and a link made in between is refused (O_EXCL,
    O_NOFOLLOW): the work file is never written through a link into a file somewhere else."""
    remove_leftover(path)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)


def remove_leftover(path: os.PathLike | str) -> None:
    """Remove a work file, or a link at its name (never what the link points at)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def write_private_whole(path: os.PathLike | str, data: bytes | str) -> None:
    """Like write_private, but all or nothing: written to a private file beside it and renamed into place,
    so a failed write (a full disk, a folder that refuses it) leaves neither a half file nor a damaged old one."""
    import tempfile

    target = Path(path)
    refuse_vault_folder(target)
    if target.exists() and not target.is_file():
        # renamed over, a device (/dev/full), a pipe or a terminal would be replaced by the export (as root)
        raise OSError(errno.EEXIST, "it is a device, a pipe or a folder, not a file", str(target))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if _write_unnamed_then_link(target, payload):
        return
    fd, part = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except BaseException:
        try:
            os.unlink(part)
        except OSError:
            pass
        raise


def _write_unnamed_then_link(target: Path, payload: bytes) -> bool:
    """Linux: the file is written with no name (O_TMPFILE) and named only once whole, so a kill or a power cut
    while it is written leaves nothing (a named work file would be left beside the target holding the client's
    report, under a name the therapist never chose). False where the file system cannot (vfat, some network
    folders): the caller writes it the portable way."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return False
    try:
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        try:
            fd = os.open(".", flag | os.O_WRONLY, PRIVATE_FILE, dir_fd=folder)
        except OSError:
            return False
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), PRIVATE_FILE)
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
            # linkat(AT_SYMLINK_FOLLOW) of /proc/self/fd/N names the unnamed file (os.link uses linkat only when a
            # dir_fd is given; plain link() would try to link the /proc entry itself)
            unnamed = f"/proc/self/fd/{fh.fileno()}"
            try:
                os.link(unnamed, target.name, dst_dir_fd=folder, follow_symlinks=True)  # no file there yet
                return True
            except FileExistsError:
                pass
            except OSError:
                return False
            # An earlier file of that name is replaced in one step: the whole new file gets a work name first (only
            # between these two calls, never while it is written).
            part = f".{target.name}.{secrets.token_hex(4)}.part"
            os.link(unnamed, part, dst_dir_fd=folder, follow_symlinks=True)
            try:
                os.replace(part, target.name, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(part, dir_fd=folder)
                raise
        return True
    finally:
        os.close(folder)


def make_private(path: os.PathLike | str) -> None:
    """0600 for a file, 0700 for a folder, whoever created it (a no-op where it does not exist)."""
    try:
        os.chmod(path, PRIVATE_FOLDER if os.path.isdir(path) else PRIVATE_FILE)
    except FileNotFoundError:
        pass
