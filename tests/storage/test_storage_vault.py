"""The vault file is real SQLCipher, unlocks only with the right secret, and says clearly why not."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from talktogether_desktop.errors import (
    NotAVault,
    SidecarDamaged,
    SidecarMissing,
    UsageError,
    VaultExists,
    VaultLocked,
    VaultMismatch,
    WrongPassphrase,
    WrongRecoveryCode,
)
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import KEYS_FILE, VAULT_FILE, create_vault, open_vault
from tt_testing import PASSPHRASE


def _fingerprint(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_vault_file_is_encrypted_not_plain_sqlite(vault):
    couples.add_couple(vault, "Rivera", ["José", "Zoë"])
    vault.close()
    raw = vault.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "José".encode() not in raw and b"Rivera" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault.path).execute("SELECT * FROM couples").fetchall()


def test_key_file_holds_no_client_data_and_no_plain_key(vault):
    couples.add_couple(vault, "Rivera", ["José", "Zoë"])
    text = vault.keys_path.read_text()
    doc = json.loads(text)
    assert set(doc["slots"]) == {"passphrase", "recovery"}
    assert doc["slots"]["passphrase"]["kdf"]["name"] == "argon2id"
    assert "Rivera" not in text and "José" not in text
    assert vault.data_key_pragma() not in text
    assert PASSPHRASE not in text


def test_reopen_with_passphrase_and_with_recovery_code(vault):
    couple_id = couples.add_couple(vault, "Nowak", ["Łukasz", "Ana"])
    folder, code = vault.data_dir, vault.recovery_code
    vault.close()
    with open_vault(folder, passphrase=PASSPHRASE) as again:
        assert couples.get_couple(again, couple_id)["partners"][0]["display_name"] == "Łukasz"
        assert again.one("PRAGMA cipher_version")[0].startswith("4.")
        assert again.one("PRAGMA journal_mode")[0] == "wal"
        assert again.one("PRAGMA foreign_keys")[0] == 1
        assert again.one("PRAGMA secure_delete")[0] == 1
    with open_vault(folder, recovery_code=code.lower().replace("-", " ")) as again:
        assert couples.get_couple(again, couple_id)["name"] == "Nowak"


def test_wrong_secrets_fail_clearly_and_touch_nothing(vault):
    folder = vault.data_dir
    vault.close()
    before = _fingerprint(folder)
    with pytest.raises(WrongPassphrase, match="does not unlock"):
        open_vault(folder, passphrase="not the passphrase")
    with pytest.raises(WrongRecoveryCode, match="recovery code"):
        open_vault(folder, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    with pytest.raises(VaultLocked):
        open_vault(folder, use_keychain=False)
    assert _fingerprint(folder) == before


def test_missing_damaged_or_foreign_files_each_have_their_own_message(vault_factory, tmp_path):
    a = vault_factory("a")
    b = vault_factory("b")
    a.close()
    b.close()

    (a.data_dir / KEYS_FILE).rename(tmp_path / "a-keys.json")
    with pytest.raises(SidecarMissing, match="key file .* is missing"):
        open_vault(a.data_dir, passphrase=PASSPHRASE)

    (a.data_dir / KEYS_FILE).write_text("{ not json")
    with pytest.raises(SidecarDamaged, match="damaged"):
        open_vault(a.data_dir, passphrase=PASSPHRASE)

    # b's key file beside a's vault: unlocks b's key, which cannot decrypt a's database.
    (a.data_dir / KEYS_FILE).write_bytes((b.data_dir / KEYS_FILE).read_bytes())
    with pytest.raises((NotAVault, VaultMismatch)):
        open_vault(a.data_dir, passphrase=PASSPHRASE)

    plain = tmp_path / "plain"
    plain.mkdir()
    sqlite3.connect(plain / VAULT_FILE).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(NotAVault, match="plain, unencrypted SQLite"):
        open_vault(plain, passphrase=PASSPHRASE)

    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / VAULT_FILE).write_bytes(b"\x00" * 4)
    with pytest.raises(NotAVault, match="empty or truncated"):
        open_vault(junk, passphrase=PASSPHRASE)


def _pages(path, size=4096):
    raw = path.read_bytes()
    return [raw[i : i + size] for i in range(0, len(raw), size)]


def test_change_passphrase_rewraps_only(vault):
    folder, code = vault.data_dir, vault.recovery_code
    key_before = vault.data_key_pragma()
    vault.close()  # checkpoint, so the file holds every page
    vault = open_vault(folder, passphrase=PASSPHRASE)
    pages_before = _pages(vault.path)
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(folder, passphrase=PASSPHRASE)
    for unlocked in (open_vault(folder, passphrase="a brand new passphrase"), open_vault(folder, recovery_code=code)):
        assert unlocked.data_key_pragma() == key_before  # the same data key still opens the database
        unlocked.close()
    # Not re-encrypted: re-keying would rewrite every page with a new IV; re-wrapping leaves all
    # but the few pages the audit row touches byte for byte as they were.
    pages_after = _pages(vault.path)
    unchanged = sum(a == b for a, b in zip(pages_before, pages_after))
    assert len(pages_after) >= len(pages_before) > 10
    assert unchanged >= len(pages_before) - 3, (unchanged, len(pages_before))


def test_short_passphrase_and_second_vault_are_refused(tmp_path, vault):
    with pytest.raises(UsageError):
        create_vault(tmp_path / "short", "short")
    with pytest.raises(VaultExists):
        create_vault(vault.data_dir, PASSPHRASE)


def test_delete_couple_erases_rows_and_is_audited(vault):
    couple_id = couples.add_couple(vault, "Okafor", ["Chidi", "Ngozi"])
    couples.add_note(vault, couple_id, "Talked about the move.")
    couples.record_consent(vault, couple_id)
    couples.delete_couple(vault, couple_id)
    for table in ("couples", "partners", "notes", "consents"):
        assert vault.one(f"SELECT count(*) FROM {table}")[0] == 0
    actions = [(r["action"], r["entity"], r["entity_id"]) for r in vault.all("SELECT * FROM audit_log")]
    assert ("delete", "couple", couple_id) in actions
    # The audit log holds ids only.
    assert all(set(r.keys()) == {"id", "at", "action", "entity", "entity_id"} for r in vault.all("SELECT * FROM audit_log"))


def test_consent_needs_every_partner(vault):
    couple_id = couples.add_couple(vault, "Lee", ["Sam", "Alex"])
    partners = couples.get_couple(vault, couple_id)["partners"]
    assert not couples.has_consent(vault, couple_id)
    couples.record_consent(vault, couple_id, partner_id=partners[0]["id"])
    assert not couples.has_consent(vault, couple_id)
    couples.record_consent(vault, couple_id, partner_id=partners[1]["id"])
    assert couples.has_consent(vault, couple_id)
    couples.withdraw_consent(vault, couple_id)
    assert not couples.has_consent(vault, couple_id)
