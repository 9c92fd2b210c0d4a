"""The window's silent wrong states found in round 28's walk-through: each control either does what it says, says why
it cannot, or is disabled with a reason."""

from __future__ import annotations


import pytest

from talktogether_desktop.errors import InvalidSetting
from talktogether_desktop.pipeline import ops_recordings, ops_vault
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import transcripts
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, open_couple, settle, unlock, when_modal

pytestmark = pytest.mark.gui


def test_a_file_already_in_another_couples_file_is_refused_by_name_and_nothing_is_processed(
        qtbot, open_window, fresh_vault_dir, tmp_path, monkeypatch):
    """It said "Imported kitchen_talk.wav." and processed the other couple's recording."""
    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    talk = noise_wav(tmp_path / "kitchen_talk.wav")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        first = couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
        second = couples_store.add_couple(vault, "Test Single", ["Lee"])
        ops_recordings.import_file(vault, load_settings(vault), first, str(talk))
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, second)
    asked = []  # (round 29: the duplicate is said before the recording date is asked)
    monkeypatch.setattr(RecordedDateDialog, "exec", lambda dialog: asked.append(dialog) or 1)
    window.couple_flow.import_files([str(talk)], process=True)
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    assert window.errors.last.title == "Already imported"
    assert "as a recording of Rivera–Okafor" in window.errors.last.text
    assert "Nothing new was added" in window.errors.last.text
    settle(qtbot, window)
    assert window.couple_page.table.rowCount() == 0 and not window.jobs_panel.rows
    assert "Imported" not in window.statusBar().currentMessage() and not asked


def test_import_with_no_couple_open_says_to_choose_one(qtbot, open_window, fresh_vault_dir):
    """File > Import recording (Ctrl+I) with no couple open opened the file picker, then did nothing."""
    from PySide6.QtWidgets import QMessageBox

    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    said = []

    def read(box):
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, read)
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "Open the couple" in said[0]


def test_before_any_analysis_the_report_version_and_the_voice_tools_are_disabled(qtbot, open_window, fresh_vault_dir,
                                                                                 tmp_path):
    """Choosing "Shareable" before the report could exist popped up "Not found … Run `talktogether analyze 1`";
    Rename speakers opened an empty dialog and Swap did nothing on a transcript with no voices told apart."""
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple = couples_store.add_couple(vault, "Only transcribed", ["Ana", "Ben"])
        rid = ops_recordings.import_file(vault, load_settings(vault), couple, str(noise_wav(tmp_path / "t.wav"))).id
        words = [{"start": 0.2 + 0.4 * k, "end": 0.5 + 0.4 * k, "word": w, "probability": 0.9}
                 for k, w in enumerate(["We", "should", "talk."])]
        transcripts.save_transcript(vault, rid, {"duration_s": 3.0, "model": "tiny.en", "language": "en", "segments": [
            {"start": 0.2, "end": 1.3, "text": "We should talk.", "words": words}]})
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple)
    window.couple_flow.open_recording(rid)
    qtbot.waitUntil(lambda: window.recording_page.data is not None, timeout=20000)
    page = window.recording_page
    assert not page.report.mode_box.isEnabled() and not page.report.generate_btn.isEnabled()
    view = page.transcript
    assert view.list.count() == 1
    assert not view.rename_btn.isEnabled() and not view.swap_btn.isEnabled()
    assert "not been told apart" in view.swap_btn.toolTip()
    assert view.correct_btn.isEnabled()  # the words can still be corrected


def test_two_voices_cannot_both_be_named_as_one_partner(qtbot):
    from talktogether_desktop.ui.recording_page import RenameDialog

    dialog = RenameDialog({"S1": "S1", "S2": "S2"}, [{"id": 1, "display_name": "Sam"}, {"id": 2, "display_name": "Ada"}])
    qtbot.addWidget(dialog)
    dialog.fields["S1"].setCurrentText("Sam")
    dialog.fields["S2"].setCurrentText("sam")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.warning.isVisibleTo(dialog)
    assert "Two voices are both named" in dialog.warning.text()
    dialog.fields["S2"].setCurrentText("Ada")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_couples_name_typed_with_a_keyboards_dash_confirms_the_delete(qtbot):
    from talktogether_desktop.ui.couple_dialogs import DeleteCoupleDialog

    dialog = DeleteCoupleDialog("Rivera–Okafor")
    qtbot.addWidget(dialog)
    dialog.confirm.setText("Rivera-Okafor")
    assert dialog.ok.isEnabled()
    dialog.confirm.setText("Rivera")
    assert not dialog.ok.isEnabled()


@pytest.mark.parametrize("passphrase", ["Password2024!", "12345678", "iloveyoutoo"])
def test_the_strength_hint_never_praises_a_passphrase_the_vault_refuses(passphrase):
    """"Strong." for Password2024! and "Fair" for a refused one, then a popup refusing it."""
    from talktogether_desktop.storage.passphrase import check_passphrase
    from talktogether_desktop.ui.vault_pages import passphrase_problem, strength_hint

    with pytest.raises(Exception):
        check_passphrase(passphrase)
    assert strength_hint(passphrase)[1].startswith("Too easy to guess")
    assert passphrase_problem(passphrase, passphrase)  # Create stays disabled, saying why


def test_a_strong_passphrase_is_called_good_or_strong_and_can_be_used():
    from talktogether_desktop.storage.passphrase import check_passphrase
    from talktogether_desktop.ui.vault_pages import passphrase_problem, strength_hint

    check_passphrase("lantern river cello oats")
    assert strength_hint("lantern river cello oats")[1] in ("Good.", "Strong.")
    assert passphrase_problem("lantern river cello oats", "lantern river cello oats") == ""


def test_a_speech_model_folder_that_does_not_exist_or_holds_no_model_is_refused_when_saved(vault_factory, tmp_path):
    vault = vault_factory()
    with pytest.raises(InvalidSetting, match="There is no folder"):
        ops_vault.change_settings(vault, {"model": "folder", "model_dir": str(tmp_path / "nowhere")})
    with pytest.raises(InvalidSetting, match="does not hold a speech model"):
        ops_vault.change_settings(vault, {"model": "folder", "model_dir": str(tmp_path)})
    assert load_settings(vault).model == "tiny.en"


def test_after_consent_is_withdrawn_the_pages_say_withdrawn(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple = couples_store.add_couple(vault, "Withdrawn", ["Ana", "Ben"])
        couples_store.record_consent(vault, couple)
        couples_store.withdraw_consent(vault, couple)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple)
    text = window.couple_page.consent_banner.text()
    assert text.startswith("Consent was withdrawn (") and "not recorded yet" not in text


def test_clearing_the_anchor_says_the_practice_is_unanchored(qtbot, fresh_vault_dir):
    from talktogether_desktop.ui.practice_dialog import PracticeDialog

    dialog = PracticeDialog()
    qtbot.addWidget(dialog)
    dialog.anchor.setText("")
    dialog._check()
    assert "Anchor it to an existing habit" in dialog.findings.text()
    assert dialog.assignment().anchor == ""
