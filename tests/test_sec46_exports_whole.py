"""Exports other than the report, attacked (sec46).

The practice handout and its calendar file (and the no-vault commands' `-o`) were written in place
(O_TRUNC, then the bytes): killed while written (kill -9, a full disk, the machine losing power) they left a
half handout with the couple's names under the name asked for, and the earlier handout of that name was already
gone. A link left at the name was followed, so the handout was written into whatever file it pointed at.
`vault backup` wrote its work file through a link left at its fixed name (in a shared backup folder, say)
and then renamed that link over the backup: FILE became a link to a file elsewhere holding the backup.
Now all of them are written whole or not at all, never through a link.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tt_testing import PASSPHRASE, REPO

# The handout command, killed (SIGXFSZ, whose default is to end the process) once it has written 1,500 bytes of a
# file: the handout's PDF is made first, then the limit is set, so only the export's own write meets it.
KILLED_WHILE_WRITTEN = """
import resource, signal, sys
from talktogether_desktop.pipeline import ops_practice

made = ops_practice.render_handout

def render_then_limit(*args, **kwargs):
    pdf = made(*args, **kwargs)
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1500, resource.RLIM_INFINITY))
    return pdf

ops_practice.render_handout = render_then_limit
from talktogether_desktop.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _env(home) -> dict:
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])
    return env


def _assignment(cli) -> str:
    assert cli("vault", "init").returncode == 0
    couple = json.loads(cli("couple", "add", "--name", "Quennell", "--partner", "Zoëlle", "--partner", "Thaddeus",
                            "--json").stdout)["id"]
    made = cli("--json", "practice", "assign", "--couple", str(couple), "--template", "reflect_back")
    assert made.returncode == 0, made.stderr
    return str(json.loads(made.stdout)["id"])


def test_a_handout_killed_while_written_leaves_the_earlier_one_and_nothing_else(cli, isolated_home, tmp_path):
    aid = _assignment(cli)
    out = tmp_path / "exports"
    out.mkdir()
    earlier = b"%PDF-1.4 the handout given last week"
    (out / "handout.pdf").write_bytes(earlier)
    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITTEN, "practice", "handout", aid, "-o",
                           str(out / "handout.pdf")], capture_output=True, text=True, env=_env(isolated_home),
                          timeout=300)
    assert done.returncode == -25, (done.returncode, done.stderr)  # it really was stopped part-way through the write
    assert os.listdir(out) == ["handout.pdf"]  # no half handout under another name
    assert (out / "handout.pdf").read_bytes() == earlier  # was cut to its first 1,500 bytes of the new one

    # written to the end, both files are whole and private
    got = cli("practice", "handout", aid, "-o", str(out / "handout.pdf"), "--ics", str(out / "practice.ics"))
    assert got.returncode == 0, got.stderr
    assert (out / "handout.pdf").read_bytes().startswith(b"%PDF") and (out / "handout.pdf").read_bytes() != earlier
    assert (out / "practice.ics").read_text().startswith("BEGIN:VCALENDAR")
    assert {(out / n).stat().st_mode & 0o777 for n in ("handout.pdf", "practice.ics")} == {0o600}


def test_a_handout_replaces_a_link_at_its_name_and_never_writes_through_it(cli, tmp_path):
    aid = _assignment(cli)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kept = elsewhere / "notes.txt"
    kept.write_text("a file of the therapist's own\n")
    out = tmp_path / "exports"
    out.mkdir()
    (out / "handout.pdf").symlink_to(kept)
    (out / "practice.ics").symlink_to(elsewhere / "not-there-yet.ics")  # a dangling link: followed, it made a file
    got = cli("practice", "handout", aid, "-o", str(out / "handout.pdf"), "--ics", str(out / "practice.ics"))
    assert got.returncode == 0, got.stderr
    assert kept.read_text() == "a file of the therapist's own\n"  # was the handout
    assert sorted(os.listdir(elsewhere)) == ["notes.txt"]  # no calendar file made through the link
    assert not (out / "handout.pdf").is_symlink() and (out / "handout.pdf").read_bytes().startswith(b"%PDF")
    assert not (out / "practice.ics").is_symlink()


def test_a_backup_never_writes_its_work_file_through_a_link_left_at_its_name(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    shared = tmp_path / "shared-backups"
    shared.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # someone else's links at the backup's fixed work names, pointing where they can read
    (shared / ".talktogether-backup.partial").symlink_to(elsewhere / "copy")
    (shared / ".talktogether-backup.export.partial").symlink_to(elsewhere / "copy2")
    got = cli("vault", "backup", str(shared / "vault.ttbackup"))
    assert got.returncode == 0, got.stderr
    assert os.listdir(elsewhere) == []  # the backup was written there
    backup = shared / "vault.ttbackup"
    assert not backup.is_symlink() and backup.stat().st_mode & 0o777 == 0o600  # was a link to elsewhere/copy
    assert sorted(os.listdir(shared)) == ["vault.ttbackup"]
    assert cli("vault", "restore", str(backup)).returncode == 0  # and it is a whole backup
