"""Round 30's window walk-through fixes: a failed export says so, naming keeps going without a voice sample, layouts at 900x600."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.gui


def _open_report(qtbot, window):
    page = window.recording_page
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    return page.report


def _visible_boxes():
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize("where", ["/proc/report.pdf", "inside-a-file"])
def test_a_report_exported_where_it_cannot_be_written_says_so_and_leaves_nothing(
        qtbot, demo_window, tmp_path, monkeypatch, where):
    window, _ids = demo_window
    report = _open_report(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = where if where.startswith("/") else str(blocker / "report.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    qtbot.mouseClick(report.export_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=5000)
    box = _visible_boxes()[-1]
    assert "not saved" in box.text()
    assert f"could not be saved to {target}" in box.informativeText()
    assert "Choose another folder." in box.informativeText()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
    box.close()


def test_a_report_export_that_fails_midway_leaves_the_earlier_file_whole(qtbot, demo_window, tmp_path, monkeypatch):
    from talktogether_desktop import paths

    window, _ids = demo_window
    report = _open_report(qtbot, window)
    (tmp_path / "out").mkdir()
    earlier = tmp_path / "out" / "report.pdf"
    earlier.write_bytes(b"%PDF earlier export")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths.os, "fsync", full_disk)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(earlier), ""))
    qtbot.mouseClick(report.export_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=5000)
    assert "No space left on device" in _visible_boxes()[-1].informativeText()
    assert earlier.read_bytes() == b"%PDF earlier export"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["report.pdf"]
    _visible_boxes()[-1].close()


def test_naming_a_voice_with_too_little_clear_speech_names_it_and_says_no_sample_was_kept(
        qtbot, open_window, demo_vault_dir, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from talktogether_desktop.pipeline import ops_speakers
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage import speakers as speakers_store
    from talktogether_desktop.storage.vault import open_vault
    from talktogether_desktop.ui.recording_page import RenameDialog
    from tt_testing import PASSPHRASE

    from .uihelp import choose_in_combo, open_couple, open_recording, settle, unlock, wait_jobs_done, when_modal

    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        for partner in couples_store.list_partners(vault, ids.couple_id):
            for sample in speakers_store.list_voice_samples(vault, partner["id"]):
                speakers_store.delete_voice_sample(vault, sample["id"])
    cut = ops_speakers.sample_from_recording
    # A voice heard alone for only 2.8 s: the engine itself refuses to make a voice sample of it.
    monkeypatch.setattr(ops_speakers, "sample_from_recording", lambda *a, **k: cut(*a, **k)[: int(2.8 * 16000)])
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)

    def name(dialog: RenameDialog):
        choose_in_combo(qtbot, dialog.fields["S1"], "José")  # the two voices the other way round
        choose_in_combo(qtbot, dialog.fields["S2"], "Zoë")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    when_modal(RenameDialog, name)
    qtbot.mouseClick(page.transcript.rename_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "José:" in page.transcript.list.item(0).text(), timeout=60000)
    wait_jobs_done(qtbot, window)
    assert not _visible_boxes(), [b.informativeText() for b in _visible_boxes()]
    assert window.errors.last is None or "cannot be used" not in window.errors.last.title
    assert window.statusBar().currentMessage() in (
        f"Named. Not enough clear speech from {who} alone to keep a voice sample." for who in ("José", "Zoë", "José or Zoë"))
    assert {row.finished_state for row in window.jobs_panel.rows.values()} <= {"done"}  # never "Did not finish"


def test_the_shareable_reports_safety_caution_is_a_full_width_readable_line_at_900x600(qtbot, demo_window):
    from talktogether_desktop.pipeline.ops_reports import shareable_caution

    window, _ids = demo_window
    page = window.recording_page
    window.resize(900, 600)
    page.data["analysis"]["safety_flags"] = [{"kind": "threat", "start": 1.0, "end": 2.0}]  # as a recording with one
    report = _open_report(qtbot, window)
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        report.mode_box.setFocus()
        qtbot.keyClick(report.mode_box, Qt.Key.Key_Down)  # the couple's version
    qtbot.wait(100)
    assert report.caution.isVisible() and report.caution.text() == shareable_caution(
        page.data["analysis"]["safety_flags"], "window")
    assert report.caution.width() >= report.width() - 20  # its own line, the page's width
    needed = report.caution.heightForWidth(report.caution.width())
    assert report.caution.height() >= needed  # every word shown, nothing cut off
    window.grab().save("/tmp/wt-ui-shots/caution_900x600.png")
    assert report.scroll.height() >= 100  # the pages still have room (60 px before)
    window.grab().save("/tmp/wt-ui-shots/caution_900x600.png")


def test_tab_and_shift_tab_leave_the_recordings_table(qtbot, open_window, demo_vault_dir):
    from .uihelp import open_couple, unlock

    data_dir, ids = demo_vault_dir
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    window.activateWindow()
    table = window.couple_page.table
    assert table.rowCount() >= 1
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus, timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # not on to the next cell
    table.setFocus()
    table.setCurrentCell(0, 3)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus()


def test_settings_scroll_at_900x600_instead_of_squashing_their_controls(qtbot, open_window, fresh_vault_dir):
    from .uihelp import settle, unlock

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.resize(900, 600)
    window.act_settings.trigger()
    settle(qtbot, window)
    page = window.settings_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page, timeout=5000)
    qtbot.wait(100)
    window.grab().save("/tmp/wt-ui-shots/settings_900x600.png")
    for button in (page.passphrase_btn, page.backup_btn, page.restore_btn, page.save_btn):
        assert button.height() >= button.minimumSizeHint().height(), button.text()
    assert page.scroll.verticalScrollBar().maximum() > 0  # the form scrolls
    assert page.scroll.horizontalScrollBar().maximum() == 0  # up and down only
    page.scroll.ensureWidgetVisible(page.restore_btn)
    qtbot.wait(50)
    assert page.restore_btn.visibleRegion().boundingRect().height() == page.restore_btn.height()
    assert page.save_btn.visibleRegion().boundingRect().height() == page.save_btn.height()  # always in view


def test_a_recording_whose_processing_was_stopped_says_stopped_not_unprocessed(
        qtbot, open_window, fresh_vault_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault
    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog
    from tt_testing import PASSPHRASE

    from .uihelp import noise_wav, open_couple, settle, unlock, wait_jobs_done

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    files = [str(noise_wav(tmp_path / "first.wav", seed=1)), str(noise_wav(tmp_path / "second.wav", seed=2))]
    window.couple_flow.import_files(files, process=True)
    qtbot.waitUntil(lambda: len(window.jobs.active()) == 2, timeout=30000)
    waiting = [j for j in window.jobs.active() if j.state == "queued"][-1]
    qtbot.mouseClick(window.jobs_panel.rows[waiting.uid].cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    window.couple_flow.reload_couple()
    settle(qtbot, window)
    table = window.couple_page.table
    texts = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, 3).text() for r in range(table.rowCount())}
    assert texts[waiting.recording_id] == "Stopped: start again"


def test_the_keyboard_shortcuts_list_names_the_keys_of_lists_and_pages(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.about import ShortcutsDialog

    from .uihelp import unlock, when_modal

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    seen = {}

    def read(dialog: ShortcutsDialog):
        seen["text"] = dialog.text
        dialog.reject()

    when_modal(ShortcutsDialog, read)
    window.act_keys.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    for what in ("<b>Delete</b>", "<b>Ctrl+Z</b>", "<b>Enter</b>", "Delete the selected recording", "Undo a transcript"):
        assert what in seen["text"]


def test_the_unlock_screen_speaks_of_the_recovery_code_in_recovery_mode_and_shows_failures_as_errors(
        qtbot, open_window, fresh_vault_dir):
    from .uihelp import tick

    window = open_window(fresh_vault_dir)
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.content.currentWidget() is page or page.isVisible(), timeout=20000)
    tick(qtbot, page.use_recovery)
    assert "recovery code" in page.intro.text() and "passphrase to open" not in page.intro.text()
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    assert page.status.text() == "Please type your recovery code first."
    tick(qtbot, page.use_recovery)
    assert page.intro.text() == "Enter your passphrase to open your case file."
    qtbot.keyClicks(page.secret, "not the passphrase")
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not accepted" in page.status.text(), timeout=30000)
    assert page.status.text().lower().count("try again") == 1
    assert page.status.property("role") == "error"
    page.grab().save("/tmp/wt-ui-shots/unlock_wrong.png")


def test_the_new_passphrase_dialog_after_a_recovery_unlock_has_room_for_its_fields_and_hint(
        qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.ui.settings_page import PassphraseDialog

    from .uihelp import unlock, when_modal

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    seen = {}

    def look(dialog: PassphraseDialog):
        qtbot.wait(50)
        dialog.grab().save("/tmp/wt-ui-shots/new_passphrase.png")
        seen["fields"] = [(w.height(), w.minimumSizeHint().height()) for w in (dialog.passphrase, dialog.repeat)]
        seen["hint"] = (dialog.hint.height(), dialog.hint.heightForWidth(dialog.hint.width()))
        dialog.reject()

    when_modal(PassphraseDialog, look)
    window.vault_flow.offer_new_passphrase()
    for height, needed in seen["fields"]:
        assert height >= needed
    assert seen["hint"][0] >= seen["hint"][1]


def test_couples_search_sets_dashes_aside_and_says_when_nothing_matches(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    from .uihelp import unlock

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
        couples_store.add_couple(vault, "Lindqvist", ["Eva", "Jon"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    panel = window.couples
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=10000)
    for typed in ("rivera-okafor", "rivera okafor", "okafor rivera", "Rivera–Oka"):
        panel.search.clear()
        qtbot.keyClicks(panel.search, typed) if typed.isascii() else panel.search.setText(typed)
        assert panel.proxy.rowCount() == 1, typed
        assert panel.proxy.index(0, 0).data().startswith("Rivera–Okafor")
        assert not panel.empty.isVisible()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "zzz")
    assert panel.proxy.rowCount() == 0
    assert panel.empty.isVisible() and panel.empty.text() == "No couple matches “zzz”."
