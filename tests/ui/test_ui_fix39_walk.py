"""Round 39's walk of the window as a new therapist: what it found, each kept fixed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tt_testing import PASSPHRASE

from .uihelp import open_couple, shoot, unlock

pytestmark = pytest.mark.gui


def test_three_weeks_of_the_same_practice_are_told_apart_by_their_days(qtbot, open_window, fresh_vault_dir):
    """A couple given the same practice after each of three sessions saw three identical lines under "Practice between
    sessions" ("Ten-minute listen-and-say-back conversation · 10 min, 1× a week · … · active"): which week was which,
    and which the Review… button would review, could not be told."""
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault

    first = date(2026, 11, 14)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
        for week in range(3):
            start = first + timedelta(days=7 * week)
            session = couples_store.add_session(vault, couple_id, f"{start.isoformat()}T10:00", 50)
            ops_practice.assign_practice(vault, load_settings(vault), couple_id,
                                         ops_practice.draft_assignment("reflect_back", start_date=start),
                                         session_id=session)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    practice = window.couple_page.practice
    texts = [practice.item(i).text() for i in range(practice.count())]
    shoot(window, "fix39-practice-weeks")
    assert len(texts) == 3 and len(set(texts)) == 3, texts
    for week, text in zip((2, 1, 0), texts):  # newest first
        start = first + timedelta(days=7 * week)
        end = start + timedelta(days=6)
        assert text.startswith(f"{start.isoformat()} to {end.isoformat()[5:]} · Ten-minute"), text
