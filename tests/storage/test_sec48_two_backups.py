"""Sec 48 (a real SQLCipher vault, the real command line as the second program): a second backup into a folder where a
backup is being written is refused and leaves the first one whole.

A backup's work files have fixed names per folder (so a kill's leftovers are removed by the next backup there). Two
backups into one folder at once (the window's and a command's) shared them: the second removed the first's copy of the
vault while SQLite wrote it and made its own at that name, and the first then checked and copied whatever stood there.
The second is now refused while the first holds its work file (exit 1, nothing written); a leftover held by no running
backup is still removed."""

from __future__ import annotations

from talktogether_desktop.storage import backup, couples
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE, run_cli

EXPORT_NAME = ".talktogether-backup.export.partial"  # storage/backup_work.py


def test_a_second_backup_into_the_same_folder_meanwhile_is_refused_and_the_first_is_whole(vault, tmp_path):
    couple_id = couples.add_couple(vault, "Quillfeather", ["Ana", "Ben"])
    couples.add_note(vault, couple_id, "Practised the soft start-up.")
    usb = tmp_path / "usb"
    usb.mkdir()
    second = []

    def while_writing(_fraction, _message) -> None:
        if not second:  # the first backup has made its work files and is copying the vault: another program backs up
            second.append(run_cli("vault", "backup", str(usb / "other.ttbackup"),
                                  env={"TALKTOGETHER_HOME": str(vault.data_dir), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}))

    result = backup.backup(vault, usb / "weekly.ttbackup", progress=while_writing)
    refused = second[0]
    assert refused.returncode == 1, (refused.stdout, refused.stderr)
    assert "Another backup into" in refused.stderr and "no backup was written there" in refused.stderr
    assert not (usb / "other.ttbackup").exists()
    assert sorted(p.name for p in usb.iterdir()) == ["weekly.ttbackup"]  # no work file left
    checked = backup.check(usb / "weekly.ttbackup", passphrase=PASSPHRASE)
    assert checked["size_bytes"] == result["size_bytes"]
    backup.restore(tmp_path / "restored", usb / "weekly.ttbackup", passphrase=PASSPHRASE)
    with open_vault(tmp_path / "restored", passphrase=PASSPHRASE) as again:
        assert couples.list_notes(again, couple_id)[0]["text"] == "Practised the soft start-up."


def test_a_work_file_a_kill_left_is_removed_by_the_next_backup(vault, tmp_path):
    couples.add_couple(vault, "Haddad", ["Rami", "Lina"])
    left = tmp_path / EXPORT_NAME
    left.write_bytes(b"half of an encrypted copy")
    (tmp_path / (EXPORT_NAME + "-journal")).write_bytes(b"its journal")
    backup.backup(vault, tmp_path / "b.ttbackup")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "vault") == ["b.ttbackup"]
