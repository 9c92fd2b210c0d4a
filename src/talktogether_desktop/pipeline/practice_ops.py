"""Giving a couple a practice: the one operation the CLI and the window both call.

Recorded practice at home for a couple whose recent recordings carried safety language needs the
therapist's explicit decision with a reason (DOMAIN.md §6): without one this raises
`SafetyConfirmationNeeded`; with one, the reason is kept with the assignment (encrypted in the vault)
and the decision is audited in the same transaction as the assignment itself.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from ..practice.assignment import Assignment
from ..practice.safety_gate import recent_flags, require_confirmation
from ..storage import practice as practice_store


def assign_practice(vault, couple_id: int, assignment: Assignment, session_id: Optional[int] = None,
                    confirm_safety: Optional[str] = None, today: Optional[date] = None) -> dict:
    flags = recent_flags(practice_store.analysed_recordings(vault, couple_id), today=today)
    confirmation = require_confirmation(assignment, flags, confirm_safety)
    if confirmation:
        assignment.safety_confirmation = confirmation
    assignment_id = practice_store.add_assignment(vault, couple_id, assignment, session_id=session_id,
                                                  extra_audit=("confirm_safety",) if confirmation else ())
    return {"id": assignment_id, "safety_confirmed": confirmation is not None,
            "recent_safety_recordings": [f["recording_id"] for f in flags]}
