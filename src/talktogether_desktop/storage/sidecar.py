"""The small key file beside the vault: wrapped data keys and their KDF parameters, no client data."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

from ..errors import SidecarDamaged, SidecarMissing, WrongPassphrase, WrongRecoveryCode
from . import crypto

FORMAT = "talktogether-vault-keys"
VERSION = 1
SLOTS = ("passphrase", "recovery")


def _aad(vault_id: str, slot: str) -> bytes:
    return f"{FORMAT}:{vault_id}:{slot}".encode()


def build(data_key: bytes, passphrase: str, recovery_code: str) -> dict:
    vault_id = str(uuid.uuid4())
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "slots": {},
    }
    set_slot(doc, "passphrase", data_key, passphrase)
    set_slot(doc, "recovery", data_key, crypto.normalise_recovery_code(recovery_code))
    return doc


def set_slot(doc: dict, slot: str, data_key: bytes, secret: str, previous_key: bytes | None = None) -> None:
    """Wrap the data key under `secret`; with `previous_key`, also the key the database still has until
    an interrupted re-key is finished (under the same secret, in doc["previous"])."""
    params = crypto.KdfParams.fresh()
    wrapping = crypto.derive_key(secret, params)
    doc["slots"][slot] = {"kdf": params.to_dict(), **crypto.wrap(data_key, wrapping, _aad(doc["vault_id"], slot))}
    if previous_key is not None:
        doc.setdefault("previous", {})[slot] = {
            "kdf": params.to_dict(), **crypto.wrap(previous_key, wrapping, _aad(doc["vault_id"], "previous-" + slot))
        }


def unlock_previous(doc: dict, slot: str, secret: str) -> bytes | None:
    """The key the database had before a re-key that was interrupted, or None."""
    entry = (doc.get("previous") or {}).get(slot)
    if not isinstance(entry, dict):
        return None
    if slot == "recovery":
        secret = crypto.normalise_recovery_code(secret)
    try:
        wrapping = crypto.derive_key(secret, crypto.KdfParams.from_dict(entry["kdf"]))
        return crypto.unwrap(entry, wrapping, _aad(doc["vault_id"], "previous-" + slot))
    except (KeyError, ValueError, TypeError):
        return None


def unlock(doc: dict, slot: str, secret: str) -> bytes:
    validate(doc)  # a damaged file says so, before any key derivation and never as "wrong passphrase"
    entry = doc["slots"][slot]
    if slot == "recovery":
        secret = crypto.normalise_recovery_code(secret)
    try:
        params = crypto.KdfParams.from_dict(entry["kdf"])
        wrapping = crypto.derive_key(secret, params)
        key = crypto.unwrap(entry, wrapping, _aad(doc["vault_id"], slot))
    except (KeyError, ValueError, TypeError) as exc:
        raise SidecarDamaged(_damaged_message()) from exc
    if key is None:
        if slot == "recovery":
            raise WrongRecoveryCode("That recovery code does not unlock this vault. Check it against your printed copy.")
        raise WrongPassphrase("That passphrase does not unlock this vault. Nothing was changed; please try again.")
    return key


def read(path: Path) -> dict:
    if not path.exists():
        raise SidecarMissing(
            f"The vault's key file ({path.name}) is missing from {path.parent}, so the vault cannot be unlocked. "
            "Restore it from a backup (talktogether vault restore FILE); nothing was changed."
        )
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SidecarDamaged(_damaged_message()) from exc
    validate(doc)
    return doc


def validate(doc) -> None:
    """Raise SidecarDamaged unless every field has the right type and a sane value, and the checksum
    (when the file has one) matches: an altered wrapped key or vault id is damage, not a wrong passphrase."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SidecarDamaged(_damaged_message())
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise SidecarDamaged(_damaged_message())
    if version > VERSION:
        raise SidecarDamaged("The vault's key file was written by a newer version of TalkTogether; please update the app.")
    try:
        uuid.UUID(str(doc.get("vault_id")))
        slots = doc["slots"]
        if not isinstance(doc["vault_id"], str) or not isinstance(slots, dict):
            raise ValueError("wrong types")
        previous = doc.get("previous", {})
        if not isinstance(previous, dict):
            raise ValueError("previous")
        for entry in [slots[name] for name in SLOTS] + list(previous.values()):
            crypto.KdfParams.from_dict(entry["kdf"])
            if len(crypto.unb64(entry["nonce"])) != crypto.NONCE_BYTES:
                raise ValueError("nonce")
            if len(crypto.unb64(entry["ciphertext"])) != crypto.WRAPPED_KEY_BYTES:
                raise ValueError("wrapped key")
    except (KeyError, TypeError, ValueError) as exc:
        raise SidecarDamaged(_damaged_message()) from exc
    if "checksum" in doc and doc["checksum"] != checksum(doc):
        raise SidecarDamaged(_damaged_message())


def checksum(doc: dict) -> str:
    """SHA-256 of everything but itself: catches a changed byte anywhere (older files have none)."""
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def write(path: Path, doc: dict) -> None:
    """Atomic: write beside, flush to disk, then rename over the old file; only a whole new file takes its name.
    os.write may write less than it was given (a full disk, a file-size limit) without an error: the short file was
    renamed over the key file, and the vault then opened with neither the passphrase nor the recovery code."""
    tmp = path.with_name(path.name + ".new")
    doc["checksum"] = checksum(doc)
    data = json.dumps(doc, indent=2).encode()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            done = 0
            while done < len(data):
                written = os.write(fd, data[done:])
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp))
                done += written
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        tmp.unlink(missing_ok=True)  # the key file itself is as it was
        raise
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _damaged_message() -> str:
    return (
        "The vault's key file is damaged and cannot be read. Nothing was changed. "
        "Restore it from a backup (talktogether vault restore FILE)."
    )
