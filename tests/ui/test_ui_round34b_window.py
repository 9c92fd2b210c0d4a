"""Round 34, second pass: the report preview stays readable at 900x600 with the status bar shown, the page header
says what the page shows, and the vault's long jobs (check, backup, restore) report progress and can be cancelled."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from .uihelp import open_couple, settle, unlock, wait_jobs_done

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


def test_the_header_says_the_analysis_is_behind_while_the_banner_does(qtbot, demo_window, monkeypatch):
    from talktogether_desktop.pipeline import chain

    window, _ids = demo_window
    page = window.recording_page
    assert page.state.text() == "Ready" and not page.banner.isVisible()
    working = chain.analyze
    monkeypatch.setattr(chain, "analyze", lambda *_a, **_k: (_ for _ in ()).throw(ValueError("engine text")))
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)  # the voices swapped, the analysis not
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.banner.isVisible() and "not made again" in page.banner.text(), timeout=20000)
    window.errors.close_all()
    assert page.state.text() == "Analysis behind"  # not "Ready" beside "it may not match"
    _shots(window, "header-analysis-behind", qtbot)
    monkeypatch.setattr(chain, "analyze", working)
    page.banner.linkActivated.emit("again")  # the banner's link, as a click on it sends it
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=20000)
    assert page.state.text() == "Ready"


@pytest.mark.parametrize("withdrawn", [True, False])
def test_the_header_says_why_a_recording_is_not_analysed(qtbot, open_window, demo_vault_dir, withdrawn):
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        if withdrawn:
            couples_store.withdraw_consent(vault, ids.couple_id)
        else:  # as a couple whose consent was never recorded
            with vault.transaction():
                vault.execute("DELETE FROM consents WHERE couple_id = ?", (ids.couple_id,))
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    window.couple_flow.open_recording(ids.recording_id)
    page = window.recording_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    settle(qtbot, window)
    assert page.banner.isVisible()
    expected = "Consent withdrawn" if withdrawn else "Not analysed: no consent"
    assert page.state.text() == expected, page.state.text()  # "Ready" beside "no longer analysed" before
    _shots(window, f"header-consent-{'withdrawn' if withdrawn else 'missing'}", qtbot)
