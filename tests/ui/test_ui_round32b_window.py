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
