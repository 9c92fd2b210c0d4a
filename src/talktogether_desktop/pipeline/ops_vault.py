"""Operations on the vault as a whole: what to tell at opening, settings, backup and restore."""

from __future__ import annotations

import os
from typing import Any, Mapping, Optional

from ..errors import InvalidSetting, ModelUnavailable, VaultDamaged
from ..jobs import CancelToken, ProgressFn
from ..storage import backup, vault_here
from ..storage.integrity import catalogue_whole, check_integrity
from ..storage.settings import MODEL_CHOICES, Settings, save_settings
from ..storage.vault import DAMAGED
from ..transcription.base_model import base_model_available
from ..transcription.models import resolve_model


RECOVERY_CODE_UNSEEN = (
    "This vault's recovery code was never shown: the change that made it (a passphrase change with a new "
    "encryption key, a new recovery code, or the vault's creation) was interrupted before the code could be "
    "shown, so a recovery code you wrote down earlier no longer opens this vault. Run `talktogether vault "
    "new-recovery-code` now and keep the code it shows somewhere safe."
)


# The damaged-vault message, told at open when the cheap check of the catalogue tables finds damage (storage.integrity).
VAULT_DAMAGED = DAMAGED


def open_notices(vault) -> list[str]:
    """What the therapist must be told as soon as the vault is open (both faces show these, the CLI on stderr)."""
    notices = [] if catalogue_whole(vault) else [VAULT_DAMAGED]
    return notices + ([RECOVERY_CODE_UNSEEN] if vault.recovery_code_unseen else [])


def new_recovery_code(vault) -> str:
    """A new recovery code (the old one stops working), to show once; then call `recovery_code_shown`."""
    return vault.replace_recovery_code()


def recovery_code_shown(vault) -> None:
    vault.recovery_code_shown()


def change_settings(vault, values: Mapping[str, Any]) -> Settings:
    """Validate and save settings the therapist changed; returns the settings now in force. A speech model folder
    must hold a model now, not fail at the next processing with advice about packages."""
    if values.get("model") == "folder" and str(values.get("model_dir") or "").strip():
        folder = os.path.expanduser(str(values["model_dir"]).strip())
        if not os.path.isdir(folder):
            raise InvalidSetting(f"There is no folder {folder}. Choose the folder holding the speech model, "
                                 "or the built-in model.")
        try:
            resolve_model(folder)
        except ModelUnavailable as exc:
            raise InvalidSetting(f"The folder {folder} does not hold a speech model this app can use ({exc}). "
                                 "Choose another folder, or the built-in model.") from exc
    return save_settings(vault, values)


def speech_model_choices() -> list[str]:
    """The model settings this computer can use: tiny.en always, base when installed, a folder."""
    return [m for m in MODEL_CHOICES if m != "base" or base_model_available()]


OTHER_VAULT = ("This backup was made from ANOTHER vault, not the one here: its couples would replace all of this "
               "vault's couples, recordings and notes.\n\n")  # the window's question, before the usual one
UNIDENTIFIED_VAULT = ("The vault here cannot be identified: its key file (vault.keys.json) is missing or damaged, so "
                      "it cannot be checked whether this backup was made from it.\n\n")
KEY_FILE_ONLY = "There is no vault file here, only a key file without it.\n\n"


