"""What each screen needs, gathered on the vault thread in one call (Qt-free, core calls only).

Each function takes the open vault first and returns plain data for one screen, so a screen asks
the task manager once and paints once.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from typing import Any, Optional

from ..storage import couples as couples_store
from ..storage import practice as practice_store
from ..storage import recordings as recordings_store

STATUS_TEXT = {
    "imported": "Not processed yet",
    "queued": "Waiting to be processed",
    "running": "Processing…",
    "transcribed": "Transcribed",
    "diarized": "Speakers found",
    "analysed": "Ready",
    "analyzed": "Ready",
    "failed": "Stopped: start again",
    "no_speech": "No speech found",
    "interrupted": "Interrupted: start again",
    "cancelled": "Stopped: start again",
}


def optional(module: str):
    """A core module that may be left out of a build (used only for the demo's pipeline check)."""
    try:
        return importlib.import_module(f"talktogether_desktop.{module}")
    except ImportError:
        return None


def couples_list(vault, search: str = "") -> list[dict]:
    return couples_store.list_couples(vault, search)


def couple_page(vault, couple_id: int) -> dict:
    couple = couples_store.get_couple(vault, couple_id)
    consents = couples_store.list_consents(vault, couple_id)
    current = [c for c in consents if c["scope"] == "recording_analysis" and not c.get("withdrawn_at")]
    return {
        "couple": couple,
        "consent": couples_store.has_consent(vault, couple_id),
        "consent_given_at": max((c["given_at"] for c in current), default=None),
        "sessions": couples_store.list_sessions(vault, couple_id),
        "recordings": recordings_of(vault, couple_id),
        "assignments": assignments_of(vault, couple_id),
    }


def recordings_of(vault, couple_id: int) -> list[dict]:
    """Newest first, each with a plain-language state."""
    out = []
    for row in reversed(recordings_store.list_recordings(vault, couple_id)):
        row["status_text"] = STATUS_TEXT.get(row.get("status") or "", row.get("status") or "")
        if row.get("import_warning"):
            row["status_text"] += " · cut short"
        out.append(row)
    return out


def assignments_of(vault, couple_id: int) -> list[dict]:
    return [dataclasses.asdict(a) for a in practice_store.list_assignments(vault, couple_id)]


def settings(vault) -> dict:
    keys = {
        "model": "tiny.en",
        "model_dir": "",
        "cpu_threads": 0,
        "paper": "a4",
        "initials_only": False,
        "autolock_minutes": 10,
    }
    return {key: vault.get_setting(key, default) for key, default in keys.items()}


def save_settings(vault, values: dict) -> None:
    with vault.transaction():
        for key, value in values.items():
            vault.set_setting(key, value)


def pretty_json(value: Any) -> Optional[dict]:
    if value is None:
        return None
    if isinstance(value, (bytes, str)):
        return json.loads(value)
    return dict(value)
