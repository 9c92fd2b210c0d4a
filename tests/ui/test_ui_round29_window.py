"""Round 29's window walk-through: a waiting job stopped stays stopped, a failed settings save stays unsaved, Ctrl+F
on a recording searches its transcript, an empty line correction is not offered, a backup gets its extension, and a
restore checks the backup before it locks the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import jobs as jobs_store
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, settle, wait_jobs_done

pytestmark = pytest.mark.gui


def test_a_waiting_job_stopped_by_the_therapist_is_stored_as_stopped_and_never_starts_by_itself(
        qtbot, couple_window, tmp_path, monkeypatch):
    """Cancel on a "Waiting…" row said "Stopped", but the stored job stayed queued and ran at the next unlock."""
    from talktogether_desktop.ui import page_data
    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    window, _couple_id, _data_dir = couple_window
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    files = [str(noise_wav(tmp_path / "first.wav", seed=1)), str(noise_wav(tmp_path / "second.wav", seed=2))]
    window.couple_flow.import_files(files, process=True)
    qtbot.waitUntil(lambda: len(window.jobs.active()) == 2, timeout=30000)
    waiting = [j for j in window.jobs.active() if j.state == "queued"][-1]
    window.jobs.cancel(waiting.uid)
    wait_jobs_done(qtbot, window)
    stopped = window.tasks.run(lambda v: (
        [j["state"] for j in jobs_store.list_jobs(v, recording_id=waiting.recording_id)], page_data.resumable_jobs(v)))
    settle(qtbot, window)
    states, resumable = stopped.result()
    assert "queued" not in states and "cancelled" in states
    assert resumable == []


def test_a_settings_save_that_fails_leaves_the_changes_unsaved(qtbot, couple_window, tmp_path):
    """An invalid model folder beside a valid change: the error said so, but the page then thought it was saved."""
    window, _couple_id, _data_dir = couple_window
    window.show_settings()
    settle(qtbot, window)
    page = window.settings_page
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    page.model.setCurrentIndex(page.model.findData("folder"))
    page.model_dir.setText(str(tmp_path / "no-such-model"))
    page.save_btn.click()
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    settle(qtbot, window)
    assert page.has_unsaved_changes() and page.status.text() == "Not saved."


def test_ctrl_f_on_a_recording_searches_its_transcript(qtbot, demo_window):
    window, _ids = demo_window
    window.act_search.trigger()
    qtbot.waitUntil(lambda: window.recording_page.transcript.search.hasFocus(), timeout=5000)
    assert window.content.currentWidget() is window.recording_page


def test_an_empty_line_correction_cannot_be_sent(qtbot):
    from talktogether_desktop.ui.transcript_view import CorrectLineDialog

    dialog = CorrectLineDialog("It was work.")
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()
    dialog.edit.setText("   ")
    assert not dialog.ok.isEnabled() and "Edit a word" in dialog.ok.toolTip()
    dialog.edit.setText("It was the work.")
    assert dialog.ok.isEnabled()


def test_a_backup_named_without_its_extension_gets_it(qtbot, couple_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window, _couple_id, _data_dir = couple_window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mybackup"), ""))
    window.show_settings()
    window.settings_page.backup_btn.click()
    qtbot.waitUntil(lambda: "Backed up" in window.settings_page.status.text(), timeout=20000)
    assert (tmp_path / "mybackup.ttbackup").exists() and not (tmp_path / "mybackup").exists()


def _backup_and_add(window, tmp_path):
    from talktogether_desktop.storage import backup as backup_store

    backup_file = tmp_path / "before.ttbackup"
    window.tasks.run(lambda v: backup_store.backup(v, backup_file)).result()
    window.tasks.run(lambda v: couples_store.add_couple(v, "Added later", ["Eve", "Fay"])).result()
    return backup_file


def test_a_restore_with_the_wrong_passphrase_says_so_about_the_backup_and_never_locks(
        qtbot, couple_window, tmp_path, monkeypatch):
    """A wrong passphrase locked the window first, then said "does not unlock this vault… Check Caps Lock"."""
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.ui import settings_page

    window, _couple_id, _data_dir = couple_window
    backup_file = _backup_and_add(window, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))
    monkeypatch.setattr(settings_page.SecretDialog, "exec", lambda d: d.secret.setText("not the passphrase") or 1)
    asked = []
    monkeypatch.setattr(settings_page.QMessageBox, "question", lambda *a, **k: asked.append(a) or None)
    window.show_settings()
    window.settings_page.restore_btn.click()
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    settle(qtbot, window)
    assert "does not open this backup" in window.errors.last.text and "passphrase the vault had" in window.errors.last.text
    assert window.unlocked and not asked  # never asked to replace, never locked


def test_a_restore_not_confirmed_changes_nothing(qtbot, couple_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.ui import settings_page

    window, _couple_id, data_dir = couple_window
    backup_file = _backup_and_add(window, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))
    monkeypatch.setattr(settings_page.SecretDialog, "exec", lambda d: d.secret.setText(PASSPHRASE) or 1)
    asked = []
    monkeypatch.setattr(settings_page.QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or settings_page.QMessageBox.StandardButton.No)
    window.show_settings()
    window.settings_page.restore_btn.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    settle(qtbot, window)
    assert window.unlocked and not any(p.name.startswith("replaced-") for p in data_dir.iterdir())
    names = window.tasks.run(lambda v: [c["name"] for c in couples_store.list_couples(v)])
    settle(qtbot, window)
    assert "Added later" in names.result()


def test_one_recording_is_deleted_from_the_couple_page_after_asking(qtbot, couple_window, tmp_path):
    """There was no way to erase one recording (a file imported into the wrong couple, a partner's request)."""
    from PySide6.QtWidgets import QMessageBox

    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage.settings import load_settings

    from .uihelp import click_message_button, when_modal

    window, couple_id, _data_dir = couple_window
    for k in range(2):
        path = noise_wav(tmp_path / f"talk{k}.wav", seed=10 + k)
        window.tasks.run(lambda v, p=path: ops_recordings.import_file(v, load_settings(v), couple_id, str(p))).result()
    window.couple_flow.reload_couple()
    settle(qtbot, window)
    page = window.couple_page
    assert page.table.rowCount() == 2
    page.table.selectRow(0)
    doomed = page.selected_recording()[0]
    said = []

    def cancel(box):
        said.append(box.text())
        click_message_button(box, "Cancel")

    when_modal(QMessageBox, cancel)
    page.delete_rec_btn.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    settle(qtbot, window)
    assert page.table.rowCount() == 2 and "cannot be undone" in said[0]
    when_modal(QMessageBox, lambda box: click_message_button(box, "Erase the recording"))
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=20000)
    settle(qtbot, window)
    assert doomed not in [page.table.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(page.table.rowCount())]
    assert "erased" in window.statusBar().currentMessage()


