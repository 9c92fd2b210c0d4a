"""A damaged vault page, a folder where the vault or its lock file should be, a damaged backup: a clear message
naming the way out (restore from a backup), never a traceback, never client text."""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlcipher3

from talktogether_desktop.errors import BackupError
from talktogether_desktop.storage import backup, couples
from talktogether_desktop.storage.vault import VAULT_FILE
from talktogether_desktop.ui.errors import message_for

NAME = "Quagmire-Oduya"


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_home(cli, isolated_home):
    """A vault made by the CLI, filled with couples over many pages, then one byte flipped in the middle."""
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    assert cli("vault", "init").returncode == 0
    with open_vault(isolated_home, passphrase=PASSPHRASE) as vault:
        for i in range(600):
            couples.add_couple(vault, f"{NAME} {i} " + "x" * 200, ["Zebulon", "Xanthippe"])
    db = isolated_home / VAULT_FILE
    _flip(db, db.stat().st_size - 4096 * 3 + 1000)  # a late page: the couples written last
    return isolated_home


def test_a_damaged_page_is_said_clearly_by_every_command(cli, damaged_home):
    for args in (["couple", "list"], ["vault", "backup", str(damaged_home.parent / "b.ttbackup")]):
        result = cli(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr and "vault file is damaged" in result.stderr
        assert "vault restore FILE" in result.stderr and NAME not in result.stderr
    assert not (damaged_home.parent / "b.ttbackup").exists()


def test_the_window_says_damaged_too():
    message = message_for(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert message.title == "The vault file is damaged" and "malformed" not in message.text


@pytest.mark.parametrize("name", [VAULT_FILE, "vault.lock"])
def test_a_folder_in_place_of_the_vault_or_its_lock_file(cli, isolated_home, name):
    assert cli("vault", "init").returncode == 0
    target = isolated_home / name
    target.unlink()
    target.mkdir()
    result = cli("couple", "list")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "folder" in result.stderr or "cannot be opened" in result.stderr


def test_a_damaged_backup_with_a_matching_checksum_is_refused_as_damaged(vault, tmp_path):
    for i in range(600):
        couples.add_couple(vault, f"{NAME} {i} " + "x" * 200, ["Zebulon", "Xanthippe"])
    made = tmp_path / "b.ttbackup"
    backup.backup(vault, made)
    header, offset = backup.read_header(made)
    data = bytearray(made.read_bytes())
    data[offset + (header["db_size"] // 4096 // 2) * 4096 + 1000] ^= 0xFF
    header["db_sha256"] = hashlib.sha256(bytes(data[offset:])).hexdigest()
    made.write_bytes(backup.MAGIC + json.dumps(header).encode() + b"\n" + bytes(data[offset:]))
    from tt_testing import PASSPHRASE

    with pytest.raises(BackupError, match="damaged|integrity"):
        backup.restore(tmp_path / "elsewhere", made, passphrase=PASSPHRASE)
    assert not (tmp_path / "elsewhere" / VAULT_FILE).exists()


def test_vault_check_finds_a_damaged_page_no_command_has_read_yet(cli, damaged_home):
    import json as json_

    result = cli("vault", "check")
    assert result.returncode == 1, result.stderr
    assert "vault file is damaged" in result.stderr and "page(s) failed their check" in result.stderr
    assert "vault restore FILE" in result.stderr and "Traceback" not in result.stderr and NAME not in result.stderr
    as_json = cli("vault", "check", "--json")
    assert as_json.returncode == 1 and json_.loads(as_json.stdout)["kind"] == "VaultDamaged"


def test_vault_check_on_a_whole_vault(cli, isolated_home):
    import json as json_

    assert cli("vault", "init").returncode == 0
    result = cli("vault", "check", "--json")
    assert result.returncode == 0, result.stderr
    checked = json_.loads(result.stdout)
    assert checked["ok"] is True and checked["pages_failed"] == 0 and checked["structure_ok"] is True
    assert checked["size_bytes"] > 0 and checked["seconds"] >= 0
    assert "The vault file is whole" in cli("vault", "check").stdout
