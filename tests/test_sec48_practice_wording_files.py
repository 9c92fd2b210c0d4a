"""A practice's wording kept out of the command line (fix 48w).

`practice assign` took its wording only as arguments (`--behaviour`, `--anchor`, `--title`, `--who-starts`,
`--what-to-record`, `--what-to-notice`, `--review`), which every user of the computer can read while it runs (`ps`,
/proc/PID/cmdline); the wording names the couple's life ("after Ana's chemo on Tuesdays"). Each now has a file form
(`--anchor-file FILE`, '-' = stdin), as names, notes, reasons and corrected lines have; the old flags stay."""

from __future__ import annotations

import json

from tt_testing import PASSPHRASE

from talktogether_desktop.storage import practice as practice_store
from talktogether_desktop.storage.vault import open_vault
from test_sec47_private_arguments import _run_watching_arguments


def test_a_practice_wording_given_in_files_is_stored_and_never_in_the_arguments(isolated_home, cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    couple_id = json.loads(cli("couple", "add", "--name", "Ana and Bo", "--partner", "Ana", "--partner", "Bo",
                               "--json").stdout)["id"]
    files = {"anchor": "after Ana's chemo on Tuesdays", "title": "Marisol's evening thanks",
             "who_starts": "Ana, once Marisol is asleep", "what_to_record": "the thanks Marisol hears",
             "what_to_notice": "how the chemo day felt", "review": "we go over it with Marisol's diary"}
    args = []
    for key, words in files.items():
        path = tmp_path / f"{key}.txt"
        path.write_text("\ufeff" + words + "\n", encoding="utf-8")  # Notepad's byte-order mark is no word
        args += [f"--{key.replace('_', '-')}-file", str(path)]
    behaviour = "Ana tells Bo one thing he did for Marisol that day"
    given, seen = _run_watching_arguments(isolated_home, "--json", "practice", "assign", "--couple", str(couple_id),
                                          "--template", "appreciation_exchange", *args, "--behaviour-file", "-",
                                          stdin=behaviour + "\n")
    assert given.returncode == 0, given.stderr
    assert seen and not any(b"Marisol" in a or b"chemo" in a for a in seen)
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        stored = practice_store.get_assignment(vault, json.loads(given.stdout)["id"])
    assert {k: stored[k] for k in files} == files and stored["behaviour"] == behaviour

    # the old flags still work; a flag and its file together, two files reading stdin, or an empty file store nothing
    assert cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
               "--anchor", "after dinner on Wednesday").returncode == 0
    both = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back", "--anchor", "x",
               "--anchor-file", str(tmp_path / "anchor.txt"))
    twice, _ = _run_watching_arguments(isolated_home, "practice", "assign", "--couple", str(couple_id),
                                       "--template", "reflect_back", "--anchor-file", "-", "--behaviour-file", "-",
                                       stdin="after dinner\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    blank = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                "--anchor-file", str(empty))
    assert (both.returncode, twice.returncode, blank.returncode) == (2, 2, 2)
    assert "read standard input" in twice.stderr and "--anchor-file" in blank.stderr
    assert "Traceback" not in twice.stderr + blank.stderr
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert len(practice_store.list_assignments(vault, couple_id)) == 2