def test_files_imported_together_are_dated_one_at_a_time_in_order(qtbot, couple_window, tmp_path):
    """Two files imported at once stacked their two date questions, and the second file was imported first."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    window, _couple_id, _data_dir = couple_window
    files = [str(noise_wav(tmp_path / "first.wav", seed=21)), str(noise_wav(tmp_path / "second.wav", seed=22))]
    seen = []

    def answer(dialog):  # a person takes a moment to answer: meanwhile the other file must not ask too
        seen.append(len([w for w in QApplication.topLevelWidgets() if isinstance(w, RecordedDateDialog) and w.isVisible()]))
        for w in [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordedDateDialog) and w.isVisible()]:
            w.accept()

    def poll(left=3000):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecordedDateDialog) and dialog.isVisible() and not getattr(dialog, "_seen", False):
            dialog._seen = True
            QTimer.singleShot(400, lambda: answer(dialog))
        if len(seen) < 2 and left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(10, poll)
    window.couple_flow.import_files(files, process=False)
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 2, timeout=30000)
    settle(qtbot, window)
    assert seen and all(n == 1 for n in seen)  # never two date questions open at once
    names = [window.couple_page.table.item(r, 1).text() for r in range(2)]
    assert sorted(names) == ["first.wav", "second.wav"]


def test_a_backup_of_another_vault_is_named_as_such_before_it_replaces_this_one(
        qtbot, couple_window, vault_factory, tmp_path, monkeypatch):
    """A backup made from another vault replaced this one with the usual question only, no word that it was another's."""
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup as backup_store
    from talktogether_desktop.ui import settings_page

    window, _couple_id, data_dir = couple_window
    other = vault_factory("other")
    couples_store.add_couple(other, "Elsewhere", ["Ada", "Ike"])
    backup_file = tmp_path / "other.ttbackup"
    backup_store.backup(other, backup_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))
    monkeypatch.setattr(settings_page.SecretDialog, "exec", lambda d: d.secret.setText(PASSPHRASE) or 1)
    asked = []
    monkeypatch.setattr(settings_page.QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or settings_page.QMessageBox.StandardButton.Yes)
    window.show_settings()
    window.settings_page.restore_btn.click()
    qtbot.waitUntil(lambda: "Restored 1 couple from" in window.unlock_page.status.text(), timeout=20000)
    assert asked and asked[0].startswith("This backup was made from ANOTHER vault")
    assert any(p.name.startswith("replaced-") for p in data_dir.iterdir())  # confirmed: restored, this one kept aside
