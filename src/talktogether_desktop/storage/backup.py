"""Encrypted backup to one file, and restore with verification.

A backup is the vault's encrypted pages (an `sqlcipher_export` copy) plus its key file, in one file:
it opens only with the passphrase or recovery code that was current when it was made.
Layout: MAGIC, one JSON header line, then the encrypted database bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import sqlcipher3

from ..errors import (BackupError, BadInputFile, OtherVaultBackup, VaultDamaged, VaultInUse,
                      WrongPassphrase, WrongRecoveryCode)
from ..jobs import UNKNOWN_HOW_FAR, CancelToken, ProgressFn, check as check_cancel, no_progress, scaled
from ..paths import make_private, new_private_file, refuse_vault_folder
from .backup_source import MAGIC, open_backup_file, read_header
from .backup_work import claimed_work_files
from .file_growth import growth_told
from .interruptible import interruptible
from . import sidecar, vault_here
from .vault import KEYS_FILE, VAULT_FILE, Vault, _connect, damage_error, now_iso, open_vault
from .vault_lock import hold_open_lock, release_lock

FORMAT_VERSION = 1
CHUNK = 1 << 20
COPYING = "Copying the vault (encrypted)…"
CHECKING_COPY = "Checking the copy: reading back every page…"  # how far along is not known (UNKNOWN_HOW_FAR)


DAMAGED_NO_BACKUP = (
    "The vault file is damaged: a part of it can no longer be read, so no backup was made (a copy would be damaged "
    "too). Nothing was changed. Restore the vault from an earlier backup with `talktogether vault restore FILE`."
)

# Written just before a restore swaps files, removed when it is done (see finish_interrupted_restore).
PENDING_FILE = "restore.pending"


def backup(vault: Vault, dest: os.PathLike | str, progress: Optional[ProgressFn] = None,
           cancel: Optional[CancelToken] = None) -> dict:
    """Cancelled (at any point before the finished file takes its name), no work file is left and `dest` is as it was."""
    dest, progress = Path(dest), progress or no_progress
    if dest.is_dir():
        raise BadInputFile(f"{dest} is a folder; give a file name for the backup.")
    if dest.exists() and not dest.is_file():  # renamed over, a device or a pipe would be replaced (as root)
        raise BadInputFile(f"{dest} is a device or a pipe, not a file; give a file name for the backup.")
    try:
        refuse_vault_folder(dest)
    except OSError as exc:  # the backup would be written among the vault's own files, or over one of them
        raise BadInputFile(f"No backup was written to {dest}: {exc.strerror}.") from exc
    dest.parent.mkdir(parents=True, exist_ok=True)
    with claimed_work_files(dest) as (export, partial):  # refused while another backup writes into that folder
        digest, header = _written(vault, dest, export, partial, progress, cancel)
    with vault.transaction():
        vault.audit("backup", "vault")
    return {"file": str(dest), "size_bytes": dest.stat().st_size, "sha256": digest, "schema_version": header["schema_version"]}


def _written(vault: Vault, dest: Path, export: Path, partial: Path, progress: ProgressFn,
             cancel: Optional[CancelToken]) -> tuple[str, dict]:
    """The vault exported to `export`, checked, and written with its header to `partial`, then renamed to `dest`."""
    key_hex = vault.data_key_pragma()
    vault.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key_hex}'\"", (str(export),))
    try:
        progress(0.0, COPYING)
        expected = int(vault.one("PRAGMA page_count")[0]) * int(vault.one("PRAGMA page_size")[0])
        with interruptible(vault.conn, cancel), growth_told(export, expected, scaled(progress, 0, 0.7), COPYING):
            vault.execute("SELECT sqlcipher_export('backup')")
        version = vault.one("PRAGMA user_version")[0]
        vault.execute(f"PRAGMA backup.user_version = {int(version)}")
    except sqlcipher3.DatabaseError as exc:
        # sqlcipher_export reports a damaged page as a plain SQL error: the vault's own check tells which
        if damage_error(exc) is None and not _damaged(vault):
            raise
        raise VaultDamaged(DAMAGED_NO_BACKUP) from exc
    finally:
        vault.execute("DETACH DATABASE backup")
    progress(UNKNOWN_HOW_FAR, CHECKING_COPY)
    try:
        _verify_db(export, bytes.fromhex(key_hex), vault.vault_id, cancel)
    except BackupError as exc:  # the copy of a vault that read back whole: the vault itself is damaged
        raise VaultDamaged(DAMAGED_NO_BACKUP) from exc
    digest, size = _sha256(export)
    header = {
        "format": "talktogether-backup",
        "version": FORMAT_VERSION,
        "created_at": now_iso(),
        "vault_id": vault.vault_id,
        "schema_version": int(version),
        "db_size": size,
        "db_sha256": digest,
        "keys": vault.keys_doc,
    }
    make_private(export)
    fd = new_private_file(partial)
    with os.fdopen(fd, "wb") as out, open(export, "rb") as src:
        out.write(MAGIC)
        out.write(json.dumps(header).encode() + b"\n")
        _copy(src, out, size, scaled(progress, 0.7, 1.0), cancel, "Writing the backup file…")
    make_private(partial)
    check_cancel(cancel)  # the last moment: after this the backup is whole and in place
    os.replace(partial, dest)
    return digest, header


def restore(
    data_dir: os.PathLike | str,
    source: os.PathLike | str,
    passphrase: Optional[str] = None,
    recovery_code: Optional[str] = None,
    accept_other_vault: bool = False,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
) -> dict:
    """Verify the backup completely, then put it in place. A vault already there is kept aside, not erased.
    A backup of another vault than the one here is refused (OtherVaultBackup) unless `accept_other_vault`.
    Cancelled before the swap (progress 1.0, "Putting the backup in place"), nothing here is changed."""
    data_dir, source, progress = Path(data_dir), Path(source), progress or no_progress
    header, offset, data_key = _opened(source, passphrase, recovery_code, scaled(progress, 0.0, 0.4), cancel)
    found = vault_here.identify(data_dir, header)
    here = found["vault_id"] if found["state"] == vault_here.OTHER else None
    if here is not None and not accept_other_vault:
        raise OtherVaultBackup(
            f"{source} is a backup of another vault (vault id {_short(header['keys'].get('vault_id'))}), not of the "
            f"vault in {data_dir} (vault id {_short(here)}): restoring it would replace this vault's couples, "
            "recordings and notes with that vault's. Nothing was changed. If that is what you want, restore it with "
            "--accept-other-vault (the vault here is kept aside, still encrypted)."
        )
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    incoming = data_dir / (VAULT_FILE + ".restoring")
    guard = _claim(incoming)  # until the swap: an open meanwhile must not take the file for a leftover
    try:
        restored = _restore_claimed(data_dir, source, incoming, header, offset, data_key, passphrase, recovery_code,
                                    progress, cancel)
    finally:
        release_lock(guard)
    return dict(restored, other_vault=here is not None, **_described(header, found))


def _described(header: dict, found: dict) -> dict:
    """Which vault the backup was made from, and what was in the folder (see vault_here): both faces say it."""
    return {"backup_vault_id": header["keys"].get("vault_id"), "backup_made_at": header.get("created_at"),
            "vault_here": found["state"], "vault_here_id": found["vault_id"]}


_short = vault_here.short_id


def _restore_claimed(data_dir: Path, source: Path, incoming: Path, header: dict, offset: int, data_key: bytes,
                     passphrase: Optional[str], recovery_code: Optional[str], progress: ProgressFn,
                     cancel: Optional[CancelToken]) -> dict:
    keys_doc = header["keys"]
    try:
        fd = os.open(incoming, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open_backup_file(source) as fh, os.fdopen(fd, "wb") as out:
            fh.seek(offset)
            _copy(fh, out, int(header["db_size"]), scaled(progress, 0.4, 0.8), cancel, "Copying the backup in…")
        progress(UNKNOWN_HOW_FAR, CHECKING_COPY)
        _verify_db(incoming, data_key, keys_doc["vault_id"], cancel)
        check_cancel(cancel)
        progress(1.0, "Putting the backup in place…")  # from here on it is not stopped: the swap is quick
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise

    try:
        lock_fd = hold_open_lock(data_dir, exclusive=True)  # refused while anyone has the vault open
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    try:
        # A kill from here on is finished at the next open (finish_interrupted_restore): the new files and
        # a note of where the old ones go are on disk before the first rename.
        sidecar.write(data_dir / (KEYS_FILE + ".restoring"), keys_doc)
        aside_name = "replaced-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        sidecar.write(data_dir / PENDING_FILE, {"aside": aside_name})
        kept_aside = _swap_in(data_dir, aside_name)
    finally:
        release_lock(lock_fd)
    vault = open_vault(data_dir, recovery_code=recovery_code) if recovery_code else open_vault(data_dir, passphrase=passphrase)
    try:
        with vault.transaction():
            vault.audit("restore", "vault")
        couples = vault.one("SELECT count(*) FROM couples")[0]
    finally:
        vault.close()
    return {"restored_from": str(source), "couples": couples, "previous_vault_kept_as": kept_aside}


def check(source: os.PathLike | str, passphrase: Optional[str] = None, recovery_code: Optional[str] = None,
          data_dir: Optional[os.PathLike | str] = None, progress: Optional[ProgressFn] = None,
          cancel: Optional[CancelToken] = None) -> dict:
    """What `restore` checks before it touches the vault: the file is a whole TalkTogether backup (size, checksum) and
    the passphrase or recovery code opens it. A window checks first, then locks and restores: {"made_at",
    "size_bytes", "other_vault"} (with `data_dir`: whether it is a backup of another vault than the one there)."""
    header, _offset, _key = _opened(Path(source), passphrase, recovery_code, progress, cancel)
    found = vault_here.identify(Path(data_dir), header) if data_dir is not None else {"state": None, "vault_id": None}
    return {"made_at": header.get("created_at"), "size_bytes": Path(source).stat().st_size,
            "other_vault": found["state"] == vault_here.OTHER, **_described(header, found)}


def _opened(source: Path, passphrase: Optional[str], recovery_code: Optional[str],
            progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> tuple[dict, int, bytes]:
    """(header, where the database starts, its data key) of a whole backup; BackupError, BadInputFile or
    WrongPassphrase (naming the backup, not the vault) otherwise. Nothing is written."""
    header, offset = read_header(source)
    if header.get("format") != "talktogether-backup" or not isinstance(header.get("keys"), dict):
        raise BackupError(f"{source} is not a TalkTogether backup file.")
    total = source.stat().st_size - offset
    if total != header.get("db_size"):
        raise BackupError(f"The backup file {source} is incomplete or damaged (size does not match); nothing was changed.")
    digest, done = hashlib.sha256(), 0
    with open_backup_file(source) as fh:
        fh.seek(offset)
        while block := fh.read(CHUNK):
            check_cancel(cancel)
            digest.update(block)
            done += len(block)
            (progress or no_progress)(done / max(1, total), "Checking the backup file…")
    if digest.hexdigest() != header.get("db_sha256"):
        raise BackupError(f"The backup file {source} is damaged (checksum mismatch); nothing was changed.")
    keys_doc = header["keys"]
    try:
        if recovery_code:
            return header, offset, sidecar.unlock(keys_doc, "recovery", recovery_code)
        return header, offset, sidecar.unlock(keys_doc, "passphrase", passphrase or "")
    except (WrongPassphrase, WrongRecoveryCode) as exc:
        raise type(exc)(
            f"That {'recovery code' if recovery_code else 'passphrase'} does not open this backup; nothing was changed. "
            "A backup opens with the passphrase the vault had when the backup was made, or with the recovery code of "
            "that time.") from exc


def _swap_in(data_dir: Path, aside_name: str) -> Optional[str]:
    """Move the current vault aside and the restored one in. Safe to run again after a kill at any point:
    each rename happens only while its `.restoring` source is still there."""
    aside = data_dir / aside_name
    incoming_db, incoming_keys = data_dir / (VAULT_FILE + ".restoring"), data_dir / (KEYS_FILE + ".restoring")
    if incoming_db.exists():
        # the old WAL first: it must never be paired with the restored database
        for name in (VAULT_FILE + "-wal", VAULT_FILE + "-shm", VAULT_FILE):
            if (data_dir / name).exists():
                aside.mkdir(mode=0o700, exist_ok=True)
                os.replace(data_dir / name, aside / name)
        for name in (VAULT_FILE + ".restoring-wal", VAULT_FILE + ".restoring-shm"):
            (data_dir / name).unlink(missing_ok=True)
        os.replace(incoming_db, data_dir / VAULT_FILE)
    if incoming_keys.exists():
        if (data_dir / KEYS_FILE).exists() and not (aside / KEYS_FILE).exists():
            aside.mkdir(mode=0o700, exist_ok=True)
            os.replace(data_dir / KEYS_FILE, aside / KEYS_FILE)
        os.replace(incoming_keys, data_dir / KEYS_FILE)
    sidecar._fsync_dir(data_dir)
    (data_dir / PENDING_FILE).unlink(missing_ok=True)
    sidecar._fsync_dir(data_dir)
    return str(aside) if aside.exists() else None


def _claim(incoming: Path) -> Optional[int]:
    """A flock on the incoming file for as long as this restore runs (None where there is no flock)."""
    try:
        import fcntl
    except ImportError:
        return None
    fd = os.open(incoming, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise VaultInUse("Another restore into this folder is running. Let it finish; nothing was changed.") from exc
    return fd


def remove_abandoned_restore(data_dir: os.PathLike | str) -> None:
    """A restore killed before it wrote `restore.pending` leaves its incoming files: the caller holds the vault's
    lock (so no restore is swapping), and a file no running restore claims (see `_claim`) is removed."""
    try:
        import fcntl
    except ImportError:  # no flock to tell a running restore from a dead one: leave them
        return
    data_dir = Path(data_dir)
    if (data_dir / PENDING_FILE).exists():
        return
    incoming = data_dir / (VAULT_FILE + ".restoring")
    if incoming.is_file():
        fd = os.open(incoming, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # a restore is writing or checking it right now
        finally:
            os.close(fd)
        for suffix in ("", "-wal", "-shm"):
            (data_dir / (VAULT_FILE + ".restoring" + suffix)).unlink(missing_ok=True)
    (data_dir / (KEYS_FILE + ".restoring")).unlink(missing_ok=True)


def finish_interrupted_restore(data_dir: os.PathLike | str) -> None:
    """A restore killed half-way (the note `restore.pending` is still there) is completed before opening."""
    data_dir = Path(data_dir)
    note = data_dir / PENDING_FILE
    if not note.exists():
        return
    lock_fd = hold_open_lock(data_dir, exclusive=True)
    try:
        if note.exists():
            try:
                aside_name = str(json.loads(note.read_text(encoding="utf-8"))["aside"])
            except (OSError, ValueError, KeyError, TypeError):
                aside_name = "replaced-interrupted-restore"
            if "/" in aside_name or aside_name.startswith("."):
                aside_name = "replaced-interrupted-restore"
            _swap_in(data_dir, aside_name)
    finally:
        release_lock(lock_fd)


def _verify_db(path: Path, data_key: bytes, vault_id: str, cancel: Optional[CancelToken] = None) -> None:
    try:
        conn = _connect(path, data_key, verify=True)
    except Exception as exc:
        raise BackupError("The backup could not be decrypted or is damaged; nothing was changed.") from exc
    try:
        with interruptible(conn, cancel):
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise BackupError("The backup is damaged; nothing was changed.") from exc
    finally:
        try:  # leave no -wal beside the file; on a damaged file this fails too, and must not hide why
            conn.execute("PRAGMA journal_mode = DELETE")
        except sqlcipher3.DatabaseError:
            pass
        conn.close()
    if result != "ok" or row is None or row[0] != vault_id:
        raise BackupError("The backup failed its integrity check; nothing was changed.")


def _copy(src, out, total: int, progress: ProgressFn, cancel: Optional[CancelToken], message: str) -> None:
    """`src` into `out` in chunks, synced, saying how far along; Cancelled between two chunks."""
    done = 0
    while block := src.read(CHUNK):
        check_cancel(cancel)
        out.write(block)
        done += len(block)
        progress(done / max(1, total), message)
    out.flush()
    os.fsync(out.fileno())


def _damaged(vault: Vault) -> bool:
    try:
        return vault.one("PRAGMA quick_check")[0] != "ok"
    except sqlcipher3.DatabaseError as exc:
        return damage_error(exc) is not None


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size
