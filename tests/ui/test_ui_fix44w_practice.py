"""Fix 44w in the window (real vault, real offscreen widgets): the question asked before recorded practice is given to
a couple with recent safety language.

The practice filled in and the reason being typed on "Practice after safety flags" were lost when the vault locked
(File › Lock now, or the automatic lock) with that question open: nothing was given, and nothing said so after
unlocking. The question now opens again after unlocking, on the same couple, with the reason as typed; the practice is
given (and the decision audited) only once the therapist says so.

And a recording linked to a practice now says on its page whether the practice is in it, with the evidence."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
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


def test_linking_a_recording_shows_whether_the_practice_is_in_it_with_the_evidence(qtbot, demo_window):
    """Linked, the page said only "Practice: <title>": whether the practised behaviour was in the recording was found
    only in the practice review or the report. It is now said under the link, with the times and quotes behind it."""
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.ui.practice_link import LinkDialog

    window, ids = demo_window
    page = window.recording_page
    # the demo's weekly check-in is not checked automatically: no line for it (at 900x600 the page keeps from scrolling)
    assert page.practice.current is not None and not page.practice.found.isVisible()
    asked = window.tasks.run(lambda v: [ops_practice.assign_practice(
        v, load_settings(v), ids.couple_id, ops_practice.draft_assignment(kind, start_date="2026-11-01"))["id"]
        for kind in ("appreciation_exchange", "reflect_back")])
    settle(qtbot, window)
    page.reload()
    settle(qtbot, window)
    for new_id, behaviour in zip(asked.result(), ("appreciation", "reflect back")):
        when_modal(LinkDialog, lambda d, i=new_id: (d.choice.setCurrentIndex(d.choice.findData(i)), d.accept()))
        qtbot.mouseClick(page.practice.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda i=new_id: page.practice.current == i and page.practice.found.isVisible(), timeout=20000)
        first, *evidence = page.practice.found.text().split("\n")
        verdict = re.match(rf"Practised in the recording \({behaviour}\): (yes|partly|not found) \u2014 \S", first)
        assert verdict, first
        assert all(re.fullmatch(r"\d+:\d\d (Zoë|José): “.+”", line) for line in evidence), evidence
        assert bool(evidence) == (verdict.group(1) != "not found")  # what was found is shown, each with its time
        shoot(window, f"fix44w-practised-{behaviour.replace(' ', '-')}", sizes=((1024, 700), (900, 600)))
    when_modal(LinkDialog, lambda d: (d.choice.setCurrentIndex(0), d.accept()))  # "Not practice (no link)"
    qtbot.mouseClick(page.practice.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.practice.current is None and not page.practice.found.isVisible(), timeout=20000)
    assert page.practice.found.text() == ""
