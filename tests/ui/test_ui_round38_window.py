"""Round 38: the window at 900x600 and the couple's report of a recording with only lines to listen to."""

from __future__ import annotations

from tt_testing import PASSPHRASE

from .uihelp import cut_off, open_couple, open_recording, settle, shoot, unlock


def _listen_only_recording(data_dir) -> tuple[int, int]:
    """A consented couple with one imported recording (a tone: the window plays what it shows) and an analysis whose
    one safety line is only to listen to."""
    from cli.test_cli_round38 import listen_only_analysis
    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import analyses, couples
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import tone_wav

    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Lee", ["Alex", "Sam"])
        couples.record_consent(vault, couple_id)
        rec_id = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(40.0),
                                             original_name="kitchen.wav").id
        analyses.save_analysis(vault, rec_id, listen_only_analysis())
    return couple_id, rec_id


def test_the_couples_version_with_only_lines_to_listen_to_shows_a_gentle_note(qtbot, open_window, fresh_vault_dir):
    """The Report tab's couple's version of a recording whose only safety line is one to listen to showed no word
    above its pages: the therapist was not told a line was kept back for them. Now a note (not the yellow caution, no
    "safety flags"), by time, naming "For the clinician", all of it shown at 900x600."""
    from PySide6.QtCore import Qt

    couple_id, rec_id = _listen_only_recording(fresh_vault_dir)
    window = open_window(fresh_vault_dir)
    window.resize(900, 600)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = open_recording(qtbot, window, rec_id)
    settle(qtbot, window)
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    report = page.report
    assert not report.caution.isVisible()  # the clinician's version needs none
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        report.mode_box.setFocus()
        qtbot.keyClick(report.mode_box, Qt.Key.Key_Down)  # the couple's version
    qtbot.wait(100)
    text = report.caution.text()
    assert report.caution.isVisible(), "no word of the line left out"
    assert text.startswith("Note: this shareable version leaves out 1 line kept for you to listen to first (at 0:27;"), text
    assert "(“For the clinician”) has it" in text and "Nothing in this recording was heard as safety language" in text
    assert "safety flag" not in text.lower() and "talking to me" not in text and "--mode" not in text
    assert report.caution.property("role") == "banner-note"
    assert report.caution.height() >= report.caution.heightForWidth(report.caution.width())  # nothing cut off
    assert not cut_off(window), cut_off(window)
    shoot(window, "round38-listen-only-note")
