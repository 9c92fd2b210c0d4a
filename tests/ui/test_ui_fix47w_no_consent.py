"""Fix 47w in the window (real vault, real offscreen widgets): why a recording has no analysis, on its tabs.

A couple whose consent is not recorded: the import keeps and transcribes the recording, and the banner says to record
consent. The Analysis tab under it said "This recording has not been analysed yet. Process it from the couple page."
and the Report tab "The report is ready once the recording has been processed.": the therapist who does so gets no
analysis (processing makes none without consent), and the page contradicts itself. Both tabs now say why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, open_recording, settle, shoot, unlock

pytestmark = pytest.mark.gui


def test_a_recording_without_consent_says_why_it_has_no_analysis_or_report(qtbot, open_window, fresh_vault_dir):
    from tt_overlap import ana_and_ben

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = ana_and_ben(vault)  # transcribed, its speakers found; no consent recorded
        couple_id = couples.list_couples(vault)[0]["id"]
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    assert page.banner.isVisible() and "Consent has not been recorded" in page.banner.text()

    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(1).center())
    settle(qtbot, window)
    said = page.analysis.empty.text()
    assert page.analysis.empty.isVisible()
    assert said.startswith("This recording is not analysed: consent to analyse has not been recorded for this couple")
    assert "Process it from the couple page" not in said
    shoot(window, "fix47w-no-consent-analysis-tab", sizes=((1024, 700), (1280, 800)))

    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(2).center())
    settle(qtbot, window)
    report = page.report.info.text()
    assert "consent to analyse has not been recorded" in report and "processed" not in report, report
    assert not page.report.generate_btn.isEnabled()


def test_a_narrow_window_keeps_the_recordings_name_in_its_title(qtbot, open_window, fresh_vault_dir):
    """At 1024x700, beside "Not analysed: no consent", the title was cut in its middle: "Featherstonehaugh-… · 2026-12-06"
    named no recording. The couple's name gives way first (it is in the list on the left, and on "← Couple")."""
    from PySide6.QtWidgets import QApplication

    from tt_overlap import ana_and_ben

    couple = "Featherstonehaugh-Abernathy and Montgomery-Worthington"
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rid = ana_and_ben(vault)
        couple_id = couples.list_couples(vault)[0]["id"]
        vault.execute("UPDATE couples SET name = ? WHERE id = ?", (couple, couple_id))
        vault.execute("UPDATE recordings SET original_name = 'weekend-talk.m4a' WHERE id = ?", (rid,))
    window = open_window(fresh_vault_dir)
    window.resize(1024, 700)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    QApplication.processEvents()
    shown = page.title.shown_text()
    assert page.title.is_elided() and couple in page.title.toolTip()
    assert shown.endswith("· weekend-talk.m4a · " + page.title.text()[-10:]), shown
    shoot(window, "fix47w-title-narrow", sizes=((1024, 700),))
