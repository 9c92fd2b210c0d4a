"""What a restore would replace: which vault is in the folder now, compared with the vault a backup was made from.

A vault is told by the id in its key file. Without a readable key file the vault file here cannot be identified (its
own id is inside the encrypted database), so a restore can only say so, and keep that file aside, still encrypted.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import VaultError
from . import sidecar
from .vault import KEYS_FILE, VAULT_FILE

NONE = "none"                      # nothing here: no vault file, no key file
SAME = "same"                      # the vault the backup was made from
OTHER = "other"                    # another vault (the ids differ)
UNIDENTIFIED = "unidentified"      # a vault file whose key file is missing or cannot be read
KEY_FILE_ONLY = "key_file_only"    # a key file without its vault file


def identify(data_dir: Path, header: dict) -> dict:
    """{"state": one of the names above, "vault_id": the id of the vault here when its key file tells it, else None}."""
    data_dir = Path(data_dir)
    has_db, has_keys = (data_dir / VAULT_FILE).exists(), (data_dir / KEYS_FILE).exists()
    here: str | None = None
    if has_keys:
        try:
            here = sidecar.read(data_dir / KEYS_FILE).get("vault_id") or None
        except VaultError:
            here = None
    if not has_db:
        return {"state": KEY_FILE_ONLY if has_keys else NONE, "vault_id": here}
    if here is None:
        return {"state": UNIDENTIFIED, "vault_id": None}
    return {"state": SAME if here == header["keys"].get("vault_id") else OTHER, "vault_id": here}


def short_id(vault_id) -> str:
    return f"{str(vault_id or '?')[:8]}…"
