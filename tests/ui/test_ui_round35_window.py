"""Round 35 window fixes: Cancel stops the vault check from its first step; the couple list says an analysis is out
of date as the recording page does; an auto-lock lets a backup finish before it locks; removing a session asks first;
a short recording's length is said in seconds; a re-imported, unprocessed file can be processed from the answer."""

from __future__ import annotations

import time

import pytest

from .uihelp import settle, shoot, unlock, window_with_a_session

pytestmark = pytest.mark.gui


def test_cancel_stops_the_vault_check_during_its_first_step(qtbot, open_window, large_vault_dir):
    from PySide6.QtCore import Qt

    from talktogether_desktop.storage.integrity import STEP_PAGES

    data_dir, page_check_s = large_vault_dir
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.resize(900, 600)
    window.act_settings.trigger()
    page = window.settings_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page, timeout=10000)
    settle(qtbot, window)
    page.scroll.ensureWidgetVisible(page.check_btn)
    qtbot.mouseClick(page.check_btn, Qt.MouseButton.LeftButton)
    work = page.long_work
    qtbot.waitUntil(lambda: work.step.text() == STEP_PAGES, timeout=10000)
    qtbot.wait(100)  # well inside the first step: reading every page takes longer
    shoot(window, "check-step1", extra=work)
    qtbot.mouseClick(work.cancel_btn, Qt.MouseButton.LeftButton)
    clicked = time.perf_counter()
    qtbot.waitUntil(lambda: page.check_btn.isEnabled(), timeout=60000)
    took = time.perf_counter() - clicked
    stopped = page.status.text()
    shoot(window, "check-cancelled")
    settle(qtbot, window)
    assert stopped == "The check was stopped before the end; nothing was changed."
    assert page_check_s > 0.4  # the first step alone is long enough to see a late Cancel
    assert took < min(0.3, page_check_s / 2), (took, page_check_s)
    assert page.long_work is None and page.check_box is None


def test_the_couple_list_says_an_analysis_is_behind_as_the_recording_page_does(qtbot, demo_window, monkeypatch):
    from PySide6.QtCore import Qt

    from talktogether_desktop.pipeline import chain

    from .uihelp import open_couple, wait_jobs_done

    window, ids = demo_window
    page = window.recording_page
    monkeypatch.setattr(chain, "analyze", lambda *_a, **_k: (_ for _ in ()).throw(ValueError("engine text")))
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)  # the voices swapped, the analysis not
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.state.text() == "Analysis behind", timeout=20000)
    window.errors.close_all()
    open_couple(qtbot, window, ids.couple_id)
    table = window.couple_page.table
    shoot(window, "couple-list-behind")
    assert table.item(0, 3).text() == page.state.text() == "Analysis behind"  # it said "Ready" here


def test_an_auto_lock_during_a_backup_lets_it_finish_and_says_so_on_unlock(qtbot, open_window, fresh_vault_dir,
                                                                           tmp_path, monkeypatch):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup
    from tt_testing import PASSPHRASE

    target = tmp_path / "backups" / "friday.ttbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.show_settings()
    settle(qtbot, window)
    held = threading.Event()
    window.tasks.run(lambda _v: held.wait(20))  # the vault thread is busy: the backup is under way when it locks
    window.settings_page.backup_btn.click()
    box = window.settings_page.long_work
    assert box is not None and box.isVisible()
    window.idle.set_minutes(0.01)  # 0.6 s with no activity
    window.idle.arm()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)
    said_at_lock = window.unlock_page.status.text()
    shoot(window, "locked-during-backup")
    box_hidden = shiboken6.isValid(box) and not box.isVisible()  # hidden while the backup goes on, not deleted
    held.set()
    qtbot.waitUntil(window.tasks.is_idle, timeout=30000)
    written = target.exists()
    unlock(qtbot, window)
    said = window.statusBar().currentMessage()
    shoot(window, "unlocked-after-backup")
    assert written  # it was cancelled by the lock before: no backup file
    assert "no activity" in said_at_lock and "backup" in said_at_lock and "nothing is lost" in said_at_lock
    assert box_hidden
    assert backup.check(target, passphrase=PASSPHRASE)  # a whole backup, that opens
    assert said.startswith("Backed up to ") and "friday.ttbackup" in said
    assert window.settings_page.long_work is None


