"""Fix 40's walk through the window as a new therapist (real vault, real offscreen widgets; screenshots at 900x600 and
1280x800 when TT_SHOTS names a folder).

- A vault in a long folder (no spaces for the path to wrap at) made the Settings page wider than a 900 px window: the
  model field's "Choose…" and the page's right side were cut off behind a sideways scroll bar. The folder is now
  shortened in the middle, the whole path in its tooltip and for a screen reader.
- A couple of three partners read "Partners: Ana and Ben and Chris", and the consent banner asked for "both partners'"
  consent; now "Ana, Ben and Chris" and "every partner's"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import create_vault

from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, shoot, unlock, when_modal


def test_settings_in_a_long_folder_fit_a_small_window_and_name_the_whole_folder(qtbot, open_window, tmp_path):
    folder = tmp_path / ("Therapist_Practice_Records_" * 3) / ("Clients_and_Couples_Encrypted_Vault_Folder_" * 2)
    vault, _ = create_vault(folder, PASSPHRASE)
    vault.recovery_code_shown()
    vault.close()
    window = open_window(folder)
    unlock(qtbot, window)
    window.show_content(window.settings_page)
    settle(qtbot, window)
    page = window.settings_page
    for w, h in ((900, 600), (1280, 800)):
        window.resize(w, h)
        QApplication.processEvents()
        scroll = next(a for a in window.findChildren(QScrollArea) if a.isAncestorOf(page.location))
        assert not scroll.horizontalScrollBar().isVisible(), (w, h)
        right = page.location.mapTo(window, QPoint(page.location.width(), 0)).x()
        assert right <= scroll.viewport().mapTo(window, QPoint(scroll.viewport().width(), 0)).x(), (w, right)
    assert page.location.text() == str(folder) and page.location.accessibleName() == str(folder)
    assert page.location.toolTip() == str(folder)  # shortened at 900 px: the whole path said on hover
    shoot(window, "fix40-settings-long-folder")


def test_three_partners_renamed_are_listed_as_three(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.storage.vault import open_vault

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Rivera Okafor Lind", ["Anna", "Bem", "Kris"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)

    def rename(dialog):
        for (_pid, name, _pronouns), new in zip(dialog.partner_fields, ["Ana", "Ben", "Chris"]):
            name.selectAll()
            qtbot.keyClicks(name, new)
        qtbot.keyClick(dialog.partner_fields[-1][1], Qt.Key.Key_Return)  # Enter saves, as OK does

    when_modal(QDialog, rename)
    window.couple_flow.edit_couple()
    qtbot.waitUntil(lambda: "Chris" in window.couple_page.partners.text(), timeout=20000)
    settle(qtbot, window)
    page = window.couple_page
    assert page.partners.text() == "Partners: Ana, Ben and Chris", page.partners.text()
    assert "every partner's consent" in page.consent_banner.text(), page.consent_banner.text()
    assert "both partners" not in page.consent_banner.text()
    shoot(window, "fix40-three-partners")


def test_a_one_second_recording_with_no_speech_is_not_said_to_need_processing(qtbot, open_window, fresh_vault_dir,
                                                                              tmp_path):
    """A 1-second file imported and processed ("No speech found" in the header and the couple's list) said under its
    transcript "No transcript yet. Process the recording from the couple page.", sending the therapist to process it
    again for the same answer."""
    from talktogether_desktop.storage import recordings
    from talktogether_desktop.storage.vault import open_vault

    from tt_testing import tone_wav

    from .uihelp import open_recording, wait_jobs_done

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Ana and Ben", ["Ana", "Ben"])
        couples.record_consent(vault, couple_id)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    short = tmp_path / "one-second.wav"
    short.write_bytes(tone_wav(1.0))
    when_modal(QDialog, lambda dialog: dialog.accept())  # "When was this recorded?": the file's date, as offered
    window.couple_flow.import_files([str(short)])
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=30000)
    wait_jobs_done(qtbot, window)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        [rec] = recordings.list_recordings(vault, couple_id)
    assert rec["status"] == "no_speech"
    page = open_recording(qtbot, window, rec["id"])
    settle(qtbot, window)
    said = page.transcript.empty.text()
    assert page.transcript.empty.isVisible() and said.startswith("No speech found"), said
    assert "Process the recording" not in said
    shoot(window, "fix40-one-second")
