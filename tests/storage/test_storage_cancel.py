"""Checking, backing up and restoring the vault say how far along they are and stop safely when cancelled: a cancelled
backup leaves no file, a cancelled restore leaves the vault here as it was, a cancelled check changes nothing."""

from __future__ import annotations

import hashlib

import pytest

from talktogether_desktop.errors import Cancelled
from talktogether_desktop.jobs import UNKNOWN_HOW_FAR, CancelFlag
from talktogether_desktop.storage import backup, couples
from talktogether_desktop.storage.integrity import check_integrity
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE


def _fill(vault) -> None:
    for n in range(40):  # a few hundred KiB of pages, so the work runs in many chunks and SQLite steps
        couple_id = couples.add_couple(vault, f"Couple {n}", ["A", "B"])
        couples.add_note(vault, couple_id, "x" * 8000)


def _cancel_at(message: str, after: int = 1):
    """A progress callback that cancels the work once `message` has been said `after` times, and what was said."""
    flag, said = CancelFlag(), []

    def progress(fraction: float, text: str = "") -> None:
        said.append((fraction, text))
        if sum(1 for _f, t in said if t == message) >= after:
            flag.cancel()

    return progress, flag, said


def _folder(path) -> dict:
    return {p.relative_to(path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def test_a_backup_cancelled_while_writing_leaves_no_file_and_keeps_an_earlier_one(vault, tmp_path, monkeypatch):
    _fill(vault)
    monkeypatch.setattr(backup, "CHUNK", 16 * 1024)
    dest = tmp_path / "out" / "b.ttbackup"
    dest.parent.mkdir()
    dest.write_bytes(b"an earlier backup")
    progress, flag, said = _cancel_at("Writing the backup file…", after=2)
    with pytest.raises(Cancelled):
        backup.backup(vault, dest, progress, flag)
    assert [p.name for p in dest.parent.iterdir()] == ["b.ttbackup"] and dest.read_bytes() == b"an earlier backup"
    fractions = [f for f, _t in said if f != UNKNOWN_HOW_FAR]  # not while the copy is read back: busy, not a bar
    assert fractions == sorted(fractions) and 0.7 < fractions[-1] < 1.0  # said how far along, stopped mid-way
    done = backup.backup(vault, dest, progress=lambda f, t="": said.append((f, t)))  # not cancelled: whole
    assert done["size_bytes"] > 300_000 and said[-1][0] == 1.0


def test_a_backup_cancelled_during_the_export_stops_the_statement(vault, tmp_path):
    _fill(vault)
    out = tmp_path / "out"
    progress, flag, _said = _cancel_at("Copying the vault (encrypted)…")
    with pytest.raises(Cancelled):
        backup.backup(vault, out / "b.ttbackup", progress, flag)
    assert list(out.iterdir()) == []
    assert vault.one("SELECT count(*) FROM couples")[0] == 40  # the vault still answers; nothing attached is left
    assert [row[1] for row in vault.all("PRAGMA database_list")] == ["main"]


@pytest.mark.parametrize("when", ["Checking the backup file…", "Copying the backup in…", backup.CHECKING_COPY])
def test_a_restore_cancelled_before_the_swap_leaves_the_vault_as_it_was(vault, tmp_path, monkeypatch, when):
    _fill(vault)
    backup.backup(vault, tmp_path / "b.ttbackup")
    couples.add_couple(vault, "Added after the backup", ["C", "D"])
    folder = vault.data_dir
    vault.close()
    before = _folder(folder)
    monkeypatch.setattr(backup, "CHUNK", 16 * 1024)
    progress, flag, said = _cancel_at(when)
    with pytest.raises(Cancelled):
        backup.restore(folder, tmp_path / "b.ttbackup", passphrase=PASSPHRASE, progress=progress, cancel=flag)
    assert _folder(folder) == before  # no file added, removed or changed
    assert all(f < 1.0 for f, _t in said)
    with open_vault(folder, passphrase=PASSPHRASE) as again:
        assert again.one("SELECT count(*) FROM couples")[0] == 41


def test_a_restore_past_its_last_cancel_point_finishes(vault, tmp_path):
    backup.backup(vault, tmp_path / "b.ttbackup")
    folder = vault.data_dir
    vault.close()
    progress, flag, said = _cancel_at("Putting the backup in place…")
    restored = backup.restore(folder, tmp_path / "b.ttbackup", passphrase=PASSPHRASE, progress=progress, cancel=flag)
    assert restored["couples"] == 0 and said[-1] == (1.0, "Putting the backup in place…")


def test_a_cancelled_check_stops_and_says_its_steps(vault):
    _fill(vault)
    said = []
    assert check_integrity(vault, progress=lambda f, t="": said.append((f, t)))["ok"]
    assert [f for f, _t in said] == [0.0, 0.5, 1.0]
    progress, flag, _said = _cancel_at(said[0][1])
    with pytest.raises(Cancelled):
        check_integrity(vault, progress, flag)
    assert check_integrity(vault)["ok"]  # the connection is usable: the handler is gone
