"""Operations on the vault as a whole: settings, backup and restore."""

from __future__ import annotations

import os
from typing import Any, Mapping, Optional

from ..storage import backup
from ..storage.settings import MODEL_CHOICES, Settings, save_settings
from ..transcription.base_model import base_model_available


def change_settings(vault, values: Mapping[str, Any]) -> Settings:
    """Validate and save settings the therapist changed; returns the settings now in force."""
    return save_settings(vault, values)


def speech_model_choices() -> list[str]:
    """The model settings this computer can use: tiny.en always, base when installed, a folder."""
    return [m for m in MODEL_CHOICES if m != "base" or base_model_available()]


def backup_vault(vault, settings: Settings, dest: os.PathLike | str) -> dict:  # noqa: ARG001
    """An encrypted, verified copy of the whole vault at `dest`."""
    return backup.backup(vault, dest)


def restore_vault(data_dir: os.PathLike | str, source: os.PathLike | str, passphrase: Optional[str] = None,
                  recovery_code: Optional[str] = None) -> dict:
    """Verify a backup and make it the vault (the current one is set aside, never overwritten)."""
    return backup.restore(data_dir, source, passphrase=passphrase, recovery_code=recovery_code)
