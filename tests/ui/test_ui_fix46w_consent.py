"""Fix 46w in the window (real vault, real offscreen widgets): a change made while consent was withdrawn.

Consent withdrawn, the therapist still fixes the transcript: Swap speakers (the lines given to Zoë are José's). The swap
was kept, but its job said "Did not finish; start it again from the couple page" under a box "Consent is needed first"
(the command line's `speakers swap` exited 1 with an error): it is done now, and the analysis waits. Consent recorded
again, the couple's list and the recording's page said "Ready" over the analysis made before the swap, and the Report
tab showed the report made before it: "At 00:28 Zoë said …" of a line the transcript now gives to José, each partner's
needs and bids under the other's name. The page and the list say "Analysis behind" with "Make the analysis again", and
no report is made from the old analysis."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from talktogether_desktop.ui.consent_dialog import ConsentDialog

from .uihelp import click_message_button, open_recording, settle, shoot, tick, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui


def _first_finding(pdf: bytes) -> str:
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    after = " ".join(text.split("What stood out", 1)[1].split())
    return after[after.find("1. ") :][:60]  # (after the order note, "Most important first…", round 49)


def _to_couple(qtbot, window) -> None:
    window.act_back.trigger()  # View › Back (Alt+Left)
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=20000)
    settle(qtbot, window)


def test_a_swap_made_while_consent_was_withdrawn_leaves_the_analysis_behind_once_consent_is_back(qtbot, demo_window):
    window, ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    before = _first_finding(page.report._pdf)
    assert before.startswith("1. At 00:28 Zoë said"), before

    _to_couple(qtbot, window)
    couple = window.couple_page
    when_modal(QMessageBox, lambda box: click_message_button(box, "Yes"))
    couple.withdraw_action.trigger()  # More… › Withdraw consent
    qtbot.waitUntil(lambda: couple.consent_btn.isVisible(), timeout=20000)
    page = open_recording(qtbot, window, ids.recording_id)
    page.tabs.setCurrentWidget(page.transcript)
    ended = []
    window.jobs.finished.connect(lambda _uid, state, _outcome: ended.append(state))
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: "José:" in page.transcript.list.item(0).text(), timeout=20000)  # the swap is kept
    # and said to be done: not "Did not finish; start it again from the couple page" under "Consent is needed first"
    assert ended == ["done"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert page.state.text() == "Consent withdrawn" and "does not follow corrections" in page.banner.text()

    _to_couple(qtbot, window)

    def agree(dialog: ConsentDialog):
        for box in dialog.findChildren(QCheckBox):
            tick(qtbot, box)
        dialog.ok.click()

    asked = []

    def not_now(box: QMessageBox):
        asked.append(box.text())
        click_message_button(box, "No")

    when_modal(ConsentDialog, agree)
    when_modal(QMessageBox, not_now)  # "Analyse now?"
    qtbot.mouseClick(couple.consent_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not couple.consent_btn.isVisible() and bool(asked), timeout=20000)
    settle(qtbot, window)
    assert asked == ["1 recording was changed (the words or the speakers) while consent was withdrawn, so its analysis "
                     "is from before the change. Make the analysis now?"]
    assert couple.table.item(0, 3).text() == "Analysis behind"  # it said "Ready"

    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)
    assert page.state.text() == "Analysis behind"
    assert page.banner.isVisible() and "while consent was withdrawn" in page.banner.text()
    shoot(window, "fix46w-analysis-behind-after-consent")
    page.tabs.setCurrentWidget(page.report)  # no report from the analysis made before the swap
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=120000)
    assert _first_finding(page.report._pdf).startswith("1. At 00:28 José said")
    # the report made the analysis again first: the page shows it too, not "Analysis behind" over the old one
    qtbot.waitUntil(lambda: page.state.text() == "Ready", timeout=30000)
    settle(qtbot, window)
    assert not page.banner.isVisible() and "At 00:28 José said" in page.analysis.summary.text()
    assert _first_finding(page.report._pdf).startswith("1. At 00:28 José said")
    _to_couple(qtbot, window)
    assert couple.table.item(0, 3).text() == "Ready"


def test_make_the_analysis_again_after_a_change_made_while_consent_was_withdrawn(qtbot, demo_window):
    window, ids = demo_window
    _to_couple(qtbot, window)
    couple = window.couple_page
    when_modal(QMessageBox, lambda box: click_message_button(box, "Yes"))
    couple.withdraw_action.trigger()
    qtbot.waitUntil(lambda: couple.consent_btn.isVisible(), timeout=20000)
    page = open_recording(qtbot, window, ids.recording_id)
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    _to_couple(qtbot, window)

    def agree(dialog: ConsentDialog):
        for box in dialog.findChildren(QCheckBox):
            tick(qtbot, box)
        dialog.ok.click()

    when_modal(ConsentDialog, agree)
    when_modal(QMessageBox, lambda box: click_message_button(box, "No"))  # "Analyse now?": not now
    qtbot.mouseClick(couple.consent_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: couple.table.item(0, 3).text() == "Analysis behind", timeout=20000)
    page = open_recording(qtbot, window, ids.recording_id)
    page.tabs.setCurrentWidget(page.analysis)
    settle(qtbot, window)
    page.banner.linkActivated.emit("again")  # "Make the analysis again", as a click on the link sends it
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.state.text() == "Ready", timeout=30000)
    assert not page.banner.isVisible() and "At 00:28 José said" in page.analysis.summary.text()


def test_recording_consent_again_offers_to_analyse_what_was_changed_meanwhile(qtbot, demo_window):
    window, ids = demo_window
    _to_couple(qtbot, window)
    couple = window.couple_page
    when_modal(QMessageBox, lambda box: click_message_button(box, "Yes"))
    couple.withdraw_action.trigger()
    qtbot.waitUntil(lambda: couple.consent_btn.isVisible(), timeout=20000)
    page = open_recording(qtbot, window, ids.recording_id)
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    _to_couple(qtbot, window)

    def agree(dialog: ConsentDialog):
        for box in dialog.findChildren(QCheckBox):
            tick(qtbot, box)
        dialog.ok.click()

    when_modal(ConsentDialog, agree)
    when_modal(QMessageBox, lambda box: click_message_button(box, "Yes"))  # "Analyse now?"
    qtbot.mouseClick(couple.consent_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not couple.consent_btn.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: bool(window.jobs.active()) or couple.table.item(0, 3).text() == "Ready", timeout=20000)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: couple.table.item(0, 3).text() == "Ready", timeout=20000)
    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)
    assert page.state.text() == "Ready" and not page.banner.isVisible()
    assert "At 00:28 José said" in page.analysis.summary.text()  # made on the lines as swapped
    assert "José:" in page.transcript.list.item(0).text()  # (the words were not transcribed anew)
