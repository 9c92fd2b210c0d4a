"""Round 32b's window walk-through fixes: nothing shown stale after the couple's names are corrected."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.couple_edit import EditCoupleDialog

from .uihelp import open_couple, settle, when_modal

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _open_report(qtbot, page):
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    return _pdf_text(page.report._pdf)


def _edit_names(qtbot, window, couple_name: str, renames: dict[str, str]) -> None:
    """Edit… on the couple page, as a person does: new names typed in, Save clicked."""

    def rename(dialog: EditCoupleDialog):
        dialog.name.setText(couple_name)
        for _pid, name, _pronouns in dialog.partner_fields:
            if name.text() in renames:
                name.setText(renames[name.text()])
        dialog.ok.click()

    when_modal(EditCoupleDialog, rename)
    qtbot.mouseClick(window.couple_page.edit_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.couple_page.title.text() == couple_name, timeout=20000)
    settle(qtbot, window)


def _reopen_recording(qtbot, window, couple_name: str) -> None:
    page = window.recording_page
    qtbot.mouseClick(window.couple_page.open_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.data is not None and page.title.text().startswith(couple_name), timeout=20000)
    settle(qtbot, window)


def test_after_edit_the_analysis_tab_names_the_partners_as_corrected(qtbot, demo_window):
    window, ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.analysis)
    assert "José" in page.analysis.summary.text()  # the demo's analysis names him in its sentences
    open_couple(qtbot, window, ids.couple_id)
    _edit_names(qtbot, window, "Moreau", {"José": "Joseph", "Zoë": "Zoey"})
    _reopen_recording(qtbot, window, "Moreau")
    page.tabs.setCurrentWidget(page.analysis)
    shown = page.analysis.summary.text() + page.analysis.listen.text() + page.analysis.safety.text()
    assert "Joseph" in shown and "Zoey" in shown
    assert "José" not in shown and "Zoë" not in shown


def test_after_edit_the_report_tab_shows_the_corrected_names_not_the_stored_report(qtbot, demo_window):
    window, ids = demo_window
    page = window.recording_page
    before = _open_report(qtbot, page)
    assert "Demo couple" in before and "José" in before
    page.tabs.setCurrentWidget(page.transcript)
    open_couple(qtbot, window, ids.couple_id)
    _edit_names(qtbot, window, "Moreau", {"José": "Joseph"})
    _reopen_recording(qtbot, window, "Moreau")
    after = _open_report(qtbot, page)
    assert "Moreau" in after and "Joseph" in after
    assert "Demo couple" not in after and "José" not in after


def test_unlinking_the_practice_while_the_report_is_open_shows_a_report_without_it(qtbot, demo_window):
    from talktogether_desktop.ui.practice_link import LinkDialog

    from .uihelp import choose_in_combo

    window, _ids = demo_window
    page = window.recording_page
    assert "Weekly check-in" in _open_report(qtbot, page)  # the demo recording answers its practice

    def unlink(dialog: LinkDialog):
        choose_in_combo(qtbot, dialog.choice, "Not practice (no link)")
        dialog.accept()

    when_modal(LinkDialog, unlink)
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        qtbot.mouseClick(page.practice.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.practice.label.text() == "Not linked to a practice"
    assert "Weekly check-in" not in _pdf_text(page.report._pdf)


def _rect_in(widget, page):
    from PySide6.QtCore import QRect

    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def test_at_900x600_the_recordings_table_never_covers_the_wrapped_row_of_buttons(qtbot, demo_window):
    window, ids = demo_window
    open_couple(qtbot, window, ids.couple_id)
    page = window.couple_page
    for size, scrolls in (((900, 600), True), ((1024, 700), False)):
        window.resize(*size)
        settle(qtbot, window)
        qtbot.wait(100)
        table = _rect_in(page.table, page)
        for button in (page.import_btn, page.record_btn, page.process_btn, page.open_btn, page.delete_rec_btn):
            assert not _rect_in(button, page).intersects(table), (size, button.text())
        assert page.table.height() >= page.table.minimumHeight()
        # the smallest window scrolls the page rather than squash it; a 1024x700 one has room for all of it, unless the row
        # of "Mark … held / Mark practice done" is shown (the demo's planned session has passed by the day the test runs)
        following_up = window.couple_flow.follow_up.held_btn.isVisible() or window.couple_flow.follow_up.done_btn.isVisible()
        assert (page.scroll.verticalScrollBar().maximum() > 0) is (scrolls or following_up), size
    page.scroll.ensureWidgetVisible(page.review_btn)
    qtbot.wait(50)
    assert page.review_btn.visibleRegion().boundingRect().height() == page.review_btn.height()


def test_a_long_couple_name_ends_with_an_ellipsis_and_is_whole_in_its_tooltip(qtbot, couple_window):
    from .uihelp import cut_off

    window, _couple_id, _data_dir = couple_window
    long_name = "Featherstonehaugh-Abernathy-Montgomery-Worthington and family, seen on Tuesdays"
    _edit_names(qtbot, window, long_name, {})
    window.resize(900, 600)
    settle(qtbot, window)
    qtbot.wait(100)
    title = window.couple_page.title
    assert title.text() == long_name
    assert title.shown_text().endswith("…") and title.toolTip() == long_name
    assert cut_off(window.couple_page) == []


def test_add_note_is_greyed_with_a_reason_until_a_note_is_typed(qtbot, demo_window):
    from .uihelp import type_text

    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.note_edit.parentWidget()))
    before = page.notes.count()
    assert not page.note_btn.isEnabled()  # it did nothing, silently, on an empty box
    assert page.note_btn.toolTip() == "Type the note in the box above first"
    type_text(qtbot, page.note_edit, "   ")
    assert not page.note_btn.isEnabled()  # spaces are no note
    type_text(qtbot, page.note_edit, "Ask about the weekend plan")
    assert page.note_btn.isEnabled()
    qtbot.mouseClick(page.note_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notes.count() == before + 1, timeout=20000)
    settle(qtbot, window)
    assert page.notes.item(page.notes.count() - 1).text().endswith("Ask about the weekend plan")
    assert page.note_edit.toPlainText() == "" and not page.note_btn.isEnabled()


def test_select_a_line_first_goes_away_once_a_line_is_selected(qtbot, demo_window):
    window, _ids = demo_window
    transcript = window.recording_page.transcript
    transcript.list.clearSelection()
    qtbot.mouseClick(transcript.correct_btn, Qt.MouseButton.LeftButton)
    assert transcript.empty.isVisibleTo(transcript) and transcript.empty.text() == "Select the one line to correct first."
    second = transcript.list.visualItemRect(transcript.list.item(1)).center()
    qtbot.mouseClick(transcript.list.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert transcript.list.selectedItems()
    assert not transcript.empty.isVisibleTo(transcript)  # it stood there, stale, until the page was reloaded


def test_saving_the_names_unchanged_says_nothing_was_changed(qtbot, couple_window):
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    window, _couple_id, data_dir = couple_window
    when_modal(EditCoupleDialog, lambda dialog: dialog.ok.click())
    qtbot.mouseClick(window.couple_page.edit_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=20000)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Nothing was changed: the names are as they were."
    window.vault_flow.lock()
    settle(qtbot, window)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.all("SELECT 1 FROM audit_log WHERE action = 'update'") == []


def test_greyed_dialog_buttons_say_why(qtbot, couple_window):
    from talktogether_desktop.ui.consent_dialog import ConsentDialog
    from talktogether_desktop.ui.couples_list import NewCoupleDialog

    from .uihelp import tick, type_text

    window, _couple_id, _data_dir = couple_window
    seen: dict = {}

    def consent(dialog: ConsentDialog):
        seen["consent_greyed"] = (dialog.ok.isEnabled(), dialog.ok.toolTip())
        for box in dialog.boxes:
            tick(qtbot, box)
        seen["consent_ready"] = (dialog.ok.isEnabled(), dialog.ok.toolTip())
        dialog.reject()

    when_modal(ConsentDialog, consent)
    qtbot.mouseClick(window.couple_page.consent_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "consent_ready" in seen, timeout=20000)

    def new_couple(dialog: NewCoupleDialog):
        seen["new_greyed"] = (dialog.ok.isEnabled(), dialog.ok.toolTip())
        type_text(qtbot, dialog.name, "Nguyen")
        type_text(qtbot, dialog.partner1, "Linh")
        seen["new_ready"] = (dialog.ok.isEnabled(), dialog.ok.toolTip())
        dialog.reject()

    when_modal(NewCoupleDialog, new_couple)
    window.act_new.trigger()
    qtbot.waitUntil(lambda: "new_ready" in seen, timeout=20000)
    assert seen["consent_greyed"] == (False, "Tick each partner who agreed first: consent is recorded for both together")
    assert seen["consent_ready"] == (True, "")
    assert seen["new_greyed"] == (False, "Give the couple's name and the first partner's name first")
    assert seen["new_ready"] == (True, "")


def test_export_and_print_say_why_they_are_greyed_until_a_report_is_shown(qtbot, demo_window):
    window, _ids = demo_window
    report = window.recording_page.report
    for button in (report.export_btn, report.print_btn):
        assert not button.isEnabled() and "no report here yet" in button.toolTip()
    _open_report(qtbot, window.recording_page)
    assert report.export_btn.isEnabled() and "Save this report as a PDF" in report.export_btn.toolTip()
    assert report.print_btn.isEnabled() and report.print_btn.toolTip() == "Print this report"


def test_the_processing_panel_names_the_couple_as_corrected(qtbot, couple_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    from .uihelp import noise_wav, wait_jobs_done

    window, _couple_id, _data_dir = couple_window
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.couple_flow.import_files([str(noise_wav(tmp_path / "tuesday.wav", seconds=90))], process=True)
    qtbot.waitUntil(lambda: bool(window.jobs.active()), timeout=30000)
    settle(qtbot, window)
    uid = window.jobs.active()[0].uid
    assert window.jobs_panel.rows[uid].label.text() == "Rivera–Okafor · tuesday.wav"
    _edit_names(qtbot, window, "Rivera-Okafor", {})
    row = window.jobs_panel.rows[uid]
    assert row.label.text() == "Rivera-Okafor · tuesday.wav"
    assert row.cancel_btn.accessibleName() == "Cancel Rivera-Okafor · tuesday.wav"
    qtbot.mouseClick(row.cancel_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)


def test_locked_on_the_settings_page_unlocking_returns_there(qtbot, couple_window):
    from .uihelp import unlock

    window, couple_id, _data_dir = couple_window
    window.act_settings.trigger()
    settle(qtbot, window)
    assert window.content.currentWidget() is window.settings_page
    window.act_lock.trigger()
    settle(qtbot, window)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.settings_page, timeout=20000)
    settle(qtbot, window)
    assert window.content.currentWidget() is window.settings_page  # not the empty welcome page
    assert window.couple_page.couple_id == couple_id  # Back (Alt+Left) goes to the couple again
    window.act_back.trigger()
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=20000)


def test_a_long_import_shows_the_busy_pointer_until_it_is_done(qtbot, couple_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog

    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    from .uihelp import noise_wav

    window, _couple_id, _data_dir = couple_window
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    long_file = noise_wav(tmp_path / "an-hour-long-session.wav", seconds=20 * 60)
    assert QApplication.overrideCursor() is None
    window.couple_flow.import_files([str(long_file)], process=False)
    # the window says it is working (it looked stuck before)
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=20000)
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=60000)
    settle(qtbot, window)
    assert QApplication.overrideCursor() is None