def _remove_session(qtbot, window, answer: str) -> dict:
    """Double-click the session, press "Remove session", then answer the question; what the question said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from talktogether_desktop.ui.couple_dialogs import SessionDialog

    from .uihelp import click_message_button, double_click

    seen: dict = {}

    def close_session():  # (waits for the session's box to be the one on top: a fixed delay raced the question's close)
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SessionDialog) and dialog.isVisible():
            dialog.reject()
        else:
            QTimer.singleShot(20, close_session)

    def act():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and dialog.isVisible():
            seen.update(title=dialog.windowTitle(), text=dialog.text(), more=dialog.informativeText(),
                        buttons=[b.text().replace("&", "") for b in dialog.buttons()],
                        default=dialog.defaultButton().text() if dialog.defaultButton() else None)
            shoot(window, "remove-session-question", sizes=((900, 600),), extra=dialog)
            click_message_button(dialog, answer)
            if answer != "Remove the session":
                QTimer.singleShot(20, close_session)  # then close the session, once the question has gone
        elif isinstance(dialog, SessionDialog) and dialog.isVisible() and "pressed" not in seen:
            seen["pressed"] = True
            QTimer.singleShot(20, act)  # (before the click: the question's own loop runs inside it)
            dialog.remove_btn.click()
        else:
            QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)
    page = window.couple_page
    double_click(qtbot, page.sessions.viewport(), page.sessions.visualItemRect(page.sessions.item(0)).center())
    settle(qtbot, window)
    return seen


def test_removing_a_session_asks_first_in_plain_words(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    window, couple_id = window_with_a_session(qtbot, open_window, fresh_vault_dir)
    page = window.couple_page
    kept = _remove_session(qtbot, window, "Keep it")
    still_there = page.sessions.item(0).text()
    removed = _remove_session(qtbot, window, "Remove the session")
    qtbot.waitUntil(lambda: page.sessions.item(0).text() == "No sessions planned", timeout=10000)
    assert kept.get("title") == "Remove this session?"  # it erased at once before: no question
    assert kept["text"] == "Remove the session of 2026-12-01 10:00 (planned) from the file of “Ana and Bo”?"
    assert "notes and the practice given in it are kept" in kept["more"] and "cannot be undone" in kept["more"]
    assert sorted(kept["buttons"]) == ["Keep it", "Remove the session"] and kept["default"] == "Keep it"
    assert "2026-12-01 10:00" in still_there  # "Keep it" kept it
    assert removed["text"] == kept["text"] and "Session removed" in window.statusBar().currentMessage()
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert couples_store.list_sessions(vault, couple_id) == []


def test_a_short_recording_s_length_is_said_in_seconds_as_the_command_line_says_it(qtbot, open_window, fresh_vault_dir,
                                                                                    tmp_path):
    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault
    from talktogether_desktop.timefmt import duration
    from tt_testing import PASSPHRASE

    from .uihelp import noise_wav, open_couple

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Ana and Bo", ["Ana", "Bo"])
        short = ops_recordings.import_file(vault, load_settings(vault), couple_id,
                                           str(noise_wav(tmp_path / "half-second.wav", 0.5)))
        stored = ops_recordings.import_file(vault, load_settings(vault), couple_id,
                                            str(noise_wav(tmp_path / "a-minute.wav", 75.0, seed=6)))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    table = window.couple_page.table
    lengths = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    shoot(window, "short-recording-length")
    assert short.to_dict()["duration_s"] == pytest.approx(0.5, abs=0.01)
    assert stored.to_dict()["duration_s"] == pytest.approx(75.0, abs=0.01)
    assert lengths["half-second.wav"] == duration(0.5) == "0.5 s"  # "0:00" before
    assert lengths["a-minute.wav"] == duration(75.0) == "01:15"  # as the command line says it


def test_a_file_imported_again_whose_processing_never_finished_can_be_processed_from_the_answer(
        qtbot, open_window, fresh_vault_dir, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage import recordings as recordings_store
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    from .uihelp import noise_wav, open_couple, wait_jobs_done

    sound = noise_wav(tmp_path / "kitchen-talk.wav", 2.0)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Ana and Bo", ["Ana", "Bo"])
        kept = ops_recordings.import_file(vault, load_settings(vault), couple_id, str(sound)).id  # not processed
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.couple_page
    before = page.table.item(0, 3).text()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(sound)], ""))  # the system's picker
    qtbot.mouseClick(page.import_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.errors._boxes), timeout=20000)
    box = window.errors._boxes[-1]
    said = box.informativeText()
    buttons = {b.text().replace("&", ""): b for b in box.buttons()}
    qtbot.wait(200)  # the box settles to its width
    shoot(window, "already-imported-unprocessed", extra=box)
    assert before == "Not processed yet" and "already among this couple's recordings" in said
    assert "processing was not finished" in said
    assert sorted(buttons) == ["Not now", "Process it now"]  # it offered nothing before
    assert box.defaultButton() is buttons["Process it now"]
    buttons["Process it now"].click()
    qtbot.waitUntil(lambda: bool(window.jobs.active()) or window.jobs.state_of(kept) is not None
                    or page.table.item(0, 3).text() != before, timeout=20000)
    wait_jobs_done(qtbot, window, timeout_ms=180000)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        status = recordings_store.get_recording(vault, kept)["status"]
    assert status == "no_speech"  # processed as its page processes it (noise only: no speech found)
    assert page.table.rowCount() == 1  # nothing added twice
