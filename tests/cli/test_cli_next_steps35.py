"""Round 35: the command line gives its own next step. A report that stopped told the terminal to look at "the
recording's page" (the window's words), with no command to run."""

from __future__ import annotations

import json

from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben, tone_wav
from tt_testing import PASSPHRASE


def _analysed(isolated_home, cli) -> str:
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec = str(ana_and_ben(vault))
    vault.close()
    assert cli("consent", "record", "--couple", "1").returncode == 0
    assert cli("analyze", rec).returncode == 0
    return rec


def test_a_report_that_stops_gives_the_commands_to_run_not_the_windows_page(isolated_home, cli, tmp_path):
    rec = _analysed(isolated_home, cli)
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault, vault.transaction():
        stored = json.loads(vault.one("SELECT result FROM analyses")[0])
        stored["observations"] = 12345  # a stored analysis the renderer cannot draw: it stops on something unexpected
        vault.execute("UPDATE analyses SET result = ?", (json.dumps(stored),))
    got = cli("report", rec, "-o", str(tmp_path / "r.pdf"))
    assert got.returncode == 1 and "Traceback" not in got.stderr, got.stderr
    said = got.stderr.strip().splitlines()[-1]
    assert said.startswith("Error: Making the report stopped on an unexpected problem."), said
    assert "page" not in said and "window" not in said, said
    assert f"`talktogether report {rec} -o FILE.pdf`" in said and f"`talktogether analyze {rec}`" in said, said
    as_json = json.loads(cli("--json", "report", rec, "-o", str(tmp_path / "r.pdf")).stdout)
    assert as_json["kind"] == "JobFailed" and as_json["step"] == "report" and "page" not in as_json["error"]
    assert not (tmp_path / "r.pdf").exists()


def test_transcribe_file_says_what_went_wrong_with_the_file_never_the_vault(cli, tmp_path):
    """`transcribe-file` has no vault: a transcription that stopped said "the recording is kept in the vault", an
    empty file "nothing to import", a cut one "import it with a warning (--accept-cut-short)", an option it lacks."""
    audio = tmp_path / "talk.wav"
    audio.write_bytes(tone_wav(3.0))
    model = tmp_path / "model"  # a model folder whose weights are not a model: the speech model's own error
    model.mkdir()
    for name, text in (("config.json", "{}"), ("tokenizer.json", "{}"), ("vocabulary.json", "[]")):
        (model / name).write_text(text)
    (model / "model.bin").write_bytes(bytes(range(256)) * 4)
    got = cli("transcribe-file", str(audio), "--model", str(model))
    assert got.returncode == 1 and "Traceback" not in got.stderr, got.stderr
    said = got.stderr.strip().splitlines()[-1]
    assert said.startswith("Error: Writing out the words (transcription) of 'talk.wav' stopped on an unexpected "
                           "problem. The file was only read; nothing was written."), said
    assert "vault" not in said and "`--model tiny.en`" in said, said
    as_json = json.loads(cli("--json", "transcribe-file", str(audio), "--model", str(model)).stdout)
    assert as_json["kind"] == "JobFailed" and "vault" not in as_json["error"] and as_json["detail"]
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    cut = tmp_path / "cut.wav"
    cut.write_bytes(tone_wav(3.0)[:30000])
    for path, what in ((empty, "is empty (0 bytes)"), (cut, "was cut short while copying")):
        got = cli("transcribe-file", str(path))
        assert got.returncode == 4, got.stderr
        said = got.stderr.strip().splitlines()[-1]
        assert what in said and "import" not in said and "--accept-cut-short" not in said and "vault" not in said
