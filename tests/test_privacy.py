"""The product's promise: after a full run, no client name, transcript phrase or audio lies in plaintext
in the data folder or the temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tt_speech import make_dialogue

COUPLE = "Quennell-Abernathy"
PARTNERS = ("Zoëlle", "Thaddeus")


def _scan(folders, needles: dict[str, bytes]) -> list[str]:
    hits = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            lowered = data.lower()
            for label, needle in needles.items():
                if needle.lower() in lowered or needle in data:
                    hits.append(f"{label} in {path}")
    return hits


@pytest.mark.slow
def test_full_run_leaves_no_plaintext_client_data(cli, isolated_home, tmp_path):
    recording, _spans = make_dialogue(tmp_path / "audio")
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    env = {"TMPDIR": str(private_tmp), "TEMP": str(private_tmp), "TMP": str(private_tmp)}

    assert cli("vault", "init", env=env).returncode == 0
    couple = cli("couple", "add", "--name", COUPLE, "--partner", PARTNERS[0], "--partner", PARTNERS[1], "--json", env=env)
    couple_id = str(json.loads(couple.stdout)["id"])
    assert cli("consent", "record", "--couple", couple_id, env=env).returncode == 0
    imported = cli("import", "--couple", couple_id, str(recording), "--json", env=env)
    assert imported.returncode == 0, imported.stderr
    recording_id = str(json.loads(imported.stdout)["id"])
    assert cli("note", "add", "--couple", couple_id, "--text", "Thaddeus brought up the weekend", env=env).returncode == 0

    shown = cli("recording", "show", recording_id, "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    transcript = json.dumps(json.loads(shown.stdout), ensure_ascii=False).lower()
    assert "alone" in transcript and "weekend" in transcript  # the words really were transcribed

    export_dir = tmp_path / "exported"
    export_dir.mkdir()
    report = cli("report", recording_id, "-o", str(export_dir / "prep.pdf"), env=env)
    assert report.returncode == 0, report.stderr
    assert (export_dir / "prep.pdf").stat().st_size > 1000

    audio = recording.read_bytes()
    needles = {
        "couple name": COUPLE.encode(),
        "partner name": PARTNERS[0].encode(),
        "partner name (UTF-16)": PARTNERS[0].encode("utf-16-le"),
        "other partner": PARTNERS[1].encode(),
        "transcript phrase": b"felt alone when you worked",
        "note text": b"brought up the weekend",
        "audio bytes": audio[len(audio) // 2 : len(audio) // 2 + 4096],
    }
    # Everything the product wrote on its own: the data folder and the temporary folder.
    hits = _scan([isolated_home, private_tmp], needles)
    assert hits == []
    assert sorted(p.name for p in isolated_home.iterdir() if p.is_file())[:2] == ["vault.db", "vault.keys.json"]
    # Only the file the user asked for holds the report.
    assert os.listdir(export_dir) == ["prep.pdf"]
