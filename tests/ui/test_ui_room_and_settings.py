"""Recording in the room (file-fed input stream; the real device where one exists), settings, start-up time."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.audio.capture import Recorder, input_devices
from talktogether_desktop.pipeline.vault_audio import analysis_audio
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle, unlock

pytestmark = pytest.mark.gui


def tone(seconds: float, rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 220 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t))).astype(np.float32)


@pytest.fixture
def room(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Room", ["Ana", "Bo"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    return window, couple_id, fresh_vault_dir


def test_record_in_the_room_from_a_file_fed_input(qtbot, room):
    window, couple_id, data_dir = room
    page = window.room_page
    page.feed_factory = lambda: Recorder.from_samples(tone(6.0), 16000, pace=4.0)
    window.couple_page.record_btn.click()
    assert window.content.currentWidget() is page
    assert "Room" in page.who.text()
    index = page.device.findData("file")
    assert index >= 0
    page.device.setCurrentIndex(index)
    page.start_btn.click()
    assert page.stop_btn.isEnabled() and not page.start_btn.isEnabled()
    qtbot.waitUntil(lambda: page.meter.value() > -30, timeout=5000)  # the level meter moves
    qtbot.waitUntil(lambda: page.recorder.elapsed_s >= 2.0, timeout=5000)
    page.pause_btn.click()
    assert page.pause_btn.text() == "Resume"
    paused_at = page.recorder.elapsed_s
    qtbot.wait(300)
    assert page.recorder.elapsed_s == paused_at  # nothing is kept while paused
    page.pause_btn.click()
    qtbot.waitUntil(lambda: page.recorder.elapsed_s >= paused_at + 1.0, timeout=5000)
    with qtbot.waitSignal(page.saved, timeout=20000) as saved:
        page.stop_btn.click()
    recording_id = saved.args[0]
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=10000)
    settle(qtbot, window)
    assert window.couple_page.table.rowCount() == 1
    assert window.couple_page.table.item(0, 1).text().startswith("Room recording")
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        rec = recordings_store.get_recording(vault, recording_id)
        assert rec["source"] == "room" and rec["codec"] == "flac"
        assert 2.5 <= rec["duration_s"] <= 6.5
        samples = analysis_audio(vault, recording_id).samples
        assert np.abs(samples).max() > 0.1  # the sound itself was kept
    # Nothing but the vault's own files in its folder: no temporary audio.
    leftovers = [p.name for p in data_dir.iterdir() if not p.name.startswith("vault")]
    assert leftovers == []


def test_record_from_a_real_microphone(qtbot, room):
    devices = input_devices()
    if not devices:
        pytest.skip("no audio input device on this computer (PortAudio lists none); the file-fed test covers the code path")
    window, _couple_id, _data_dir = room
    page = window.room_page
    window.couple_page.record_btn.click()
    page.device.setCurrentIndex(page.device.findText(devices[0].name))
    page.start_btn.click()
    qtbot.waitUntil(lambda: page.recorder is not None and page.recorder.elapsed_s >= 1.5, timeout=10000)
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.stop_btn.click()


def test_settings_are_saved_in_the_vault(qtbot, room):
    window, _couple_id, data_dir = room
    window.act_settings.trigger()
    settle(qtbot, window)
    page = window.settings_page
    assert window.content.currentWidget() is page
    assert page.autolock.value() == 10 and page.paper.currentData() == "a4"
    page.autolock.setValue(3)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    page.names.setCurrentIndex(1)
    page.threads.setValue(1)
    # the second listen is for the built-in model only, and needs base installed (it is, here)
    assert page.listen.isEnabled() and not page.listen.isChecked()  # the tests' environment turns it off
    page.model.setCurrentIndex(page.model.findData("base"))
    assert not page.listen.isEnabled() and "built-in" in page.listen.toolTip()
    page.model.setCurrentIndex(page.model.findData("tiny.en"))
    page.listen.setChecked(True)
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save_btn.click()
    assert window.idle.interval_ms == 3 * 60_000  # auto-lock follows the setting at once
    window.vault_flow.lock()
    settle(qtbot, window)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.get_setting("autolock_minutes") == 3
        assert vault.get_setting("paper") == "letter"
        assert vault.get_setting("initials_only") is True
        assert vault.get_setting("cpu_threads") == 1
        assert vault.get_setting("second_listen") is True


def test_backup_from_settings(qtbot, room, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window, _couple_id, _data_dir = room
    target = tmp_path / "backups" / "practice.ttbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_settings()
    window.settings_page.backup_btn.click()
    qtbot.waitUntil(lambda: "Backed up" in window.settings_page.status.text(), timeout=20000)
    assert target.exists() and target.stat().st_size > 1000


def test_window_appears_within_two_seconds(qtbot, fresh_vault_dir):
    from talktogether_desktop.ui.main_window import MainWindow

    start = time.monotonic()
    window = MainWindow(fresh_vault_dir)
    qtbot.addWidget(window)
    window.show()
    window.vault_flow.start()
    qtbot.waitExposed(window)
    assert time.monotonic() - start < 2.0
    window.close()


def test_change_the_passphrase(qtbot, room, monkeypatch):
    from talktogether_desktop.errors import WrongPassphrase
    from talktogether_desktop.ui import settings_page

    window, _couple_id, data_dir = room

    def fake_exec(dialog):
        dialog.passphrase.setText("new lantern river oats")
        dialog.repeat.setText("new lantern river")
        assert not dialog.ok.isEnabled()
        dialog.repeat.setText("new lantern river oats")
        assert dialog.ok.isEnabled()
        return 1

    monkeypatch.setattr(settings_page.PassphraseDialog, "exec", fake_exec)
    window.show_settings()
    window.settings_page.passphrase_btn.click()
    qtbot.waitUntil(lambda: "Passphrase changed" in window.settings_page.status.text(), timeout=20000)
    window.vault_flow.lock()
    settle(qtbot, window)
    open_vault(data_dir, passphrase="new lantern river oats", use_keychain=False).close()
    with pytest.raises(WrongPassphrase):
        open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False)


def test_rekey_from_settings_shows_a_new_recovery_code(qtbot, room, monkeypatch):
    from talktogether_desktop.errors import NotAVault
    from talktogether_desktop.storage.vault import KEYS_FILE
    from talktogether_desktop.ui import settings_page, vault_pages

    window, _couple_id, data_dir = room
    old_keys = (data_dir / KEYS_FILE).read_bytes()

    def fill(dialog):
        dialog.passphrase.setText("quiet harbour maple kites")
        dialog.repeat.setText("quiet harbour maple kites")
        qtbot.mouseClick(dialog.rekey, Qt.MouseButton.LeftButton)
        assert dialog.rekey.isChecked()
        return 1

    codes = []
    monkeypatch.setattr(settings_page.PassphraseDialog, "exec", fill)
    monkeypatch.setattr(vault_pages.RecoveryCodeDialog, "exec", lambda self: codes.append(self._code) or 1)
    window.show_settings()
    window.settings_page.passphrase_btn.click()
    qtbot.waitUntil(lambda: bool(codes), timeout=30000)
    assert "encryption key changed" in window.settings_page.status.text()
    window.vault_flow.lock()
    settle(qtbot, window)
    open_vault(data_dir, recovery_code=codes[0], use_keychain=False).close()
    stolen = data_dir.parent / "stolen"
    stolen.mkdir()
    (stolen / "vault.db").write_bytes((data_dir / "vault.db").read_bytes())
    (stolen / KEYS_FILE).write_bytes(old_keys)
    with pytest.raises(NotAVault):
        open_vault(stolen, passphrase=PASSPHRASE, use_keychain=False)


def test_restore_from_a_backup_in_settings(qtbot, room, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup as backup_store
    from talktogether_desktop.ui import settings_page

    window, _couple_id, data_dir = room
    backup_file = tmp_path / "before.ttbackup"
    window.tasks.run(lambda v: backup_store.backup(v, backup_file)).result()
    window.tasks.run(lambda v: couples_store.add_couple(v, "Added later", ["Eve", "Fay"])).result()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))

    def fake_exec(dialog):
        dialog.secret.setText(PASSPHRASE)
        return 1

    monkeypatch.setattr(settings_page.SecretDialog, "exec", fake_exec)
    asked = []
    monkeypatch.setattr(settings_page.QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or settings_page.QMessageBox.StandardButton.Yes)
    window.show_settings()
    window.settings_page.restore_btn.click()
    qtbot.waitUntil(lambda: "Restored 1 couple from" in window.unlock_page.status.text(), timeout=20000)
    assert "added since then will not be in the restored vault" in asked[0]
    assert not window.unlocked and window.couples.model.rowCount() == 0
    unlock(qtbot, window)
    assert [window.couples.proxy.index(i, 0).data().split("\n")[0] for i in range(window.couples.proxy.rowCount())] == ["Room"]
    assert any(p.name.startswith("replaced-") for p in data_dir.iterdir())  # the newer vault was kept aside
