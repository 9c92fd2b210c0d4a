"""The vault's key file is lost: the locked screen offers "Restore from a backup…" (it said to restore, with no way to),
and before and after restoring another vault's backup the window names the backup's vault and says that nothing of
the vault here is lost (kept aside, still encrypted). Real vault files, real window offscreen."""

from __future__ import annotations

import shutil

import pytest
from tt_testing import PASSPHRASE

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import KEYS_FILE, open_vault

from .uihelp import unlock


@pytest.mark.timeout(120)
def test_a_lost_key_file_is_restored_from_the_locked_screen_naming_the_backups_vault(
        qtbot, open_window, fresh_vault_dir, vault_factory, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from talktogether_desktop.storage import backup as backup_store
    from talktogether_desktop.ui import settings_page

    data_dir = fresh_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.add_couple(vault, "Haddad", ["Rami", "Lina"])
    other = vault_factory("other")
    couples_store.add_couple(other, "Okafor", ["Ada", "Ike"])
    backup_file = tmp_path / "other.ttbackup"
    backup_store.backup(other, backup_file)
    other_id = other.vault_id
    other.close()
    shutil.move(data_dir / KEYS_FILE, tmp_path / "lost.keys.json")

    window = open_window(data_dir)
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    assert window.errors.last.title == "The vault's key file is missing"
    assert window.unlock_page.restore_btn.isVisible()  # the way out is on the locked screen itself

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))
    monkeypatch.setattr(settings_page.SecretDialog, "exec", lambda d: d.secret.setText(PASSPHRASE) or 1)
    asked = []
    monkeypatch.setattr(settings_page.QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or settings_page.QMessageBox.StandardButton.Yes)
    window.unlock_page.restore_btn.click()
    qtbot.waitUntil(lambda: "Restored 1 couple from" in window.unlock_page.status.text(), timeout=30000)

    assert len(asked) == 1 and asked[0].startswith("The vault here cannot be identified")
    assert f"backup of vault {other_id[:8]}" in asked[0] and "nothing of it is lost" in asked[0]
    said = window.unlock_page.status.text()
    assert f"a backup of vault {other_id[:8]}" in said and "could not be identified" in said
    assert "Nothing of the vault that was here is lost" in said and "still encrypted" in said
    aside = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1 and (aside[0] / "vault.db").exists() and str(aside[0]) in said
    assert not window.unlock_page.restore_btn.isVisible()  # the restored vault opens: no more need
    unlock(qtbot, window)
    assert window.couples.proxy.index(0, 0).data().split("\n")[0] == "Okafor"
