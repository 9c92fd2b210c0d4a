"""Key material: the random data key, its wrapping with AES-256-GCM, and the key derivations.

The vault is encrypted with a random 256-bit data key. That key is stored only wrapped: once under
a key derived from the therapist's passphrase (argon2id) and once under a one-time recovery code.
Changing the passphrase re-wraps the same data key, so it is instant.
"""

from __future__ import annotations

import base64
import hmac
import os
import secrets
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DATA_KEY_BYTES = 32
# Crockford-style alphabet: no I, L, O, U, so a printed code cannot be misread.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 4  # 24 symbols x 5 bits = 120 bits


# The cost of every new wrapping: about 0.3 s and 64 MiB on a laptop. There is no switch to lower it in
# the product; the test suite lowers it by patching this value in its own processes.
KDF_COST = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 2}
# What a key file may ask of argon2id. Our own files use t=3, 64 MiB, p=2 (tests: 8 MiB, t=1).
SANE_BOUNDS = {"time_cost": (1, 16), "memory_kib": (8 * 1024, 1024 * 1024), "parallelism": (1, 16)}
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM adds a 16-byte tag


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters, stored beside each wrapped key so they can be raised later."""

    salt: str  # base64
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2
    name: str = "argon2id"

    @classmethod
    def fresh(cls) -> "KdfParams":
        return cls(salt=b64(os.urandom(16)), **KDF_COST)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "KdfParams":
        """The stored parameters, refused (ValueError) unless each is of the right type and within SANE_BOUNDS:
        a key file edited to ask for 64 GiB or a million passes must not exhaust or hang the computer."""
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        values = {}
        for key, (low, high) in SANE_BOUNDS.items():
            value = data.get(key)
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"{key} is not a whole number from {low} to {high}")
            values[key] = value
        salt = data.get("salt")
        if not isinstance(salt, str) or not 16 <= len(unb64(salt)) <= 64:
            raise ValueError("the salt is not 16 to 64 bytes of base64")
        return cls(salt=salt, **values)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64 (ValueError on anything else, binascii.Error included)."""
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, ValueError) as exc:
        raise ValueError("not base64 text") from exc


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def derive_key(secret: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=unb64(params.salt),
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def wrap(data_key: bytes, wrapping_key: bytes, aad: bytes) -> dict:
    nonce = os.urandom(12)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, aad)
    return {"nonce": b64(nonce), "ciphertext": b64(sealed)}


def unwrap(blob: dict, wrapping_key: bytes, aad: bytes) -> bytes | None:
    """The data key, or None when the wrapping key is wrong (or the blob was altered)."""
    try:
        return AESGCM(wrapping_key).decrypt(unb64(blob["nonce"]), unb64(blob["ciphertext"]), aad)
    except InvalidTag:
        return None


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    groups = [symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """Accept the code as typed: any case, spaces or dashes, and the usual look-alikes."""
    cleaned = code.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return "-".join(cleaned[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN))


def raw_key_pragma(data_key: bytes) -> str:
    """SQLCipher's raw-key form, so the passphrase itself never reaches the database."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
