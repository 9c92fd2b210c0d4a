"""The recording page on the processed demo: transcript, player, analysis, speaker fixes, report export."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.analysis_view import DISCLAIMER
from talktogether_desktop.ui import recording_page as recording_page_mod

from .uihelp import choose_from_menu, double_click, wait_jobs_done

pytestmark = pytest.mark.gui


def first_line(page) -> str:
    return page.transcript.list.item(0).text()


def test_transcript_waveform_and_player(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    assert window.content.currentWidget() is page
    lines = page.transcript.line_texts()
    assert len(lines) >= 10
    assert lines[0].startswith("0:00  Zoë:") and "weekend" in lines[0]
    assert any("José:" in line for line in lines)
    assert [name for _label, name in page.waveform._lanes] == ["Zoë", "José"]  # one lane per speaker
    assert re.search(r"/ 1:1\d$", page.player.time.text())
    # Clicking a line plays from its start (a silent clock where there is no speaker).
    item = page.transcript.list.item(2)
    start = item.data(Qt.ItemDataRole.UserRole + 1)["start"]
    rect = page.transcript.list.visualItemRect(item)
    double_click(qtbot, page.transcript.list.viewport(), rect.center())  # a click only selects; double-click plays
    qtbot.waitUntil(lambda: page.player.position() > start + 0.2, timeout=5000)
    assert page.player.play_btn.text() == "Pause"
    page.player.toggle()
    assert page.player.play_btn.text() == "Play"
    # Speed and seek.
    page.player.speed.setCurrentIndex(page.player.speed.findData(1.5))
    assert page.player.player.speed == 1.5
    page.player.seek(30.0)
    assert abs(page.player.position() - 30.0) < 0.05
    # Search marks matching lines.
    page.transcript.search.setText("weekend")
    assert page.transcript.matches.text() == "2 found"


def test_analysis_view_shows_the_evidence_and_plays_a_moment(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    view = page.analysis
    page.tabs.setCurrentWidget(view)
    assert view.disclaimer.text() == DISCLAIMER
    assert "not a diagnosis" in view.disclaimer.text()
    assert view.moments.count() >= 1
    moment = view.moments.item(0)
    assert "heated up" in moment.text()
    assert "Zoë" in view.reaching.text() and "closeness" in view.reaching.text()
    assert "At a glance" in view.summary.text()
    assert view.timeline.moments()
    assert not view.safety.isVisibleTo(view)  # the demo has no safety language
    start, _end = moment.data(Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseClick(view.moments.viewport(), Qt.MouseButton.LeftButton, pos=view.moments.visualItemRect(moment).center())
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=2000)
    assert page.player.position() >= start - 1.5
    page.stop_playback()


def test_fix_a_speaker_then_the_analysis_is_rerun(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    assert "Zoë:" in first_line(page)
    # Reassign the first line to the other voice.
    page.transcript.list.setCurrentRow(0)
    qtbot.mouseClick(page.transcript.reassign_btn, Qt.MouseButton.LeftButton)
    choose_from_menu(page.transcript._last_menu, "Spoken by José")
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: "José:" in first_line(page), timeout=20000)
    # Swap the two voices everywhere: the first line goes back to Zoë.
    page.transcript.swap_btn.click()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: "Zoë:" in first_line(page), timeout=20000)
    assert page.analysis.moments.count() >= 1  # analysis re-run and reloaded


def test_rename_a_voice(qtbot, demo_window, monkeypatch):
    window, _ids = demo_window
    page = window.recording_page

    def fake_exec(dialog):
        dialog.fields["S1"].setCurrentText("Dr. Rivera")
        return 1

    monkeypatch.setattr(recording_page_mod.RenameDialog, "exec", fake_exec)
    page.transcript.rename_btn.click()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: "Dr. Rivera:" in first_line(page), timeout=20000)
    assert [n for _l, n in page.waveform._lanes][0] == "Dr. Rivera"


def test_report_preview_and_export(qtbot, demo_window, tmp_path):
    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.report)
    assert page.report.generate_btn.isEnabled()
    assert not page.report.export_btn.isEnabled()
    page.report.generate_btn.click()
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=30000)
    assert page.report.page_count >= 2
    assert "pages" in page.report.info.text()
    first = page.report.pages.itemAt(0).widget().pixmap()
    assert first.width() > 400 and first.height() > first.width()  # a portrait page, rendered
    target = tmp_path / "export" / "prep.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(page.report.exported, timeout=5000):
        page.report.export_to(str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert [p.name for p in target.parent.iterdir()] == ["prep.pdf"]  # only the chosen file


def test_the_report_tab_offers_a_shareable_version(qtbot, demo_window, tmp_path):
    import io

    import pypdf
    from PySide6.QtCore import Qt

    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.report)
    page.report.generate_btn.click()
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=30000)
    assert page.report.mode == "clinician"
    page.report.mode_box.setFocus()
    qtbot.keyClick(page.report.mode_box, Qt.Key.Key_Down)  # the therapist picks the couple's version
    qtbot.waitUntil(lambda: page.report.info.text().startswith("shareable version"), timeout=30000)
    target = tmp_path / "shared.pdf"
    with qtbot.waitSignal(page.report.exported, timeout=5000):
        page.report.export_to(str(target))
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "summary for both of us" in text and "Figures per partner" not in text and "Safety" not in text


def test_a_note_at_the_current_time(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    page.player.seek(65.0)
    page.note_edit.setPlainText("Ask about Sunday plans")
    page.note_btn.click()
    qtbot.waitUntil(lambda: page.notes.count() == 1, timeout=20000)
    assert page.notes.item(0).text() == "1:05  Ask about Sunday plans"


def test_keyboard_moves_through_the_recording(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    page.player.seek(10.0)
    page.waveform.setFocus()
    qtbot.keyClick(page.waveform, Qt.Key.Key_Right)
    assert abs(page.player.position() - 15.0) < 0.05
    qtbot.keyClick(page.waveform, Qt.Key.Key_Home)
    assert page.player.position() == 0.0
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=5000)
    assert not page.player.player.playing


def test_printing_sends_every_page(qtbot, demo_window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window, _ids = demo_window
    page = window.recording_page
    page.make_report()
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=30000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file printer stands in for paper
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.report.print_to(printer) == page.report.page_count
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_the_report_tab_opens_the_report_and_a_fix_refreshes_it(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.report)  # no click needed
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=30000)
    before = page.report._pdf
    page.tabs.setCurrentWidget(page.transcript)
    page.transcript.swap_btn.click()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: "José:" in first_line(page), timeout=20000)
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(lambda: page.report.page_count > 0 and page.report._pdf != before, timeout=30000)


def test_correct_a_line_then_the_analysis_is_rerun(qtbot, demo_window, monkeypatch):
    from talktogether_desktop.ui import transcript_view

    window, _ids = demo_window
    page = window.recording_page
    page.transcript.list.setCurrentRow(0)
    before = first_line(page)

    def fill(dialog):
        dialog.edit.setText("Okay. So we said we would talk about the weekend, just the two of us.")
        return 1

    monkeypatch.setattr(transcript_view.CorrectLineDialog, "exec", fill)
    page.transcript.correct_btn.click()  # the therapist's button, not the page's own signal
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: "just the two of us" in first_line(page), timeout=20000)
    assert first_line(page).split(":")[0] == before.split(":")[0]  # same time and speaker
    assert any("just the two of us" in t["text"] for t in page.data["analysis"]["turns"])  # analysis re-run


def test_a_correction_is_taken_back_with_undo(qtbot, demo_window, monkeypatch):
    """Corrections could not be undone: a word removed with "Edit a word…" was gone from the picker for good."""
    from PySide6.QtCore import Qt

    from talktogether_desktop.ui import transcript_view

    window, _ids = demo_window
    page = window.recording_page
    assert not page.transcript.undo_btn.isEnabled()
    page.transcript.list.setCurrentRow(0)
    before = first_line(page)
    monkeypatch.setattr(transcript_view.CorrectLineDialog, "exec",
                        lambda dialog: dialog.edit.setText("Okay, so we said we would talk about the weekend.") or 1)
    page.transcript.correct_btn.click()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: first_line(page) != before and page.transcript.undo_btn.isEnabled(), timeout=20000)
    assert "Ctrl+Z" in page.transcript.undo_btn.toolTip()
    page.transcript.list.setFocus()
    qtbot.keyClick(page.transcript.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: first_line(page) == before and not page.transcript.undo_btn.isEnabled(), timeout=20000)
    assert "talk about the weekend." not in " ".join(t["text"] for t in page.data["analysis"]["turns"][:1])
