"""Round 34, second pass: the report preview stays readable at 900x600 with the status bar shown, the page header
says what the page shows, and the vault's long jobs (check, backup, restore) report progress and can be cancelled."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]
SHOTS = os.environ.get("TT_SHOTS")  # a folder: each changed screen saved at 900x600 and 1280x800 to look at


def _shots(window, name: str, qtbot) -> None:
    if SHOTS:
        size = window.size()
        for w, h in ((900, 600), (1280, 800)):
            window.resize(w, h)
            qtbot.wait(150)
            window.grab().save(os.path.join(SHOTS, f"{name}-{w}x{h}.png"))
        window.resize(size)
        qtbot.wait(50)


def test_the_report_pages_keep_room_at_900x600_with_a_status_message_shown(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    window.resize(900, 600)
    window.statusBar().showMessage("Report exported to /somewhere/report.pdf.", 60000)  # any message makes the bar
    page.data["analysis"]["safety_flags"] = [{"kind": "threat", "start": 1.0, "end": 2.0}]  # the caution line shown
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.report.mode_box.setCurrentIndex(1)  # the couple's version, with its caution above the pages
    qtbot.wait(100)
    assert page.report.caution.isVisible()
    assert window.statusBar().isVisible()
    report = page.report
    assert report.scroll.height() >= 160, report.scroll.height()  # about a third of a page to read, not a strip
    page.scroll.ensureWidgetVisible(report.scroll, 0, 0)  # the recording page scrolls to show the pages whole
    qtbot.wait(50)
    top = report.scroll.mapTo(page.scroll.viewport(), report.scroll.rect().topLeft()).y()
    assert 0 <= top and top + report.scroll.height() <= page.scroll.viewport().height()
    _shots(window, "report-with-status", qtbot)
