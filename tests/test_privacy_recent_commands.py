"""The privacy scan of tests/test_privacy.py over the commands of the latest rounds that need no speech model: sessions
moved, practice assigned, logged, finished and handed out, a recording erased, the vault backed up, checked and restored
(over a vault whose key file was lost too). Nothing of the client's lies in plaintext in the data folder, the temporary
folder or beside the backup; only the files asked for hold it."""

from __future__ import annotations

import json
import os
import shutil
import wave
from pathlib import Path

import numpy as np

COUPLE = "Quennell-Abernathy"
PARTNERS = ("Zoëlle", "Thaddeus")
NOTE = "Thaddeus brought up the weekend"
ANCHOR = "after Zoëlle pours the evening tea"


def _scan(folders, needles: dict[str, bytes]) -> list[str]:
    hits = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                hits += [f"{label} in {path}" for label, needle in needles.items()
                         if needle.lower() in data.lower() or needle in data]
    return hits


def _noise_wav(path: Path, seconds: float = 4.0) -> bytes:
    samples = (np.random.default_rng(7).standard_normal(int(16000 * seconds)) * 3000).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(samples.tobytes())
    return path.read_bytes()


def test_recent_commands_leave_no_plaintext_client_data(cli, isolated_home, tmp_path):
    private_tmp, exports, backups = tmp_path / "tmpdir", tmp_path / "exported", tmp_path / "backups"
    for folder in (private_tmp, exports, backups):
        folder.mkdir()
    env = {"TMPDIR": str(private_tmp), "TEMP": str(private_tmp), "TMP": str(private_tmp)}

    def ok(*args):
        result = cli(*args, env=env)
        assert result.returncode == 0, (args, result.stderr)
        return result.stdout

    audio = _noise_wav(tmp_path / "session.wav")
    ok("vault", "init")
    couple = str(json.loads(ok("couple", "add", "--name", COUPLE, "--partner", PARTNERS[0], "--partner", PARTNERS[1],
                               "--json"))["id"])
    ok("consent", "record", "--couple", couple)
    session = str(json.loads(ok("session", "add", "--couple", couple, "--date", "2026-12-10T10:00", "--json"))["id"])
    ok("session", "edit", session, "--date", "2026-12-11T10:00", "--status", "attended")
    ok("note", "add", "--couple", couple, "--text", NOTE)
    recording = str(json.loads(ok("import", "--couple", couple, str(tmp_path / "session.wav"), "--no-process",
                                  "--json"))["id"])
    assignment = ok("practice", "assign", "--couple", couple, "--template", "reflect_back", "--anchor", ANCHOR,
                    "--who-starts", PARTNERS[0], "--start", "2026-12-08").strip().split()[-1]
    ok("practice", "log", assignment, "--date", "2026-12-09", "--done")
    ok("practice", "handout", assignment, "-o", str(exports / "handout.pdf"), "--ics", str(exports / "practice.ics"))
    ok("vault", "backup", str(backups / "vault.ttbackup"))
    ok("vault", "check")
    ok("practice", "status", assignment, "--done")
    ok("recording", "delete", recording, "--yes")
    ok("vault", "restore", str(backups / "vault.ttbackup"))
    shutil.move(isolated_home / "vault.keys.json", tmp_path / "lost.keys.json")  # the key file lost: restored again
    ok("vault", "restore", str(backups / "vault.ttbackup"))
    assert NOTE in ok("couple", "show", couple)  # the words really are in the vault

    needles = {
        "couple name": COUPLE.encode(),
        "partner name": PARTNERS[0].encode(),
        "partner name (UTF-16)": PARTNERS[0].encode("utf-16-le"),
        "other partner": PARTNERS[1].encode(),
        "note text": NOTE.encode(),
        "practice anchor": ANCHOR.encode(),
        "audio bytes": audio[len(audio) // 2: len(audio) // 2 + 4096],
    }
    assert _scan([isolated_home, private_tmp, backups], needles) == []
    assert sorted(os.listdir(backups)) == ["vault.ttbackup"]  # no work file left beside it
    assert sorted(os.listdir(exports)) == ["handout.pdf", "practice.ics"]  # only the files asked for
