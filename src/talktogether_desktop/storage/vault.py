"""The vault: one SQLCipher 4 database holding the whole case file, and its key file beside it.

`create_vault` makes both; `open_vault` unlocks with the passphrase, the recovery code or a key
remembered in a secure OS keychain. A wrong secret is found out from the key file alone, before
the database is touched.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Optional

import sqlcipher3

from ..errors import (
    DiskFull,
    KeychainOutOfDate,
    NotAVault,
    SidecarMissing,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMismatch,
    VaultMissing,
)
from ..paths import make_private
from . import crypto, keychain, keys, migrations, sidecar
from .vault_lock import LOCK_FILE, hold_open_lock, release_lock
from .passphrase import check_passphrase  # noqa: F401 - callers check a new passphrase through here

VAULT_FILE = "vault.db"
KEYS_FILE = "vault.keys.json"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Vault:
    """An open, unlocked vault. Use it from one thread at a time (the app keeps it on one worker)."""

    def __init__(self, data_dir: Path, conn, keys_doc: dict, data_key: bytes, lock_fd: Optional[int] = None):
        self.data_dir = data_dir
        self.conn = conn
        self._lock_fd = lock_fd
        self._keys_doc = keys_doc
        self._data_key = data_key

    # --- identity ------------------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return self._keys_doc["vault_id"]

    @property
    def path(self) -> Path:
        return self.data_dir / VAULT_FILE

    @property
    def keys_path(self) -> Path:
        return self.data_dir / KEYS_FILE

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    # --- queries ----------------------------------------------------------------------------------
    def execute(self, sql: str, params: Any = ()):
        return self.conn.execute(sql, params)

    def one(self, sql: str, params: Any = ()):
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list:
        return self.conn.execute(sql, params).fetchall()

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Vault"]:
        """All-or-nothing: BEGIN IMMEDIATE … COMMIT, rolled back on any error. Nests as savepoints."""
        if self.conn.in_transaction:
            name = f"sp_{id(object())}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def audit(self, action: str, entity: str, entity_id: Optional[int] = None) -> None:
        """Who did what to which record: ids only, never client text."""
        self.conn.execute(
            "INSERT INTO audit_log (at, action, entity, entity_id) VALUES (?, ?, ?, ?)",
            (now_iso(), action, entity, entity_id),
        )

    # --- practice settings (JSON values) --------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.one("SELECT value FROM practice_settings WHERE key = ?", (key,))
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.execute(
                "INSERT INTO practice_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
            self.audit("settings_change", "setting")

    # --- keys ---------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, rekey: bool = False) -> Optional[str]:
        """Instant re-wrap of the same data key; with `rekey`, a new data key (the database is
        re-encrypted) and a new recovery code, returned to show once. See storage.keys."""
        if rekey:
            return keys.rekey(self, new_passphrase)
        keys.change_passphrase(self, new_passphrase)
        return None

    def replace_recovery_code(self) -> str:
        return keys.replace_recovery_code(self)

    @property
    def recovery_code_unseen(self) -> bool:
        """The recovery code in the key file was made but never shown (its command or dialog was stopped first):
        no code the therapist holds opens this vault, so a new one must be made now."""
        return bool(self._keys_doc.get(keys.RECOVERY_UNSEEN))

    def recovery_code_shown(self) -> None:
        """Call once the recovery code just made has been shown (printed, or its dialog closed)."""
        keys.mark_recovery_code_shown(self)

    def remember_on_this_computer(self, backend=None) -> None:
        keychain.remember(self.vault_id, self._data_key, backend)
        with self.transaction():
            self.audit("remember_key", "vault")

    def forget_on_this_computer(self, backend=None) -> bool:
        return keychain.forget(self.vault_id, backend)

    def data_key_pragma(self) -> str:
        """For the backup module only: attach an export with the same key."""
        return self._data_key.hex()

    def second_connection(self) -> "Vault":
        """The same vault on its own connection, for long work on another thread (WAL lets both run)."""
        lock_fd = hold_open_lock(self.data_dir)
        conn = _connect(self.path, self._data_key, verify=True)
        return Vault(self.data_dir, conn, self._keys_doc, self._data_key, lock_fd)

    @property
    def keys_doc(self) -> dict:
        return json.loads(json.dumps(self._keys_doc))

    # --- life cycle ---------------------------------------------------------------------------
    def close(self, checkpoint: bool = True) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                if checkpoint:  # a short-lived reader skips it: it may wait on another process's writing
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        release_lock(self._lock_fd)
        self._lock_fd = None
        self._data_key = b""

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def make_private_vault(data_dir: Path) -> None:
    """The data folder 0700 and every vault file 0600, whoever created them and with whatever umask
    (SQLite creates the database, its WAL and SHM files with the process's umask)."""
    from ..paths import make_private

    make_private(data_dir)
    for name in (VAULT_FILE, VAULT_FILE + "-wal", VAULT_FILE + "-shm", KEYS_FILE, LOCK_FILE):
        make_private(data_dir / name)


def vault_exists(data_dir: Path) -> bool:
    return (Path(data_dir) / VAULT_FILE).exists()


def create_vault(data_dir: os.PathLike | str, passphrase: str) -> tuple[Vault, str]:
    """A new empty vault. Returns it open, with the recovery code to show once and never store; call
    `recovery_code_shown()` on it once the code has been shown."""
    data_dir = Path(data_dir)
    check_passphrase(passphrase)
    db_path, keys_path = data_dir / VAULT_FILE, data_dir / KEYS_FILE
    if db_path.exists():
        raise VaultExists(f"A vault already exists in {data_dir}; nothing was changed.")
    if keys_path.exists():
        raise VaultExists(
            f"{data_dir} holds a vault key file but no vault. Move {KEYS_FILE} away (or restore the vault "
            "from a backup) before creating a new one; nothing was changed."
        )
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private_vault(data_dir)
    data_key = crypto.new_data_key()
    recovery_code = crypto.new_recovery_code()
    doc = sidecar.build(data_key, passphrase, recovery_code)
    doc[keys.RECOVERY_UNSEEN] = True  # until the caller has shown the code (Vault.recovery_code_shown)

    # Build the database under a temporary name, so a crash never leaves a half-made vault.
    building = data_dir / (VAULT_FILE + ".creating")
    for leftover in data_dir.glob(VAULT_FILE + ".creating*"):
        leftover.unlink()
    conn = _connect(building, data_key)
    migrations.migrate(conn)
    with _tx(conn):
        conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (doc["vault_id"],))
        conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now_iso(),))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    sidecar.write(keys_path, doc)
    os.replace(building, db_path)
    for suffix in ("-wal", "-shm"):
        extra = data_dir / (VAULT_FILE + ".creating" + suffix)
        if extra.exists():
            extra.unlink()
    vault = open_vault(data_dir, passphrase=passphrase, use_keychain=False)
    with vault.transaction():
        vault.audit("create", "vault")
    return vault, recovery_code


