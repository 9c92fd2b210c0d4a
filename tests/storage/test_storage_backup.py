"""Encrypted backup to one file and a verified restore."""

from __future__ import annotations

import pytest

from talktogether_desktop.errors import BackupError, BadInputFile, WrongPassphrase
from talktogether_desktop.storage import backup, couples
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE


def test_backup_and_restore_round_trip(vault, tmp_path):
    couple_id = couples.add_couple(vault, "Nguyen", ["Linh", "Zoë"])
    couples.add_note(vault, couple_id, "Practised the soft start-up.")
    result = backup.backup(vault, tmp_path / "backup.ttb")
    raw = (tmp_path / "backup.ttb").read_bytes()
    assert b"Nguyen" not in raw and "Zoë".encode() not in raw
    assert result["size_bytes"] == len(raw)
    assert not list(tmp_path.glob("*.partial"))

    couples.delete_couple(vault, couple_id)
    folder = vault.data_dir
    vault.close()
    restored = backup.restore(folder, tmp_path / "backup.ttb", passphrase=PASSPHRASE)
    assert restored["couples"] == 1
    assert restored["previous_vault_kept_as"]  # the replaced vault is set aside, not erased
    with open_vault(folder, passphrase=PASSPHRASE) as again:
        assert couples.get_couple(again, couple_id)["partners"][1]["display_name"] == "Zoë"
        assert couples.list_notes(again, couple_id)[0]["text"] == "Practised the soft start-up."


def test_restore_into_an_empty_folder_with_the_recovery_code(vault, tmp_path):
    couples.add_couple(vault, "Haddad", ["Rami", "Lina"])
    backup.backup(vault, tmp_path / "b.ttb")
    backup.restore(tmp_path / "fresh", tmp_path / "b.ttb", recovery_code=vault.recovery_code)
    with open_vault(tmp_path / "fresh", passphrase=PASSPHRASE) as again:
        assert again.one("SELECT name FROM couples")[0] == "Haddad"


def test_damaged_or_foreign_backups_are_refused_and_nothing_changes(vault, tmp_path):
    couples.add_couple(vault, "Haddad", ["Rami", "Lina"])
    backup.backup(vault, tmp_path / "b.ttb")
    data = bytearray((tmp_path / "b.ttb").read_bytes())
    data[-5000] ^= 0xFF
    (tmp_path / "bad.ttb").write_bytes(bytes(data))
    (tmp_path / "short.ttb").write_bytes(bytes(data[:-10]))
    (tmp_path / "other.ttb").write_bytes(b"hello, not a backup")
    target = tmp_path / "target"
    with pytest.raises(BackupError, match="checksum"):
        backup.restore(target, tmp_path / "bad.ttb", passphrase=PASSPHRASE)
    with pytest.raises(BackupError, match="incomplete"):
        backup.restore(target, tmp_path / "short.ttb", passphrase=PASSPHRASE)
    with pytest.raises(BadInputFile):
        backup.restore(target, tmp_path / "other.ttb", passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backup.restore(target, tmp_path / "b.ttb", passphrase="wrong passphrase")
    assert not target.exists() or not any(target.iterdir())


def test_a_backup_is_checked_without_touching_any_vault_and_a_wrong_secret_names_the_backup(vault, tmp_path):
    from talktogether_desktop.errors import WrongRecoveryCode

    couples.add_couple(vault, "Haddad", ["Rami", "Lina"])
    backup.backup(vault, tmp_path / "b.ttb")
    before = sorted(p.name for p in tmp_path.iterdir())
    info = backup.check(tmp_path / "b.ttb", passphrase=PASSPHRASE)
    assert info["size_bytes"] == (tmp_path / "b.ttb").stat().st_size and info["made_at"]
    with pytest.raises(WrongPassphrase, match="does not open this backup.*passphrase the vault had when the backup"):
        backup.check(tmp_path / "b.ttb", passphrase="wrong passphrase")
    with pytest.raises(WrongRecoveryCode, match="recovery code does not open this backup"):
        backup.check(tmp_path / "b.ttb", recovery_code="AAAA-BBBB-CCCC-DDDD")
    (tmp_path / "short.ttb").write_bytes((tmp_path / "b.ttb").read_bytes()[:-10])
    with pytest.raises(BackupError, match="incomplete"):
        backup.check(tmp_path / "short.ttb", passphrase=PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before + ["short.ttb"])


def test_a_backup_of_another_vault_is_refused_without_the_therapists_confirmation(vault_factory, tmp_path):
    from talktogether_desktop.errors import OtherVaultBackup

    other = vault_factory("other")
    couples.add_couple(other, "Okafor", ["Ada", "Ike"])
    backup.backup(other, tmp_path / "other.ttb")
    here = vault_factory("here")
    couples.add_couple(here, "Haddad", ["Rami", "Lina"])
    backup.backup(here, tmp_path / "own.ttb")
    folder, here_id = here.data_dir, here.vault_id
    here.close()
    assert backup.check(tmp_path / "other.ttb", passphrase=PASSPHRASE, data_dir=folder)["other_vault"] is True
    assert backup.check(tmp_path / "own.ttb", passphrase=PASSPHRASE, data_dir=folder)["other_vault"] is False
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(OtherVaultBackup, match="backup of another vault.*--accept-other-vault") as refused:
        backup.restore(folder, tmp_path / "other.ttb", passphrase=PASSPHRASE)
    assert refused.value.exit_code == 5 and here_id[:8] in str(refused.value)
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing changed
    with open_vault(folder, passphrase=PASSPHRASE) as still:
        assert still.vault_id == here_id and still.one("SELECT name FROM couples")[0] == "Haddad"
    assert backup.restore(folder, tmp_path / "own.ttb", passphrase=PASSPHRASE)["other_vault"] is False  # as before
    restored = backup.restore(folder, tmp_path / "other.ttb", passphrase=PASSPHRASE, accept_other_vault=True)
    assert restored["other_vault"] is True and restored["previous_vault_kept_as"]
    with open_vault(folder, passphrase=PASSPHRASE) as now:
        assert now.one("SELECT name FROM couples")[0] == "Okafor"


def test_cli_restore_of_another_vaults_backup_exits_5_until_confirmed(vault_factory, cli, isolated_home, tmp_path):
    import json

    other = vault_factory("other")
    couples.add_couple(other, "Okafor", ["Ada", "Ike"])
    backup.backup(other, tmp_path / "other.ttbackup")
    assert cli("vault", "init").returncode == 0
    refused = cli("vault", "restore", str(tmp_path / "other.ttbackup"), "--json")
    assert refused.returncode == 5, refused.stderr
    assert json.loads(refused.stdout)["kind"] == "OtherVaultBackup"
    assert "another vault" in refused.stderr and "--accept-other-vault" in refused.stderr
    done = cli("vault", "restore", str(tmp_path / "other.ttbackup"), "--accept-other-vault", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["other_vault"] is True
    assert "Okafor" in cli("couple", "list").stdout
