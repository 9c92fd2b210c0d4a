"""A damaged page of the case file's catalogue (here: the notes table) is found at open by a cheap check and told with the
damaged-vault message at once (the window: tests/ui/test_ui_damage_at_open.py), not when a later task first needs that page. Real vault
files, a byte flipped in the page itself."""

from __future__ import annotations

from tt_testing import PASSPHRASE

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import DAMAGED, VAULT_FILE, open_vault

NAME = "Quagmire-Oduya"


def _damage_notes_page(data_dir) -> None:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, NAME, ["Zebulon", "Xanthippe"])
        couples.add_note(vault, couple_id, "Practised the soft start-up.")
        page = int(vault.one("SELECT rootpage FROM sqlite_master WHERE name = 'notes'")[0])
        page_size = int(vault.one("PRAGMA page_size")[0])
    db = data_dir / VAULT_FILE
    data = bytearray(db.read_bytes())
    data[(page - 1) * page_size + 200] ^= 0xFF
    db.write_bytes(bytes(data))


def test_a_damaged_catalogue_page_is_told_at_open_and_the_rest_still_opens(cli, isolated_home):
    assert cli("vault", "init").returncode == 0
    whole = cli("couple", "list")
    assert whole.returncode == 0 and "damaged" not in whole.stderr  # a whole vault: no word of damage
    _damage_notes_page(isolated_home)
    result = cli("couple", "list")
    assert result.returncode == 0, result.stderr  # the couples are still there to read
    assert NAME in result.stdout
    assert DAMAGED in result.stderr and "vault restore FILE" in result.stderr
    assert "Traceback" not in result.stderr and "malformed" not in result.stderr and NAME not in result.stderr
