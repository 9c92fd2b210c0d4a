"""Changing the keys of an open vault: a new passphrase, a new recovery code, or a new data key.

A new passphrase alone re-wraps the same data key (instant). That leaves an old copy of the key file
plus the old passphrase able to open today's database, so `rekey` also replaces the data key itself
(`PRAGMA rekey` re-encrypts every page) and issues a new recovery code.

The re-key survives a kill at any moment, in three steps:
1. the key file is written with the new key wrapped under the new secrets, and the current key too,
   under the same new secrets, as "previous";
2. the database is re-encrypted (one SQLite transaction: it ends with the old key or the new one);
3. the key file is written again without "previous".
Opening after a kill in 1-2 finds the database still on the previous key and finishes step 2 and 3
(`finish_interrupted_rekey`); after 2-3 it opens with the new key and just drops "previous".

A new recovery code (vault creation, a re-key, `replace_recovery_code`) is written with the mark
RECOVERY_UNSEEN, which only `mark_recovery_code_shown` clears, after the code was shown. A kill in between
leaves the mark, and every open then says that no recovery code the therapist holds works any more.
"""

from __future__ import annotations

import json
import os

import sqlcipher3

from ..errors import DiskFull
from . import crypto, keychain, sidecar
from .passphrase import check_passphrase
from .vault_lock import take_exclusive

# In the key file while the recovery code now in it has not been shown to anyone.
RECOVERY_UNSEEN = "recovery_code_unseen"


def change_passphrase(vault, new_passphrase: str) -> None:
    """Re-wrap the data key under the new passphrase (instant; the recovery code still works)."""
    check_passphrase(new_passphrase)
    doc = vault.keys_doc
    sidecar.set_slot(doc, "passphrase", vault._data_key, new_passphrase)
    sidecar.write(vault.keys_path, doc)
    vault._keys_doc = doc
    with vault.transaction():
        vault.audit("change_passphrase", "vault")


def replace_recovery_code(vault) -> str:
    """A new recovery code replaces the old one (which stops working); returns it, to show once."""
    code = crypto.new_recovery_code()
    doc = vault.keys_doc
    sidecar.set_slot(doc, "recovery", vault._data_key, crypto.normalise_recovery_code(code))
    doc[RECOVERY_UNSEEN] = True
    sidecar.write(vault.keys_path, doc)
    vault._keys_doc = doc
    with vault.transaction():
        vault.audit("replace_recovery_code", "vault")
    return code


def rekey(vault, new_passphrase: str) -> str:
    """New data key, database re-encrypted, new passphrase and new recovery code (returned, to show once).

    Needs the vault to itself: refused (VaultInUse) while another window or command has it open."""
    check_passphrase(new_passphrase)
    take_exclusive(vault._lock_fd)
    _room_to_reencrypt(vault.path)
    old_key, new_key = vault._data_key, crypto.new_data_key()
    old_doc = json.loads(json.dumps(vault.keys_doc))
    code = crypto.new_recovery_code()
    doc = {k: v for k, v in vault.keys_doc.items() if k not in ("previous", "checksum")}
    sidecar.set_slot(doc, "passphrase", new_key, new_passphrase, previous_key=old_key)
    sidecar.set_slot(doc, "recovery", new_key, crypto.normalise_recovery_code(code), previous_key=old_key)
    doc[RECOVERY_UNSEEN] = True
    sidecar.write(vault.keys_path, doc)  # step 1
    try:
        _reencrypt(vault.conn, new_key)  # step 2
    except Exception:
        _undo_step_1(vault, old_doc, old_key)
        raise
    del doc["previous"]
    sidecar.write(vault.keys_path, doc)  # step 3
    vault._keys_doc, vault._data_key = doc, new_key
    _update_keychain(doc["vault_id"], new_key)
    with vault.transaction():
        vault.audit("rekey", "vault")
    return code


def _room_to_reencrypt(db_path) -> None:
    """Re-encrypting writes every page once more (into the write-ahead log) before it is done: on a disk without room
    for that the re-key stopped part-way with the key file already changed, so the old passphrase was refused as
    wrong and the new one failed on an unexpected problem until space was freed. Refused first instead (DiskFull)."""
    size = sum(os.path.getsize(f"{db_path}{suffix}") for suffix in ("", "-wal") if os.path.exists(f"{db_path}{suffix}"))
    needed = int(size * 1.1) + (4 << 20)
    stats = os.statvfs(os.path.dirname(os.path.abspath(db_path)))
    free = stats.f_bavail * stats.f_frsize
    if free < needed:
        raise DiskFull(f"The disk holding the vault has {free / 1e6:.1f} MB free, and a new encryption key needs about "
                       f"{needed / 1e6:.1f} MB for a moment (every page of the vault is written once more). Nothing "
                       "was changed: your passphrase and recovery code are as they were. Free some space on that "
                       "disk, then run it again.")


def _undo_step_1(vault, old_doc: dict, old_key: bytes) -> None:
    """A re-encryption that failed (not a kill): the old key file back, so the old passphrase and recovery code open
    the vault as before, but only where the database is really still on the old key (else step 1's key file, which
    opens it either way, stays)."""
    try:
        conn = sqlcipher3.connect(str(vault.path), isolation_level=None, timeout=15)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(crypto.raw_key_pragma(old_key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        return  # on the new key already (or unreadable): the key file of step 1 is the one that opens it
    try:
        sidecar.write(vault.keys_path, old_doc)
    except OSError:
        return  # step 1's key file stays: it opens the vault too, and the next open finishes the re-key


def mark_recovery_code_shown(vault) -> None:
    """The recovery code in the key file has been shown (printed, or its dialog closed): drop the mark."""
    doc = vault.keys_doc
    if doc.pop(RECOVERY_UNSEEN, None) is None:
        return
    doc.pop("checksum", None)
    sidecar.write(vault.keys_path, doc)
    vault._keys_doc = doc


def finish_interrupted_rekey(conn, keys_path, doc: dict, key_now: bytes, previous_key: bytes | None) -> dict:
    """After a kill during `rekey`: re-encrypt with `key_now` when the database still has `previous_key`
    (None: it already has `key_now`), then drop "previous" from the key file. Returns the new doc."""
    if previous_key is not None:
        _reencrypt(conn, key_now)
    doc = {k: v for k, v in json.loads(json.dumps(doc)).items() if k not in ("previous", "checksum")}
    sidecar.write(keys_path, doc)
    _update_keychain(doc["vault_id"], key_now)
    return doc


def _reencrypt(conn, new_key: bytes) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(crypto.raw_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def refresh_keychain(vault_id: str, key: bytes) -> None:
    """After a secret opened the vault: a key remembered in the keychain that differs (a re-key finished or
    killed after the database changed) is replaced by the one that works."""
    try:
        remembered = keychain.recall(vault_id)
        if remembered is not None and not crypto.same(remembered, key):
            keychain.remember(vault_id, key)
    except Exception:  # noqa: BLE001 - the keychain is a convenience; the passphrase still opens the vault
        pass


def _update_keychain(vault_id: str, new_key: bytes) -> None:
    """A key remembered in the OS keychain follows the re-key (a stale one would no longer open the vault)."""
    try:
        if keychain.recall(vault_id) is not None:
            keychain.remember(vault_id, new_key)
    except Exception:  # noqa: BLE001 - the keychain is a convenience; the passphrase still opens the vault
        pass
