"""Everything the app writes is its owner's alone (files 0600, the data folder 0700, whoever created them and
whatever the umask), and names and notes can be given on stdin instead of in world-readable arguments."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from tt_speech import make_dialogue
from tt_testing import PASSPHRASE, REPO


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.slow
def test_every_file_written_in_a_workflow_is_private(isolated_home, tmp_path):
    dialogue, _ = make_dialogue(tmp_path / "audio")
    isolated_home.mkdir(mode=0o755)  # made by someone else, wide open
    os.chmod(isolated_home, 0o755)
    exports = tmp_path / "exports"
    exports.mkdir()
    stale = exports / "prep.pdf"
    stale.write_bytes(b"old")
    os.chmod(stale, 0o644)  # an earlier export, readable by everyone: overwriting it must close it

    env = {**os.environ, "TALKTOGETHER_HOME": str(isolated_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}

    def cli(*args, stdin=None):
        result = subprocess.run([sys.executable, "-m", "talktogether_desktop", *args], input=stdin, text=True,
                                capture_output=True, env=env, timeout=600, preexec_fn=lambda: os.umask(0o022))
        assert result.returncode == 0, (args, result.stderr)
        return result

    cli("vault", "init")
    couple = str(json.loads(cli("couple", "add", "--names-file", "-", "--json",
                                stdin="Quennell\nZoëlle\nThaddeus\n").stdout)["id"])
    shown = json.loads(cli("couple", "show", couple, "--json").stdout)
    assert "Quennell" in json.dumps(shown, ensure_ascii=False) and "Thaddeus" in json.dumps(shown, ensure_ascii=False)
    cli("note", "add", "--couple", couple, "--text-file", "-", stdin="Thaddeus brought up the weekend\n")
    assert "Thaddeus brought up the weekend" in cli("couple", "show", couple).stdout
    cli("consent", "record", "--couple", couple)
    rid = str(json.loads(cli("import", "--couple", couple, str(dialogue), "--json").stdout)["id"])
    cli("report", rid, "-o", str(stale))
    assignment = cli("practice", "assign", "--couple", couple, "--template", "reflect_back").stdout.strip().split()[-1]
    cli("practice", "handout", assignment, "-o", str(exports / "handout.pdf"), "--ics", str(exports / "practice.ics"))
    cli("vault", "backup", str(exports / "vault.ttbackup"))
    cli("transcribe-file", str(dialogue), "-o", str(exports / "words.txt"))

    modes = {str(p.relative_to(tmp_path)): oct(_mode(p)) for p in [isolated_home, *isolated_home.rglob("*"),
                                                                    *exports.iterdir()]}
    print(json.dumps(modes, indent=1))  # the report quotes these
    for path in [isolated_home, *isolated_home.rglob("*")]:
        if path.is_dir():
            assert _mode(path) == 0o700, (path, oct(_mode(path)))
        else:
            assert _mode(path) == 0o600, (path, oct(_mode(path)))
    for path in exports.iterdir():
        assert _mode(path) == 0o600, (path, oct(_mode(path)))
    assert (isolated_home / "vault.db").exists() and (exports / "practice.ics").exists()


def test_help_says_arguments_are_visible(cli):
    for args in (("--help",), ("note", "add", "--help"), ("couple", "add", "--help")):
        text = " ".join(cli(*args).stdout.split())
        assert "visible to other users of this computer" in text, args


def test_names_file_needs_two_lines(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    names = tmp_path / "names.txt"
    names.write_text("Only the couple\n")
    result = cli("couple", "add", "--names-file", str(names))
    assert result.returncode == 2 and "first line" in result.stderr
