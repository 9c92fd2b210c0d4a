"""Fix 46w in the window (real vault, real offscreen widgets): times in this computer's time, not UTC.

An import keeps its times with their offset (UTC): the file's own recording time, the import's time, the day consent was
given. The couple's list of recordings, the recording page's title and the consent line showed them as stored, in UTC:
for a therapist in New York a conversation recorded at 21:30 on 5 December read "2026-12-06 02:30", a day later than
the couple had it, and a report's "Recorded 5 Dec" disagreed with the window. They are shown in the computer's time; a
time typed here, or a day alone, as it was typed."""

from __future__ import annotations

import time

import pytest

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, open_couple, open_recording, settle, shoot, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_recording_made_in_a_new_york_evening_is_listed_on_its_own_day(qtbot, open_window, fresh_vault_dir, tmp_path,
                                                                           in_new_york):
    from talktogether_desktop.pipeline.ops_recordings import import_file
    from talktogether_desktop.storage.settings import load_settings

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Evening", ["Ana", "Bo"])
        couples_store.record_consent(vault, couple_id)
        rid = import_file(vault, load_settings(vault), couple_id, noise_wav(tmp_path / "evening.wav"),
                          ).id
        typed = import_file(vault, load_settings(vault), couple_id, noise_wav(tmp_path / "typed.wav", seed=7),
                            recorded_at="2026-12-03T19:00").id
        # the file's own recording time, as a phone writes it (UTC): 21:30 in New York on 5 December
        vault.execute("UPDATE recordings SET recorded_at = '2026-12-06T02:30:00+00:00' WHERE id = ?", (rid,))
        vault.execute("UPDATE consents SET given_at = '2026-12-02T03:00:00+00:00' WHERE couple_id = ?", (couple_id,))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    table = window.couple_page.table
    shown = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert shown == {"evening.wav": "2026-12-05 21:30", "typed.wav": "2026-12-03 19:00"}
    assert "(2026-12-01)" in window.couple_page.consent_banner.text()  # 22:00 on 1 December in New York
    shoot(window, "fix46w-local-time")

    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    assert page.title.text().endswith("· 2026-12-05")
    page = open_recording(qtbot, window, typed)
    assert page.title.text().endswith("· 2026-12-03")
