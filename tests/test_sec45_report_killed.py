"""`report -o FILE` killed while the PDF is being written (kill -9, the machine losing power) leaves nothing beside
FILE: the report was written to a hidden `.FILE.XXXX.part` and renamed into place, so a kill before the rename left
the client's whole report under a name the therapist never chose and no command ever removes. Now the unfinished
file has no name at all (O_TMPFILE) until it is whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tt_speech import make_dialogue
from tt_testing import PASSPHRASE, REPO

# The report command, killed at the moment the written PDF is being flushed to the disk.
KILLED_AT_FSYNC = """
import os, signal, sys

def killed(fd):
    os.kill(os.getpid(), signal.SIGKILL)

os.fsync = killed
from talktogether_desktop.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _env(home) -> dict:
    env = dict(os.environ, TALKTOGETHER_HOME=str(home), TALKTOGETHER_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])
    return env


@pytest.mark.slow
def test_a_report_killed_while_written_leaves_no_file_beside_it(cli, isolated_home, tmp_path):
    recording, _spans = make_dialogue(tmp_path / "audio")
    assert cli("vault", "init").returncode == 0
    couple = json.loads(cli("couple", "add", "--name", "Quennell", "--partner", "Zoëlle", "--partner", "Thaddeus",
                            "--json").stdout)["id"]
    assert cli("consent", "record", "--couple", str(couple)).returncode == 0
    imported = cli("import", "--couple", str(couple), str(recording), "--json")
    assert imported.returncode == 0, imported.stderr
    recording_id = str(json.loads(imported.stdout)["id"])
    out = tmp_path / "exports"
    out.mkdir()

    for name, before in (("new.pdf", None), ("again.pdf", b"%PDF-1.4 an earlier export")):
        if before is not None:
            (out / name).write_bytes(before)
        done = subprocess.run([sys.executable, "-c", KILLED_AT_FSYNC, "report", recording_id, "-o", str(out / name)],
                              capture_output=True, text=True, env=_env(isolated_home), timeout=300)
        assert done.returncode == -9, done.stderr  # it really was killed there
        assert sorted(os.listdir(out)) == ([] if before is None else [name])  # no piece of the report beside it
        if before is not None:
            assert (out / name).read_bytes() == before  # the earlier export is kept as it was

    # written to the end, the report is there (0600) and nothing else
    assert cli("report", recording_id, "-o", str(out / "new.pdf")).returncode == 0
    assert sorted(os.listdir(out)) == ["again.pdf", "new.pdf"]
    assert (out / "new.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "new.pdf").stat().st_mode & 0o777 == 0o600