def open_vault(
    data_dir: os.PathLike | str,
    passphrase: Optional[str] = None,
    recovery_code: Optional[str] = None,
    use_keychain: bool = True,
) -> Vault:
    data_dir = Path(data_dir)
    db_path, keys_path = data_dir / VAULT_FILE, data_dir / KEYS_FILE
    if (data_dir / "restore.pending").exists():
        from .backup import finish_interrupted_restore

        finish_interrupted_restore(data_dir)
    check_vault_file(db_path)
    if not keys_path.exists():
        raise SidecarMissing(
            f"The vault's key file ({KEYS_FILE}) is missing from {data_dir}, so the vault cannot be unlocked. "
            "Restore it from a backup (talktogether vault restore FILE); nothing was changed."
        )
    doc = sidecar.read(keys_path)
    make_private_vault(data_dir)
    lock_fd = hold_open_lock(data_dir)
    try:
        from .backup import remove_abandoned_restore

        remove_abandoned_restore(data_dir)
        return _unlock_and_open(data_dir, doc, passphrase, recovery_code, use_keychain, lock_fd)
    except BaseException:
        release_lock(lock_fd)
        raise


def _unlock_and_open(data_dir: Path, doc: dict, passphrase, recovery_code, use_keychain: bool, lock_fd) -> Vault:
    db_path = data_dir / VAULT_FILE
    slot, secret = ("recovery", recovery_code) if recovery_code else ("passphrase", passphrase)
    if secret:
        data_key = sidecar.unlock(doc, slot, secret)
    else:
        data_key = keychain.recall(doc["vault_id"]) if use_keychain else None
        if data_key is None:
            raise VaultLocked("The vault is locked: please enter your passphrase.")
    if "previous" in doc and secret:  # a re-key was interrupted (storage.keys): finish it first
        try:
            conn, previous_key = _connect(db_path, data_key, verify=True), None
        except NotAVault:
            previous_key = sidecar.unlock_previous(doc, slot, secret)
            if previous_key is None:
                raise
            conn = _connect(db_path, previous_key, verify=True)
        doc = keys.finish_interrupted_rekey(conn, data_dir / KEYS_FILE, doc, data_key, previous_key)
    elif not secret:
        try:
            conn = _connect(db_path, data_key, verify=True)
        except NotAVault as exc:
            raise KeychainOutOfDate(
                "The key remembered in this computer's keychain is out of date (the vault's keys were changed, "
                "perhaps by a change that was interrupted), so it no longer opens the vault. Please enter your "
                "passphrase; the keychain is brought up to date once it opens the vault."
            ) from exc
    else:
        conn = _connect(db_path, data_key, verify=True)
        keys.refresh_keychain(doc["vault_id"], data_key)
    row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    if row is None or row[0] != doc["vault_id"]:
        conn.close()
        raise VaultMismatch(
            "The key file beside the vault belongs to a different vault. Nothing was changed; "
            "restore the matching key file from a backup."
        )
    migrations.migrate(conn)
    vault = Vault(data_dir, conn, doc, data_key, lock_fd)
    with vault.transaction():
        vault.audit("open", "vault")
    return vault


