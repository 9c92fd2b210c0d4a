"""An export or a backup aimed at the vault's own folder (sec46).

`report -o ~/.local/share/TalkTogether/vault.keys.json` (a typo, a script's variable, a save dialog left in the data
folder) replaced the vault's key file with the PDF: the vault then opened with neither the passphrase nor the
recovery code (both wrap the data key in that file), so every couple's case file was lost unless a backup existed.
`-o …/vault.db`, a handout there or `vault backup …/vault.db` replaced the case file itself. Now nothing is written
into a folder that holds a vault (exit 4, nothing changed), through a link to it either.
"""

from __future__ import annotations

import json

import pytest

from tt_speech import make_dialogue


def _untouched(home, keys: bytes, cli) -> None:
    assert (home / "vault.keys.json").read_bytes() == keys
    assert not (home / "vault.db").read_bytes().startswith((b"%PDF", b"TALKTOGETHER"))  # no export, no backup
    listed = cli("--json", "couple", "list")  # the vault still opens with the passphrase, the couple in it
    assert listed.returncode == 0 and [c["name"] for c in json.loads(listed.stdout)] == ["Quennell"], listed.stderr


@pytest.mark.slow
def test_nothing_is_exported_or_backed_up_over_the_vaults_own_files(cli, isolated_home, tmp_path):
    recording, _spans = make_dialogue(tmp_path / "audio")
    assert cli("vault", "init").returncode == 0
    couple = json.loads(cli("couple", "add", "--name", "Quennell", "--partner", "Zoëlle", "--partner", "Thaddeus",
                            "--json").stdout)["id"]
    assert cli("consent", "record", "--couple", str(couple)).returncode == 0
    imported = cli("import", "--couple", str(couple), str(recording), "--json")
    assert imported.returncode == 0, imported.stderr
    rid = str(json.loads(imported.stdout)["id"])
    aid = str(json.loads(cli("--json", "practice", "assign", "--couple", str(couple), "--template",
                             "reflect_back").stdout)["id"])
    keys = (isolated_home / "vault.keys.json").read_bytes()
    linked = tmp_path / "exports"
    linked.symlink_to(isolated_home, target_is_directory=True)

    attacks = [("report", rid, "-o", str(isolated_home / "vault.keys.json")),
               ("report", rid, "-o", str(isolated_home / "vault.db")),
               ("report", rid, "-o", str(linked / "vault.keys.json")),
               ("report", rid, "-o", str(isolated_home / "prep.pdf")),
               ("practice", "handout", aid, "-o", str(isolated_home / "vault.db")),
               ("practice", "handout", aid, "-o", str(tmp_path / "h.pdf"), "--ics", str(linked / "vault.keys.json")),
               ("vault", "backup", str(isolated_home / "vault.db")),
               ("vault", "backup", str(linked / "vault.keys.json"))]
    for args in attacks:
        got = cli(*args)
        assert got.returncode == 4, (args, got.returncode, got.stderr)  # was 0, the file replaced
        assert "holds a TalkTogether vault" in got.stderr and "Traceback" not in got.stderr, got.stderr
        _untouched(isolated_home, keys, cli)
    assert not (isolated_home / "prep.pdf").exists()
    # outside the vault's folder all of them work
    assert cli("report", rid, "-o", str(tmp_path / "prep.pdf")).returncode == 0
    assert cli("vault", "backup", str(tmp_path / "vault.ttbackup")).returncode == 0
