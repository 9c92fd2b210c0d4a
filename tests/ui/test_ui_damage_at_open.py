"""The window tells damage the check at open found, with the restore at hand, and stays open on the rest of the case
file. A real vault with a byte flipped in its notes page, a real window offscreen."""

from __future__ import annotations

import pytest
from tt_testing import PASSPHRASE

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import DAMAGED, VAULT_FILE, open_vault

from .uihelp import unlock


def _damage_notes_page(data_dir) -> None:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Rivera", ["Sam", "Ada"])
        couples.add_note(vault, couple_id, "Practised the soft start-up.")
        page = int(vault.one("SELECT rootpage FROM sqlite_master WHERE name = 'notes'")[0])
        page_size = int(vault.one("PRAGMA page_size")[0])
    data = bytearray((data_dir / VAULT_FILE).read_bytes())
    data[(page - 1) * page_size + 200] ^= 0xFF
    (data_dir / VAULT_FILE).write_bytes(bytes(data))


@pytest.mark.timeout(120)
def test_the_window_tells_it_at_unlock_with_the_restore_at_hand(qtbot, open_window, fresh_vault_dir):
    _damage_notes_page(fresh_vault_dir)
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.vault_flow.damaged_box is not None, timeout=20000)
    box = window.vault_flow.damaged_box
    assert box.text() == DAMAGED and box.isVisible()
    assert "Restore from a backup…" in [b.text() for b in box.buttons()]
    box.close()
    assert window.couples.proxy.rowCount() == 1  # the rest of the case file is still there
