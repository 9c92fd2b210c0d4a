"""Operations on the vault as a whole: settings, backup and restore."""

from __future__ import annotations

import os
from typing import Any, Mapping, Optional

from ..errors import InvalidSetting, ModelUnavailable
from ..storage import backup
from ..storage.settings import MODEL_CHOICES, Settings, save_settings
from ..transcription.base_model import base_model_available
from ..transcription.models import resolve_model


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


def backup_vault(vault, settings: Settings, dest: os.PathLike | str) -> dict:  # noqa: ARG001
    """An encrypted, verified copy of the whole vault at `dest`."""
    return backup.backup(vault, dest)


def check_backup(source: os.PathLike | str, passphrase: Optional[str] = None, recovery_code: Optional[str] = None) -> dict:
    """The backup is whole and this passphrase or recovery code opens it (nothing is changed): checked before a window
    locks itself to restore."""
    return backup.check(source, passphrase=passphrase, recovery_code=recovery_code)


def restore_vault(data_dir: os.PathLike | str, source: os.PathLike | str, passphrase: Optional[str] = None,
                  recovery_code: Optional[str] = None) -> dict:
    """Verify a backup and make it the vault (the current one is set aside, never overwritten)."""
    return backup.restore(data_dir, source, passphrase=passphrase, recovery_code=recovery_code)
