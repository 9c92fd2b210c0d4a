"""Operations on the case file: couples, consent, sessions and notes.

These are plain vault writes today (each one transaction, audited by storage); the faces still
come through here, so a rule added to an action (a consent check, a reminder) has one home.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from ..errors import UsageError
from ..storage import couples
from ..storage.settings import Settings
from .consent import SCOPE
from .times import check_moment


def add_couple(vault, settings: Settings, name: str, partners: Sequence[str],  # noqa: ARG001
               pronouns: Sequence[Optional[str]] = ()) -> int:
    return couples.add_couple(vault, name, partners, pronouns)


def edit_couple(vault, settings: Settings, couple_id: int, name: Optional[str] = None,  # noqa: ARG001
                partner_names: Optional[Mapping[int, str]] = None,
                pronouns: Optional[Mapping[int, Optional[str]]] = None) -> dict:
    """Correct a misspelled couple or partner name, or a partner's pronouns (one transaction, audited);
    returns the couple with its partners as they now are."""
    return couples.update_couple(vault, couple_id, name, partner_names, pronouns)


def delete_couple(vault, settings: Settings, couple_id: int) -> None:  # noqa: ARG001
    """Erases the couple and everything about them (recordings, analyses, reports, practice)."""
    couples.delete_couple(vault, couple_id)


def record_consent(vault, settings: Settings, couple_id: int, scope: str = SCOPE,  # noqa: ARG001
                   partner_id: Optional[int] = None, retention: Optional[str] = None,
                   note: Optional[str] = None) -> int | list[int]:
    """Both partners' consent (or one partner's), recorded in one transaction; returns the new id(s)."""
    return couples.record_consent(vault, couple_id, scope, partner_id, retention, note=note)


def withdraw_consent(vault, settings: Settings, couple_id: int, scope: str = SCOPE) -> int:  # noqa: ARG001
    """Recordings stay; nothing new is analysed until consent is recorded again. Returns how many were withdrawn."""
    return couples.withdraw_consent(vault, couple_id, scope)


def add_session(vault, settings: Settings, couple_id: int, scheduled_at: str,  # noqa: ARG001
                duration_min: Optional[int] = None) -> int:
    return couples.add_session(vault, couple_id, scheduled_at, duration_min)


def update_session(vault, settings: Settings, session_id: int, scheduled_at: Optional[str] = None,  # noqa: ARG001
                   duration_min: Optional[int] = None, status: Optional[str] = None) -> dict:
    """Move a session, change its length, or mark it attended, cancelled or missed."""
    return couples.update_session(vault, session_id, scheduled_at, duration_min, status)


def delete_session(vault, settings: Settings, session_id: int) -> None:  # noqa: ARG001
    couples.delete_session(vault, session_id)


def add_note(vault, settings: Settings, couple_id: int, text: str, session_id: Optional[int] = None,  # noqa: ARG001
             recording_id: Optional[int] = None, t: Optional[float] = None) -> int:
    if t is not None and recording_id is None:
        raise UsageError("A note's time (--at) is a moment in a recording: give the recording too (--recording ID).")
    if t is not None:
        t = check_moment(vault, recording_id, t)
    return couples.add_note(vault, couple_id, text, session_id, recording_id, t)