def backup_vault(vault, settings: Settings, dest: os.PathLike | str,  # noqa: ARG001
                 progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """An encrypted, verified copy of the whole vault at `dest`; cancelled, nothing is left at `dest` (an earlier
    file there is kept as it was)."""
    return backup.backup(vault, dest, progress, cancel)


def check_backup(source: os.PathLike | str, passphrase: Optional[str] = None, recovery_code: Optional[str] = None,
                 data_dir: Optional[os.PathLike | str] = None, progress: Optional[ProgressFn] = None,
                 cancel: Optional[CancelToken] = None) -> dict:
    """The backup is whole and this passphrase or recovery code opens it (nothing is changed): checked before a window
    locks itself to restore. `"other_vault"`: it was made from another vault than the one in `data_dir`."""
    return backup.check(source, passphrase=passphrase, recovery_code=recovery_code, data_dir=data_dir,
                        progress=progress, cancel=cancel)


def restore_vault(data_dir: os.PathLike | str, source: os.PathLike | str, passphrase: Optional[str] = None,
                  recovery_code: Optional[str] = None, accept_other_vault: bool = False,
                  progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """Verify a backup and make it the vault (the current one is set aside, never overwritten). A backup of another
    vault than the one here needs `accept_other_vault` (the therapist's explicit confirmation), else OtherVaultBackup.
    Cancelled before the files are swapped, the vault here is as it was; the swap itself is not cancelled."""
    return backup.restore(data_dir, source, passphrase=passphrase, recovery_code=recovery_code,
                          accept_other_vault=accept_other_vault, progress=progress, cancel=cancel)


def check_vault(vault, progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """Read every page of the vault file and check it (see storage.integrity): the result when it is whole, else
    VaultDamaged naming how many pages failed and the way out. Nothing is changed (Cancelled when `cancel` is set)."""
    result = check_integrity(vault, progress, cancel)
    if not result["ok"]:
        pages = (f"{result['pages_failed']} page(s) failed their check" if result["pages_failed"]
                 else "a part of it can no longer be read")
        raise VaultDamaged(f"The vault file is damaged: {pages}. Nothing was changed. Restore it from a backup with "
                           "`talktogether vault restore FILE` (the damaged file is set aside, not erased); a backup "
                           "made now would be refused.")
    return result


def _made(when) -> str:
    return str(when)[:16].replace("T", " ") + " UTC" if when else "at an unknown date"


def restore_question(info: Mapping[str, Any], data_dir: os.PathLike | str) -> str:
    """The window's question before a restore (from `check_backup`'s answer): which vault the backup was made from,
    what is here now and that none of it is lost."""
    state = info.get("vault_here")
    lead = {vault_here.OTHER: OTHER_VAULT, vault_here.UNIDENTIFIED: UNIDENTIFIED_VAULT,
            vault_here.KEY_FILE_ONLY: KEY_FILE_ONLY}.get(state, "")
    text = (f"{lead}Restore the backup of vault {vault_here.short_id(info.get('backup_vault_id'))} made "
            f"{_made(info.get('backup_made_at'))}?")
    if state in (vault_here.NONE, vault_here.KEY_FILE_ONLY):
        kept = f" The key file that is here is kept aside in {data_dir}." if state == vault_here.KEY_FILE_ONLY else ""
        return text + kept
    text += (" Couples, recordings and notes added since then will not be in the restored vault. The vault you have "
             f"now is kept aside, still encrypted, in {data_dir}: nothing of it is lost")
    if state == vault_here.UNIDENTIFIED:
        text += " (it opens again only with its own key file put back beside it)"
    return text + "."


def restored_text(info: Mapping[str, Any], source: os.PathLike | str) -> str:
    """What both faces say once a restore is done: the backup's vault, and where the vault that was here is kept."""
    count = info["couples"]
    text = (f"Restored {count} couple{'s' if count != 1 else ''} from {source}: a backup of vault "
            f"{vault_here.short_id(info.get('backup_vault_id'))} made {_made(info.get('backup_made_at'))}.")
    state, kept = info.get("vault_here"), info.get("previous_vault_kept_as")
    if state == vault_here.OTHER:
        text += " It was made from another vault than the one that was here: its couples replaced the ones that were here."
    elif state == vault_here.UNIDENTIFIED:
        text += (" The vault that was here could not be identified (its key file was missing or damaged), so it could "
                 "not be checked whether it was the same vault.")
    if kept and state == vault_here.KEY_FILE_ONLY:
        text += f" The key file that was here (there was no vault file beside it) is kept in {kept}."
    elif kept:
        text += f" Nothing of the vault that was here is lost: it is kept, still encrypted, in {kept}"
        text += (" (put its own key file back beside it there to open it again)."
                 if state == vault_here.UNIDENTIFIED else ".")
    return text

