"""Fix 47w in the window (real vault, real offscreen widgets): the voices' names given together.

`speakers name` now refuses a voice named as the person another voice already is (tests/cli/test_cli_fixw47_speakers),
as "Who is speaking?" did. The window gave each changed name its own job, one after the other: names swapped between
the two voices (Ana and Ben the wrong way round) passed through a moment where both voices were Ben, which that check
refuses, and each job made the analysis again. Now the names chosen are one change: one job, one analysis."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage import couples, speakers
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, shoot, unlock, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui


def test_names_swapped_in_who_is_speaking_are_one_change(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.rename_dialog import RenameDialog
    from tt_overlap import ana_and_ben

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = ana_and_ben(vault)  # S1 is Ana, S2 Ben
        couple_id = couples.list_couples(vault)[0]["id"]
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    submitted = []
    window.jobs.added.connect(lambda uid, label: submitted.append(label))
    seen = {}

    def swap(dialog):
        first, second = dialog.fields["S1"], dialog.fields["S2"]
        seen["before"] = (first.currentText(), second.currentText())
        first.setCurrentIndex(first.findText("Ben"))
        second.setCurrentIndex(second.findText("Ana"))
        dialog.accept()

    when_modal(RenameDialog, swap)
    qtbot.mouseClick(page.transcript.rename_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(submitted), timeout=20000)
    wait_jobs_done(qtbot, window)
    assert seen["before"] == ("Ana", "Ben")
    assert len(submitted) == 1 and submitted[0].endswith("naming the voices"), submitted
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert speakers.speaker_names(vault, rid) == {"S1": "Ben", "S2": "Ana"}
    qtbot.waitUntil(lambda: page.data and page.data["speakers"] == {"S1": "Ben", "S2": "Ana"}, timeout=20000)
    assert "failed" not in window.statusBar().currentMessage().lower()
    shoot(window, "fix47w-names-swapped-page")
