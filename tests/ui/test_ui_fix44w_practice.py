"""Fix 44w in the window (real vault, real offscreen widgets): the question asked before recorded practice is given to
a couple with recent safety language.

The practice filled in and the reason being typed on "Practice after safety flags" were lost when the vault locked
(File › Lock now, or the automatic lock) with that question open: nothing was given, and nothing said so after
unlocking. The question now opens again after unlocking, on the same couple, with the reason as typed; the practice is
given (and the decision audited) only once the therapist says so."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from talktogether_desktop.storage import practice as practice_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.practice_dialog import PracticeDialog, SafetyConfirmDialog
from tt_testing import PASSPHRASE

from .test_ui_couples import _couple_with_a_threat
from .uihelp import open_couple, settle, shoot, unlock, when_modal

pytestmark = pytest.mark.gui

REASON = "Seen each partner alone this week; no current risk."


def test_the_reason_for_practice_after_safety_flags_is_asked_again_after_the_automatic_lock(qtbot, open_window,
                                                                                            fresh_vault_dir):
    couple_id = _couple_with_a_threat(fresh_vault_dir)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    seen = {}

    def pick(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData("reflect_back"))
        dialog.anchor.setText("after the kids are in bed on Tuesday")
        dialog.accept()

    def type_then_lock(dialog):
        dialog.reason.setPlainText(REASON)
        window.idle.set_minutes(0.0005)
        window.idle.arm()

    when_modal(PracticeDialog, pick)
    when_modal(SafetyConfirmDialog, type_then_lock)
    (action,) = [a for a in window.couple_page.findChildren(QAction) if a.text() == "Assign practice…"]
    action.trigger()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=20000)
    settle(qtbot, window)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert practice_store.list_assignments(vault, couple_id) == []  # nothing given while it was not confirmed

    def again(dialog):
        seen["reason"] = dialog.reason.toPlainText()
        shoot(window, "fix44w-safety-reason-after-unlock", extra=dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_modal(SafetyConfirmDialog, again)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "reason" in seen, timeout=20000)
    assert seen["reason"] == REASON and window.couple_page.couple_id == couple_id
    qtbot.waitUntil(lambda: window.couple_page.practice.item(0).text() != "No practice assigned yet", timeout=10000)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        (assignment,) = practice_store.list_assignments(vault, couple_id)
        assert assignment["template"] == "reflect_back" and assignment["safety_confirmation"]["reason"] == REASON
        actions = [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log")]
        assert ("confirm_safety", "practice_assignment", assignment["id"]) in actions
