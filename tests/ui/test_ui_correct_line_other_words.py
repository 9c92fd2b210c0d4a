"""Correct line… on a line whose time also holds the other partner's first words: the window names them and asks
(Cancel by default) before the one operation replaces them, as `transcript correct --line` refuses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from talktogether_desktop.storage import transcripts as transcripts_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui import transcript_view
from talktogether_desktop.ui.transcript_view import LineRole
from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE

from .uihelp import click_message_button, open_couple, settle, unlock, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui


def _stored(data_dir, recording_id):
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        corrections = transcripts_store.list_corrections(vault, recording_id)
        audit = [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log")]
    return corrections, audit


def _correct_anas_line(qtbot, page, monkeypatch, answer: str) -> dict:
    view = page.transcript.list
    row = next(r for r in range(view.count()) if view.item(r).data(LineRole).get("speaker") == "S1")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(row)).center())
    monkeypatch.setattr(transcript_view.CorrectLineDialog, "exec",
                        lambda dialog: dialog.edit.setText("you never listen to me any more") or 1)
    seen = {}

    def decide(box):
        seen.update(title=box.windowTitle(), text=box.text(), more=box.informativeText(),
                    default=box.defaultButton().text().replace("&", ""))
        click_message_button(box, answer)

    when_modal(QMessageBox, decide)
    qtbot.mouseClick(page.transcript.correct_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    wait_jobs_done(qtbot, page.window())
    return seen


def test_correct_line_names_the_other_partners_words_and_replaces_them_only_when_told(
        qtbot, open_window, fresh_vault_dir, monkeypatch):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rec_id = ana_and_ben(vault)
        couple_id = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (rec_id,))[0]
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    window.couple_flow.open_recording(rec_id)
    page = window.recording_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    settle(qtbot, window)

    seen = _correct_anas_line(qtbot, page, monkeypatch, "Cancel")
    assert seen["title"] == "Words the other partner said" and seen["default"] == "Cancel"
    assert "holds Ben's “I” (00:03), said by Ben." in seen["text"] and "as Ana's line" in seen["text"]
    assert "Edit a word…" in seen["more"]
    corrections, audit = _stored(fresh_vault_dir, rec_id)
    assert corrections == [] and ("correct_transcript", "recording", rec_id) not in audit
    assert any(t.endswith("Ben:  I do listen") for t in page.transcript.line_texts())

    _correct_anas_line(qtbot, page, monkeypatch, "Replace their words too")
    corrections, audit = _stored(fresh_vault_dir, rec_id)
    assert [(r["name"], r["text"], r["other_speaker"]) for r in corrections[0]["replaced"]] == [
        ("Ana", "you never listen to me", False), ("Ben", "I", True)]
    assert ("replace_other_speaker_words", "transcript_correction", corrections[0]["id"]) in audit
    qtbot.waitUntil(lambda: any(t.endswith("Ben:  do listen") for t in page.transcript.line_texts()), timeout=20000)
