"""Restoring a backup into a folder whose vault cannot be identified (its key file lost or damaged), holds only a key
file, or holds nothing: the therapist is told which vault the backup was made from, and that nothing of what was here is
lost (kept aside, still encrypted), on real vault files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tt_testing import PASSPHRASE

from talktogether_desktop.storage import backup, couples
from talktogether_desktop.storage.vault import KEYS_FILE, VAULT_FILE, open_vault


def _other_backup(vault_factory, tmp_path):
    other = vault_factory("other")
    couples.add_couple(other, "Okafor", ["Ada", "Ike"])
    backup.backup(other, tmp_path / "other.ttbackup")
    return other.vault_id


def _vault_here(cli):
    made = cli("vault", "init", "--json")
    assert made.returncode == 0, made.stderr
    data_dir = json.loads(made.stdout)["data_dir"]
    assert cli("couple", "add", "--name", "Haddad", "--partner", "Rami", "--partner", "Lina").returncode == 0
    return Path(data_dir)


def test_cli_restore_over_a_vault_whose_key_file_is_lost_names_the_backup_and_keeps_this_vault(
        vault_factory, cli, isolated_home, tmp_path):
    other_id = _other_backup(vault_factory, tmp_path)
    data_dir = _vault_here(cli)
    kept_keys = tmp_path / "found-later.keys.json"
    shutil.move(data_dir / KEYS_FILE, kept_keys)  # the key file is lost
    old_db = (data_dir / VAULT_FILE).read_bytes()

    done = cli("vault", "restore", str(tmp_path / "other.ttbackup"))
    assert done.returncode == 0, done.stderr
    said = done.stdout
    assert f"a backup of vault {other_id[:8]}" in said
    assert "could not be identified" in said and "Nothing of the vault that was here is lost" in said
    assert "still encrypted" in said and "key file back beside it" in said
    aside = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1 and str(aside[0]) in said
    assert (aside[0] / VAULT_FILE).read_bytes() == old_db  # the vault that was here, untouched
    assert "Okafor" in cli("couple", "list").stdout
    # nothing of it is lost: with its key file found and put back beside it, it opens with its couples
    shutil.copy(kept_keys, aside[0] / KEYS_FILE)
    with open_vault(aside[0], passphrase=PASSPHRASE, use_keychain=False) as old:
        assert old.one("SELECT name FROM couples")[0] == "Haddad"


def test_restore_reports_which_vault_the_backup_is_of_and_what_was_here(vault_factory, tmp_path):
    other_id = _other_backup(vault_factory, tmp_path)
    source = tmp_path / "other.ttbackup"
    here = vault_factory("here")
    here_id, folder = here.vault_id, here.data_dir
    here.close()

    (folder / KEYS_FILE).write_text("{ not a key file", encoding="utf-8")  # damaged: cannot be told apart either
    info = backup.check(source, passphrase=PASSPHRASE, data_dir=folder)
    assert (info["vault_here"], info["backup_vault_id"], info["other_vault"]) == ("unidentified", other_id, False)
    done = backup.restore(folder, source, passphrase=PASSPHRASE)
    assert done["vault_here"] == "unidentified" and done["backup_vault_id"] == other_id and done["backup_made_at"]
    assert done["previous_vault_kept_as"]

    empty = tmp_path / "empty"
    assert backup.check(source, passphrase=PASSPHRASE, data_dir=empty)["vault_here"] == "none"
    fresh = backup.restore(empty, source, passphrase=PASSPHRASE)
    assert fresh["vault_here"] == "none" and fresh["previous_vault_kept_as"] is None

    lone = tmp_path / "lone"
    lone.mkdir()
    third = vault_factory("third")
    shutil.copy(third.keys_path, lone / KEYS_FILE)  # a key file whose vault file is gone
    info = backup.check(source, passphrase=PASSPHRASE, data_dir=lone)
    assert (info["vault_here"], info["vault_here_id"]) == ("key_file_only", third.vault_id)
    done = backup.restore(lone, source, passphrase=PASSPHRASE)
    assert done["vault_here"] == "key_file_only"
    assert json.loads((Path(done["previous_vault_kept_as"]) / KEYS_FILE).read_text())["vault_id"] == third.vault_id

    assert backup.check(source, passphrase=PASSPHRASE, data_dir=lone)["vault_here"] == "same"
    here_again = vault_factory("here-again")
    info = backup.check(source, passphrase=PASSPHRASE, data_dir=here_again.data_dir)
    assert (info["vault_here"], info["vault_here_id"], info["other_vault"]) == ("other", here_again.vault_id, True)
    assert here_id != other_id


def test_the_words_name_the_backups_vault_and_where_this_one_is_kept(vault_factory, tmp_path):
    from talktogether_desktop.pipeline import ops_vault

    other_id = _other_backup(vault_factory, tmp_path)
    source = tmp_path / "other.ttbackup"
    here = vault_factory("here")
    folder = here.data_dir
    here.close()
    (folder / KEYS_FILE).unlink()
    question = ops_vault.restore_question(backup.check(source, passphrase=PASSPHRASE, data_dir=folder), folder)
    assert question.startswith("The vault here cannot be identified")
    assert f"backup of vault {other_id[:8]}" in question and "nothing of it is lost" in question
    assert "its own key file" in question
    none = ops_vault.restore_question(backup.check(source, passphrase=PASSPHRASE, data_dir=tmp_path / "x"), tmp_path)
    assert none.startswith(f"Restore the backup of vault {other_id[:8]}") and "kept aside" not in none