DAMAGED = ("The vault file is damaged: a part of it can no longer be read. Nothing was changed. Restore it from a "
           "backup with `talktogether vault restore FILE` (the damaged file is set aside, not erased).")


def damage_error(exc: BaseException) -> Optional[VaultDamaged]:
    """The typed error for a database failure that means a damaged vault file (SQLite's CORRUPT and NOTADB come as
    the bare DatabaseError class; locks, I/O and constraints as its subclasses), else None. Both faces map through
    this; the message never carries SQLite's own text."""
    if type(exc) is sqlcipher3.DatabaseError:
        return VaultDamaged(DAMAGED)
    return None


SQLITE_FULL = 13
DISK_FULL = ("The disk holding the vault is full: what was being written was not stored, and the vault is as it was "
             "before. Free some space on that disk (or move the vault to a larger one), then do it again.")


def disk_full_error(exc: BaseException) -> Optional[DiskFull]:
    """The typed error for a write the vault's disk had no room for (SQLite's FULL, by its code), else None. Both faces
    map through this: it was 'An unexpected problem … (OperationalError in storage/vault.py)'."""
    if getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL:
        return DiskFull(DISK_FULL)
    return None


def check_vault_file(db_path: Path) -> None:
    """Refuse, before anything else, a missing file or one that cannot be an encrypted vault."""
    if not db_path.exists():
        raise VaultMissing(
            f"There is no vault in {db_path.parent} yet. Create one with 'talktogether vault init'."
        )
    if db_path.is_dir():
        raise NotAVault(f"{db_path} is a folder, not a vault file. Nothing was changed. Move it away, or restore "
                        "the vault from a backup with `talktogether vault restore FILE`.")
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise VaultError(f"Could not read the vault file {db_path}: {exc.strerror or exc}.") from exc
    if head == SQLITE_PLAIN_HEADER:
        raise NotAVault(f"{db_path} is a plain, unencrypted SQLite database, not a TalkTogether vault.")
    if len(head) < 16:
        raise NotAVault(f"{db_path} is empty or truncated; it is not a usable TalkTogether vault.")


def _connect(path: Path, data_key: bytes, verify: bool = False):
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=15)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(crypto.raw_key_pragma(data_key))
        # Reading the schema is the first real decryption: a wrong key or a foreign file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if verify:
            raise NotAVault(
                f"{path} could not be decrypted with its key file: it is not a TalkTogether vault, it belongs "
                "to another key file, or it is damaged. Nothing was changed."
            ) from exc
        raise VaultError(f"Could not create the vault at {path}: {exc}") from exc
    conn.row_factory = sqlcipher3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    for suffix in ("", "-wal", "-shm"):
        make_private(str(path) + suffix)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files
    return conn


@contextlib.contextmanager
def _tx(conn):
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
